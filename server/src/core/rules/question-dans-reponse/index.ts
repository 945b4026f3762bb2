/**
 * I3 `question-dans-reponse`: a question mark in the answer outside a quotation. An answer states the
 * Government's position; it does not ask questions (rhetorical questions included).
 */
import type { Rule } from '../rule';
import { matchProse } from '../common/mask';
import { excerpt } from '../common/excerpt';
import { reportText } from '../common/lexicon';

const pattern = /(?<!\?)\?(?!\?)/gu;

export const rule: Rule = {
  meta: {
    id: 'question-dans-reponse',
    severity: 'warning',
    title: 'Question dans la réponse',
    description:
      "Signale une phrase interrogative dans la réponse, hors citation et hors titre de rapport entre guillemets : une réponse ministérielle expose la position du Gouvernement et ne pose pas de questions, même rhétoriques.",
    fixable: false,
    group: 'I',
  },
  checkParagraph(context) {
    const { view } = context;
    if (view.section !== 'answer') return;
    for (const match of matchProse(view, pattern)) {
      if (view.inQuote(match.start, match.end)) continue;
      // Report the interrogative sentence: from the previous final stop to the question mark.
      let start = match.start;
      while (start > 0 && !/[.!?;:]/.test(view.text[start - 1]!)) start--;
      while (start < match.start && /[\s\u00A0\u202F]/.test(view.text[start]!)) start++;
      reportText(context, start, match.end, `« ${excerpt(view.paragraph.text.slice(start, match.end))} » : phrase interrogative dans la réponse ; une réponse expose la position du Gouvernement, reformuler en phrase affirmative.`);
    }
  },
};
