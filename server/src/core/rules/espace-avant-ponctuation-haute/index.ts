import type { Rule } from '../rule';
import { matchProse } from '../common/mask';
import { NBSP, NNBSP, fixOf, reportText, spacingSeverity, textEdit } from '../common/style';
import { letterRegExp } from '../../text/letters';

// A sign glued to a word (`Pourquoi?`, `suivantes:`): `:` only when a space follows (not `14:30`, `1:25`).
const glued = letterRegExp(String.raw`[;!?]|:(?=[\s\u00A0\u202F\p{L}]|$)`, 'gu');
const gluedBefore = letterRegExp(String.raw`[\p{L}\d»)\]’'%]`, 'u');
// An ordinary space before the sign (a fine-spacing matter in the `jo` profile).
const plainSpace = / ([;!?:])/gu;
// With `nbspStrict`, U+00A0 before `; ! ?` (where U+202F is expected).
const wideBeforeHigh = /\u00A0([;!?])/gu;
const plainBefore = /[^\s\u00A0\u202F!?;:\uFFFC]/u;

function spaceFor(sign: string): string {
  return sign === ':' ? NBSP : NNBSP;
}

function name(sign: string): string {
  return sign === ':' ? 'deux-points' : sign === ';' ? 'point-virgule' : sign === '!' ? "point d'exclamation" : "point d'interrogation";
}

export const rule: Rule = {
  meta: {
    id: 'espace-avant-ponctuation-haute',
    severity: 'error',
    title: 'Espace avant « ; », « : », « ! », « ? »',
    description:
      "Les signes doubles (point-virgule, deux-points, points d'exclamation et d'interrogation) sont précédés d'une espace " +
      'insécable : fine (U+202F) avant « ; ! ? », normale (U+00A0) avant « : » (Imprimerie nationale). ' +
      "Un signe collé au mot (« suivantes: », « Pourquoi? ») est une erreur dans tous les profils. Une espace ordinaire " +
      "avant le signe, comme dans toutes les réponses publiées sur le site de l'Assemblée nationale, n'est signalée qu'en " +
      "suggestion dans le profil « jo » (erreur dans le profil « imprimerie-nationale ») ; la correction la remplace par " +
      "l'espace insécable. L'espace insécable normale est acceptée avant « ; ! ? », sauf avec le réglage « nbspStrict » " +
      "du guide de style, qui demande alors l'espace fine. " +
      'Les heures (14:30), adresses, rapports (1:25 000) et suites « ?! » ne sont pas signalés.',
    fixable: true,
    group: 'A',
  },
  checkParagraph(context) {
    const { document, view } = context;
    if (view.section !== 'answer') return;
    for (const found of matchProse(view, glued)) {
      const sign = found.match[0];
      const before = view.text[found.start - 1] ?? '';
      if (!gluedBefore.test(before) || (sign === ':' && /\d/.test(before))) continue;
      reportText(context, view, found.start, found.end, `Espace insécable manquante avant le ${name(sign)}.`, {
        fixes: [fixOf('Insérer une espace insécable avant le signe', textEdit(document, view, found.start, found.start, spaceFor(sign)))],
      });
    }
    for (const found of matchProse(view, plainSpace)) {
      const sign = found.match[1]!;
      if (!plainBefore.test(view.text[found.start - 1] ?? '\n')) continue;
      reportText(context, view, found.start, found.end, `Espace ordinaire avant le ${name(sign)} : une espace insécable est attendue.`, {
        severity: spacingSeverity(context),
        fixes: [fixOf("Remplacer par une espace insécable", textEdit(document, view, found.start, found.start + 1, spaceFor(sign)))],
      });
    }
    if (!context.settings.nbspStrict) return;
    for (const found of matchProse(view, wideBeforeHigh)) {
      const sign = found.match[1]!;
      reportText(context, view, found.start, found.end, `Espace insécable normale avant le ${name(sign)} : le réglage strict demande une espace fine insécable.`, {
        fixes: [fixOf('Remplacer par une espace fine insécable', textEdit(document, view, found.start, found.start + 1, NNBSP))],
      });
    }
  },
};
