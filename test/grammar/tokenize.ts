/**
 * Loads the extension's TextMate grammars with vscode-textmate + vscode-oniguruma (the engine VS Code uses)
 * and renders scope snapshots. `text.html.markdown`, which VS Code ships (markdown-basics) and which is not in
 * node_modules, is served by a stub (test/fixtures/grammar/markdown-stub.tmLanguage.json).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar, type StateStack } from 'vscode-textmate';

const root = join(__dirname, '..', '..');

const grammarFiles: Record<string, string> = {
  'text.qe': join(root, 'syntaxes', 'qe.tmLanguage.json'),
  'text.qe.directive.injection': join(root, 'syntaxes', 'qe-directives.injection.tmLanguage.json'),
  'text.html.markdown': join(root, 'test', 'fixtures', 'grammar', 'markdown-stub.tmLanguage.json'),
};

let registry: Registry | undefined;
/** Scopes the grammars asked for and nobody provides (must stay empty). */
export const missingScopes = new Set<string>();

function getRegistry(): Registry {
  if (registry) return registry;
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  const onigLib = oniguruma
    .loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength))
    .then(() => ({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }));
  registry = new Registry({
    onigLib,
    loadGrammar: async (scopeName) => {
      const file = grammarFiles[scopeName];
      if (!file) {
        missingScopes.add(scopeName);
        return null;
      }
      return parseRawGrammar(readFileSync(file, 'utf8'), file);
    },
    // As the manifest's `injectTo`: the directive injection applies to Markdown documents.
    getInjections: (scopeName) => (scopeName === 'text.html.markdown' ? ['text.qe.directive.injection'] : undefined),
  });
  return registry;
}

export async function loadGrammar(scopeName: 'text.qe' | 'text.html.markdown'): Promise<IGrammar> {
  const grammar = await getRegistry().loadGrammar(scopeName);
  if (!grammar) throw new Error(`Grammaire introuvable : ${scopeName}`);
  return grammar;
}

export interface Token {
  readonly line: number;
  readonly text: string;
  readonly scopes: readonly string[];
}

export function tokenize(grammar: IGrammar, text: string): Token[] {
  const tokens: Token[] = [];
  let stack: StateStack = INITIAL;
  text.split(/\r?\n/).forEach((line, index) => {
    const result = grammar.tokenizeLine(line, stack);
    for (const token of result.tokens) {
      tokens.push({ line: index + 1, text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes });
    }
    stack = result.ruleStack;
  });
  return tokens;
}

/** The scopes of every token whose text contains `needle`, for targeted assertions. */
export function scopesOf(tokens: readonly Token[], needle: string): string[][] {
  return tokens.filter((token) => token.text.includes(needle)).map((token) => [...token.scopes]);
}

/**
 * One line per token that carries more than the root and paragraph scopes: `line:text ⟶ scopes` (root scope
 * left out). Plain prose tokens are omitted to keep the snapshots readable and stable.
 */
export function snapshot(tokens: readonly Token[]): string {
  const boring = new Set(['text.qe', 'text.html.markdown', 'meta.paragraph.markdown']);
  const lines: string[] = [];
  for (const token of tokens) {
    const scopes = token.scopes.filter((scope) => !boring.has(scope));
    if (scopes.length === 0 || token.text.trim() === '') continue;
    const text = token.text.length > 60 ? `${token.text.slice(0, 57)}…` : token.text;
    lines.push(`${token.line}: ${JSON.stringify(text)} ⟶ ${scopes.join(' ')}`);
  }
  return `${lines.join('\n')}\n`;
}
