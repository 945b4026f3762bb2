/**
 * I8 (a) `doublon`: a word immediately doubled (`le le plan`, `de de`). The fix deletes the second one.
 * `nous nous`, `vous vous` (reflexive) and `l'est est` are right.
 */
import type { Rule } from '../rule';
import { reportText, textFix } from '../common/lexicon';
import { letterRegExp } from '../../text/letters';

const wordPattern = letterRegExp(String.raw`[\p{L}]+`, 'gu');
const gap = /^[\s\u00A0\u202F]+$/;
const joined = letterRegExp(String.raw`[\p{L}\p{N}'’-]`, 'u');
const allowed = new Set(['nous', 'vous', 'ha', 'hé', 'si', 'bien', 'très', 'pas']);

export const rule: Rule = {
  meta: {
    id: 'doublon',
    severity: 'error',
    title: 'Mot répété',
    description:
      "Signale un mot répété immédiatement (« le le plan », « de de ») : faute de frappe à corriger. « nous nous » et « vous vous » (verbes pronominaux) ne sont pas signalés. La correction supprime la répétition.",
    fixable: true,
    group: 'I',
  },
  checkParagraph(context) {
    const { view } = context;
    if (view.section !== 'answer') return;
    const text = view.text;
    let previous: { word: string; lower: string; start: number; end: number } | undefined;
    wordPattern.lastIndex = 0;
    for (let m = wordPattern.exec(text); m; m = wordPattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      // Words glued to an apostrophe, a hyphen or a digit (`l'est`, `peut-être`) are not whole words.
      const whole = !joined.test(text[start - 1] ?? '') && !joined.test(text[end] ?? '');
      const current = whole ? { word: m[0], lower: m[0].toLowerCase(), start, end } : undefined;
      if (current && previous && previous.lower === current.lower && !allowed.has(current.lower) && gap.test(text.slice(previous.end, start))) {
        if (!view.inQuote(previous.start, end)) {
          reportText(context, start, end, `« ${previous.word} ${current.word} » : mot répété.`, [textFix(view, `Supprimer le second « ${current.word} »`, previous.end, end, '')]);
        }
      }
      previous = current;
    }
  },
};
