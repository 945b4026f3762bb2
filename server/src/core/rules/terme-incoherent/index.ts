/**
 * J2 `terme-incoherent` [Q]: a phrase written once with one word different from a phrase written at least
 * twice elsewhere in the document: an agreement variant of a fixed term (`plan d'action nationale` ×1 against
 * `plan d'action national` ×3) or a real-word error (`identifications des visites` against `identification des
 * victimes` ×3). Spelling checkers miss these. A genuine contrast (`premier plan` / `second plan`) differs by a
 * word too unlike the other to be reported. The fix writes the majority form.
 */
import type { OffsetRange } from '../../model/types';
import { absoluteRange, relativeRange, type Rule } from '../rule';
import { sectionSeverity, type ProseSection, type ProseView } from '../shared/mask';
import { editDistance, fold, stopWords } from '../shared/lexicon';

interface Token {
  readonly key: string;
  readonly folded: string;
  readonly range: OffsetRange;
  readonly content: boolean;
}

interface Gram {
  readonly keys: readonly string[];
  /** `keys` joined: the phrase's identity, built once per paragraph rather than on every analysis. */
  readonly id: string;
  readonly tokens: readonly Token[];
  readonly section: ProseSection;
  readonly range: OffsetRange;
}

function key(word: string): string {
  let folded = fold(word);
  if (folded.length > 3 && /[sx]$/.test(folded) && !/(?:ss|us|is|os)$/.test(folded)) folded = folded.slice(0, -1);
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

/**
 * The "all but one position" patterns of a phrase (`3|1|plan * national`), by phrase of the facts: a frequent
 * phrase's are asked on every analysis, and its facts live as long as its paragraph is unchanged.
 */
const patternMemo = new WeakMap<Gram, readonly string[]>();

function patternsOf(gram: Gram): readonly string[] {
  let patterns = patternMemo.get(gram);
  if (!patterns) {
    const { keys } = gram;
    patterns = keys.map((_, position) => `${keys.length}|${position}|${keys.map((k, i) => (i === position ? '*' : k)).join(' ')}`);
    patternMemo.set(gram, patterns);
  }
  return patterns;
}

export const rule: Rule<readonly Gram[]> = {
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
    const grams: Gram[] = [];
    for (const sentence of view.paragraph.sentences) {
      // Runs of word tokens not broken by punctuation.
      let run: Token[] = [];
      const flush = () => {
        for (const n of [3, 4]) {
          for (let i = 0; i + n <= run.length; i++) {
            const tokens = run.slice(i, i + n);
            if (!tokens[0]!.content || !tokens[n - 1]!.content) continue;
            const range = relativeRange(view, { start: tokens[0]!.range.start, end: tokens[n - 1]!.range.end });
            const keys = tokens.map((token) => token.key);
            grams.push({ keys, id: keys.join(' '), tokens, section: view.section, range });
          }
        }
        run = [];
      };
      for (const word of sentence.words) {
        if (word.kind !== 'word') {
          flush();
          continue;
        }
        const folded = fold(word.text);
        run.push({ key: key(word.text), folded, range: word.range, content: folded.length >= 4 && !stopWords.has(folded) && !/^\p{Lu}{2,}/u.test(word.text) });
      }
      flush();
    }
    return grams;
  },
  check(context) {
    const { document } = context;
    // Every phrase of the document by its rank: facts hold paragraph-relative ranges, placed (`placed`) only for
    // those reported. Parallel arrays and ranks keep this loop over every phrase free of allocations.
    const grams: Gram[] = [];
    const views: ProseView[] = [];
    for (const { view, facts } of context.facts) {
      for (const gram of facts) {
        grams.push(gram);
        views.push(view);
      }
    }
    const placed = (rank: number): OffsetRange => absoluteRange(views[rank]!, grams[rank]!.range);
    // Occurrences by phrase: the first one, and the whole list (ranks in document order) of those seen twice or more.
    const first = new Map<string, number>();
    const repeated = new Map<string, number[]>();
    for (let rank = 0; rank < grams.length; rank++) {
      const id = grams[rank]!.id;
      const seen = first.get(id);
      if (seen === undefined) first.set(id, rank);
      else {
        const list = repeated.get(id);
        if (list) list.push(rank);
        else repeated.set(id, [seen, rank]);
      }
    }
    // Index the frequent grams by each "all but one position" pattern; and their words, by phrase length.
    const frequent = new Map<string, string[]>();
    const frequentKeys = new Map<number, Set<string>>();
    for (const [id, list] of repeated) {
      const model = grams[list[0]!]!;
      const { keys } = model;
      for (const pattern of patternsOf(model)) {
        const bucket = frequent.get(pattern);
        if (bucket) bucket.push(id);
        else frequent.set(pattern, [id]);
      }
      let words = frequentKeys.get(keys.length);
      if (!words) frequentKeys.set(keys.length, (words = new Set()));
      for (const k of keys) words.add(k);
    }
    // Cheap filter first: a variant shares all its words but one with a frequent phrase of the same length.
    const singles: number[] = [];
    for (const [id, rank] of first) {
      if (repeated.has(id)) continue;
      const { keys } = grams[rank]!;
      const words = frequentKeys.get(keys.length);
      if (!words) continue;
      let missing = 0;
      for (let i = 0; i < keys.length && missing < 2; i++) if (!words.has(keys[i]!)) missing++;
      if (missing < 2) singles.push(rank);
    }
    // Longer phrases first (`plan d'action nationale` rather than `action nationale contre`), then in order.
    const start = (rank: number) => views[rank]!.paragraph.range.start + grams[rank]!.range.start;
    singles.sort((a, b) => grams[b]!.keys.length - grams[a]!.keys.length || start(a) - start(b));
    const reported: OffsetRange[] = [];
    for (const rank of singles) {
      const gram = grams[rank]!;
      const range = placed(rank);
      if (reported.some((other) => other.start < range.end && range.start < other.end)) continue;
      for (let position = 0; position < gram.keys.length; position++) {
        if (!gram.tokens[position]!.content) continue;
        const pattern = patternsOf(gram)[position]!;
        // A gender variant only at the end of the phrase (a post-posed adjective: `plan d'action nationale`;
        // `pris en charge` / `prise en charge` is a participle and a noun); a near spelling needs a majority of 3.
        const last = position === gram.keys.length - 1;
        const candidates = (frequent.get(pattern) ?? []).filter((id) => {
          const other = repeated.get(id)!;
          const [a, b] = [gram.keys[position]!, grams[other[0]!]!.keys[position]!];
          return (last && genderVariants(a, b)) || (other.length >= 3 && nearSpelling(a, b));
        });
        if (candidates.length !== 1) continue;
        const majority = repeated.get(candidates[0]!)!;
        const model = placed(majority[0]!);
        const replacement = document.text.slice(model.start, model.end);
        const written = document.text.slice(range.start, range.end);
        if (replacement === written) continue;
        reported.push(range);
        const severity = sectionSeverity(context, gram.section);
        context.report({
          range,
          message: `« ${written} » : ailleurs, le document écrit ${majority.length} fois « ${replacement} ». Variante d'accord ou erreur de mot ?`,
          fixes: [{ title: `Remplacer par « ${replacement} »`, edits: [{ range, newText: replacement }] }],
          related: majority.slice(0, 5).map((occurrence) => ({ range: placed(occurrence), message: `« ${replacement} »` })),
          ...(severity !== context.severity ? { severity } : {}),
        });
        break;
      }
    }
  },
};
