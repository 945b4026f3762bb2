import assert from 'node:assert/strict';
import { appendFileSync, copyFileSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { openHunspell } from '../../server/src/node/spelling';

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
        "  console.log(JSON.stringify({ verdicts, dir: spellingLoadStats()?.dictionaryDir, source: spellingLoadStats()?.source, suggestions: await suggestSpelling('profesionnels') }));",
        '})();',
      ].join('\n'),
    );
    const outfile = join(dir, 'out', 'entry.js');
    await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', mainFields: ['module', 'main'], logLevel: 'silent', absWorkingDir: root });
    const { copyAssets } = (await import(join(root, 'scripts', 'copy-assets.mjs'))) as { copyAssets: (outDir: string) => Promise<string> };
    const target = await copyAssets(join(dir, 'out'));
    assert.ok(existsSync(join(target, 'index.dic')));
    const output = JSON.parse(execFileSync(process.execPath, [outfile], { cwd: dir, encoding: 'utf8' })) as { verdicts: boolean[]; dir: string; source: string; suggestions: string[] };
    assert.deepEqual(output.verdicts, [true, false]);
    assert.equal(output.dir, target);
    // The build's memory image of hunspell is what was loaded (not index.dic read again).
    assert.equal(output.source, 'image');
    assert.equal(output.suggestions[0], 'professionnels');
  });

  it('l’image mémoire de hunspell donne les mêmes verdicts que la lecture de index.dic, et est écartée si le dictionnaire change', async () => {
    const { copyAssets } = (await import(join(root, 'scripts', 'copy-assets.mjs'))) as { copyAssets: (outDir: string) => Promise<string> };
    const target = await copyAssets(mkdtempSync(join(tmpdir(), 'qe-spelling-image-')));
    const fromImage = await openHunspell(target);
    assert.equal(fromImage.source, 'image');
    // A copy of the same dictionary without the image: hunspell reads index.dic.
    const plain = mkdtempSync(join(tmpdir(), 'qe-spelling-plain-'));
    for (const name of ['index.aff', 'index.dic']) copyFileSync(join(target, name), join(plain, name));
    const fromDic = await openHunspell(plain);
    assert.equal(fromDic.source, 'dictionary');
    const words = readFileSync(join(root, 'data', 'seeds', 'qe-15-24191.md'), 'utf8').match(/[\p{L}’'-]+/gu) ?? [];
    const sample = [...new Set(words)].flatMap((word) => [word, `${word}x`, word.toUpperCase()]);
    assert.ok(sample.length > 1000);
    assert.deepEqual(sample.map((word) => fromImage.engine.correct(word)), sample.map((word) => fromDic.engine.correct(word)));
    assert.ok(sample.some((word) => !fromImage.engine.correct(word)) && sample.some((word) => fromImage.engine.correct(word)));
    assert.equal(fromImage.engine.suggest('profesionnels')[0], 'professionnels');
    // The dictionary changed after the image was written: the image no longer matches and is not used.
    appendFileSync(join(target, 'index.dic'), 'motajoute\n');
    assert.equal((await openHunspell(target)).source, 'dictionary');
  });

  it('l’image ne stocke pas les pages nulles (6,3 Mo lus au lieu de 11,6), et une image aux plages incohérentes est écartée', async () => {
    const { copyAssets } = (await import(join(root, 'scripts', 'copy-assets.mjs'))) as { copyAssets: (outDir: string) => Promise<string> };
    const target = await copyAssets(mkdtempSync(join(tmpdir(), 'qe-spelling-runs-')));
    const headerPath = join(target, 'hunspell-fr.json');
    const header = JSON.parse(readFileSync(headerPath, 'utf8')) as { imageBytes: number; runs: [number, number][] };
    const last = header.runs[header.runs.length - 1]!;
    // Holes between the runs: the file is well under the memory it restores.
    assert.ok(header.runs.length > 1 && header.imageBytes < 0.7 * (last[0] + last[1]), JSON.stringify(header.runs));
    assert.equal((await openHunspell(target)).source, 'image');
    for (const runs of [header.runs.slice(1), [...header.runs].reverse(), [[0, header.imageBytes - 1], [header.imageBytes, 1]], 'faux']) {
      writeFileSync(headerPath, JSON.stringify({ ...header, runs }));
      assert.equal((await openHunspell(target)).source, 'dictionary', JSON.stringify(runs).slice(0, 80));
    }
  });
});
