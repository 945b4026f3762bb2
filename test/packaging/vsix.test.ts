/**
 * Packaging: the files `vsce` packs (allow-list `.vscodeignore`) are what the installed extension needs and
 * nothing from sources, tests or node_modules. When a `.vsix` was built (`npm run package`), its entries are
 * checked too.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';

const root = join(__dirname, '..', '..');
const required = [
  'package.json',
  'package.nls.json',
  'package.nls.fr.json',
  'README.md',
  'LICENSE',
  'client/out/extension.js',
  'server/out/server.js',
  'server/out/qe-check.js',
  'server/out/qe-check-bundle.js',
  // The literal filters the build read (server/src/node/literal-filters.ts): same for every Node.
  'server/out/qe-check-literals.json',
  'server/out/check-worker.js',
  // The earlier-questions index, forked by the server.
  'server/out/similar-index.js',
  'server/out/grammalecte/driver.py',
  'syntaxes/qe.tmLanguage.json',
  'syntaxes/qe-directives.injection.tmLanguage.json',
  'syntaxes/language-configuration.json',
  'snippets/qe.code-snippets',
  'schemas/qe-catalog.schema.json',
  'l10n/bundle.l10n.json',
];
const forbidden = [/(^|\/)node_modules\//, /(^|\/)src\//, /(^|\/)test\//, /\.map$/, /\.ts$/, /\.vsix$/, /^examples\//, /^\.cache\//, /^bench\//, /^scripts\//];

interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly localOffset: number;
}

/** Entries of a zip file, from its central directory. */
export function zipEntries(buffer: Buffer): ZipEntry[] {
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(end >= 0, 'fin de répertoire central introuvable');
  const count = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let index = 0; index < count; index++) {
    assert.equal(buffer.readUInt32LE(offset), 0x02014b50, 'entrée du répertoire central');
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    entries.push({
      name: buffer.toString('utf8', offset + 46, offset + 46 + nameLength),
      method: buffer.readUInt16LE(offset + 10),
      compressedSize: buffer.readUInt32LE(offset + 20),
      localOffset: buffer.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Content of one entry (stored or deflated). */
function zipEntry(buffer: Buffer, entry: ZipEntry): Buffer {
  const start = entry.localOffset + 30 + buffer.readUInt16LE(entry.localOffset + 26) + buffer.readUInt16LE(entry.localOffset + 28);
  const data = buffer.subarray(start, start + entry.compressedSize);
  return entry.method === 0 ? data : inflateRawSync(data);
}

describe('paquet .vsix', function () {
  this.timeout(60_000);

  it('vsce ls : le nécessaire, et rien des sources, des tests ni de node_modules', () => {
    const vsce = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'vsce.cmd' : 'vsce');
    const files = execFileSync(vsce, ['ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    for (const file of required) assert.ok(files.includes(file), `${file} manque au paquet`);
    for (const file of files) for (const pattern of forbidden) assert.doesNotMatch(file, pattern, `${file} ne doit pas être empaqueté`);
  });

  const built = readdirSync(root).filter((name) => name.endsWith('.vsix')).sort((a, b) => statSync(join(root, b)).mtimeMs - statSync(join(root, a)).mtimeMs)[0];
  // Reason: the .vsix exists only after `npm run package` (CI runs it before the tests); `vsce ls` above checks
  // the same allow-list without building.
  (built ? it : it.skip)(`contenu de ${built ?? 'la .vsix (npm run package)'}`, () => {
    const buffer = readFileSync(join(root, built!));
    const all = zipEntries(buffer);
    const entries = all.map((entry) => entry.name);
    // vsce stores LICENSE as LICENSE.txt and README.md as readme.md.
    const lower = new Set(entries.map((entry) => entry.toLowerCase()));
    for (const file of required) {
      const name = `extension/${file}`.toLowerCase();
      assert.ok(lower.has(name) || lower.has(`${name}.txt`), `${file} manque à la .vsix`);
    }
    for (const entry of entries) for (const pattern of forbidden) assert.doesNotMatch(entry.replace(/^extension\//, ''), pattern, entry);
    assert.ok(entries.includes('extension.vsixmanifest'));
    const manifest = JSON.parse(zipEntry(buffer, all.find((entry) => entry.name === 'extension/package.json')!).toString('utf8')) as { contributes: { snippets: unknown[] } };
    assert.ok(manifest.contributes.snippets.length > 0);
    assert.ok(buffer.length < 5 * 1024 * 1024, `.vsix de ${buffer.length} octets`);
  });
});
