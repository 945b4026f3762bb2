// Flat config: typescript-eslint on all TypeScript; the analysis core may not import Node, LSP or VS Code, nor use
// Node's globals; the adapters reach the core through its façade only.
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

/** Every Node built-in module, with and without `node:` (`node:test`, `node:sqlite` exist only prefixed). */
const nodeBuiltins = [...new Set(builtinModules.flatMap((name) => (name.startsWith('node:') ? [name] : [name, `node:${name}`])))];
const pure = 'Le cœur d’analyse est pur : ni module ni global de Node.';
/** Node's globals (the core gets files, time and environment from its callers). */
const nodeGlobals = ['process', 'Buffer', 'global', '__dirname', '__filename', 'require', 'module', 'exports', 'setImmediate', 'clearImmediate'];

export default tseslint.config(
  { ignores: ['**/out/**', 'node_modules/**', '.cache/**', 'dist/**', '**/*.mjs', '**/*.js'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeBuiltins.map((name) => ({ name, message: pure })), { name: 'vscode', message: 'Le cœur d’analyse ne dépend pas de VS Code.' }],
          patterns: [
            { group: ['node:*'], message: pure },
            { group: ['vscode-languageserver*', 'vscode-languageclient*'], message: 'Le cœur d’analyse ne dépend pas du LSP.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...nodeGlobals.map((name) => ({ name, message: pure }))],
      'no-restricted-properties': ['error', { object: 'globalThis', message: pure }],
    },
  },
  {
    // The adapters use the core's façade (`core/index.ts`), not its internals.
    files: ['server/src/lsp/**/*.ts', 'server/src/node/**/*.ts', 'server/src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^|/)core/.+', message: 'Passer par la façade du cœur (server/src/core/index.ts).' }] },
      ],
    },
  },
);
