import { letterSource } from '../text/letters';
import { readLiteralsFrom } from '../text/literal-prefilter';
/**
 * Unicode-aware word boundary: JavaScript's `\b` treats accented letters as non-word characters. Spelt out once
 * (`letterSource`), with its four classes of letters and digits.
 */
const boundary = letterSource('(?:(?<![\\p{L}\\p{N}_])(?=[\\p{L}\\p{N}_])|(?<=[\\p{L}\\p{N}_])(?![\\p{L}\\p{N}_]))', 'u');

/**
 * A regular expression for `foldForSearch` text: `\b` is a Unicode word boundary, the source loses its diacritics
 * (é → e) like the text it is matched against, and flag `u` is always set.
 *
 * The source's own `\p{L}` and `\p{N}` are spelt out before the boundaries go in, not after: the same pattern
 * (the boundary's classes are balanced and leave no class open), but `letterSource` then scans the short source,
 * not one that every boundary lengthened by four classes (the coverage patterns hold several hundred). A `\b`
 * inside a class (a backspace there) is not supported, as before; test/core/coverage/regex.test.ts checks
 * that every pattern of the coverage analysis comes out as the former way built it.
 */
export function rx(source: string, flags = ''): RegExp {
  const plain = source.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
  const unicodeFlags = flags.includes('u') ? flags : `${flags}u`;
  return readLiteralsFrom(new RegExp(letterSource(plain, unicodeFlags).replace(/\\b/g, boundary), unicodeFlags), plain);
}

/**
 * `rx(source, flags)` built at its first use, then the same object at every call. The coverage modules declare
 * a few hundred patterns and a question uses about a third of them (the cues of the kinds it asks, the evidence
 * of the answer forms it meets); V8 parses each pattern at `new RegExp`, so building them all when the module
 * loads cost a cold `qe-check` several milliseconds for nothing. Same pattern, same flags, same `lastIndex` state
 * shared by every user, as a module-level constant.
 */
export function lazyRx(source: string, flags = ''): () => RegExp {
  let made: RegExp | undefined;
  return () => (made ??= rx(source, flags));
}
