// Copies the run-time assets of the language server and the CLI next to their bundles (server/out/): the French
// hunspell dictionary of `dictionary-fr` (index.aff, index.dic), read by server/src/node/spelling.ts, and the
// Grammalecte driver script (server/out/grammalecte/driver.py, run by server/src/node/grammar/). The hunspell
// WASM binary is inlined in hunspell-asm's JavaScript (base64), so esbuild bundles it: nothing to copy for it.
// Usage: `node scripts/copy-assets.mjs` after esbuild, or `await copyAssets()` from esbuild.mjs.
import { copyFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function copyAssets(outDir = join(root, 'server', 'out')) {
  const require = createRequire(join(root, 'package.json'));
  // dictionary-fr exports only its ESM entry: find its folder through node_modules.
  let source = join(root, 'node_modules', 'dictionary-fr');
  if (!existsSync(join(source, 'index.aff'))) source = dirname(require.resolve('dictionary-fr'));
  const target = join(outDir, 'dictionaries', 'fr');
  mkdirSync(target, { recursive: true });
  for (const name of ['index.aff', 'index.dic', 'license']) {
    if (existsSync(join(source, name))) copyFileSync(join(source, name), join(target, name));
  }
  // The Grammalecte driver (run by the user's own Python; Grammalecte itself is never shipped).
  const grammar = join(outDir, 'grammalecte');
  mkdirSync(grammar, { recursive: true });
  copyFileSync(join(root, 'server', 'src', 'node', 'grammar', 'driver.py'), join(grammar, 'driver.py'));
  return target;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(`Dictionnaire copié dans ${copyAssets()}`);
}
