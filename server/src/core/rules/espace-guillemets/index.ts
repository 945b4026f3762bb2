import type { Rule } from '../rule';
import { matchProse } from '../common/mask';
import { NBSP, fixOf, reportText, reportedBeyondCap, spacingSeverity, textEdit } from '../common/style';

const gluedOpen = /«(?=[^\s\u00A0\u202F»])/g;
const gluedClose = /(?<=[^\s\u00A0\u202F«])»/g;
const plainOpen = /« /g;
const plainClose = / »/g;

export const rule: Rule = {
  meta: {
    id: 'espace-guillemets',
    severity: 'error',
    title: 'Espaces à l’intérieur des guillemets',
    description:
      "Le guillemet ouvrant « est suivi, et le guillemet fermant » précédé, d'une espace insécable (U+00A0). " +
      'Des guillemets collés au texte («texte») sont une erreur dans tous les profils. Des espaces ordinaires ' +
      "(« texte » saisi au clavier, comme dans les réponses publiées) ne sont signalées qu'en suggestion dans le profil " +
      '« jo » et en erreur dans le profil « imprimerie-nationale » ; la correction pose les espaces insécables. ' +
      'Un paragraphe qui commence par » (dialogue continué) et les citations de la question ne sont pas signalés.',
    fixable: true,
    group: 'A',
  },
  checkParagraph(context) {
    const { document, view } = context;
    // Each pattern needs a guillemet.
    if (view.section !== 'answer' || !(view.text.includes('«') || view.text.includes('»'))) return;
    // A wall of guillemets gives millions of matches: those past the rule's share of the cap are only counted.
    for (const found of matchProse(view, gluedOpen)) {
      if (reportedBeyondCap(context, view, found.start, found.end)) continue;
      reportText(context, view, found.start, found.end, 'Espace insécable manquante après le guillemet ouvrant.', {
        fixes: [fixOf('Insérer une espace insécable', textEdit(document, view, found.end, found.end, NBSP))],
      });
    }
    for (const found of matchProse(view, gluedClose)) {
      if (found.start === 0 || reportedBeyondCap(context, view, found.start, found.end)) continue;
      reportText(context, view, found.start, found.end, 'Espace insécable manquante avant le guillemet fermant.', {
        fixes: [fixOf('Insérer une espace insécable', textEdit(document, view, found.start, found.start, NBSP))],
      });
    }
    for (const found of matchProse(view, plainOpen)) {
      if (reportedBeyondCap(context, view, found.start, found.end, spacingSeverity(context))) continue;
      reportText(context, view, found.start, found.end, 'Espace ordinaire après le guillemet ouvrant : une espace insécable est attendue.', {
        severity: spacingSeverity(context),
        fixes: [fixOf('Remplacer par une espace insécable', textEdit(document, view, found.start + 1, found.end, NBSP))],
      });
    }
    for (const found of matchProse(view, plainClose)) {
      if (reportedBeyondCap(context, view, found.start, found.end, spacingSeverity(context))) continue;
      reportText(context, view, found.start, found.end, 'Espace ordinaire avant le guillemet fermant : une espace insécable est attendue.', {
        severity: spacingSeverity(context),
        fixes: [fixOf('Remplacer par une espace insécable', textEdit(document, view, found.start, found.start + 1, NBSP))],
      });
    }
  },
};
