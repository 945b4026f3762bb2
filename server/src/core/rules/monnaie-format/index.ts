import type { Rule } from '../rule';
import { matchProse } from '../common/mask';
import { NBSP, fixOf, replaceText, reportText, textEdit } from '../common/style';
import { letterRegExp } from '../../text/letters';

// `€15`, `EUR 15`: the sign before the number.
const signFirst = letterRegExp(String.raw`(?<![\p{L}\d])(€|EUR)[ \u00A0]?(\d+(?:[ \u00A0\u202F]\d{3})*(?:,\d+)?)(?![\d,])`, 'gu');
// `43,5 M€`, `2 Md€`, `15 k€`, `3 MEUR`, `2 Mds€`: abbreviated magnitudes.
const abbreviated = letterRegExp(String.raw`(?<![\p{L}\d,])(\d[\d\u00A0\u202F]*(?:,\d+)?)([ \u00A0\u202F]?)(M€|Md€|Mds€|Mrd€|Mrds€|k€|K€|MEUR|Mrd|Mds)(?![\p{L}\d])`, 'gu');
// `3 millions euros`: `d'` is missing.
const missingOf = letterRegExp(String.raw`(?<![\p{L}])(millions?|milliards?)[ \u00A0]+(euros?)(?![\p{L}])`, 'gu');

function magnitude(unit: string, value: number): string {
  const plural = value >= 2;
  if (unit.startsWith('k') || unit.startsWith('K')) return '';
  if (unit.startsWith('M') && !unit.startsWith('Md') && !unit.startsWith('Mrd')) return plural ? 'millions' : 'million';
  return plural ? 'milliards' : 'milliard';
}

export const rule: Rule = {
  meta: {
    id: 'monnaie-format',
    severity: 'warning',
    title: 'Écriture des montants',
    description:
      "Les montants s'écrivent avec l'unité après le nombre et en toutes lettres pour les grandeurs : « 15 € » ou « 15 " +
      "euros », « 43,5 millions d'euros », « 1,2 milliard d'euros » (usage du Journal officiel, Imprimerie nationale). " +
      "Sont signalés le symbole avant le nombre (« €15 »), les abréviations « M€ », « Md€ », « Mds€ », « k€ », « MEUR », " +
      "« Mrd », et « millions euros » sans « d' ». La correction écrit la forme développée (avec l'apostrophe typographique " +
      "« ’ », ou droite quand le guide de style le demande). Les tableaux et citations de documents budgétaires ne sont pas visés.",
    fixable: true,
    group: 'C',
  },
  checkParagraph(context) {
    const { document, view } = context;
    const apostrophe = context.settings.apostrophe === 'droite' ? "'" : '’';
    if (view.section !== 'answer') return;
    for (const found of matchProse(view, signFirst)) {
      const amount = found.match[2]!.trim();
      const wanted = `${amount}${NBSP}€`;
      reportText(context, view, found.start, found.end, `« ${found.match[0].trim()} » : le symbole monétaire suit le nombre, « ${amount} € ».`, {
        fixes: [replaceText(document, view, found.start, found.end, wanted, `Écrire « ${amount} € »`)],
      });
    }
    for (const found of matchProse(view, abbreviated)) {
      const [, amount, space, unit] = found.match;
      const value = Number(amount!.replace(/[\s\u00A0\u202F]/g, '').replace(',', '.'));
      const unitStart = found.end - unit!.length - space!.length;
      let wanted: string;
      if (unit === 'k€' || unit === 'K€') {
        const thousands = Math.round(value * 1000);
        wanted = `${thousands.toLocaleString('fr-FR').replace(/\s/g, '\u202F')}${NBSP}€`;
        reportText(context, view, found.start, found.end, `Abréviation « ${unit} » : écrire « ${wanted.replace(/[\u00A0\u202F]/g, ' ')} ».`, {
          fixes: [replaceText(document, view, found.start, found.end, wanted, `Écrire « ${wanted.replace(/[\u00A0\u202F]/g, ' ')} »`)],
        });
        continue;
      }
      wanted = `${magnitude(unit!, value)} d${apostrophe}euros`;
      reportText(context, view, found.start, found.end, `Abréviation « ${unit} » : écrire « ${amount} ${wanted} ».`, {
        fixes: [fixOf(`Écrire « ${amount} ${wanted} »`, textEdit(document, view, unitStart, found.end, `${NBSP}${wanted}`))],
      });
    }
    for (const found of matchProse(view, missingOf)) {
      const euros = found.end - found.match[2]!.length;
      reportText(context, view, found.start, found.end, `« ${found.match[0]} » : écrire « ${found.match[1]} d'euros ».`, {
        fixes: [fixOf(`Écrire « ${found.match[1]} d${apostrophe}euros »`, textEdit(document, view, euros, euros, `d${apostrophe}`))],
      });
    }
  },
};
