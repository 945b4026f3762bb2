// Ambient types for the CommonJS package `snowball-stemmers` (it ships none): the reference of the stemmer test.
declare module 'snowball-stemmers' {
  export interface Stemmer {
    stem(word: string): string;
  }
  export function newStemmer(language: string): Stemmer;
  export function algorithms(): string[];
}
