import type { Rule } from '../rule';
import { matchProse } from '../common/mask';
import { replaceText, reportText } from '../common/style';

// Spaces before `, . … ) ]` (not before `…` that follows a comma or opens an elision, not leader dots).
const before = /(?<=[^\s\u00A0\u202F,(\[])[ \u00A0\u202F\t]+(?:[,)\]]|\.(?![.\d])|…)/gu;
const after = /[(\[][ \u00A0\u202F\t]+(?=\S)/gu;
// What `before` needs (its lookbehind is tried at every position): a space then the sign.
const spaceThenSign = /[ \u00A0\u202F\t][,)\].…]/u;

export const rule: Rule = {
  meta: {
    id: 'espace-ponctuation-basse',
    severity: { jo: 'warning', 'imprimerie-nationale': 'error' },
    title: 'Espace avant une ponctuation basse ou à l’intérieur des parenthèses',
    description:
      'La virgule, le point, les points de suspension, la parenthèse et le crochet fermants sont collés au mot qui précède ; ' +
      "la parenthèse et le crochet ouvrants sont collés au mot qui suit (Imprimerie nationale : « la virgule et le point " +
      "sont toujours collés au mot précédent »). La correction supprime l'espace. Les points de suspension qui suivent " +
      'une virgule (« …, … ») et les points de conduite ne sont pas signalés.',
    fixable: true,
    group: 'A',
  },
  checkParagraph(context) {
    const { document, view } = context;
    if (view.section !== 'answer') return;
    for (const found of matchProse(view, before, spaceThenSign)) {
      const sign = found.match[0].trimStart();
      const space = found.end - sign.length;
      reportText(context, view, found.start, found.end, `Espace en trop avant « ${sign} ».`, {
        fixes: [replaceText(document, view, found.start, space, '', "Supprimer l'espace")],
      });
    }
    for (const found of matchProse(view, after)) {
      const sign = found.match[0][0]!;
      reportText(context, view, found.start, found.end, `Espace en trop après « ${sign} ».`, {
        fixes: [replaceText(document, view, found.start + 1, found.end, '', "Supprimer l'espace")],
      });
    }
  },
};
