import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CorpusIndex } from '../../server/src/node/corpus';
import { ReaderPool, readForIndex, type ReadResult } from '../../server/src/node/similar-reader';
import { generatedOpenData, generatedRecord, sentencePools } from '../../bench/similar-corpus';
import { requireBundles, serverPath } from '../helpers/cli';
import { seededRandom } from '../helpers/random';

/** The bundled index process's script: its reader threads run the same file. */
const script = join(serverPath, '..', 'similar-index.js');

describe('node/similar-reader: corpus files read on threads of the index process', () => {
  let dir: string;
  let paths: string[];
  before(function () {
    requireBundles();
    dir = mkdtempSync(join(tmpdir(), 'qe-readers-'));
    const pools = sentencePools();
    const random = seededRandom(3);
    paths = [];
    for (let i = 0; i < 300; i++) {
      const path = join(dir, i % 7 === 0 ? `q${i}.md` : `q${i}.json`);
      writeFileSync(path, i % 7 === 0 ? generatedRecord(5000 + i, pools, random) : generatedOpenData(5000 + i, pools, random));
      paths.push(path);
    }
    writeFileSync(join(dir, 'casse.json'), '{"question": ');
    paths.push(join(dir, 'casse.json'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('gives every file’s result, in the order of the files, as one thread reads them', async () => {
    const given: [number, ReadResult][] = [];
    const pool = new ReaderPool(script, 2);
    const count = await pool.readAll(paths, (at, result) => given.push([at, result]));
    assert.equal(count, paths.length);
    // Each worker ends on its own once asked to stop (terminated, it would exit with code 1).
    assert.deepEqual(await pool.workersEnded(), [0, 0]);
    assert.deepEqual(
      given.map(([at]) => at),
      paths.map((_, at) => at),
    );
    assert.deepEqual(
      given.map(([, result]) => result),
      paths.map(readForIndex),
    );
    assert.deepEqual(given.at(-1)![1], { reason: 'aucune question reconnue' });
  });

  it('an error of the caller while indexing stops the workers and rejects', async () => {
    let calls = 0;
    const pool = new ReaderPool(script, 2);
    await assert.rejects(
      pool.readAll(paths, () => {
        if (++calls === 40) throw new Error('disque plein');
      }),
      /disque plein/,
    );
    assert.equal(calls, 40);
    assert.deepEqual(await pool.workersEnded(), [0, 0]);
  });

  it('a pool that cannot start leaves the files to the caller; the index is the same', async () => {
    const pooled = new CorpusIndex();
    pooled.readers = new ReaderPool(join(dir, 'absent.js'), 2);
    assert.equal(await pooled.update([dir]), paths.length);
    const threaded = new CorpusIndex();
    threaded.readers = new ReaderPool(script, 2);
    await threaded.update([dir]);
    const alone = new CorpusIndex();
    await alone.update([dir]);
    for (const corpus of [pooled, threaded]) {
      assert.deepEqual([...corpus.index.records()], [...alone.index.records()]);
      assert.deepEqual(corpus.skipped, alone.skipped);
    }
    assert.equal(alone.index.size, paths.length - 1);
  });
});
