/**
 * Identical questions over the wire, through the index's own process: the server forks `similar-index.js`,
 * shows the first build's progress, lists the broken file it skipped, finds a re-asked question first, and
 * starts the process again (saying so in French) when it dies. Spawns `server/out/server.js --stdio`.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { requireBundles } from '../helpers/cli';
import { pullCapabilities, TestLspClient } from '../helpers/lsp-client';
import { corpusChangedNotification, similarRequest, type SimilarResult } from '../../server/src/lsp/features/similar-protocol';

const raw = join(__dirname, '..', '..', 'data', 'corpus', 'an-17', 'raw');
const wholeSeconds = 1_700_000_000;

/** The pids of a process's children (Linux). */
function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) => readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number));
  } catch {
    return [];
  }
}

describe('serveur : questions identiques par le processus de l’index', function () {
  this.timeout(60_000);
  before(requireBundles);
  let client: TestLspClient;
  let workspace: string;
  const progress: unknown[] = [];
  const messages: { type: number; message: string }[] = [];

  before(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'qe-similaires-'));
    mkdirSync(join(workspace, 'corpus'));
    for (const name of readdirSync(raw)) {
      copyFileSync(join(raw, name), join(workspace, 'corpus', name));
      // Whole seconds: a test puts a changed file's time back exactly (see « qe/corpusChanged »).
      utimesSync(join(workspace, 'corpus', name), wholeSeconds, wholeSeconds);
    }
    writeFileSync(join(workspace, 'corpus', 'casse.qe.md'), Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41]));
    client = new TestLspClient();
    client.connection.onRequest('window/workDoneProgress/create', () => null);
    client.connection.onNotification('$/progress', (params: { value: unknown }) => progress.push(params.value));
    client.connection.onRequest('window/showMessageRequest', (params: { type: number; message: string }) => {
      messages.push(params);
      return null;
    });
    await client.initialize({ ...pullCapabilities, window: { workDoneProgress: true } }, workspace);
  });
  after(async () => {
    await client.close();
    rmSync(workspace, { recursive: true, force: true });
  });

  async function ask(): Promise<SimilarResult | null> {
    const text = JSON.parse(readFileSync(join(raw, 'QANR5L17QE10723.json'), 'utf8')).question.textesQuestion.texteQuestion.texte as string;
    const uri = pathToFileURL(join(workspace, 'qe-17-99999.qe.md')).href;
    await client.open(uri, `---\nnumero: 99999\nlegislature: 17\nchambre: AN\n---\n\n# Question\n\nMme Claire Fontaine attire l’attention de M. le ministre des solidarités sur ${text.slice(text.indexOf(' sur ') + 5)}\n\n# Réponse\n\nÀ rédiger.\n`);
    return client.connection.sendRequest(similarRequest, { uri, corpus: [join(workspace, 'corpus')], storage: join(workspace, 'stockage', 'index-questions.json'), limit: 5 });
  }

  it('finds the re-asked question first and identical, lists the broken file, shows the first build’s progress', async () => {
    const result = await ask();
    assert.ok(result, 'an answer');
    assert.equal(result.indexed, 16);
    assert.deepEqual([result.similar[0]?.numero, result.similar[0]?.identical], [10723, true]);
    assert.ok(result.similar.slice(1).every((entry) => !entry.identical));
    assert.match(result.similar[0]!.answerStart ?? '', /^L'intégration des musicothérapeutes/);
    assert.deepEqual(result.skipped.map((file) => file.path), [join(workspace, 'corpus', 'casse.qe.md')]);
    // The progress notifications may follow the answer by a moment.
    const until = Date.now() + 5_000;
    while (!progress.some((value) => (value as { kind: string }).kind === 'end') && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
    const kinds = progress.map((value) => (value as { kind: string }).kind);
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds.at(-1), 'end');
    assert.match((progress[0] as { title: string }).title, /^Index des questions antérieures$/);
    // The index is in its own process, a child of the server.
    assert.equal(childrenOf(client.pid!).length, 1);
  });

  it('when the index process dies, says so in French and answers again from a new one', async () => {
    const [index] = childrenOf(client.pid!);
    assert.ok(index);
    process.kill(index, 'SIGKILL');
    const deadline = Date.now() + 10_000;
    while (messages.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.ok(messages.length > 0, client.stderr);
    assert.match(messages[0]?.message ?? '', /^Le processus de l’index des questions antérieures s’est arrêté \(signal SIGKILL\) ; il est relancé/);
    const result = await ask();
    assert.deepEqual([result?.similar[0]?.numero, result?.similar[0]?.identical], [10723, true]);
    const [again] = childrenOf(client.pid!);
    assert.ok(again && again !== index);
    assert.ok(client.alive);
  });

  it('a corpus file changed on disk (qe/corpusChanged from the watcher): read again at once', async () => {
    // Same size and modification time: a walk of the corpus cannot see this change, only the notification.
    const file = join(workspace, 'corpus', 'QANR5L17QE10723.json');
    const before = statSync(file);
    const text = readFileSync(file, 'utf8');
    const request = text.indexOf(' sur ', text.indexOf('"texteQuestion"'));
    const word = /\b[a-z]{8,}\b/.exec(text.slice(request))!;
    writeFileSync(file, text.slice(0, request + word.index) + 'q'.repeat(word[0].length) + text.slice(request + word.index + word[0].length));
    utimesSync(file, wholeSeconds, wholeSeconds);
    assert.equal(statSync(file).mtimeMs, before.mtimeMs);
    assert.equal(statSync(file).size, before.size);
    const first = await ask();
    assert.deepEqual([first?.similar[0]?.numero, first?.similar[0]?.identical], [10723, true], 'not seen without the notification');
    await client.connection.sendNotification(corpusChangedNotification, { uris: [pathToFileURL(file).href] });
    let result = first;
    for (const deadline = Date.now() + 10_000; Date.now() < deadline; ) {
      result = await ask();
      if (!result?.similar.some((entry) => entry.identical)) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.ok(result && !result.similar.some((entry) => entry.identical), 'the changed request is no longer identical');
    assert.equal(result.indexed, 16);
  });
});
