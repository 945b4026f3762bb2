import type { Rule } from '../rule';
import { replaceFix } from '../common/prose';
import { excerpt, lastWords } from '../common/excerpt';

const closing = /[.!?:;»…)\]]\s*$/u;
const lowerStart = /^\s*\p{Ll}/u;

/** How an answer paragraph ends and starts (null for the question's): `check` looks at consecutive ones. */
type Facts = {
  /** Ends on a letter, without final punctuation: the sentence may go on in the next paragraph. */
  readonly open: boolean;
  readonly lowerStart: boolean;
} | null;

export const rule: Rule<Facts> = {
  meta: {
    id: 'saut-de-paragraphe-dans-phrase',
    severity: 'warning',
    title: 'Saut de paragraphe au milieu d’une phrase',
    description:
      'Un saut de ligne ou de paragraphe coupe une phrase : la ligne précédente ne se termine par aucune ponctuation ' +
      'finale et la suivante commence par une minuscule. Cela vient presque toujours d\'un copier-coller depuis un PDF ' +
      "ou d'un saut de page. La réponse publiée au Journal officiel est un texte continu : la correction rejoint les " +
      'deux parties par une espace. Les listes introduites par « : » ne sont pas signalées.',
    fixable: true,
    group: 'A',
  },
  // Per answer paragraph (cached by the incremental checker): the regular expressions run on its whole text.
  collectFacts(context) {
    const { view } = context;
    if (view.section !== 'answer') return null;
    const { text } = view.paragraph;
    return { open: !closing.test(text) && /\p{L}/u.test(text.slice(-1)), lowerStart: lowerStart.test(text) };
  },
  check(context) {
    const { document } = context;
    // The words on both sides of the cut, quoted.
    const cut = (range: { start: number; end: number }) =>
      `« ${lastWords(document.text.slice(Math.max(0, range.start - 80), range.start))} ¶ ${excerpt(document.text.slice(range.end, range.end + 80), 3)} »`;
    const answer = context.facts.filter((paragraph): paragraph is (typeof context.facts)[number] & { facts: NonNullable<Facts> } => paragraph.facts !== null);
    for (const { view } of answer) {
      for (const range of view.paragraph.breaks) {
        context.report({
          range,
          message: `${cut(range)} : saut de paragraphe au milieu d'une phrase, la phrase continue après la coupure.`,
          fixes: [replaceFix('Rejoindre les deux parties de la phrase', range, ' ')],
        });
      }
    }
    // Paragraphs the reader kept apart, separated only by blank lines in the file.
    for (let i = 1; i < answer.length; i++) {
      const previous = answer[i - 1]!;
      const next = answer[i]!;
      if (!previous.facts.open || !next.facts.lowerStart) continue;
      const between = { start: previous.view.paragraph.range.end, end: next.view.paragraph.range.start };
      if (between.end <= between.start || !/^\s+$/u.test(document.text.slice(between.start, between.end))) continue;
      context.report({
        range: between,
        message: `${cut(between)} : saut de paragraphe au milieu d'une phrase, la phrase continue au paragraphe suivant.`,
        fixes: [replaceFix('Rejoindre les deux paragraphes', between, ' ')],
      });
    }
  },
};
