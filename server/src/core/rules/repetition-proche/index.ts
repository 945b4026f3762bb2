/**
 * I8 (b) `repetition-proche`: a content word repeated too often in the answer: 7 times or more and at least
 * once per 100 words, or 3 times within 25 words. Grammatical words, `être` / `avoir`, words of the question's
 * title (the terms of art of the subject: `traite`, `soins palliatifs`…) and capitalised proper nouns are not
 * counted. One finding per word, on its first occurrence, the others as related locations.
 */
import type { RelatedLocation } from '../../findings/finding';
import type { Rule } from '../rule';
import { stopWords } from '../common/lexicon';
import { comparisonKey } from '../../text/fold';

const minCount = 7;
const perHundred = 1;
const window = 25;
const windowCount = 3;

const auxiliaries = new Set(
  'suis es est sommes etes sont etait etaient sera seront serait seraient soit soient ete etre ai as avons avez ont avait avaient aura auront aurait auraient avoir eu ayant peut peuvent pourra pourront pourrait doit doivent devra devront devrait faire fait font permet permettent permettra va vont aller allait iront sait savoir'.split(' '),
);

/** A crude lemma: lower case, folded, plural `s`/`x` removed. */
function lemma(word: string): string {
  let folded = comparisonKey(word);
  if (folded.length > 4 && /[sx]$/.test(folded) && !/(?:ss|is|us|os)$/.test(folded)) folded = folded.slice(0, -1);
  return folded;
}

const fixedPhrases = ['prise en charge', 'pris en charge', 'prises en charge', 'mise en œuvre', 'mise en place', 'mis en place', 'mises en place', 'mise en oeuvre', 'fin de vie'].map((phrase) => phrase.split(' '));

/** True when the word at `index` belongs to a fixed phrase (`prise en charge`, `mise en œuvre`). */
const fixedPhraseWords = new Set(fixedPhrases.flat());

function inFixedPhrase(words: readonly { readonly text: string }[], index: number): boolean {
  if (!fixedPhraseWords.has(words[index]!.text.toLowerCase())) return false;
  for (const phrase of fixedPhrases) {
    for (let offset = 0; offset < phrase.length; offset++) {
      const start = index - offset;
      if (start < 0 || start + phrase.length > words.length) continue;
      if (phrase.every((part, i) => words[start + i]!.text.toLowerCase() === part)) return true;
    }
  }
  return false;
}

function contentWord(word: string, atStart: boolean): boolean {
  if (word.length < 4 || /\d/.test(word)) return false;
  if (/^\p{Lu}/u.test(word) && !atStart) return false;
  if (/^\p{Lu}{2,}/u.test(word)) return false;
  const folded = comparisonKey(word);
  return !stopWords.has(word.toLowerCase()) && !stopWords.has(folded) && !auxiliaries.has(folded);
}

/**
 * The facts of one paragraph of the answer, compact (they live in the incremental cache as long as the paragraph
 * is unchanged): its content words in parallel arrays.
 */
interface Facts {
  /** Number of words (and numbers) of the paragraph. */
  readonly total: number;
  readonly lemmas: readonly string[];
  /** Each word as written (for the message); equal words of a paragraph share one string. */
  readonly texts: readonly string[];
  /** Start and end of each word, relative to the paragraph's start (`2 × word`, `2 × word + 1`). */
  readonly ranges: Int32Array;
  /** Rank of each word among the words of the paragraph, from 1. */
  readonly indices: Int32Array;
}

const noFacts: Facts = { total: 0, lemmas: [], texts: [], ranges: new Int32Array(0), indices: new Int32Array(0) };

/** Occurrences listed as related locations after the first (the others are counted in the message). */
const maxRelated = 20;

export const rule: Rule<Facts> = {
  meta: {
    id: 'repetition-proche',
    severity: 'information',
    title: 'Répétition',
    description:
      "Signale un mot plein répété trop souvent dans la réponse : sept fois ou plus et au moins une fois pour cent mots, ou trois fois en vingt-cinq mots. Les mots grammaticaux, « être » et « avoir », les mots du titre de la question (termes du sujet) et les noms propres ne sont pas comptés. Varier le vocabulaire ou reformuler.",
    fixable: false,
    group: 'I',
  },
  // Per paragraph (cached by the incremental checker): the answer's content words, numbered in the paragraph.
  collectFacts(context) {
    const { view } = context;
    if (view.section !== 'answer') return noFacts;
    const base = view.paragraph.range.start;
    const lemmas: string[] = [];
    const texts: string[] = [];
    const ranges: number[] = [];
    const indices: number[] = [];
    const shared = new Map<string, string>();
    const intern = (value: string): string => {
      const known = shared.get(value);
      if (known !== undefined) return known;
      shared.set(value, value);
      return value;
    };
    let total = 0;
    for (const sentence of view.paragraph.sentences) {
      let first = true;
      let previous: string | undefined;
      for (let index = 0; index < sentence.words.length; index++) {
        const word = sentence.words[index]!;
        const afterNumber = previous === 'number';
        previous = word.kind;
        if (word.kind !== 'word' && word.kind !== 'number') continue;
        total++;
        const atStart = first;
        first = false;
        if (!contentWord(word.text, atStart)) continue;
        // A counted unit (`17,8 lits pour 100 000 habitants`) is not a stylistic repetition.
        if (afterNumber || inFixedPhrase(sentence.words, index)) continue;
        lemmas.push(intern(lemma(word.text)));
        texts.push(intern(word.text));
        ranges.push(word.range.start - base, word.range.end - base);
        indices.push(total);
      }
    }
    return { total, lemmas, texts, ranges: Int32Array.from(ranges), indices: Int32Array.from(indices) };
  },
  check(context) {
    const { document } = context;
    // Terms of art: the words of the question's title and heading (rubrique), and fixed phrases.
    const title = new Set(`${document.metadata.titre ?? ''} ${document.metadata.rubrique ?? ''}`.split(/[^\p{L}]+/u).filter(Boolean).map(lemma));
    // Occurrences by lemma, as ranks into parallel arrays (no object per word on every analysis); facts hold
    // paragraph-relative ranges, placed only for the words reported.
    let count = 0;
    for (const { facts } of context.facts) count += facts.lemmas.length;
    const texts: string[] = [];
    const starts = new Int32Array(count);
    const ends = new Int32Array(count);
    const indices = new Int32Array(count);
    const byLemma = new Map<string, number[]>();
    let total = 0;
    for (const { view, facts } of context.facts) {
      const base = view.paragraph.range.start;
      for (let i = 0; i < facts.lemmas.length; i++) {
        const word = facts.lemmas[i]!;
        if (title.has(word)) continue;
        const rank = texts.length;
        texts.push(facts.texts[i]!);
        starts[rank] = base + facts.ranges[2 * i]!;
        ends[rank] = base + facts.ranges[2 * i + 1]!;
        indices[rank] = total + facts.indices[i]!;
        const list = byLemma.get(word);
        if (list) list.push(rank);
        else byLemma.set(word, [rank]);
      }
      total += facts.total;
    }
    const placed = (rank: number) => ({ start: starts[rank]!, end: ends[rank]! });
    for (const occurrences of byLemma.values()) {
      const count = occurrences.length;
      const frequent = count >= minCount && (count * 100) / Math.max(total, 1) >= perHundred;
      let close = false;
      for (let i = 0; i + windowCount - 1 < count && !close; i++) close = indices[occurrences[i + windowCount - 1]!]! - indices[occurrences[i]!]! < window;
      if (!frequent && !close) continue;
      const written = texts[occurrences[0]!]!.toLowerCase();
      // The message gives the count; a list of thousands of locations only slows the editor down (issue 12).
      const related: RelatedLocation[] = occurrences.slice(1, 1 + maxRelated).map((occurrence, i) => ({ range: placed(occurrence), message: `Occurrence ${i + 2} de « ${written} »` }));
      context.report({
        range: placed(occurrences[0]!),
        message: frequent
          ? `« ${written} » revient ${count} fois en ${total} mots : varier le vocabulaire ou reformuler.`
          : `« ${written} » revient ${windowCount} fois en moins de ${window} mots : varier le vocabulaire ou reformuler.`,
        related,
      });
    }
  },
};
