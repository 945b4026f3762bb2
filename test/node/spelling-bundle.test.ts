import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const root = resolve(__dirname, '..', '..');

describe('orthographe : adaptateur Node groupé par esbuild', function () {
  this.timeout(60_000);

  it('le bundle (réglages de esbuild.mjs) charge hunspell et le dictionnaire copié à côté de lui', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qe-spelling-'));
    const entry = join(dir, 'entry.ts');
    writeFileSync(
      entry,
      [
        `import { loadSpellChecker, spellingLoadStats, suggestSpelling } from ${JSON.stringify(join(root, 'server/src/node/spelling'))};`,
        '(async () => {',
        '  const checker = await loadSpellChecker();',
        "  const verdicts = [checker.correct('professionnels'), checker.correct('profesionnels')];",
        "  console.log(JSON.stringify({ verdicts, dir: spellingLoadStats()?.dictionaryDir, suggestions: await suggestSpelling('profesionnels') }));",
        '})();',
      ].join('\n'),
    );
    const outfile = join(dir, 'out', 'entry.js');
    await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', mainFields: ['module', 'main'], logLevel: 'silent', absWorkingDir: root });
    const { copyAssets } = (await import(join(root, 'scripts', 'copy-assets.mjs'))) as { copyAssets: (outDir: string) => string };
    const target = copyAssets(join(dir, 'out'));
    assert.ok(existsSync(join(target, 'index.dic')));
    const output = JSON.parse(execFileSync(process.execPath, [outfile], { cwd: dir, encoding: 'utf8' })) as { verdicts: boolean[]; dir: string; suggestions: string[] };
    assert.deepEqual(output.verdicts, [true, false]);
    assert.equal(output.dir, target);
    assert.equal(output.suggestions[0], 'professionnels');
  });
});
