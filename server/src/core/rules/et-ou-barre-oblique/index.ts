/**
 * D5 `et-ou-barre-oblique`: `et/ou` and a slash used as a conjunction between words (`logés/transportés`,
 * `le/la`, `il/elle`). Units (`km/h`, `euro/kilomètre`), fractions, EU references and dates are not flagged.
 */
import type { Rule } from '../rule';
import { matchProse } from '../common/mask';
import { reportText, textFix } from '../common/lexicon';
import { comparisonKey } from '../../text/fold';
import { letterRegExp } from '../../text/letters';

const pattern = letterRegExp(String.raw`(?<![\p{L}\p{N}/.:@\uFFFC-])(\p{L}[\p{L}'’-]*)\/(\p{L}[\p{L}'’-]*)(?![\p{L}\p{N}/\uFFFC])`, 'gu');
const units = new Set(
  'h heure heures an ans annee mois jour jours semaine semaines km kilometre kilometres m m2 kg g l mg ml habitant habitants personne personnes tete unite nuit nuitee nuitees litre litres euro euros an kwh mwh gwh s min mn ha'.split(
    ' ',
  ),
);
const unitFirst = new Set('euro euros € km m kg g l mg ml kwh mwh gwh nombre taux prix cout montant'.split(' '));

export const rule: Rule = {
  meta: {
    id: 'et-ou-barre-oblique',
    severity: 'warning',
    title: '« et/ou » ou barre oblique entre deux mots',
    description:
      "Signale « et/ou » et la barre oblique employée comme conjonction entre deux mots (« logés/transportés », « le/la », « il/elle »), peu claires dans un texte publié : écrire « et », « ou », ou « l'un ou l'autre, ou les deux ». Les unités (« km/h », « euro/kilomètre »), les fractions, les références européennes et les dates ne sont pas signalées.",
    fixable: true,
    group: 'D',
  },
  checkParagraph(context) {
    const { view } = context;
    if (view.section !== 'answer' || !view.text.includes('/')) return;
    for (const match of matchProse(view, pattern)) {
      if (view.inQuote(match.start, match.end)) continue;
      const left = match.match[1]!;
      const right = match.match[2]!;
      const [a, b] = [comparisonKey(left), comparisonKey(right)];
      if (units.has(b) || unitFirst.has(a)) continue;
      // « Commune de X c/ Y »: « c/ » is « contre » in the name of a case.
      if (a === 'c') continue;
      // `salarié/e/s`: abbreviated double gender, reported by `ecriture-inclusive`.
      if (/^(?:e|ne|le|te|rice|euse|ère|s)$/.test(b)) continue;
      // Acronym pairs (DGOS/DGS) name two services: leave them to the acronym rules.
      if (/^\p{Lu}{2,}$/u.test(left) && /^\p{Lu}{2,}$/u.test(right)) continue;
      if (a === 'et' && b === 'ou') {
        reportText(context, match.start, match.end, '« et/ou » : écrire « et » ou « ou » (au besoin « ou … ou les deux »).', [
          textFix(view, 'Remplacer par « ou »', match.start, match.end, 'ou'),
          textFix(view, 'Remplacer par « et »', match.start, match.end, 'et'),
        ]);
        continue;
      }
      const slash = match.start + left.length;
      reportText(
        context,
        match.start,
        match.end,
        `« ${match.match[0]} » : la barre oblique ne remplace pas une conjonction ; écrire « ${left} ou ${right} » ou « ${left} et ${right} ».`,
        [
          textFix(view, `Remplacer par « ${left} ou ${right} »`, slash, slash + 1, ' ou '),
          textFix(view, `Remplacer par « ${left} et ${right} »`, slash, slash + 1, ' et '),
        ],
      );
    }
  },
};
