import type { Rule } from '../rule';
import { matchProse } from '../common/mask';
import { NBSP, fixOf, reportText, textEdit } from '../common/style';
import { letterRegExp } from '../../text/letters';

// A number (possibly grouped by spaces, possibly decimal), an ordinary space or nothing, a unit.
const numberUnit =
  letterRegExp(String.raw`(?<![\p{L}\d,.\-/])(?:\d{1,3}(?:[ \u00A0\u202F]\d{3})+|\d+)(?:,\d+)?( ?)(%|‰|€|euros?|millions?|milliards?|ans|mois|jours|heures|semaines|km|m²|m2|kg|MWh|kWh|GWh|habitants|salariés|places|postes|lits)(?![\p{L}\d])`, 'gu');

export const rule: Rule = {
  meta: {
    id: 'nbsp-nombre-unite',
    severity: { jo: 'hint', 'imprimerie-nationale': 'warning' },
    title: 'Espace insécable entre un nombre et son unité',
    description:
      "Un nombre et l'unité, la grandeur ou la monnaie qui le suit (26 ans, 22 millions, 15 %, 43 €, 100 000 habitants) " +
      "sont séparés par une espace insécable (U+00A0), pour qu'ils ne soient pas coupés en fin de ligne. Les réponses " +
      "publiées utilisent des espaces ordinaires : simple suggestion dans le profil « jo », avertissement dans le profil " +
      "« imprimerie-nationale » ; la correction pose l'espace insécable. S'applique aussi au texte de la question " +
      '(information au plus, sans correction : la question est publiée). Les années suivies d\'un nom, les numéros d\'articles et de textes ne sont pas visés. ' +
      'Dans la réponse, le pourcentage collé (15%) relève de « pourcentage-format ».',
    fixable: true,
    group: 'A',
  },
  checkParagraph(context) {
    const { document, view } = context;
    for (const found of matchProse(view, numberUnit)) {
      const space = found.match[1]!;
      const unit = found.match[2]!;
      if (space === '' && view.section === 'answer' && (unit === '%' || unit === '‰')) continue;
      if (space === '' && /^\p{L}/u.test(unit) && !/^(?:km|kg|m²|m2|MWh|kWh|GWh)$/u.test(unit)) continue;
      const at = found.end - unit.length - space.length;
      reportText(context, view, found.start, found.end, `Espace insécable attendue entre le nombre et « ${unit} ».`, {
        fixes: [fixOf('Poser une espace insécable', textEdit(document, view, at, at + space.length, NBSP))],
      });
    }
  },
};
