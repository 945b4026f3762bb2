// Writes the V8 code cache of the `qe-check` bundle (server/out/qe-check-bundle.cache + .cache.json), read by
// its launcher server/out/qe-check.js (server/src/cli/launcher.ts): a child Node checks the example dossiers
// with the bundle, then saves the bytecode of every function that ran. The cache is valid only for the Node that
// made it (the launcher checks the versions and both files' CRC-32, V8 its flags); with another Node, or after
// the bundle changed, qe-check compiles as before. Usage: `await makeCodeCache()` from esbuild.mjs, after the bundles.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'server', 'out');

export function makeCodeCache() {
  for (const name of ['qe-check-bundle.cache', 'qe-check-bundle.cache.json', 'qe-check-literals.json']) rmSync(join(outDir, name), { force: true });
  const examples = join(root, 'examples');
  const inputs = [
    ...readdirSync(examples).filter((name) => name.endsWith('.qe.md')).map((name) => join(examples, name)),
    ...readdirSync(join(examples, 'sources')).map((name) => join(examples, 'sources', name)),
  ];
  const program = `require(${JSON.stringify(join(outDir, 'qe-check.js'))}).produceCodeCache(${JSON.stringify(outDir)}, ${JSON.stringify(['--format', 'json', '--no-config', '--sans-grammaire', ...inputs])})`;
  // The checks' output is of no use here; exit status 1 only says that the examples hold errors.
  // The same run records the literal filters of the patterns it meets (server/src/node/literal-filters.ts).
  const run = spawnSync(process.execPath, ['-e', program], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: { ...process.env, QE_CHECK_RECORD_LITERALS: '1' } });
  if (!existsSync(join(outDir, 'qe-check-bundle.cache.json'))) {
    console.warn(`qe-check : cache de code non produit (${run.stderr.trim() || `statut ${run.status}`}) ; qe-check compilera à chaque lancement.`);
  }
}
