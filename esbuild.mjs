// Bundles the client, the language server, the CLI and the e2e test entry (CommonJS, Node 20).
import { build, context } from 'esbuild';
import { existsSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const shared = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // Our own packages are ESM; the bundles are CJS for VS Code and `node` alike.
  mainFields: ['module', 'main'],
  // Node 20 has `\p{…}` in regular expressions; esbuild's table would otherwise rewrite each literal as
  // `new RegExp(…)`, evaluated again at every pass of a loop (a cache look-up, or a compilation after a GC).
  supported: { 'regexp-unicode-property-escapes': true },
  // FlexSearch's « light » build: the Index we use (suggest, resolution), without the worker mode's `eval`
  // paths or the Document, export and storage code of the full bundle (see docs of issue 14, part 5).
  alias: { flexsearch: './node_modules/flexsearch/dist/flexsearch.light.module.min.js' },
};

// mocha's parallel mode (unused in the extension host) resolves files at run time.
const quietMocha = { 'require-resolve-not-external': 'silent' };

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'server/out/server.js', banner: { js: '#!/usr/bin/env node' } },
  // qe-check: a small launcher that runs the bundle with the V8 code cache made below (scripts/code-cache.mjs).
  { entryPoints: ['server/src/cli/launcher.ts'], outfile: 'server/out/qe-check.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['server/src/cli/qe-check.ts'], outfile: 'server/out/qe-check-bundle.js' },
  // The language server's check worker (a thread of it, started from server.js's folder).
  { entryPoints: ['server/src/lsp/check-worker.ts'], outfile: 'server/out/check-worker.js' },
  // The earlier-questions index, in its own process (forked by the server).
  { entryPoints: ['server/src/node/similar-process.ts'], outfile: 'server/out/similar-index.js' },
];
if (existsSync('client/src/test/index.ts')) {
  entries.push({ entryPoints: ['client/src/test/index.ts'], outfile: 'client/out/test/index.js', external: ['vscode'], logOverride: quietMocha });
}
if (existsSync('client/src/test/index-failing.ts')) {
  entries.push({ entryPoints: ['client/src/test/index-failing.ts'], outfile: 'client/out/test/index-failing.js', external: ['vscode'], logOverride: quietMocha });
}

// The French hunspell dictionary (and hunspell's memory image of it) is read at run time from server/out/dictionaries.
await (await import('./scripts/copy-assets.mjs')).copyAssets();

if (watch) {
  for (const entry of entries) await (await context({ ...shared, ...entry })).watch();
} else {
  const started = Date.now();
  await Promise.all(entries.map((entry) => build({ ...shared, ...entry })));
  console.log(`esbuild: ${entries.length} bundles in ${Date.now() - started} ms`);
  (await import('./scripts/code-cache.mjs')).makeCodeCache();
}
