import type { Rule } from '../rule';
import { matchProse } from '../common/mask';
import { NNBSP, fixOf, replaceText, reportText, spacingSeverity, textEdit } from '../common/style';
import { letterRegExp } from '../../text/letters';

// Five digits or more in one block (not a postal code before a town name, not part of a reference).
const solid = letterRegExp(String.raw`(?<![\p{L}\d,.\-/_#])\d{5,}(?:,\d+)?(?![\p{L}\d\-/_]|[.,]\d)(?! \p{Lu}\p{Ll})`, 'gu');
// Grouping with dots: 200.000, 1.500.000.
const dotted = letterRegExp(String.raw`(?<![\p{L}\d,.\-/])\d{1,3}(?:\.\d{3})+(?![\d.,]\d|\.\d|\d|\p{L})`, 'gu');
// Grouping with ordinary spaces: 19 760, 100 000 (lines may break there).
const spaced = letterRegExp(String.raw`(?<![\p{L}\d,.\-/])\d{1,3}(?: \d{3})+(?![\d\-/]|,\d)`, 'gu');
const identifierBefore = /(?:SIRE[NT]|RNA|FINESS|INSEE|EAN|ISBN|ISSN|IBAN|n°|N°|numéro|réf\.|référence|dossier|code|cedex)[\s\u00A0\u202F]*$/iu;

function grouped(digits: string): string {
  const [integer, decimals] = digits.split(',');
  const parts: string[] = [];
  // Pushed from the end then reversed: `unshift` per group was quadratic on a very long number.
  for (let end = integer!.length; end > 0; end -= 3) parts.push(integer!.slice(Math.max(0, end - 3), end));
  return parts.reverse().join(NNBSP) + (decimals === undefined ? '' : `,${decimals}`);
}

export const rule: Rule = {
  meta: {
    id: 'separateur-milliers',
    severity: 'error',
    title: 'Séparateur des milliers',
    description:
      'Les nombres de cinq chiffres ou plus sont groupés par tranches de trois chiffres séparées par une espace fine ' +
      "insécable (U+202F) : « 19 760 », « 1 500 000 ». Un nombre soudé (450000) ou groupé par des points (200.000) " +
      "est une erreur. Un groupement par espaces ordinaires (100 000), qui peut être coupé en fin de ligne, n'est qu'une " +
      "suggestion dans le profil « jo » (erreur dans le profil « imprimerie-nationale ») ; la correction pose des espaces " +
      'fines insécables. Ne sont pas groupés : années, numéros de textes, de questions, de pages et d\'articles, codes ' +
      'NOR, SIREN/SIRET, codes postaux et numéros de téléphone.',
    fixable: true,
    group: 'A',
  },
  checkParagraph(context) {
    const { document, view } = context;
    if (view.section !== 'answer') return;
    const isIdentifier = (start: number): boolean => identifierBefore.test(view.text.slice(Math.max(0, start - 24), start));
    for (const found of matchProse(view, solid)) {
      if (isIdentifier(found.start)) continue;
      const digits = found.match[0];
      reportText(context, view, found.start, found.end, `« ${digits} » : nombre non groupé par tranches de trois chiffres, écrire « ${grouped(digits).replace(/\u202F/g, ' ')} ».`, {
        fixes: [replaceText(document, view, found.start, found.end, grouped(digits), 'Grouper par tranches de trois chiffres')],
      });
    }
    for (const found of matchProse(view, dotted)) {
      if (isIdentifier(found.start)) continue;
      const digits = found.match[0].replace(/\./g, '');
      const edits = [];
      for (let i = 0; i < found.match[0].length; i++) if (found.match[0][i] === '.') edits.push(textEdit(document, view, found.start + i, found.start + i + 1, NNBSP));
      reportText(context, view, found.start, found.end, `« ${found.match[0]} » : milliers séparés par des points, écrire « ${grouped(digits).replace(/\u202F/g, ' ')} ».`, {
        fixes: [fixOf('Séparer les milliers par des espaces fines insécables', ...edits)],
      });
    }
    for (const found of matchProse(view, spaced)) {
      if (isIdentifier(found.start)) continue;
      const edits = [];
      for (let i = 0; i < found.match[0].length; i++) if (found.match[0][i] === ' ') edits.push(textEdit(document, view, found.start + i, found.start + i + 1, NNBSP));
      reportText(context, view, found.start, found.end, `« ${found.match[0]} » : milliers séparés par des espaces ordinaires ; une espace fine insécable évite la coupure du nombre.`, {
        severity: spacingSeverity(context),
        fixes: [fixOf('Poser des espaces fines insécables', ...edits)],
      });
    }
  },
};
