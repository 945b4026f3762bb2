/**
 * `qe-check`'s launcher (server/src/cli/launcher.ts) runs the bundle with the V8 code cache of the build, and only
 * when it matches: a changed bundle, a damaged cache or another Node's cache are ignored, with the same output.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliPath, requireBundles, root, tempDir } from '../helpers/cli';
import { seedPath } from '../helpers/corpus';

const outDir = join(root, 'server', 'out');
const cacheFiles = ['qe-check-bundle.cache', 'qe-check-bundle.cache.json'];

/** `launch()` of the launcher in `dir` on the seed: which cache it used, and the JSON report. */
function launchIn(dir: string, useCache = true): { use: string; stdout: string; status: number | null } {
  const program = `const r = require(${JSON.stringify(join(dir, 'qe-check.js'))}).launch(${JSON.stringify(dir)}, ${useCache}); process.stderr.write('cache:' + r.use + '\\n');`;
  // `node -e` puts its first argument where a script's path would be: the bundle reads the rest.
  const result = spawnSync(process.execPath, ['-e', program, 'x', '--format', 'json', '--sans-grammaire', '--no-config', seedPath], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const use = /cache:(\w+)/.exec(result.stderr)?.[1] ?? `? ${result.stderr}`;
  return { use, stdout: result.stdout, status: result.status };
}

/** A copy of the launcher, the bundle and its cache (the dictionary linked), to spoil. */
function copyOfOut(): string {
  const dir = tempDir();
  for (const name of ['qe-check.js', 'qe-check-bundle.js', ...cacheFiles]) copyFileSync(join(outDir, name), join(dir, name));
  symlinkSync(join(outDir, 'dictionaries'), join(dir, 'dictionaries'));
  return dir;
}

describe('qe-check : cache de code V8 du bundle', function () {
  this.timeout(120_000);
  before(requireBundles);

  it('la construction produit le cache, le lanceur l’utilise, et le rapport est celui d’une compilation sans cache', () => {
    for (const name of cacheFiles) assert.ok(existsSync(join(outDir, name)), `${name} manque : node esbuild.mjs le produit`);
    const cached = launchIn(outDir);
    const fresh = launchIn(outDir, false);
    assert.equal(cached.use, 'used');
    assert.equal(fresh.use, 'absent');
    assert.equal(cached.status, fresh.status);
    assert.ok(JSON.parse(cached.stdout).files[0].diagnostics.length > 0);
    assert.equal(cached.stdout, fresh.stdout);
    // The ordinary command goes through the launcher too.
    const cli = spawnSync(process.execPath, [cliPath, '--format', 'json', '--sans-grammaire', '--no-config', seedPath], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    assert.equal(cli.stdout, cached.stdout);
  });

  it('un bundle modifié, un cache abîmé ou fait par une autre version de Node : cache ignoré, même rapport', () => {
    const reference = launchIn(outDir).stdout;

    const changedBundle = copyOfOut();
    assert.equal(launchIn(changedBundle).use, 'used');
    appendFileSync(join(changedBundle, 'qe-check-bundle.js'), '\n// modifié\n');
    const afterChange = launchIn(changedBundle);
    assert.equal(afterChange.use, 'absent');
    assert.equal(afterChange.stdout, reference);

    const damaged = copyOfOut();
    const cache = readFileSync(join(damaged, 'qe-check-bundle.cache'));
    cache[cache.length >> 1] ^= 0xff;
    writeFileSync(join(damaged, 'qe-check-bundle.cache'), cache);
    const afterDamage = launchIn(damaged);
    assert.equal(afterDamage.use, 'absent');
    assert.equal(afterDamage.stdout, reference);

    const otherNode = copyOfOut();
    const header = JSON.parse(readFileSync(join(otherNode, 'qe-check-bundle.cache.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(otherNode, 'qe-check-bundle.cache.json'), JSON.stringify({ ...header, node: 'v0.0.0' }));
    const afterOther = launchIn(otherNode);
    assert.equal(afterOther.use, 'absent');
    assert.equal(afterOther.stdout, reference);
  });
});
