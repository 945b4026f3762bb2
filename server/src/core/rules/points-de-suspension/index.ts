import type { Rule } from '../rule';
import { matchProse } from '../common/mask';
import { replaceText, reportText } from '../common/style';
import { letterRegExp } from '../../text/letters';

const etcetera = /\betc(?:\.{2,}|…|\.…)/gu;
// Three points or more, with the spaces that separate them from the word before (removed by the fix as well).
const dots = letterRegExp(String.raw`(?:(?<=[\p{L}\d])[ \u00A0\u202F]+)?(?<!\betc|\.)\.{3,}`, 'gu');
const spaceBefore = letterRegExp(String.raw`(?<=[\p{L}\d])[ \u00A0\u202F]+…`, 'gu');

export const rule: Rule = {
  meta: {
    id: 'points-de-suspension',
    severity: 'warning',
    title: 'Points de suspension',
    description:
      'Les points de suspension sont un seul caractère (…, U+2026), collé au mot qui précède ; « etc. » ne prend ' +
      "qu'un point et jamais de points de suspension (« etc... » → « etc. »). La correction remplace « ... » par « … », " +
      "« etc... » et « etc… » par « etc. », et supprime l'espace avant « … ». Les élisions de citation « […] » et « (…) », " +
      'et « … » après une virgule, ne sont pas signalées. Les points de suspension sont rares dans une réponse ministérielle.',
    fixable: true,
    group: 'A',
  },
  checkParagraph(context) {
    const { document, view } = context;
    // Each pattern needs `..` or `…`: most paragraphs have neither.
    if (view.section !== 'answer' || !(view.text.includes('..') || view.text.includes('…'))) return;
    for (const found of matchProse(view, etcetera)) {
      reportText(context, view, found.start, found.end, '« etc. » ne prend qu\'un point.', {
        fixes: [replaceText(document, view, found.start + 3, found.end, '.', 'Écrire « etc. »')],
      });
    }
    for (const found of matchProse(view, dots)) {
      const points = found.match[0].trimStart().length;
      reportText(context, view, found.end - points, found.end, `« ${found.match[0].trimStart()} » : ${points} points, écrire les points de suspension « … »${points < found.match[0].length ? ', collés au mot qui précède' : ''}.`, {
        fixes: [replaceText(document, view, found.start, found.end, '…', 'Écrire « … »')],
      });
    }
    for (const found of matchProse(view, spaceBefore)) {
      reportText(context, view, found.start, found.end, 'Espace avant les points de suspension.', {
        fixes: [replaceText(document, view, found.start, found.end - 1, '', "Supprimer l'espace")],
      });
    }
  },
};
