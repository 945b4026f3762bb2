/**
 * Memory retained across edits: caches kept between analyses (the incremental cache, the rules' memos keyed by
 * paragraph or sentence text) must not keep every version of the file alive. A text cut out of the file
 * (`slice`) keeps its whole parent string in V8: the core copies the texts it cuts (`core/text/detach.ts`).
 * Checked in a child process (its own small heap, `--expose-gc`) by counting whole-file strings on a heap
 * snapshot — a count of objects, not a memory threshold.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { detach } from '../../server/src/core/text/detach';

describe('mémoire retenue entre les analyses', () => {
  it('detach rend le même texte', () => {
    const file = `${'Le ministère rappelle que '.repeat(40)}’`;
    for (const [start, end] of [[0, 0], [3, 9], [0, 13], [5, 400], [0, file.length]] as const) assert.equal(detach(file.slice(start, end)), file.slice(start, end));
  });

  it('après des modifications paragraphe après paragraphe, le cache ne garde pas les versions précédentes du fichier', function () {
    this.timeout(120_000);
    const child = spawnSync(process.execPath, ['--expose-gc', '-r', 'tsx/cjs', join(__dirname, 'retention-child.ts')], {
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
    assert.equal(child.status, 0, child.stderr);
    const { documents, versions } = JSON.parse(child.stdout) as { documents: number; versions: number };
    // Alive at the end: the base text, the current version, its copy with the front matter blanked, and at most
    // one more (the last Markdown tree). Before the texts were copied: one per version (15 for 12 versions).
    assert.ok(documents <= 4, `${documents} copies entières du fichier en mémoire après ${versions} versions`);
  });
});
