import type { Rule } from '../rule';
import { matchProse, proseViews } from '../shared/mask';
import { fixOf, reportText, textEdit } from '../shared/style';
import { letterRegExp } from '../../text/letters';

// A final point, then (closing quotes or brackets and) a space, then a lower-case word. The word before the
// point is captured to skip abbreviations (`M. le ministre`, `art. 3`, `etc. les…`).
const afterPoint = letterRegExp(String.raw`([.!?])[»”)\]]*[ \u00A0]+(\p{Ll}[\p{L}-]*)`, 'gu');
const tokenBefore = letterRegExp(String.raw`(?:^|[^\p{L}.°])([\p{L}°]+|\d+|[»”)\]])$`, 'u');
const abbreviations = new Set([
  'etc', 'cf', 'art', 'arts', 'p', 'pp', 'M', 'MM', 'Mme', 'Mmes', 'Me', 'Mgr', 'Dr', 'Pr', 'St', 'Ste', 'n°', 'no', 'vol', 'chap',
  'ex', 'env', 'av', 'apr', 'coll', 'dir', 'fig', 'réf', 'al', 'ibid', 'id', 'op', 'cit', 'éd', 'min', 'max', 'tél', 'd', 'C',
  'resp', 'cass', 'civ', 'crim', 'soc', 'com', 'req', 'ord', 'sect', 'ass', 'Cons', 'const', 'juris', 'rec', 'éds', 'trad',
]);
// A paragraph that ends a sentence (the next paragraph must open with a capital).
const finalMark = /[.!?][»”")\]]*\s*$/u;
const firstWord = letterRegExp(String.raw`^[\s«“"(\[–—-]*(\p{Ll}[\p{L}-]*)`, 'u');

export const rule: Rule = {
  meta: {
    id: 'majuscule-debut-phrase',
    severity: 'error',
    title: 'Majuscule en début de phrase',
    description:
      "Une phrase commence par une majuscule. La règle signale un mot en minuscule après un point final, un point " +
      "d'exclamation ou d'interrogation, et au début d'un paragraphe qui suit une phrase terminée. Elle ne coupe pas " +
      "après les abréviations (M., art., etc., n°, c.-à-d., initiales) et ne signale pas une phrase qui suit des points de " +
      "suspension, un deux-points ou un point-virgule (éléments de liste), ni un nom de domaine (service-public.fr). La " +
      'correction met la majuscule.',
    fixable: true,
    group: 'B',
  },
  check(context) {
    const { document } = context;
    const views = proseViews(document);
    let previous: string | undefined;
    for (const view of views) {
      const opening = firstWord.exec(view.text);
      if (opening && (previous === undefined || finalMark.test(previous))) {
        const start = opening[0].length - opening[1]!.length;
        report(view, start, opening[1]!);
      }
      previous = view.paragraph.text;
      for (const found of matchProse(view, afterPoint)) {
        const [, sign, word] = found.match;
        const before = tokenBefore.exec(view.text.slice(Math.max(0, found.start - 30), found.start))?.[1];
        if (before === undefined) continue;
        if (sign === '.' && (abbreviations.has(before) || /^\p{L}$/u.test(before))) continue;
        if (sign !== '.' && /[»”)]/u.test(found.match[0])) continue;
        report(view, found.end - word!.length, word!);
      }
    }

    function report(view: (typeof views)[number], start: number, word: string): void {
      const capital = word[0]!.toUpperCase();
      reportText(context, view, start, start + word.length, `Début de phrase en minuscule : écrire « ${capital}${word.slice(1)} ».`, {
        fixes: [fixOf('Mettre la majuscule', textEdit(document, view, start, start + 1, capital))],
      });
    }
  },
};
