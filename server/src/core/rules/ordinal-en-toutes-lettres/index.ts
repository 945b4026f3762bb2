import type { Rule } from '../rule';
import { matchProse } from '../common/mask';
import { followingWord, notNouns, ordinalDisagrees, ordinalKeepsAbbreviation, ordinalPattern, readOrdinal, sentenceStart } from '../common/ordinals';
import { capitalize, replaceText, reportText } from '../common/style';


export const rule: Rule = {
  meta: {
    id: 'ordinal-en-toutes-lettres',
    severity: 'hint',
    title: 'Ordinal à écrire en toutes lettres',
    description:
      "Dans le texte courant, un ordinal qui qualifie un nom commun s'écrit en toutes lettres : « le premier plan », " +
      "« le second plan », « la troisième mesure » plutôt que « le 1er plan », « le 2d plan » (Guide de légistique, " +
      "Imprimerie nationale). L'abréviation reste de règle dans les dates (« le 1er janvier »), les siècles (« XXIe " +
      "siècle »), les arrondissements, circonscriptions et législatures. La correction écrit l'ordinal en toutes " +
      "lettres (jusqu'à vingtième).",
    fixable: true,
    group: 'C',
  },
  checkParagraph(context) {
    const { document, view } = context;
    if (view.section !== 'answer') return;
    for (const found of matchProse(view, ordinalPattern)) {
      const [, number, suffix] = found.match;
      if (/^[IVXLC]+$/.test(number!)) continue;
      const ordinal = readOrdinal(number!, suffix!);
      if (!ordinal) continue;
      const next = followingWord.exec(view.text.slice(found.end, found.end + 40))?.[1];
      if (!next || ordinalKeepsAbbreviation.has(next) || notNouns.has(next.toLowerCase())) continue;
      const disagrees = ordinalDisagrees(view.text, found.start, number!, suffix!);
      const words = !disagrees && ordinal.words && (sentenceStart.test(view.text.slice(Math.max(0, found.start - 3), found.start)) ? capitalize(ordinal.words) : ordinal.words);
      reportText(context, view, found.start, found.end, words ? `« ${found.match[0]} ${next} » : ordinal devant un nom, écrire « ${words} ${next} » en toutes lettres.` : `« ${found.match[0]} ${next} » : ordinal devant un nom, l'écrire en toutes lettres.`, {
        fixes: words ? [replaceText(document, view, found.start, found.end, words, `Écrire « ${words} »`)] : [],
      });
    }
  },
};
