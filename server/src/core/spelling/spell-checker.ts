/**
 * The spelling interface of the core (pure): the rule `orthographe` asks a `SpellChecker` whether a word is
 * correct; loading the dictionary (hunspell in WASM and `dictionary-fr`) is the Node adapter's job
 * (`server/src/node/spelling.ts`), which hands the checker to `analyze` through `AnalyzeOptions.spellChecker`.
 */

export interface SpellChecker {
  /** True when the word (one token, no surrounding punctuation) is spelled correctly. */
  correct(word: string): boolean;
  /** Corrections for a misspelled word, best first (slow: hundreds of milliseconds; only on demand). */
  suggest(word: string): readonly string[];
}

/**
 * Wraps an engine: words of the accepted list are correct (as written, or in lower case), and verdicts are
 * cached (a document repeats its words; the cache is bounded).
 */
export function cachingSpellChecker(engine: SpellChecker, options: { readonly acceptedWords?: Iterable<string>; readonly cacheSize?: number } = {}): SpellChecker {
  const accepted = new Set<string>();
  for (const word of options.acceptedWords ?? []) {
    accepted.add(word);
    accepted.add(word.toLowerCase());
  }
  const limit = options.cacheSize ?? 50_000;
  const verdicts = new Map<string, boolean>();
  return {
    correct(word: string): boolean {
      if (accepted.has(word) || accepted.has(word.toLowerCase())) return true;
      let verdict = verdicts.get(word);
      if (verdict === undefined) {
        verdict = engine.correct(word);
        if (verdicts.size >= limit) verdicts.clear();
        verdicts.set(word, verdict);
      }
      return verdict;
    },
    suggest(word: string): readonly string[] {
      return engine.suggest(word);
    },
  };
}

/** Up to `limit` suggestions for a word the rule `orthographe` reported (for the editor's code action). */
export function spellingSuggestions(checker: SpellChecker, word: string, limit = 5): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const suggestion of checker.suggest(word)) {
    if (suggestion === word || seen.has(suggestion)) continue;
    seen.add(suggestion);
    result.push(suggestion);
    if (result.length >= limit) break;
  }
  return result;
}
