import { letterRegExp } from '../text/letters';
/**
 * Text helpers for coverage: a length-preserving fold (lower case, typographic apostrophes and spaces made plain)
 * so that offsets found in the folded text are offsets in the original, and a word tokenizer with offsets.
 */

/** Lower case, `’` → `'`, no-break spaces → space; never changes the length (offsets stay valid). */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  const base = lower.length === text.length ? lower : foldByChar(text);
  return base.replace(/[\u2019\u02bc\u2018]/gu, "'").replace(/[\u00a0\u202f\u2009]/gu, ' ').replace(/\u2011/gu, '-');
}

/** Slow path of `fold` for the rare characters whose lower case is longer (İ). */
function foldByChar(text: string): string {
  let out = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    out += lower.length === char.length ? lower : char;
  }
  return out;
}

/**
 * `fold` without diacritics, still one unit per unit (é → e; œ stays): request formulas and cues match old
 * texts typed without accents. Patterns built with `rx` lose their accents the same way.
 */
export function bare(folded: string): string {
  return folded.replace(/[\u00c0-\u024f\u1e00-\u1eff]/gu, plainLetter);
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

/** Removes diacritics (é → e, œ → oe): for comparing stems of texts typed without accents. */
export function stripAccents(word: string): string {
  return word
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

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
  const folded = fold(text);
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
