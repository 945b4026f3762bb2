// Flat config: typescript-eslint on all TypeScript; the analysis core may not import Node, LSP or VS Code.
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['fs', 'path', 'url', 'os', 'child_process', 'util', 'crypto', 'http', 'https', 'net', 'stream', 'worker_threads', 'process'];

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
          paths: [
            ...nodeBuiltins.flatMap((name) => [
              { name, message: 'Le cœur d’analyse est pur : pas de module Node.' },
              { name: `node:${name}`, message: 'Le cœur d’analyse est pur : pas de module Node.' },
            ]),
            { name: 'vscode', message: 'Le cœur d’analyse ne dépend pas de VS Code.' },
          ],
          patterns: [{ group: ['vscode-languageserver*', 'vscode-languageclient*'], message: 'Le cœur d’analyse ne dépend pas du LSP.' }],
        },
      ],
    },
  },
);
