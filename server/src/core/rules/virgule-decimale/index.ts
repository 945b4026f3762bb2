import type { Rule } from '../rule';
import { matchProse } from '../common/mask';
import { replaceText, reportText } from '../common/style';
import { letterRegExp } from '../../text/letters';

// 3.5, 1.25 (not 1.500, grouped thousands; not 3.3.1 or 18.10.2019; not 1.2 after an outline noun).
const decimalPoint = letterRegExp(String.raw`(?<![\p{L}\d,.\-/])(\d+)\.(\d+)(?![\d.]\d|\.\d|\d|\p{L}|-)`, 'gu');
const outlineBefore =
  /(?:version|v|art\.|article|§|annexe|point|paragraphe|chapitre|titre|section|partie|axe|mesure|action|objectif|fiche|tableau|figure|étape|livre|priorité|recommandation)[\s\u00A0\u202F]*$/iu;

export const rule: Rule = {
  meta: {
    id: 'virgule-decimale',
    severity: 'error',
    title: 'Virgule décimale',
    description:
      "En français, la partie décimale d'un nombre est séparée par une virgule : « 3,5 % », « 1,5 million ». " +
      'La correction remplace le point par une virgule. Ne sont pas signalés : les milliers groupés par des points ' +
      '(voir « separateur-milliers »), les numéros de plan ou de section (3.3.1, mesure 1.2), les dates pointées, ' +
      'les numéros de version, les adresses et les articles à numérotation pointée.',
    fixable: true,
    group: 'A',
  },
  checkParagraph(context) {
    const { document, view } = context;
    if (view.section !== 'answer') return;
    for (const found of matchProse(view, decimalPoint)) {
      const [, integer, fraction] = found.match;
      if (fraction!.length === 3 && integer!.length <= 3) continue;
      if (outlineBefore.test(view.text.slice(Math.max(0, found.start - 24), found.start))) continue;
      const dot = found.start + integer!.length;
      reportText(context, view, found.start, found.end, `« ${found.match[0]} » : point décimal, écrire « ${integer},${fraction} ».`, {
        fixes: [replaceText(document, view, dot, dot + 1, ',', `Écrire « ${integer},${fraction} »`)],
      });
    }
  },
};
