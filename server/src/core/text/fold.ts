/**
 * Text normalisations for comparing and searching French text, one function per meaning (no other module folds
 * case, accents or punctuation on its own):
 * - `comparisonKey`: a key for equality tests (lower case, no accents, one apostrophe, œ → oe); its length may
 *   differ from the text's;
 * - `quotationKey`: the form quotations are compared in (lower case, one apostrophe, spaces collapsed; accents
 *   kept);
 * - `stripAccents`: accents removed and ligatures expanded, for keys, names and stems;
 * - `foldCaseAndPunctuation`, `foldAccentsKeepingOffsets`, `foldForSearch`: one code unit for one code unit, so
 *   that an offset found in the folded text is an offset in the original.
 */

/** Removes diacritics (é → e, œ → oe): for keys, names and stems of texts typed without accents. */
export function stripAccents(word: string): string {
  return word
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

const shortKeys = new Map<string, string>();
/**
 * Paragraph-sized texts compared by several rules in one analysis. Bounded by characters, not entries: 256
 * entries of a whole 50,000-word answer (folded on every keystroke) exhausted the server's heap.
 */
const longKeys = new Map<string, string>();
const longKeysBudget = 1 << 20;
let longKeysChars = 0;

/** Lower case without accents, one kind of apostrophe, œ → oe: for comparisons (memoised). */
export function comparisonKey(text: string): string {
  const long = text.length > 40;
  const cache = long ? longKeys : shortKeys;
  let key = cache.get(text);
  if (key === undefined) {
    key = comparisonKeyUncached(text);
    if (!long) {
      if (cache.size > 50_000) cache.clear();
      cache.set(text, key);
    } else if (text.length <= longKeysBudget) {
      if (longKeysChars + text.length > longKeysBudget) {
        cache.clear();
        longKeysChars = 0;
      }
      cache.set(text, key);
      longKeysChars += text.length;
    }
  }
  return key;
}

/** `comparisonKey` without the memo: for a text keyed once and kept (a paragraph's), which would only evict others. */
export function comparisonKeyUncached(text: string): string {
  if (/^[a-z' -]*$/.test(text)) return text;
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
}

/** Lower case, one kind of apostrophe and space, accents kept: the form quotations are compared in. */
export function quotationKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[\s\u00A0\u202F]+/g, ' ')
    .trim();
}

/** Lower case, `’` → `'`, no-break spaces → space, `‑` → `-`; never changes the length (offsets stay valid). */
export function foldCaseAndPunctuation(text: string): string {
  const lower = text.toLowerCase();
  const base = lower.length === text.length ? lower : lowerByChar(text);
  return base.replace(/[\u2019\u02bc\u2018]/gu, "'").replace(/[\u00a0\u202f\u2009]/gu, ' ').replace(/\u2011/gu, '-');
}

/** Slow path of `foldCaseAndPunctuation` for the rare characters whose lower case is longer (İ). */
function lowerByChar(text: string): string {
  let out = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    out += lower.length === char.length ? lower : char;
  }
  return out;
}

/**
 * Accents removed one unit per unit (é → e; œ stays): request formulas and cues match old texts typed without
 * accents. Patterns built with coverage's `rx` lose their accents the same way.
 */
function foldAccentsKeepingOffsets(text: string): string {
  return text.replace(/[\u00c0-\u024f\u1e00-\u1eff]/gu, plainLetter);
}

const plainLetters = new Map<string, string>();

function plainLetter(char: string): string {
  let plain = plainLetters.get(char);
  if (plain === undefined) {
    const decomposed = char.normalize('NFD');
    plain = decomposed.length > 1 && /^[\u0300-\u036f]+$/u.test(decomposed.slice(1)) ? decomposed[0]! : char;
    plainLetters.set(char, plain);
  }
  return plain;
}

/** Lower case, no accents, plain apostrophes, spaces and hyphens, one unit per unit: for finding words by offset. */
export function foldForSearch(text: string): string {
  return foldAccentsKeepingOffsets(foldCaseAndPunctuation(text));
}
