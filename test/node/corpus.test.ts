import { strict as assert } from 'node:assert';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, unlinkSync, utimesSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CorpusIndex } from '../../server/src/node/corpus';

const raw = join(__dirname, '..', '..', 'data', 'corpus', 'an-17', 'raw');

describe('node/corpus: the index of earlier questions on disk', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'qe-corpus-'));
    for (const name of readdirSync(raw).slice(0, 6)) copyFileSync(join(raw, name), join(dir, name));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads only what changed, drops what was deleted, lists what cannot be read', async () => {
    const corpus = new CorpusIndex();
    assert.equal(await corpus.update([dir]), 6);
    assert.equal(corpus.index.size, 6);
    assert.equal(await corpus.update([dir]), 0, 'nothing changed');
    const [first, second] = readdirSync(dir);
    const later = new Date(Date.now() + 5000);
    utimesSync(join(dir, first!), later, later);
    unlinkSync(join(dir, second!));
    writeFileSync(join(dir, 'casse.json'), '{"question": ');
    assert.equal(await corpus.update([dir]), 2, 'the touched file and the broken one');
    assert.equal(corpus.index.size, 5);
    assert.deepEqual(corpus.skipped.map((file) => [file.path, file.reason]), [[join(dir, 'casse.json'), 'aucune question reconnue']]);
  });

  it('saved and loaded again, it reads nothing more and finds the same questions', async () => {
    const corpus = new CorpusIndex();
    await corpus.update([dir]);
    const file = join(dir, '.index', 'index-questions.json');
    corpus.save(file);
    const loaded = CorpusIndex.load(file);
    assert.equal(loaded.index.size, 6);
    assert.equal(await loaded.update([dir]), 0);
    const query = { path: 'q', question: JSON.parse(readFileSync(join(raw, readdirSync(dir).find((name) => name.endsWith('.json'))!), 'utf8')).question.textesQuestion.texteQuestion.texte as string, answered: false };
    assert.deepEqual(
      loaded.index.similar(query, 3).map((hit) => hit.record.path),
      corpus.index.similar(query, 3).map((hit) => hit.record.path),
    );
    writeFileSync(file, 'pas du JSON');
    assert.equal(CorpusIndex.load(file).index.size, 0);
  });
});
