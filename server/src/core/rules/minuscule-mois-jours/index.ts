import type { Rule } from '../rule';
import { matchProse } from '../common/mask';
import { fixOf, reportText, textEdit } from '../common/style';
import { letterRegExp } from '../../text/letters';

const names = 'Janvier|Février|Fevrier|Mars|Avril|Mai|Juin|Juillet|Août|Aout|Septembre|Octobre|Novembre|Décembre|Decembre|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche';
// A capitalised month or weekday after a day number or a word that introduces a date (`le 18 Octobre`,
// `depuis Janvier`, `ce Mardi`), not at the start of a sentence, not in `rue du 4-Septembre`.
const capitalised = letterRegExp(
  `(?<=(?:(?<![\\p{L}\\d-])\\d{1,2}(?:er)?|(?<!\\p{L})(?:en|depuis|dès|début|fin|mi|courant|ce|cet|chaque|le|du|au|jusqu['’]en|jusqu['’]au|avant|après|prochain|dernier|mois[ \\u00A0]+de|mois[ \\u00A0]+d['’]))[ \\u00A0])(?:${names})(?![\\p{L}-])(?![ \\u00A0]+gras\\b)`,
  'gu',
);
// What `capitalised` matches, without its lookbehind (tried at every position): a quick test first.
const nameAfterSpace = letterRegExp(`[ \\u00A0](?:${names})`, 'u');

export const rule: Rule = {
  meta: {
    id: 'minuscule-mois-jours',
    severity: 'error',
    title: 'Mois et jours en minuscules',
    description:
      "Les noms de mois et de jours s'écrivent en minuscules : « le 18 octobre 2019 », « depuis janvier », « ce mardi » " +
      "(Académie française). La règle signale un mois ou un jour à majuscule après un quantième ou un mot qui introduit " +
      "une date. Restent en majuscule : le début de phrase (« Vendredi 18 octobre 2019, … »), les noms propres " +
      "(« rue du 4-Septembre », « Mardi gras », « la monarchie de Juillet », « la révolution d'Octobre »). " +
      'La correction met la minuscule.',
    fixable: true,
    group: 'B',
  },
  checkParagraph(context) {
    const { document, view } = context;
    if (view.section !== 'answer' || !nameAfterSpace.test(view.text)) return;
    for (const found of matchProse(view, capitalised)) {
      const lowered = found.match[0].toLowerCase();
      reportText(context, view, found.start, found.end, `Les mois et les jours s'écrivent en minuscules : « ${lowered} ».`, {
        fixes: [fixOf(`Écrire « ${lowered} »`, textEdit(document, view, found.start, found.start + 1, lowered[0]!))],
      });
    }
  },
};
