import type { Rule } from '../rule';
import { matchProse } from '../common/mask';
import { NBSP, fixOf, replaceText, reportText, textEdit } from '../common/style';
import { letterRegExp } from '../../text/letters';

// `n°2019-1234`: no space before the number (the number itself is masked as an identifier).
const glued = letterRegExp(String.raw`(?<![\p{L}])[nN]°(?=\uFFFC)`, 'gu');
// `N°` in the middle of a sentence.
const capital = /(?<=[\p{Ll},;][ \u00A0]+)N°/gu;
// `No. 12`, `no. 12`, `num. 12`, `#12`.
const foreign = letterRegExp(String.raw`(?<![\p{L}])(?:[Nn]o|[Nn]um)\.[ \u00A0]?(?=\d)|(?<![\p{L}\d&])#(?=\d)`, 'gu');
// `n°s 12 et 13` → `nos`.
const plural = letterRegExp(String.raw`(?<![\p{L}])([nN])°s(?![\p{L}])`, 'gu');

export const rule: Rule = {
  meta: {
    id: 'numero-format',
    severity: 'error',
    title: 'Abréviation de « numéro »',
    description:
      "« Numéro » s'abrège « n° » suivi d'une espace insécable et du nombre : « loi n° 2019-1234 », « question n° 24191 » " +
      "(usage du Journal officiel ; « nᵒ » dans le profil « imprimerie-nationale »). Sont signalés « n°2019-1234 » sans " +
      "espace, « N° » au milieu d'une phrase, « No. », « num. », « #12 », et le pluriel « n°s » (→ « nos »). " +
      "« N° » en début de phrase, dans les titres et les métadonnées, et les numéros d'ordre juridiques « 1° », « 2° » ne " +
      'sont pas visés.',
    fixable: true,
    group: 'C',
  },
  checkParagraph(context) {
    const { document, profile, view } = context;
    const abbreviation = profile === 'imprimerie-nationale' ? 'nᵒ' : 'n°';
    if (view.section !== 'answer') return;
    // `glued`, `capital` and `plural` need a degree sign.
    const degree = view.text.includes('°');
    for (const found of degree ? matchProse({ ...view, masks: [] }, glued) : []) {
      if (!/\d/.test(view.paragraph.text[found.end] ?? '')) continue;
      reportText(context, view, found.start, found.end + 1, `Espace insécable manquante entre « ${found.match[0]} » et le nombre.`, {
        fixes: [fixOf('Insérer une espace insécable', textEdit(document, view, found.end, found.end, NBSP))],
      });
    }
    for (const found of degree ? matchProse(view, capital) : []) {
      reportText(context, view, found.start, found.end, `« N° » en majuscule au milieu d'une phrase : écrire « ${abbreviation} ».`, {
        fixes: [replaceText(document, view, found.start, found.end, abbreviation, `Écrire « ${abbreviation} »`)],
      });
    }
    for (const found of matchProse(view, foreign)) {
      const wanted = `${abbreviation}${NBSP}`;
      reportText(context, view, found.start, found.end, `« ${found.match[0].trim()} » : écrire « ${abbreviation} ».`, {
        fixes: [replaceText(document, view, found.start, found.end, wanted, `Écrire « ${abbreviation} »`)],
      });
    }
    for (const found of degree ? matchProse(view, plural) : []) {
      const wanted = found.match[1] === 'N' ? 'Nos' : 'nos';
      reportText(context, view, found.start, found.end, `Pluriel de « n° » : écrire « ${wanted} ».`, {
        fixes: [replaceText(document, view, found.start, found.end, wanted, `Écrire « ${wanted} »`)],
      });
    }
  },
};
