/**
 * Lexical helpers shared by the wording, acronym, citation and structure rules (groups D to J): word
 * boundaries that know accents, sentence starts, report helpers over a `ProseView` (comparison keys: `text/fold`).
 */
import type { Fix } from '../../findings/finding';
import type { Severity } from '../../findings/finding';
import type { ParagraphRuleContext } from '../rule';
import { matchProse, sectionSeverity, type ProseMatch, type ProseView } from './mask';

/** Regex source: no letter, digit or apostrophe-joined letter just before (a word starts here). */
export const WB = "(?<![\\p{L}\\p{N}_])";
/** Regex source: no letter or digit just after (a word ends here). */
export const WE = '(?![\\p{L}\\p{N}_])';
/** Regex source: one space of any kind (ordinary, no-break, narrow no-break). */
export const SP = '[\\s\\u00A0\\u202F]';

const sentenceEnd = /[.!?…:;]/;

/** True when `offset` starts a sentence of `text` (only spaces, quotes or brackets since the last final stop). */
export function atSentenceStart(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text[i]!;
    if (/[\s\u00A0\u202F«"“(\[\-–—]/.test(c)) continue;
    return sentenceEnd.test(c);
  }
  return true;
}

/** Severity of a finding in this view: information at most in the question. */
function viewSeverity(context: Pick<ParagraphRuleContext, 'severity'>, view: ProseView): Severity {
  return sectionSeverity(context, view.section);
}

/** Reports the text slice [start, end) of the view. */
export function reportText(
  context: ParagraphRuleContext,
  start: number,
  end: number,
  message: string,
  fixes?: readonly Fix[],
  severity?: Severity,
): void {
  const view = context.view;
  const level = severity ?? viewSeverity(context, view);
  context.report({
    range: view.sourceRange(start, end),
    message,
    ...(fixes && fixes.length > 0 ? { fixes } : {}),
    ...(level !== context.severity ? { severity: level } : {}),
  });
}

/** A fix replacing the text slice [start, end) of the view. */
export function textFix(view: ProseView, title: string, start: number, end: number, newText: string): Fix {
  return { title, edits: [{ range: view.sourceRange(start, end), newText }] };
}

/** Keeps an initial capital of `found` on `replacement`. */
export function keepInitialCase(found: string, replacement: string): string {
  const first = found.charAt(0);
  if (first !== first.toLowerCase() && replacement.length > 0) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

/** Damerau (optimal string alignment) distance, capped: returns `cap + 1` when larger. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(cols).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j < cols; j++) d[0]![j] = j;
  for (let i = 1; i < rows; i++) {
    let best = cap + 1;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, d[i - 2]![j - 2]! + 1);
      d[i]![j] = value;
      if (value < best) best = value;
    }
    if (best > cap) return cap + 1;
  }
  return d[a.length]![b.length]!;
}

/** French grammatical words (lower case, no accents folded): never content words. */
export const stopWords: ReadonlySet<string> = new Set(
  (
    "a à afin ai aie ainsi alors après au aucun aucune auprès aussi autre autres aux avaient avait avant avec avoir ayant " +
    "c ça car ce ceci cela celle celles celui cependant certaines certains ces cet cette ceux chacun chaque chez ci comme " +
    "comment d dans de depuis des dès deux donc dont du elle elles en encore entre es est et été étaient était étant " +
    "être eu eux fait faire font hors il ils j je jusqu l la laquelle le lequel les lesquelles lesquels leur leurs lors " +
    "lorsqu lorsque lui m ma mais me même mêmes mes moi mon n ne ni non nos notamment notre nous on ont ou où par parmi " +
    "pas peu peut peuvent plus plusieurs pour pourquoi qu quand que quel quelle quelles quels qui quoi s sa sans se selon " +
    "ses si sien soit son sont sous sur t ta te tel telle telles tels tes toi ton tous tout toute toutes très tu un une " +
    "unes uns vers via vos votre vous y sera seront serait seraient sommes soient fut furent suis avons avez ont aura auront " +
    "aurait auraient déjà également ailleurs afin cadre part ensemble ainsi lors dont cas mise œuvre effet titre"
  ).split(' '),
);

/**
 * The matches of each entry's pattern in a paragraph of the answer, outside quotations, in entry order: the
 * loop of every word-list rule (the question is never looked at). An entry's `needs` is passed to `matchProse`:
 * a text (case included) or a pattern every match contains, tested before the pattern runs.
 */
export function* answerMatches<E extends { readonly pattern: RegExp; readonly needs?: string | RegExp }>(view: ProseView, entries: readonly E[]): Generator<{ entry: E; match: ProseMatch }> {
  if (view.section !== 'answer') return;
  for (const entry of entries) {
    for (const match of matchProse(view, entry.pattern, entry.needs)) {
      if (!view.inQuote(match.start, match.end)) yield { entry, match };
    }
  }
}

/** The matches of one pattern in a paragraph of the answer, outside quotations. */
export function answerPatternMatches(view: ProseView, pattern: RegExp): ProseMatch[] {
  return [...answerMatches(view, [{ pattern }])].map(({ match }) => match);
}
