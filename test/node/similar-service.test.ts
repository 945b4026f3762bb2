import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { QuestionRecord } from '../../server/src/core';
import { SimilarIndexClient } from '../../server/src/node/similar-client';
import { isIndexMessage, isIndexRequest, type IndexEvent, type QueryResult, type StatsResult, type UpdateResult } from '../../server/src/node/similar-protocol';
import { SimilarService } from '../../server/src/node/similar-service';

const raw = join(__dirname, '..', '..', 'data', 'corpus', 'an-17', 'raw');
const entry = join(__dirname, '..', '..', 'server', 'src', 'node', 'similar-process.ts');

/** Record 10723's question asked again by another member, to another title. */
function reAsked(): QuestionRecord {
  const text = JSON.parse(readFileSync(join(raw, 'QANR5L17QE10723.json'), 'utf8')).question.textesQuestion.texteQuestion.texte as string;
  return { path: 'nouvelle.qe.md', question: `M. Paul Lefèvre interroge M. le ministre des solidarités sur ${text.slice(text.indexOf(' sur ') + 5)}`, answered: false };
}

describe('node/similar-service: the index process’s protocol and persistence', () => {
  let dir: string;
  let corpus: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'qe-similar-service-'));
    // The corpus: the open-data records, and a broken file.
    corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    for (const name of readdirSync(raw)) copyFileSync(join(raw, name), join(corpus, name));
    writeFileSync(join(corpus, 'casse.qe.md'), Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41]));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('accepts well-formed requests and messages only', () => {
    const key = { roots: ['/c'], storage: '/s/index-questions.json' };
    assert.ok(isIndexRequest({ id: 1, kind: 'query', corpus: key, record: reAsked(), limit: 10 }));
    assert.ok(isIndexRequest({ id: 2, kind: 'query', corpus: { roots: [] }, record: null, limit: 10 }));
    assert.ok(isIndexRequest({ id: 3, kind: 'update', corpus: key, paths: ['/c/a.json'] }));
    assert.ok(isIndexRequest({ id: 4, kind: 'stats' }));
    assert.ok(!isIndexRequest({ kind: 'stats' }), 'no id');
    assert.ok(!isIndexRequest({ id: 5, kind: 'query', corpus: { roots: '/c' }, record: null, limit: 10 }), 'roots not a list');
    assert.ok(!isIndexRequest({ id: 6, kind: 'query', corpus: key, record: { path: 'x' }, limit: 10 }), 'record without question');
    assert.ok(!isIndexRequest({ id: 7, kind: 'update', corpus: key, paths: [1] }));
    assert.ok(!isIndexRequest({ id: 8, kind: 'drop' }));
    assert.ok(isIndexMessage({ id: 1, ok: true, result: { changed: 0, indexed: 0 } }));
    assert.ok(isIndexMessage({ id: 1, ok: false, error: 'x' }));
    assert.ok(isIndexMessage({ kind: 'progress', first: true, done: 1, total: 2 }));
    assert.ok(!isIndexMessage({ kind: 'progress', done: 1 }));
    assert.ok(!isIndexMessage({ id: 1, ok: false }));
  });

  it('builds with progress, skips and lists a broken file, finds a re-asked question first; restarted, it reads nothing again', async () => {
    const storage = join(dir, 'stockage', 'index-questions.json');
    const events: IndexEvent[] = [];
    const service = new SimilarService((event) => events.push(event));
    const key = { roots: [corpus], storage };
    const reply = await service.handle({ id: 1, kind: 'query', corpus: key, record: reAsked(), limit: 5 });
    assert.ok(reply.ok, JSON.stringify(reply));
    const result = reply.result as QueryResult;
    assert.equal(result.indexed, 16);
    assert.deepEqual([result.hits[0]?.record.numero, result.hits[0]?.identical], [10723, true]);
    assert.ok(result.hits.slice(1).every((hit) => !hit.identical));
    assert.deepEqual(result.skipped.map((file) => file.path), [join(corpus, 'casse.qe.md')]);
    assert.match(result.skipped[0]!.reason, /./);
    const last = events.at(-1);
    assert.deepEqual(last, { kind: 'progress', storage, first: true, done: 17, total: 17 });
    service.close();

    // A second process (a restart): the saved index, no first build, no file read.
    const again: IndexEvent[] = [];
    const restarted = new SimilarService((event) => again.push(event));
    const second = await restarted.query(key, reAsked(), 5);
    assert.deepEqual(second.hits, result.hits);
    assert.deepEqual(second.skipped, result.skipped);
    assert.deepEqual(again, [], 'nothing read, nothing said');

    // One file changed and told: read again alone.
    const changed = JSON.parse(readFileSync(join(corpus, 'QANR5L17QE10723.json'), 'utf8'));
    changed.question.textesQuestion.texteQuestion.texte = 'M. Jean Dupont interroge M. le ministre de l’intérieur sur les effectifs de police municipale.';
    writeFileSync(join(corpus, 'QANR5L17QE10723.json'), JSON.stringify(changed));
    const update = (await restarted.handle({ id: 2, kind: 'update', corpus: key, paths: [join(corpus, 'QANR5L17QE10723.json'), '/ailleurs/x.json'] })) as { ok: true; result: UpdateResult };
    assert.deepEqual(update.result, { changed: 1, indexed: 16 });
    assert.ok((await restarted.query(key, reAsked(), 5)).hits.every((hit) => hit.record.numero !== 10723 || !hit.identical));
    restarted.close();
  });

  it('says in French that an index of an older format is rebuilt', async () => {
    const storage = join(dir, 'index-questions.json');
    writeFileSync(storage, JSON.stringify({ version: 1, mtimes: [], index: {} }));
    const events: IndexEvent[] = [];
    const service = new SimilarService((event) => events.push(event));
    const result = await service.query({ roots: [corpus], storage }, reAsked(), 3);
    assert.equal(result.hits[0]?.record.numero, 10723);
    assert.deepEqual(events[0], { kind: 'notice', message: 'Index des questions antérieures : index d’un ancien format ; il est reconstruit.' });
    assert.ok(events.some((event) => event.kind === 'progress' && event.first));
    service.close();
  });

  it('lets one process write a storage; another window indexes for its session, and says so', async () => {
    const storage = join(dir, 'partage', 'index-questions.json');
    const key = { roots: [corpus], storage };
    // A lock left by a process that is gone is taken over.
    mkdirSync(join(dir, 'partage'));
    writeFileSync(`${storage}.lock`, '999999999');
    const first = new SimilarService(() => undefined);
    assert.equal((await first.query(key, reAsked(), 3)).hits[0]?.record.numero, 10723);
    assert.equal(readFileSync(`${storage}.lock`, 'utf8'), String(process.pid));
    // The same pid would hold it again: a child process stands for the other window's.
    const other = spawnSync(process.execPath, ['--import', 'tsx', '-e', `
      const { SimilarService } = require(${JSON.stringify(join(__dirname, '..', '..', 'server', 'src', 'node', 'similar-service.ts'))});
      const events = [];
      const service = new SimilarService((event) => events.push(event));
      service.query(${JSON.stringify(key)}, null, 3).then((result) => { console.log(JSON.stringify({ events, indexed: result.indexed })); service.close(); });
    `], { encoding: 'utf8', cwd: join(__dirname, '..', '..') });
    const { events, indexed } = JSON.parse(other.stdout) as { events: IndexEvent[]; indexed: number };
    assert.equal(indexed, 16);
    assert.deepEqual(events[0], { kind: 'notice', message: 'Index des questions antérieures déjà utilisé par une autre fenêtre : cette fenêtre construit le sien pour la session.' });
    assert.equal(readFileSync(`${storage}.lock`, 'utf8'), String(process.pid), 'the lock stays with its holder');
    first.close();
    assert.ok(!existsSync(`${storage}.lock`), 'released on close');
  });

  it('in its own process: answers, is started again after it dies (said in French), and gives up after too many deaths', async function () {
    this.timeout(120_000);
    const crashes: [string, boolean][] = [];
    const client = new SimilarIndexClient({ script: entry, onCrash: (message, final) => crashes.push([message, final]), maxRestarts: 1 });
    try {
      const key = { roots: [corpus], storage: join(dir, 'index-questions.json') };
      const first = await client.request<QueryResult>({ kind: 'query', corpus: key, record: reAsked(), limit: 3 });
      assert.deepEqual([first.hits[0]?.record.numero, first.hits[0]?.identical], [10723, true]);
      const stats = await client.request<StatsResult>({ kind: 'stats' });
      assert.ok(stats.rss > 0 && stats.corpora === 1);
      assert.notEqual(client.pid, process.pid);

      const killed = client.pid!;
      process.kill(killed, 'SIGKILL');
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.equal(crashes.length, 1);
      assert.match(crashes[0]![0], /^Le processus de l’index des questions antérieures s’est arrêté \(signal SIGKILL\) ; il est relancé à la prochaine recherche\.$/);
      assert.equal(crashes[0]![1], false);
      const second = await client.request<QueryResult>({ kind: 'query', corpus: key, record: reAsked(), limit: 3 });
      assert.notEqual(client.pid, killed);
      assert.deepEqual(second.hits, first.hits);

      process.kill(client.pid!, 'SIGKILL');
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.equal(crashes.length, 2);
      assert.equal(crashes[1]![1], true);
      assert.match(crashes[1]![0], /désactivée jusqu’au prochain démarrage/);
      await assert.rejects(client.request({ kind: 'stats' }), /indisponible/);
    } finally {
      client.dispose();
    }
  });
});
