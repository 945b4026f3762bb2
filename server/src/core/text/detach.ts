/**
 * Strings cut out of a whole document, made independent of it.
 *
 * V8 represents a substring of 13 characters or more (`slice`, `substring`, a regex match) as a *slice*: a
 * pointer into its parent string, which stays alive as long as the slice does. A paragraph's text cut out of
 * the file therefore keeps the whole file alive, and every cache keyed or valued by paragraph, sentence or
 * word texts (the incremental cache, the rules' memos) kept one copy of the file per keystroke: measured in the
 * language server, +66 kB per keystroke on a 5,000-word dossier, until the heap limit.
 */

/** `text` as a string that keeps nothing else alive (a copy when `text` may be a slice of a longer string). */
export function detach(text: string): string {
  // Shorter strings are always copied by V8. Otherwise the concatenation is flattened into a new string of
  // `text.length + 1` characters, and the result is a slice of that copy only.
  return text.length < 13 ? text : (' ' + text).slice(1);
}
