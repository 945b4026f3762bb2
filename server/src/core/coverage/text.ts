import { letterRegExp } from '../text/letters';
import { foldCaseAndPunctuation } from '../text/fold';
/** A word tokenizer with offsets, on text folded by `foldCaseAndPunctuation` (offsets stay those of the original). */

export interface Token {
  /** Folded text of the token (lower case). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const wordPattern = letterRegExp(String.raw`[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*`, 'gu');
const elision = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)'/u;

/**
 * Words of a text with their offsets. Elided articles and pronouns are split off (`l'accès` → `accès`), and
 * hyphenated compounds are kept whole and also split into their parts (`mise-en-œuvre`).
 */
export function tokenize(text: string): Token[] {
  const folded = foldCaseAndPunctuation(text);
  const tokens: Token[] = [];
  wordPattern.lastIndex = 0;
  for (let match = wordPattern.exec(folded); match; match = wordPattern.exec(folded)) {
    let word = match[0];
    let start = match.index;
    for (let elided = elision.exec(word); elided; elided = elision.exec(word)) {
      start += elided[0].length;
      word = word.slice(elided[0].length);
    }
    if (!word) continue;
    if (word.includes('-') && !/^\d/.test(word)) {
      let offset = start;
      for (const part of word.split('-')) {
        if (part) tokens.push({ text: part, start: offset, end: offset + part.length });
        offset += part.length + 1;
      }
    } else {
      tokens.push({ text: word, start, end: start + word.length });
    }
  }
  return tokens;
}
