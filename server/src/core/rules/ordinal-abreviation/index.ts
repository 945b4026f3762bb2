import type { Fix } from '../../findings/finding';
import type { Rule } from '../rule';
import { matchProse } from '../common/mask';
import { followingWord, notNouns, ordinalDisagrees, ordinalKeepsAbbreviation, ordinalPattern, readOrdinal, sentenceStart } from '../common/ordinals';
import { capitalize, replaceText, reportText } from '../common/style';


export const rule: Rule = {
  meta: {
    id: 'ordinal-abreviation',
    severity: 'error',
    title: 'Abréviation des ordinaux',
    description:
      "Les adjectifs ordinaux abrégés s'écrivent 1er, 1re, 2e, 3e… (pluriel 1ers, 1res, 2es), et 2d, 2de pour « second », " +
      "« seconde » (Imprimerie nationale, Académie française) : « 2ème », « 3ème », « 1ère », « 2nd », « 2nde » ou « XXème » " +
      "sont fautifs. La correction remplace le suffixe. Quand l'ordinal précède un nom commun hors date, siècle ou " +
      "circonscription, la première correction proposée l'écrit en toutes lettres (« second plan », voir " +
      "« ordinal-en-toutes-lettres ») et la seconde corrige seulement l'abréviation. Les numéros d'ordre « 1° », « 2° » " +
      "des textes juridiques ne sont pas visés.",
    fixable: true,
    group: 'C',
  },
  checkParagraph(context) {
    const { document, view } = context;
    if (view.section !== 'answer') return;
    for (const found of matchProse(view, ordinalPattern)) {
      const [, number, suffix] = found.match;
      const ordinal = readOrdinal(number!, suffix!);
      if (!ordinal?.corrected) continue;
      const fixes: (Fix | undefined)[] = [];
      // « le 1ère », « les 1er »: the determiner and the suffix disagree, no correction is sure.
      if (ordinalDisagrees(view.text, found.start, number!, suffix!)) {
        reportText(context, view, found.start, found.end, `« ${found.match[0]} » : abréviation fautive de l'ordinal, écrire « ${ordinal.corrected} » accordé au nom.`);
        continue;
      }
      const next = followingWord.exec(view.text.slice(found.end, found.end + 40))?.[1];
      if (ordinal.words && next && !ordinalKeepsAbbreviation.has(next) && !notNouns.has(next.toLowerCase())) {
        const words = sentenceStart.test(view.text.slice(Math.max(0, found.start - 3), found.start)) ? capitalize(ordinal.words) : ordinal.words;
        fixes.push(replaceText(document, view, found.start, found.end, words, `Écrire « ${words} » en toutes lettres`));
      }
      const suffixStart = found.start + number!.length;
      fixes.push(replaceText(document, view, suffixStart, found.end, ordinal.corrected.slice(number!.length), `Écrire « ${ordinal.corrected} »`));
      reportText(context, view, found.start, found.end, `« ${found.match[0]} » : abréviation fautive de l'ordinal, écrire « ${ordinal.corrected} »${ordinal.words && fixes.length > 1 ? ` ou « ${ordinal.words} »` : ''}.`, { fixes });
    }
  },
};
