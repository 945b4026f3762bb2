/**
 * `qe-check` skips the patterns none of whose literals is in a paragraph, with the literals the build read
 * (server/out/qe-check-literals.json, server/src/node/literal-filters.ts): the report is the same without the file,
 * with a file of another format, or with entries for other sources.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireBundles, root, tempDir } from '../helpers/cli';

const outDir = join(root, 'server', 'out');
const literalsFile = 'qe-check-literals.json';

/** A copy of the launcher and the bundle (with its code cache; the dictionary linked), with or without the literals. */
function copyOfOut(withLiterals: boolean): string {
  const dir = tempDir();
  for (const name of ['qe-check.js', 'qe-check-bundle.js', 'qe-check-bundle.cache', 'qe-check-bundle.cache.json', ...(withLiterals ? [literalsFile] : [])]) copyFileSync(join(outDir, name), join(dir, name));
  symlinkSync(join(outDir, 'dictionaries'), join(dir, 'dictionaries'));
  return dir;
}

function check(dir: string, files: readonly string[]): { stdout: string; status: number | null } {
  const result = spawnSync(process.execPath, [join(dir, 'qe-check.js'), '--format', 'json', '--sans-grammaire', '--no-config', ...files], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { stdout: result.stdout, status: result.status };
}

describe('qe-check : filtres de littéraux lus à la construction', function () {
  this.timeout(180_000);
  before(requireBundles);

  it('la construction les écrit ; le rapport est le même sans eux, d’un autre format, d’une autre version d’Unicode ou pour d’autres motifs', () => {
    assert.ok(existsSync(join(outDir, literalsFile)), `${literalsFile} manque : node esbuild.mjs le produit`);
    const data = JSON.parse(readFileSync(join(outDir, literalsFile), 'utf8')) as { format: number; unicode: string; entries: [string, string[]][] };
    assert.equal(data.format, 1);
    assert.equal(data.unicode, process.versions.unicode);
    assert.ok(data.entries.length > 50, `${data.entries.length} entrées`);
    const examples = join(root, 'examples');
    const files = [
      ...readdirSync(examples).filter((name) => name.endsWith('.qe.md')).map((name) => join(examples, name)),
      ...readdirSync(join(examples, 'sources')).map((name) => join(examples, 'sources', name)),
    ];
    const filtered = check(copyOfOut(true), files);
    assert.ok(JSON.parse(filtered.stdout).files.length === files.length);
    const plain = check(copyOfOut(false), files);
    assert.equal(filtered.status, plain.status);
    assert.equal(filtered.stdout, plain.stdout);

    const otherFormat = copyOfOut(false);
    writeFileSync(join(otherFormat, literalsFile), JSON.stringify({ ...data, format: 0, entries: data.entries.map(([key]) => [key, ['jamais-dans-le-texte']]) }));
    assert.equal(check(otherFormat, files).stdout, plain.stdout);
    // The file is read: wrong literals for the right sources would drop findings (never written by the build).
    const wrong = copyOfOut(false);
    writeFileSync(join(wrong, literalsFile), JSON.stringify({ format: 1, unicode: data.unicode, entries: data.entries.map(([key]) => [key, ['jamais-dans-le-texte']]) }));
    assert.notEqual(check(wrong, files).stdout, plain.stdout);
    // The same wrong literals, read by another Unicode version's case folding: ignored (`i` literals depend on it).
    const otherUnicode = copyOfOut(false);
    writeFileSync(join(otherUnicode, literalsFile), JSON.stringify({ format: 1, unicode: '0.0', entries: data.entries.map(([key]) => [key, ['jamais-dans-le-texte']]) }));
    assert.equal(check(otherUnicode, files).stdout, plain.stdout);
    const otherSources = copyOfOut(false);
    writeFileSync(join(otherSources, literalsFile), JSON.stringify({ format: 1, unicode: data.unicode, entries: data.entries.map(([key, literals]) => [`${key} `, literals]) }));
    assert.equal(check(otherSources, files).stdout, plain.stdout);
  });
});
