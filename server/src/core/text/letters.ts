/**
 * Letters and digits for regular expressions, in a form V8 compiles fast.
 *
 * `\p{L}` costs V8 about 0.15 ms each time it appears in a pattern (ICU builds the set of ~780 ranges, then the
 * matcher compiles them), and the rules and the coverage analysis write it several hundred times (every word
 * boundary holds four): about half of a cold `qe-check` went there. Ministerial answers are written in the Latin
 * script, with the odd Greek or Cyrillic letter, so `LETTER` and `DIGIT` list the letters and digits of those
 * scripts (Latin-1, Latin Extended-A and B, IPA and modifier letters, Greek, Cyrillic, phonetic extensions,
 * Latin Extended Additional, superscripts and subscripts, Latin ligatures). Within those blocks they are exactly
 * `\p{L}` and `\p{N}` (a test checks it against the running engine); a letter of another script (Arabic, CJK…)
 * counts as punctuation for the rules. `\p{Lu}`, `\p{Ll}` and `\p{M}` keep their Unicode meaning: they are rare
 * and their ranges are no cheaper.
 *
 * The classes are written with the characters themselves, not `\uXXXX` escapes (the same class for the regular
 * expression): V8 parses a pattern at `new RegExp`, and the escapes made the sources about three times longer.
 * The coverage patterns hold a few hundred word boundaries of four classes each (1.8 MB of source with escapes):
 * their construction and first compilation took about 7 ms less on a cold `qe-check` written this way.
 */

/** Character-class body (without brackets): the letters (`\p{L}`) of the European scripts, see above. */
export const LETTER =
  'A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE' +
  '\u0370-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5' +
  '\u03F7-\u0481\u048A-\u052F\u1D00-\u1DBF\u1E00-\u1EFF\u2071\u207F\u2090-\u209C\uFB00-\uFB06';

/** Character-class body (without brackets): the digits and numbers (`\p{N}`) of the same blocks. */
export const DIGIT = '0-9\u00B2\u00B3\u00B9\u00BC-\u00BE\u2070\u2074-\u2079\u2080-\u2089';

/** The blocks over which `LETTER` and `DIGIT` equal `\p{L}` and `\p{N}` (code point ranges, inclusive). */
export const COVERED_BLOCKS: readonly (readonly [number, number])[] = [
  [0x0000, 0x02ff],
  [0x0370, 0x052f],
  [0x1d00, 0x1eff],
  [0x2070, 0x209f],
  [0xfb00, 0xfb06],
];

const replacements: Readonly<Record<string, string>> = { L: LETTER, N: DIGIT };
const rewritten = new Map<string, string>();

/**
 * The pattern `source` with `\p{L}` and `\p{N}` spelt out as `LETTER` and `DIGIT` (inside a class or alone),
 * and `\P{L}` / `\P{N}` alone as their complements. Only patterns with flag `u` are rewritten: without
 * it `\p` is not a property escape. Memoised: patterns built in functions are rewritten once.
 */
export function letterSource(source: string, flags = ''): string {
  if (!flags.includes('u') || !/\\[pP]\{[LN]\}/.test(source)) return source;
  let result = rewritten.get(source);
  if (result === undefined) {
    result = spellOut(source);
    if (rewritten.size > 2_000) rewritten.clear();
    rewritten.set(source, result);
  }
  return result;
}

/** `new RegExp(source, flags)` with `\p{L}` and `\p{N}` spelt out (see `letterSource`). */
export function letterRegExp(source: string, flags = ''): RegExp {
  return new RegExp(letterSource(source, flags), flags);
}

/** An escape (`\p{L}` or any other), or a bracket that opens or closes a class. */
const token = /\\(?:[pP]\{[LN]\}|[^]?)|[[\]]/g;

function spellOut(source: string): string {
  let inClass = false;
  return source.replace(token, (found) => {
    if (found === '[') inClass = true;
    else if (found === ']') inClass = false;
    else if (found.length === 5 && found[2] === '{') {
      const body = replacements[found[3]!]!;
      if (found[1] === 'p') return inClass ? body : `[${body}]`;
      // A complement inside a class cannot be spelt out: it stays a property escape.
      if (!inClass) return `[^${body}]`;
    }
    return found;
  });
}
