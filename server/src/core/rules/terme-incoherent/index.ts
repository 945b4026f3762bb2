/**
 * J2 `terme-incoherent` [Q]: a phrase written once with one word different from a phrase written at least
 * twice elsewhere in the document: an agreement variant of a fixed term (`plan d'action nationale` ×1 against
 * `plan d'action national` ×3) or a real-word error (`identifications des visites` against `identification des
 * victimes` ×3). Spelling checkers miss these. A genuine contrast (`premier plan` / `second plan`) differs by a
 * word too unlike the other to be reported. The fix writes the majority form.
 */
import type { OffsetRange } from '../../model/types';
import { absoluteRange, relativeRange, type Rule } from '../rule';
import { sectionSeverity, type ProseSection } from '../shared/mask';
import { editDistance, fold, stopWords } from '../shared/lexicon';

interface Token {
  readonly key: string;
  readonly folded: string;
  readonly range: OffsetRange;
  readonly content: boolean;
}

interface Gram {
  readonly keys: readonly string[];
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
            grams.push({ keys: tokens.map((token) => token.key), tokens, section: view.section, range });
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
    // Facts hold paragraph-relative ranges: place each phrase where its paragraph is now.
    const grams = context.facts.flatMap(({ view, facts }) => facts.map((gram) => ({ ...gram, range: absoluteRange(view, gram.range) })));
    const counts = new Map<string, Gram[]>();
    for (const gram of grams) {
      const id = gram.keys.join(' ');
      const list = counts.get(id) ?? [];
      list.push(gram);
      counts.set(id, list);
    }
    // Index the frequent grams by each "all but one position" pattern.
    const frequent = new Map<string, string[]>();
    for (const [id, list] of counts) {
      if (list.length < 2) continue;
      const keys = list[0]!.keys;
      for (let position = 0; position < keys.length; position++) {
        const pattern = `${keys.length}|${position}|${keys.map((k, i) => (i === position ? '*' : k)).join(' ')}`;
        const bucket = frequent.get(pattern) ?? [];
        bucket.push(id);
        frequent.set(pattern, bucket);
      }
    }
    const reported: OffsetRange[] = [];
    // Longer phrases first (`plan d'action nationale` rather than `action nationale contre`), then in order.
    const singles = [...counts.values()].filter((list) => list.length === 1).map((list) => list[0]!);
    singles.sort((a, b) => b.keys.length - a.keys.length || a.range.start - b.range.start);
    // Cheap filter: a variant shares all its words but one with a frequent phrase of the same length.
    const frequentKeys = new Set<string>();
    for (const list of counts.values()) if (list.length >= 2) for (const k of list[0]!.keys) frequentKeys.add(`${list[0]!.keys.length}|${k}`);
    for (const gram of singles) {
      let shared = 0;
      for (const k of gram.keys) if (frequentKeys.has(`${gram.keys.length}|${k}`)) shared++;
      if (shared < gram.keys.length - 1) continue;
      if (reported.some((range) => range.start < gram.range.end && gram.range.start < range.end)) continue;
      for (let position = 0; position < gram.keys.length; position++) {
        if (!gram.tokens[position]!.content) continue;
        const pattern = `${gram.keys.length}|${position}|${gram.keys.map((k, i) => (i === position ? '*' : k)).join(' ')}`;
        // A gender variant only at the end of the phrase (a post-posed adjective: `plan d'action nationale`;
        // `pris en charge` / `prise en charge` is a participle and a noun); a near spelling needs a majority of 3.
        const last = position === gram.keys.length - 1;
        const candidates = (frequent.get(pattern) ?? []).filter((id) => {
          const other = counts.get(id)!;
          const [a, b] = [gram.keys[position]!, other[0]!.keys[position]!];
          return (last && genderVariants(a, b)) || (other.length >= 3 && nearSpelling(a, b));
        });
        if (candidates.length !== 1) continue;
        const majority = counts.get(candidates[0]!)!;
        const model = majority[0]!;
        const replacement = document.text.slice(model.range.start, model.range.end);
        const written = document.text.slice(gram.range.start, gram.range.end);
        if (replacement === written) continue;
        reported.push(gram.range);
        const severity = sectionSeverity(context, gram.section);
        context.report({
          range: gram.range,
          message: `« ${written} » : ailleurs, le document écrit ${majority.length} fois « ${replacement} ». Variante d'accord ou erreur de mot ?`,
          fixes: [{ title: `Remplacer par « ${replacement} »`, edits: [{ range: gram.range, newText: replacement }] }],
          related: majority.slice(0, 5).map((occurrence) => ({ range: occurrence.range, message: `« ${replacement} »` })),
          ...(severity !== context.severity ? { severity } : {}),
        });
        break;
      }
    }
  },
};
