/**
 * J2 `terme-incoherent` [Q]: a phrase written once with one word different from a phrase written at least
 * twice elsewhere in the document: an agreement variant of a fixed term (`plan d'action nationale` ×1 against
 * `plan d'action national` ×3) or a real-word error (`identifications des visites` against `identification des
 * victimes` ×3). Spelling checkers miss these. A genuine contrast (`premier plan` / `second plan`) differs by a
 * word too unlike the other to be reported. The fix writes the majority form.
 */
import type { OffsetRange } from '../../model/types';
import type { Rule } from '../rule';
import { sectionSeverity } from '../common/mask';
import { editDistance, stopWords } from '../common/lexicon';
import { comparisonKey } from '../../text/fold';

/**
 * The facts of one paragraph, compact (they live in the incremental cache as long as the paragraph is
 * unchanged: 430 paragraphs at 50,000 words): its word tokens in runs of three or more (not broken by
 * punctuation), in parallel arrays, and its 3- and 4-word phrases as token indices.
 */
interface Facts {
  /** The comparison key of each token (folded, plural removed); equal keys of a paragraph share one string. */
  readonly keys: readonly string[];
  /** 1 for a content word (not a grammatical word, not a capitalised acronym, four letters or more). */
  readonly content: Uint8Array;
  /** Start and end of each token, relative to the paragraph's start (`2 × token`, `2 × token + 1`). */
  readonly ranges: Int32Array;
  /** The phrases, in order: `2 × first token + (length − 3)`. */
  readonly grams: Int32Array;
}

function keyOfFolded(folded: string): string {
  if (folded.length > 3 && /[sx]$/.test(folded) && !/(?:ss|us|is|os)$/.test(folded)) return folded.slice(0, -1);
  return folded;
}

/** Gender agreement of a post-posed adjective (`national` / `nationale`). */
function genderVariants(a: string, b: string): boolean {
  return a + 'e' === b || b + 'e' === a;
}

/** A near spelling: a real-word error (`visites` for `victimes`). */
function nearSpelling(a: string, b: string): boolean {
  if (a === b || genderVariants(a, b)) return false;
  if (a.length < 5 || b.length < 5 || a.slice(0, 2) !== b.slice(0, 2)) return false;
  const longest = Math.max(a.length, b.length);
  return editDistance(a, b, 3) <= Math.max(2, Math.floor(0.45 * longest));
}

export const rule: Rule<Facts> = {
  meta: {
    id: 'terme-incoherent',
    severity: 'information',
    title: 'Terme incohérent',
    description:
      "Signale une expression écrite une seule fois avec un mot différent d'une expression écrite au moins deux fois ailleurs dans le document : variante d'accord d'un terme figé (« plan d'action nationale » contre « plan d'action national ») ou erreur de mot réel (« identifications des visites » contre « identification des victimes »), que les correcteurs orthographiques ne voient pas. La correction propose la forme majoritaire. Dans la question (déjà publiée), le signalement est une information.",
    fixable: true,
    group: 'J',
  },
  // Per paragraph (cached by the incremental checker): the 3- and 4-word phrases of its sentences.
  collectFacts(context) {
    const { view } = context;
    const base = view.paragraph.range.start;
    const keys: string[] = [];
    const content: number[] = [];
    const ranges: number[] = [];
    const grams: number[] = [];
    const shared = new Map<string, string>();
    for (const sentence of view.paragraph.sentences) {
      // Runs of word tokens not broken by punctuation.
      let runStart = keys.length;
      const flush = () => {
        const length = keys.length - runStart;
        if (length < 3) {
          keys.length = runStart;
          content.length = runStart;
          ranges.length = 2 * runStart;
        }
        for (let n = 3; n <= 4; n++) {
          for (let i = 0; i + n <= length; i++) {
            const first = runStart + i;
            if (content[first] && content[first + n - 1]) grams.push(2 * first + (n - 3));
          }
        }
        runStart = keys.length;
      };
      for (const word of sentence.words) {
        if (word.kind !== 'word') {
          flush();
          continue;
        }
        const folded = comparisonKey(word.text);
        let key = keyOfFolded(folded);
        const known = shared.get(key);
        if (known === undefined) shared.set(key, key);
        else key = known;
        keys.push(key);
        content.push(folded.length >= 4 && !stopWords.has(folded) && !/^\p{Lu}{2,}/u.test(word.text) ? 1 : 0);
        ranges.push(word.range.start - base, word.range.end - base);
      }
      flush();
    }
    return { keys, content: Uint8Array.from(content), ranges: Int32Array.from(ranges), grams: Int32Array.from(grams) };
  },
  check(context) {
    const { document } = context;
    // Every token and phrase of the document, in parallel arrays (no object per phrase on each analysis): the
    // tokens' words numbered (1, 2…) and their file offsets; a phrase by its rank, pointing to its first token.
    let tokenCount = 0;
    let gramCount = 0;
    for (const { facts } of context.facts) {
      tokenCount += facts.keys.length;
      gramCount += facts.grams.length;
    }
    /** The words by number (`wordKeys[words[token]]` is the token's key). */
    const wordKeys: string[] = [''];
    const words = new Int32Array(tokenCount);
    const starts = new Int32Array(tokenCount);
    const ends = new Int32Array(tokenCount);
    const content = new Uint8Array(tokenCount);
    const inQuestion = new Uint8Array(tokenCount);
    const gramToken = new Int32Array(gramCount);
    const gramLength = new Uint8Array(gramCount);
    const wordIds = new Map<string, number>();
    let gramRank = 0;
    let offset = 0;
    for (const { view, facts } of context.facts) {
      const base = view.paragraph.range.start;
      const question = view.section === 'question' ? 1 : 0;
      for (let t = 0; t < facts.keys.length; t++) {
        const key = facts.keys[t]!;
        const k = offset + t;
        let id = wordIds.get(key);
        if (id === undefined) {
          id = wordKeys.length;
          wordIds.set(key, id);
          wordKeys.push(key);
        }
        words[k] = id;
        starts[k] = base + facts.ranges[2 * t]!;
        ends[k] = base + facts.ranges[2 * t + 1]!;
        content[k] = facts.content[t]!;
        inQuestion[k] = question;
      }
      for (const gram of facts.grams) {
        gramToken[gramRank] = offset + (gram >> 1);
        gramLength[gramRank] = 3 + (gram & 1);
        gramRank++;
      }
      offset += facts.keys.length;
    }
    // Occurrences by phrase, in open-addressing tables over typed arrays (a Map keyed by phrase would make a key
    // per phrase on every analysis: 100,000 at 50,000 words): each phrase's first occurrence (`representative`),
    // and the ranks of the phrases seen twice or more, in document order (`occurrences`, from `firstOccurrence`).
    const same = (a: number, b: number, skip = -1): boolean => {
      const length = gramLength[a]!;
      if (gramLength[b] !== length) return false;
      const x = gramToken[a]!;
      const y = gramToken[b]!;
      for (let i = 0; i < length; i++) if (i !== skip && words[x + i] !== words[y + i]) return false;
      return true;
    };
    const hash = (rank: number, skip = -1): number => {
      const token = gramToken[rank]!;
      const length = gramLength[rank]!;
      let h = Math.imul(length, 0x9e3779b1) ^ (skip + 1);
      for (let i = 0; i < length; i++) h = Math.imul(h ^ (i === skip ? 0 : words[token + i]!), 0x85ebca6b) ^ (h >>> 13);
      return (h ^ (h >>> 16)) >>> 0;
    };
    let capacity = 16;
    while (capacity < 2 * gramCount) capacity *= 2;
    const mask = capacity - 1;
    const slots = new Int32Array(capacity).fill(-1);
    const representative = new Int32Array(gramCount);
    const counts = new Int32Array(gramCount);
    for (let rank = 0; rank < gramCount; rank++) {
      let slot = hash(rank) & mask;
      while (slots[slot] !== -1 && !same(slots[slot]!, rank)) slot = (slot + 1) & mask;
      if (slots[slot] === -1) slots[slot] = rank;
      const first = slots[slot]!;
      representative[rank] = first;
      counts[first]!++;
    }
    const firstOccurrence = new Int32Array(gramCount + 1);
    for (let rank = 0; rank < gramCount; rank++) firstOccurrence[rank + 1] = firstOccurrence[rank]! + (representative[rank] === rank && counts[rank]! >= 2 ? counts[rank]! : 0);
    const occurrences = new Int32Array(firstOccurrence[gramCount]!);
    const filled = new Int32Array(gramCount);
    for (let rank = 0; rank < gramCount; rank++) {
      const first = representative[rank]!;
      if (counts[first]! < 2) continue;
      occurrences[firstOccurrence[first]! + filled[first]!++] = rank;
    }
    const occurrencesOf = (first: number): Int32Array => occurrences.subarray(firstOccurrence[first]!, firstOccurrence[first]! + counts[first]!);
    // Index the frequent phrases by each "all but one position" pattern (`3|1|plan * national`: a table of
    // patterns, each with a chained list of phrases); and their words, by phrase length.
    const patternCapacity = Math.max(16, 2 ** Math.ceil(Math.log2(8 * (occurrences.length + 1))));
    const patternMask = patternCapacity - 1;
    const patternSlots = new Int32Array(patternCapacity).fill(-1);
    const patternPosition = new Int8Array(patternCapacity);
    const patternHead = new Int32Array(patternCapacity).fill(-1);
    const chainPhrase: number[] = [];
    const chainNext: number[] = [];
    const findPattern = (rank: number, position: number, insert: boolean): number => {
      let slot = hash(rank, position) & patternMask;
      for (; patternSlots[slot] !== -1; slot = (slot + 1) & patternMask) {
        if (patternPosition[slot] === position && same(patternSlots[slot]!, rank, position)) return slot;
      }
      if (!insert) return -1;
      patternSlots[slot] = rank;
      patternPosition[slot] = position;
      return slot;
    };
    const frequentWords = [new Uint8Array(wordIds.size + 1), new Uint8Array(wordIds.size + 1)];
    for (let rank = 0; rank < gramCount; rank++) {
      if (representative[rank] !== rank || counts[rank]! < 2) continue;
      const length = gramLength[rank]!;
      const token = gramToken[rank]!;
      for (let position = 0; position < length; position++) {
        const slot = findPattern(rank, position, true);
        chainPhrase.push(rank);
        chainNext.push(patternHead[slot]!);
        patternHead[slot] = chainPhrase.length - 1;
      }
      const known = frequentWords[length - 3]!;
      for (let i = 0; i < length; i++) known[words[token + i]!] = 1;
    }
    const placed = (rank: number): OffsetRange => ({ start: starts[gramToken[rank]!]!, end: ends[gramToken[rank]! + gramLength[rank]! - 1]! });
    // Cheap filter first: a variant shares all its words but one with a frequent phrase of the same length.
    const singles: number[] = [];
    for (let rank = 0; rank < gramCount; rank++) {
      if (representative[rank] !== rank || counts[rank] !== 1) continue;
      const length = gramLength[rank]!;
      const known = frequentWords[length - 3]!;
      const token = gramToken[rank]!;
      let missing = 0;
      for (let i = 0; i < length && missing < 2; i++) if (!known[words[token + i]!]) missing++;
      if (missing < 2) singles.push(rank);
    }
    // Longer phrases first (`plan d'action nationale` rather than `action nationale contre`), then in order.
    singles.sort((a, b) => gramLength[b]! - gramLength[a]! || starts[gramToken[a]!]! - starts[gramToken[b]!]!);
    const reported: OffsetRange[] = [];
    for (const rank of singles) {
      const token = gramToken[rank]!;
      const length = gramLength[rank]!;
      const range = placed(rank);
      if (reported.some((other) => other.start < range.end && range.start < other.end)) continue;
      for (let position = 0; position < length; position++) {
        if (!content[token + position]) continue;
        const slot = findPattern(rank, position, false);
        // A gender variant only at the end of the phrase (a post-posed adjective: `plan d'action nationale`;
        // `pris en charge` / `prise en charge` is a participle and a noun); a near spelling needs a majority of 3.
        const last = position === length - 1;
        let candidate = -1;
        let candidates = 0;
        for (let link = slot === -1 ? -1 : patternHead[slot]!; link !== -1; link = chainNext[link]!) {
          const other = chainPhrase[link]!;
          const a = wordKeys[words[token + position]!]!;
          const b = wordKeys[words[gramToken[other]! + position]!]!;
          if ((last && genderVariants(a, b)) || (counts[other]! >= 3 && nearSpelling(a, b))) {
            candidate = other;
            candidates++;
          }
        }
        if (candidates !== 1) continue;
        const majority = occurrencesOf(candidate);
        const model = placed(majority[0]!);
        const replacement = document.text.slice(model.start, model.end);
        const written = document.text.slice(range.start, range.end);
        if (replacement === written) continue;
        reported.push(range);
        const severity = sectionSeverity(context, inQuestion[token] ? 'question' : 'answer');
        context.report({
          range,
          message: `« ${written} » : ailleurs, le document écrit ${majority.length} fois « ${replacement} ». Variante d'accord ou erreur de mot ?`,
          fixes: [{ title: `Remplacer par « ${replacement} »`, edits: [{ range, newText: replacement }] }],
          related: Array.from(majority.subarray(0, 5), (occurrence) => ({ range: placed(occurrence), message: `« ${replacement} »` })),
          ...(severity !== context.severity ? { severity } : {}),
        });
        break;
      }
    }
  },
};
