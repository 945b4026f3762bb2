import type { Rule } from '../rule';
import { matchProse, type ProseView } from '../common/mask';
import { fixOf, reportText, textEdit } from '../common/style';
import { accentedStems } from './words';
import { letterRegExp } from '../../text/letters';

const accented = new Set(accentedStems.split(' ').filter(Boolean));
/** Unaccented first letter → the accented letters a French word may start with. */
const variants: Record<string, readonly string[]> = { e: ['é', 'è', 'ê'], a: ['à'], i: ['î'], o: ['ô'] };
const endings = ['', 's', 'x', 'e', 'es'];
/** Words that take no accent by the choice of their bearer or that are English (traps). */
const keep = new Set<string>(['ideal', 'email', 'item', 'ester']);

// A capitalised word starting with an unaccented vowel (`Etat`, `Egalité`, `ECOLE`).
const capitalised = letterRegExp(String.raw`(?<![\p{L}\d-])([AEIO])(\p{L}+(?:-\p{L}+)*)`, 'gu');
// The preposition `A` opening a sentence or a clause (`A partir de`, `A l'échelle`).
const preposition = /(?<=(?:^|[.!?:;»]\s+|«\s?|\n))A(?=[ \u00A0](?:\p{Ll}|\d))/gu;

const capitalWordBefore = /\p{Lu}{2,}['’\s\u00A0]+$/u;
const capitalWordAfter = /^['’\s\u00A0]+\p{Lu}{2,}/u;

/** True when a neighbouring word is in capitals too (a title in capitals, not an acronym in prose). */
function capitalsAround(text: string, start: number, end: number): boolean {
  return capitalWordBefore.test(text.slice(Math.max(0, start - 30), start)) || capitalWordAfter.test(text.slice(end, end + 30));
}

/** The accented spelling of `word` (lower case, unaccented first letter) when the dictionary has it. */
function accentedSpelling(word: string): string | undefined {
  const rest = word.slice(1);
  for (const first of variants[word[0]!] ?? []) {
    for (const ending of endings) {
      if (ending && !rest.endsWith(ending)) continue;
      const stem = first + rest.slice(0, rest.length - ending.length);
      if (accented.has(stem)) return first;
    }
  }
  return undefined;
}

export const rule: Rule = {
  meta: {
    id: 'accent-capitales',
    severity: 'error',
    title: 'Accents sur les capitales',
    description:
      "Les capitales prennent l'accent : « l'État », « l'Équipe », « Égalité », « À partir de » (Imprimerie nationale : " +
      '« On veillera à utiliser systématiquement les capitales accentuées, y compris la préposition À »). La règle signale ' +
      "un mot commençant par une capitale non accentuée dont la forme en minuscules n'existe qu'avec un accent " +
      "(dictionnaire français), ainsi que la préposition « A » en tête de phrase. Les mots entièrement en capitales " +
      "(« LES ECOLES PUBLIQUES ») sont aussi visés, mais pas un mot en capitales isolé dans le texte, qui est un sigle " +
      "(« loi ELAN »). « Europe », « Emploi » ou les noms propres sans accent ne sont pas signalés. La " +
      'correction accentue la capitale.',
    fixable: true,
    group: 'B',
  },
  checkParagraph(context) {
    const { document, view } = context;
    if (view.section !== 'answer') return;
    for (const found of matchProse(view, capitalised)) {
      const word = found.match[0];
      const lower = word.toLowerCase();
      if (keep.has(lower) || word.length < 3) continue;
      const allCaps = word === word.toUpperCase();
      if (!allCaps && word.slice(1) !== word.slice(1).toLowerCase() && !word.includes('-')) continue;
      // A word in capitals alone in lower-case prose is an acronym (`loi ELAN`); in a line of capitals it is a word.
      if (allCaps && !capitalsAround(view.text, found.start, found.end)) continue;
      const first = accentedSpelling(lower.split('-')[0]!);
      if (!first) continue;
      const capital = first.toUpperCase();
      report(view, found.start, word, capital);
    }
    // `preposition` tries its lookbehind at every position: first a quick test for `A` and a space.
    if (/A[ \u00A0]/.test(view.text)) for (const found of matchProse(view, preposition)) report(view, found.start, 'A', 'À');

    function report(view: ProseView, start: number, word: string, capital: string): void {
      const corrected = capital + word.slice(1);
      reportText(context, view, start, start + word.length, `« ${word} » : capitale non accentuée, écrire « ${corrected} ».`, {
        fixes: [fixOf(`Écrire « ${corrected} »`, textEdit(document, view, start, start + 1, capital))],
      });
    }
  },
};
