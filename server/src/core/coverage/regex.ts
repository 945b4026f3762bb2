import { letterRegExp } from '../text/letters';
/** Unicode-aware word boundary: JavaScript's `\b` treats accented letters as non-word characters. */
const boundary = '(?:(?<![\\p{L}\\p{N}_])(?=[\\p{L}\\p{N}_])|(?<=[\\p{L}\\p{N}_])(?![\\p{L}\\p{N}_]))';

/**
 * A regular expression for `foldForSearch` text: `\b` is a Unicode word boundary, the source loses its diacritics
 * (é → e) like the text it is matched against, and flag `u` is always set.
 */
export function rx(source: string, flags = ''): RegExp {
  const plain = source.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
  return letterRegExp(plain.replace(/\\b/g, boundary), flags.includes('u') ? flags : `${flags}u`);
}
