import { strict as assert } from 'node:assert';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RecordDetails } from '../../server/src/core';
import { CorpusIndex } from '../../server/src/node/corpus';
import { DiskDetailStore } from '../../server/src/node/similar-store';

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
    const file = join(dir, '.index', 'index-questions.json');
    const corpus = CorpusIndex.onDisk(file);
    await corpus.update([dir]);
    corpus.save(file);
    const { corpus: loaded, problem } = CorpusIndex.load(file);
    assert.equal(problem, undefined);
    assert.equal(loaded.index.size, 6);
    assert.equal(await loaded.update([dir]), 0);
    const query = { path: 'q', question: JSON.parse(readFileSync(join(raw, readdirSync(dir).find((name) => name.endsWith('.json'))!), 'utf8')).question.textesQuestion.texteQuestion.texte as string, answered: false };
    const hits = loaded.index.similar(query, 3);
    assert.equal(hits.length, 3);
    assert.deepEqual(hits, corpus.index.similar(query, 3));
    corpus.close();
    loaded.close();
  });

  it('reads again only the files it is told of, and keeps the side table small across saves', async () => {
    const file = join(dir, '.index', 'index-questions.json');
    const corpus = CorpusIndex.onDisk(file);
    await corpus.update([dir]);
    const [first, second] = readdirSync(dir).filter((name) => name.endsWith('.json'));
    const record = JSON.parse(readFileSync(join(dir, first!), 'utf8'));
    record.question.indexationAN.analyses.analyse = 'Titre changé du dossier';
    writeFileSync(join(dir, first!), JSON.stringify(record));
    unlinkSync(join(dir, second!));
    writeFileSync(join(dir, 'casse.json'), '{"question": ');
    assert.equal(await corpus.updateFiles([join(dir, first!), join(dir, second!), join(dir, 'casse.json')]), 3);
    assert.equal(corpus.index.size, 5);
    assert.deepEqual(corpus.skipped.map((skipped) => skipped.reason), ['aucune question reconnue']);
    const query = { path: 'q', question: record.question.textesQuestion.texteQuestion.texte as string, answered: false };
    const changed = (index: CorpusIndex) => index.index.similar({ ...query, numero: 1 }, 10).find((hit) => hit.record.path === join(dir, first!))?.record.titre;
    assert.equal(changed(corpus), 'Titre changé du dossier');
    // Replaced records leave dead lines in the table; a save compacts it once they fill a third of it.
    for (let i = 0; i < 4; i++) await corpus.updateFiles(readdirSync(dir).map((name) => join(dir, name)));
    const table = join(dir, '.index', 'index-questions.records');
    const before = statSync(table).size;
    corpus.save(file);
    assert.ok(statSync(table).size < before / 2, `${statSync(table).size} < ${before} / 2`);
    const { corpus: loaded } = CorpusIndex.load(file);
    assert.equal(loaded.index.size, 5);
    assert.equal(changed(loaded), 'Titre changé du dossier');
    assert.deepEqual(loaded.skipped, corpus.skipped);
    corpus.close();
    loaded.close();
  });

  it('discards an index of an older format, or damaged, with a French reason, and starts empty', async () => {
    const file = join(dir, '.index', 'index-questions.json');
    const corpus = CorpusIndex.onDisk(file);
    await corpus.update([dir]);
    corpus.save(file);
    corpus.close();
    const table = join(dir, '.index', 'index-questions.records');
    const saved = readFileSync(table);
    // The table cut short (a crash while writing): damaged.
    writeFileSync(table, saved.subarray(0, saved.length - 100));
    let loaded = CorpusIndex.load(file);
    assert.equal(loaded.corpus.index.size, 0);
    assert.match(loaded.problem ?? '', /^index endommagé \(/);
    loaded.corpus.close();
    // A line altered in place: damaged too.
    const manifest = readFileSync(file, 'utf8');
    writeFileSync(table, Buffer.from(saved.toString('latin1').replace('"keyHash"', '"keyHasH"'), 'latin1'));
    writeFileSync(file, manifest);
    loaded = CorpusIndex.load(file);
    assert.match(loaded.problem ?? '', /^index endommagé \(enregistrement \d+ incomplet\)/);
    loaded.corpus.close();
    writeFileSync(file, 'pas du JSON');
    loaded = CorpusIndex.load(file);
    assert.match(loaded.problem ?? '', /^index illisible/);
    loaded.corpus.close();
    // The previous version's JSON index.
    writeFileSync(file, JSON.stringify({ version: 1, mtimes: [], index: { version: 1, records: [], search: {} } }));
    loaded = CorpusIndex.load(file);
    assert.equal(loaded.problem, 'index d’un ancien format');
    assert.equal(loaded.corpus.index.size, 0);
    // Rebuilt from the disk and saved, it loads again.
    await loaded.corpus.update([dir]);
    loaded.corpus.save(file);
    loaded.corpus.close();
    const again = CorpusIndex.load(file);
    assert.equal(again.problem, undefined);
    assert.equal(again.corpus.index.size, 6);
    again.corpus.close();
  });
  it('reads back a table whose lines are longer than its read buffer, and many short ones across its chunks', () => {
    const file = join(dir, 'table.records');
    const store = new DiskDetailStore(file);
    const long = Array.from({ length: 300_000 }, (_, i) => `terme${i}`).join(' ');
    const details = (id: number): RecordDetails => ({ record: { path: `q${id}.json`, answered: false }, keyHash: `k${id}`, scoreTerms: 'a b', indexTerms: id % 500 === 7 ? long : `t${id} u${id}` });
    for (let id = 1; id <= 3000; id++) store.put(id, details(id));
    store.delete(5);
    const reopened = new DiskDetailStore(file, new Map(store.entries().map(([id, offset, length]) => [id, [offset, length] as const])));
    const read = [...reopened.scan()];
    assert.equal(read.length, 2999);
    for (const [id, got] of read) assert.deepEqual(got, details(id));
    assert.ok(long.length > 2 << 20);
    store.close();
    reopened.close();
  });
});
