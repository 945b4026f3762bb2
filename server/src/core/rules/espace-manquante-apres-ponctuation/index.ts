import type { Rule } from '../rule';
import { matchProse } from '../common/mask';
import { NBSP, fixOf, reportText, textEdit } from '../common/style';
import { letterRegExp } from '../../text/letters';

// `mots,mots`, `fin;début`, `ainsi:le`, `quoi?Il` (a letter right after the sign; `3,5` is a decimal).
const afterSign = letterRegExp(String.raw`[,;:!?](?=\p{L})`, 'gu');
const signableBefore = letterRegExp(String.raw`[\p{L}»)\]’']`, 'u');
// `fin.Début`, `M.Dupont`: a dot, then a capital (the word before is checked in code).
const afterDot = letterRegExp(String.raw`\.(?=\p{L})`, 'gu');
// File extensions and domain endings: `rapport.pdf`, `site.gouv` are not sentence ends.
const extensions = /^(?:pdf|docx?|odt|ods|xlsx?|csv|html?|php|txt|zip|jpe?g|png|xml|json|fr|com|org|net|eu|int|info|gouv|io|be|ch|de|uk|us|re)$/u;
const wordBefore = letterRegExp(String.raw`(?:^|[^\p{L}.])(\p{L}+)$`, 'u');
const civilities = new Set(['M', 'MM', 'Mme', 'Mmes', 'Me', 'Mgr', 'Dr', 'Pr']);
const abbreviations = new Set(['art', 'etc', 'cf', 'p', 'pp', 'vol', 'chap', 'fig', 'ex', 'env', 'max', 'min', 'Mme', 'Mmes', 'MM', 'Mgr', 'Dr', 'Pr', 'St', 'Ste']);

export const rule: Rule = {
  meta: {
    id: 'espace-manquante-apres-ponctuation',
    severity: 'error',
    title: 'Espace manquante après une ponctuation',
    description:
      "Une virgule, un point-virgule, un deux-points, un point d'exclamation ou d'interrogation, ou un point final, " +
      'est suivi d\'une espace : « mots,mots » et « fin.Début » sont des erreurs de saisie. La correction insère une espace ' +
      "(insécable après « M. », « Mme »…). Ne sont pas signalés : les décimales (3,5), les abréviations et sigles pointés " +
      '(c.-à-d., S.N.C.F.), les adresses électroniques, les noms de domaine (service-public.fr) et les références ' +
      "d'articles (art. L. 2212-2).",
    fixable: true,
    group: 'A',
  },
  checkParagraph(context) {
    const { document, view } = context;
    if (view.section !== 'answer') return;
    for (const found of matchProse(view, afterSign)) {
      if (!signableBefore.test(view.text[found.start - 1] ?? '')) continue;
      reportText(context, view, found.start, found.end + 1, `Espace manquante après « ${found.match[0]} ».`, {
        fixes: [fixOf('Insérer une espace', textEdit(document, view, found.end, found.end, ' '))],
      });
    }
    for (const found of matchProse(view, afterDot)) {
      if (/\p{Ll}/u.test(view.text[found.end] ?? '') && /\.\p{L}\./u.test(view.text.slice(found.start - 2, found.end + 2))) continue;
      const word = wordBefore.exec(view.text.slice(Math.max(0, found.start - 30), found.start))?.[1];
      if (word === undefined) continue;
      if (civilities.has(word)) {
        reportText(context, view, found.start, found.end + 1, 'Espace insécable manquante après la civilité.', {
          fixes: [fixOf('Insérer une espace insécable', textEdit(document, view, found.end, found.end, NBSP))],
        });
        continue;
      }
      if (word.length < 2 || abbreviations.has(word)) continue;
      const next = /^\p{L}+/u.exec(view.text.slice(found.end, found.end + 30))?.[0] ?? '';
      // `fin.Début`; `ministre.mais` when the words on both sides are real words (not `rapport.pdf`, `p.ex`).
      if (/^\p{Lu}/u.test(next) ? !/^\p{Lu}\p{Ll}/u.test(next) : word.length < 3 || next.length < 2 || extensions.test(next)) continue;
      reportText(context, view, found.start, found.end + 1, `« ${word}.${next} » : espace manquante après le point.`, {
        fixes: [fixOf('Insérer une espace', textEdit(document, view, found.end, found.end, ' '))],
      });
    }
  },
};
