import type { Rule } from '../rule';
import { matchProse, type ProseView } from '../common/mask';
import { fixOf, reportText, textEdit } from '../common/style';
import { letterRegExp } from '../../text/letters';

// A final point, then (closing quotes or brackets and) a space, then a lower-case word. The word before the
// point is captured to skip abbreviations (`M. le ministre`, `art. 3`, `etc. les…`).
const afterPointPattern = letterRegExp(String.raw`([.!?])[»”)\]]*[ \u00A0]+(\p{Ll}[\p{L}-]*)`, 'gu');
const tokenBefore = letterRegExp(String.raw`(?:^|[^\p{L}.°])([\p{L}°]+|\d+|[»”)\]])$`, 'u');
const abbreviations = new Set([
  'etc', 'cf', 'art', 'arts', 'p', 'pp', 'M', 'MM', 'Mme', 'Mmes', 'Me', 'Mgr', 'Dr', 'Pr', 'St', 'Ste', 'n°', 'no', 'vol', 'chap',
  'ex', 'env', 'av', 'apr', 'coll', 'dir', 'fig', 'réf', 'al', 'ibid', 'id', 'op', 'cit', 'éd', 'min', 'max', 'tél', 'd', 'C',
  'resp', 'cass', 'civ', 'crim', 'soc', 'com', 'req', 'ord', 'sect', 'ass', 'Cons', 'const', 'juris', 'rec', 'éds', 'trad',
  'bull', 'plén', 'préc', 'concl', 'obs', 'jurispr',
]);
// A paragraph that ends a sentence (the next paragraph must open with a capital).
const finalMark = /[.!?][»”")\]]*\s*$/u;
const firstWord = letterRegExp(String.raw`^[\s«“"(\[–—-]*(\p{Ll}[\p{L}-]*)`, 'u');

/** A word in lower case opening a sentence (text offsets of the view). */
interface Opening {
  readonly start: number;
  readonly word: string;
}

/** What an answer paragraph holds (null for the question's). */
type Facts = {
  /** Its first word when in lower case: reported when the previous paragraph ends a sentence. */
  readonly opening?: Opening;
  /** Whether the paragraph ends a sentence (the next one must open with a capital). */
  readonly endsSentence: boolean;
  /** Lower-case words after a final point inside the paragraph. */
  readonly afterPoint: readonly Opening[];
} | null;

export const rule: Rule<Facts> = {
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
  // Per answer paragraph (cached by the incremental checker); `check` joins each paragraph to the previous one.
  collectFacts(context) {
    const { view } = context;
    if (view.section !== 'answer') return null;
    const first = firstWord.exec(view.text);
    const afterPoint: Opening[] = [];
    for (const found of matchProse(view, afterPointPattern)) {
      const [, sign, word] = found.match;
      const before = tokenBefore.exec(view.text.slice(Math.max(0, found.start - 30), found.start))?.[1];
      if (before === undefined) continue;
      // « Cass. civ. », « Cons. const. »: abbreviations of case-law citations start with a capital too.
      if (sign === '.' && (abbreviations.has(before) || abbreviations.has(before.toLowerCase()) || /^\p{L}$/u.test(before))) continue;
      if (sign !== '.' && /[»”)]/u.test(found.match[0])) continue;
      afterPoint.push({ start: found.end - word!.length, word: word! });
    }
    return {
      ...(first ? { opening: { start: first[0].length - first[1]!.length, word: first[1]! } } : {}),
      endsSentence: finalMark.test(view.paragraph.text),
      afterPoint,
    };
  },
  check(context) {
    const { document } = context;
    let previousEnds = true;
    for (const { view, facts } of context.facts) {
      if (!facts) continue;
      if (facts.opening && previousEnds) report(view, facts.opening);
      previousEnds = facts.endsSentence;
      for (const opening of facts.afterPoint) report(view, opening);
    }

    function report(view: ProseView, { start, word }: Opening): void {
      const capital = word[0]!.toUpperCase();
      reportText(context, view, start, start + word.length, `Début de phrase en minuscule : écrire « ${capital}${word.slice(1)} ».`, {
        fixes: [fixOf('Mettre la majuscule', textEdit(document, view, start, start + 1, capital))],
      });
    }
  },
};
