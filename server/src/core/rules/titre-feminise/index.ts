/**
 * E2 `titre-feminise`: a woman designated with a masculine title or agreement (`Mme le ministre`,
 * `Madame le préfet`, `Mme X, ministre chargé de`). The circulaire du 21 novembre 2017 asks for the feminine
 * form of the function held by a woman (« la ministre », « la secrétaire d'État », « la préfète »).
 */
import type { Rule } from '../rule';
import { matchProse } from '../common/mask';
import { reportText, SP, textFix, WB, WE } from '../common/lexicon';
import { letterRegExp } from '../../text/letters';

const feminine: Readonly<Record<string, string>> = {
  ministre: 'ministre',
  "secrétaire d'état": "secrétaire d'État",
  'secrétaire d’état': 'secrétaire d’État',
  secrétaire: 'secrétaire',
  député: 'députée',
  sénateur: 'sénatrice',
  rapporteur: 'rapporteure',
  directeur: 'directrice',
  préfet: 'préfète',
  président: 'présidente',
  maire: 'maire',
  procureur: 'procureure',
  conseiller: 'conseillère',
  délégué: 'déléguée',
  inspecteur: 'inspectrice',
  ambassadeur: 'ambassadrice',
  recteur: 'rectrice',
  'haut-commissaire': 'haute-commissaire',
  'garde des sceaux': 'garde des sceaux',
};
const TITLE = `(ministre|secrétaire d['’][ÉéE]tat|secrétaire|député|sénateur|rapporteur|directeur|préfet|président|maire|procureur|conseiller|délégué|inspecteur|ambassadeur|recteur|haut-commissaire|garde des sceaux)`;
const masculineTitle = letterRegExp(`${WB}(Mme|Madame)${SP}+(le)${SP}+${TITLE}${WE}`, 'giu');
// `Mme X, ministre chargé de` / `Mme la ministre …, chargé de` / `Mme la ministre délégué`.
const masculineAgreement = letterRegExp(
  `${WB}(?:Mme|Madame)${SP}+(?:la${SP}+)?(?:\\p{Lu}[\\p{L}'’-]+(?:${SP}+|(?=,))){0,3}?(?:,${SP}*)?(?:ministre|secrétaire d['’][ÉéE]tat)(?:${SP}+(?:auprès|de|du|des|d['’])[^.;,]{0,80})?,?${SP}+(chargé|délégué)(?![\\p{L}])`,
  'gu',
);

function femininize(title: string): string {
  const key = title.toLowerCase();
  return feminine[key] ?? feminine[key.replace(/['’]état$/, "'état")] ?? title;
}

export const rule: Rule = {
  meta: {
    id: 'titre-feminise',
    severity: 'error',
    title: 'Titre non féminisé',
    description:
      "Signale une femme désignée par un titre ou un accord au masculin : « Mme le ministre », « Madame le préfet », « Mme X, ministre chargé de ». La circulaire du 21 novembre 2017 demande de féminiser les titres et fonctions exercés par une femme (« la ministre », « la secrétaire d'État », « la députée », « la préfète », « chargée de »). Le masculin générique désignant une fonction abstraite (« le ministre chargé de la santé ») n'est pas signalé.",
    fixable: true,
    group: 'E',
  },
  checkParagraph(context) {
    const { view } = context;
    if (view.section !== 'answer') return;
    for (const match of matchProse(view, masculineTitle)) {
      if (view.inQuote(match.start, match.end)) continue;
      const articleStart = match.groupStart(2)!;
      const title = match.match[3]!;
      const titleStart = match.groupStart(3)!;
      const replacement = `la ${femininize(title)}`;
      reportText(
        context,
        articleStart,
        titleStart + title.length,
        `« ${match.match[0]} » : le titre d'une femme se féminise (circulaire du 21 novembre 2017) : « ${match.match[1]} ${replacement} ».`,
        [textFix(view, `Remplacer par « ${replacement} »`, articleStart, titleStart + title.length, replacement)],
      );
    }
    for (const match of matchProse(view, masculineAgreement)) {
      if (view.inQuote(match.start, match.end)) continue;
      const word = match.match[1]!;
      const start = match.groupStart(1)!;
      reportText(context, start, start + word.length, `« ${word} » se rapporte à une femme : écrire « ${word}e ».`, [
        textFix(view, `Remplacer par « ${word}e »`, start, start + word.length, `${word}e`),
      ]);
    }
  },
};
