/**
 * The last check of every fix before it is offered (quick fix, fix-all, `qe-check --fix`): a fix must never make
 * the text worse. Around each edit it refuses what the edit would newly create: a contraction left undone
 * (« à le », « de les »), a missing elision (« le établissement ») or a wrong one (« l'direction »); and it
 * writes inserted apostrophes the way the paragraph writes them (’ or '). A refused fix is dropped: the finding
 * stays, its message still names the correction.
 */
import type { Fix, TextEdit } from './finding';

/** Where a fix may look: the document's text and the bounds of the paragraph it belongs to. */
export interface FixBounds {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const SP = '[ \\u00A0\\u202F]+';
/** Sequences a fix must never create (counted before and after the edit, in a window around it). */
const forbidden: readonly RegExp[] = [
  // « à le », « à les », « de le », « de les » (articles: contractions au, aux, du, des).
  new RegExp(`(?<![\\p{L}\\p{N}])(?:à|de)${SP}(?:le|les)${SP}\\p{L}`, 'giu'),
  // « le établissement », « de agences », « que il »: no elision before a vowel.
  new RegExp(`(?<![\\p{L}\\p{N}'’])(?:le|la|de|que|ce|je|me|te|se|ne)${SP}[aeiouyéèêëàâîïôöûùœ]`, 'giu'),
  // « l'direction », « d'agences » is right, « qu'le » is not: elision before a consonant.
  new RegExp(`(?<![\\p{L}\\p{N}])(?:l|d|qu|jusqu|lorsqu|puisqu)['’][bcdfgjklmnpqrstvwxzç]`, 'giu'),
];

/** The two apostrophes, which every pattern of `forbidden` treats alike. */
const apostrophes: ReadonlySet<string> = new Set(["'", '’']);

function count(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text)) n++;
  return n;
}

/** The apostrophe the paragraph writes between letters, when one clearly dominates. */
function paragraphApostrophe(bounds: FixBounds, edits: readonly TextEdit[]): string | undefined {
  const paragraph = bounds.text.slice(bounds.start, bounds.end);
  const straight = paragraph.match(/(?<=\p{L})'(?=\p{L})/gu)?.length ?? 0;
  const curly = paragraph.match(/(?<=\p{L})’(?=\p{L})/gu)?.length ?? 0;
  // Fixes that rewrite apostrophes themselves set the style.
  if (edits.every((edit) => edit.newText === '’' || edit.newText === "'")) return undefined;
  if (curly > straight) return '’';
  if (straight > curly) return "'";
  return undefined;
}

/** The fix as it may be offered (apostrophes of the paragraph), or undefined when it would make the text worse. */
export function guardFix(fix: Fix, bounds: FixBounds): Fix | undefined {
  // Only edits that insert words with an apostrophe need the paragraph's (counting it is the cost of this guard).
  const apostrophe = fix.edits.some((edit) => edit.newText.length > 1 && /(?<=\p{L})['’](?=\p{L})/u.test(edit.newText)) ? paragraphApostrophe(bounds, fix.edits) : undefined;
  const edits = apostrophe ? fix.edits.map((edit) => (/['’]/u.test(edit.newText) ? { ...edit, newText: edit.newText.replace(/(?<=\p{L})['’](?=\p{L})/gu, apostrophe) } : edit)) : fix.edits;
  for (const edit of edits) {
    // One apostrophe for the other (the apostrophe rule's fix, thousands in a long answer): every forbidden
    // sequence lists both or neither, so the counts before and after are equal; not counted.
    if (edit.range.end === edit.range.start + 1 && apostrophes.has(edit.newText) && apostrophes.has(bounds.text[edit.range.start]!)) continue;
    const from = Math.max(bounds.start, edit.range.start - 24);
    const to = Math.min(bounds.end, edit.range.end + 24);
    if (edit.range.start < from || edit.range.end > to) continue;
    const before = bounds.text.slice(from, to);
    const after = bounds.text.slice(from, edit.range.start) + edit.newText + bounds.text.slice(edit.range.end, to);
    if (forbidden.some((pattern) => count(pattern, after) > count(pattern, before))) return undefined;
  }
  return edits === fix.edits ? fix : { ...fix, edits };
}

/** The fixes that pass the guard (undefined when none does). */
export function guardFixes(fixes: readonly Fix[] | undefined, bounds: FixBounds): readonly Fix[] | undefined {
  if (!fixes?.length) return undefined;
  const kept = fixes.map((fix) => guardFix(fix, bounds)).filter((fix): fix is Fix => fix !== undefined);
  return kept.length > 0 ? kept : undefined;
}

/** The bounds of the paragraph around an offset: blank lines (or the text's ends) on each side. */
export function paragraphBounds(text: string, offset: number): FixBounds {
  const before = text.lastIndexOf('\n\n', offset);
  const after = text.indexOf('\n\n', offset);
  return { text, start: before < 0 ? 0 : before + 2, end: after < 0 ? text.length : after };
}

/**
 * {@link paragraphBounds} for many offsets of one text: the last answer is reused while the offsets stay in
 * its paragraph (searching the whole paragraph for each of its findings was quadratic: 400,000 « l' » took
 * 21 s there).
 */
export function paragraphBoundsOf(text: string): (offset: number) => FixBounds {
  let last: FixBounds | undefined;
  return (offset) => {
    // No blank line starts in [last.start - 1, last.end - 1]: every offset there has the same answer.
    if (last && offset >= Math.max(0, last.start - 1) && offset < last.end) return last;
    last = paragraphBounds(text, offset);
    return last;
  };
}
