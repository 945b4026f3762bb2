// Ambient types for the CommonJS package `lunr` (it ships none): only what the French stemmer's host needs.
declare module 'lunr' {
  interface Token {
    toString(): string;
  }
  interface TokenConstructor {
    new (str: string): Token;
  }
  interface Lunr {
    Token: TokenConstructor;
    [plugin: string]: unknown;
  }
  const lunr: Lunr;
  export default lunr;
}
