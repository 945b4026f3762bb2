/**
 * The check workers' pool (issue 12, pre-emption; issue 13, robustness): a check past its budget, or replaced by
 * a newer one of the same document, is asked to stop (a flag in shared memory its analysis polls) and its thread
 * serves the next check; one that never polls (it spins) has its thread terminated as a last resort, and the
 * next check gets a fresh thread; a dead thread is reported; at dispose every thread ends on its own (exit code
 * 0: a terminated one ends with 1). Driven with a stand-in worker script (a check that spins forever, polling its
 * flag or not, on demand), so that the stops do not depend on how slow a real check is; then with the real
 * worker bundle.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { join } from 'node:path';
import { analyze } from '../../server/src/core';
import { fromTransferred } from '../../server/src/lsp/analysis-transfer';
import { CheckStopped, CheckWorkers, type CheckInput } from '../../server/src/lsp/check-workers';
import { requireBundles } from '../helpers/cli';
import { realDossiers } from '../robustness/dossiers';

const script = join(mkdtempSync(join(tmpdir(), 'qe-workers-')), 'worker.js');
writeFileSync(
  script,
  `const { parentPort, threadId } = require('node:worker_threads');
const { readlinkSync } = require('node:fs');
let thread;
try { thread = '/proc/' + readlinkSync('/proc/thread-self') + '/stat'; } catch {}
let warmed = false;
parentPort.on('message', (request) => {
  // The pool no longer needs the thread: it ends once idle.
  if (request.stop) return parentPort.close();
  if (request.warm) {
    warmed = true;
    return;
  }
  // The budget runs from this message (what the real worker sends once it is ready), with its CPU counters.
  parentPort.postMessage({ id: request.id, started: true, milliseconds: 0, thread });
  if (request.text === 'sans fin') for (;;) {}
  // A long check that polls its flag, as the analysis does between rules and paragraphs.
  if (request.text === 'long') {
    const flag = new Int32Array(request.cancel);
    while (Atomics.load(flag, 0) === 0) {}
    return parentPort.postMessage({ id: request.id, cancelled: true, milliseconds: 0 });
  }
  if (request.text === 'jeune') {
    // Fills the young generation: its size then shows its limit.
    let kept = [];
    for (let i = 0; i < 3e6; i++) { kept.push({ i }); if (kept.length > 100000) kept = []; }
    const young = require('node:v8').getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size;
    parentPort.postMessage({ id: request.id, milliseconds: young / 1048576 });
    return;
  }
  // Waits without using the processor, as a check does on a machine whose cores other processes take.
  const asleep = /^sommeil (\\d+)$/.exec(request.text);
  if (asleep) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(asleep[1]));
  if (request.text === 'plantage') process.exit(3);
  parentPort.postMessage({ id: request.id, milliseconds: threadId, fixed: { text: warmed ? 'préparé' : 'froid', changes: 0 }, error: request.text === 'erreur' ? 'refusé' : undefined });
});
`,
);

function request(text: string): CheckInput {
  return { uri: 'untitled:a', text, path: undefined, workspaceRoots: [], options: {}, maxLength: undefined, spelling: false };
}

async function stopReason(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'terminé';
  } catch (error) {
    return error instanceof CheckStopped ? error.reason : `erreur : ${(error as Error).message}`;
  }
}

describe('fils de contrôle : arrêt par le budget ou par une version plus récente', function () {
  this.timeout(20_000);
  let workers: CheckWorkers | undefined;
  afterEach(() => workers?.dispose());

  it('un contrôle qui ne rend jamais la main est arrêté à son budget, et le suivant a un fil neuf', async () => {
    workers = new CheckWorkers(script, 1, 300);
    const first = await workers.run('a', request('premier'));
    assert.equal(await stopReason(workers.run('a', request('sans fin'))), 'budget');
    const after = await workers.run('b', request('suivant'));
    // `milliseconds` carries the thread's id in the stand-in: the spinning thread was replaced.
    assert.notEqual(after.milliseconds, first.milliseconds);
    // Terminated as a last resort (it never polls its flag), exit code 1; the other ends on its own at dispose.
    await workers.dispose();
    assert.deepEqual(workers.threads(), { started: 2, exits: [1, 0], cancelled: 0, terminated: 1 });
  });

  it('un contrôle remplacé s’arrête à la demande (annulé) et son fil sert au suivant ; à la fin, chaque fil finit de lui-même (code 0)', async () => {
    workers = new CheckWorkers(script, 1, 60_000);
    const first = await workers.run('a', request('premier'));
    const long = workers.run('a', request('long'));
    const newer = workers.run('a', request('plus récent'));
    // The caller is answered at once, as when the thread was terminated.
    assert.equal(await stopReason(long), 'superseded');
    const reply = await newer;
    // The same thread (its id in `milliseconds`), which answered the long check `cancelled`: no thread started.
    assert.equal(reply.milliseconds, first.milliseconds);
    assert.deepEqual(workers.threads(), { started: 1, exits: [], cancelled: 1, terminated: 0 });
    await workers.dispose();
    // Terminated, a thread ends with code 1: the former pool terminated both the superseded check's and, at dispose, the last.
    assert.deepEqual(workers.threads(), { started: 1, exits: [0], cancelled: 1, terminated: 0 });
  });

  it('au-delà du budget, un contrôle qui s’arrête à la demande finit « budget », et son fil sert au suivant', async () => {
    workers = new CheckWorkers(script, 1, 300);
    const first = await workers.run('a', request('premier'));
    assert.equal(await stopReason(workers.run('a', request('long'))), 'budget');
    assert.equal((await workers.run('b', request('suivant'))).milliseconds, first.milliseconds);
    await workers.dispose();
    assert.deepEqual(workers.threads(), { started: 1, exits: [0], cancelled: 1, terminated: 0 });
  });

  it('la fin du serveur pendant un contrôle long : le contrôle s’arrête à la demande, le fil finit de lui-même', async () => {
    workers = new CheckWorkers(script, 1, 60_000);
    await workers.run('b', request('premier'));
    const long = stopReason(workers.run('a', request('long')));
    await workers.dispose();
    assert.equal(await long, 'superseded');
    assert.deepEqual(workers.threads(), { started: 1, exits: [0], cancelled: 0, terminated: 0 });
  });

  it('le budget compte le temps de processeur du fil : un contrôle privé de processeur n’est pas arrêté avant quatre budgets d’horloge', async function () {
    // The thread's CPU time is read from Linux's /proc; elsewhere the budget is wall-clock time (the test above).
    if (!existsSync('/proc/thread-self')) this.skip();
    workers = new CheckWorkers(script, 1, 300);
    assert.equal(await stopReason(workers.run('a', request('sommeil 900'))), 'terminé');
    const started = performance.now();
    assert.equal(await stopReason(workers.run('a', request('sommeil 5000'))), 'budget');
    const waited = performance.now() - started;
    assert.ok(waited >= 1150 && waited < 4000, `arrêté après ${waited.toFixed(0)} ms`);
  });

  it('un fil démarré d’avance (document long ouvert) sert au premier contrôle ; sans lui, le fil part à froid', async () => {
    workers = new CheckWorkers(script, 1, 60_000);
    assert.equal((await workers.run('a', request('premier'))).fixed?.text, 'froid');
    await workers.dispose();
    workers = new CheckWorkers(script, 1, 60_000);
    workers.prepare(false);
    const reply = await workers.run('a', request('premier'));
    assert.equal(reply.fixed?.text, 'préparé');
    // Every slot has its thread: nothing more is started.
    workers.prepare(false);
    assert.equal((await workers.run('a', request('second'))).milliseconds, reply.milliseconds);
  });

  it('un fil de contrôle a la jeune génération par défaut de V8, même quand le serveur est lancé avec 2 Mo (drapeaux du client)', async () => {
    // The client's flag, for the rest of this process's threads (this thread's heap keeps its size).
    setFlagsFromString('--max-semi-space-size=2');
    try {
      workers = new CheckWorkers(script, 1, 60_000);
      const { milliseconds: youngMb } = await workers.run('a', request('jeune'));
      assert.ok(youngMb > 8, `jeune génération du fil : ${youngMb} Mo`);
    } finally {
      setFlagsFromString('--max-semi-space-size=0');
    }
  });

  it('une version plus récente du même document arrête le contrôle en cours ; un autre document n’est pas touché', async () => {
    workers = new CheckWorkers(script, 2, 60_000);
    const spinning = workers.run('a', request('sans fin'));
    const other = workers.run('b', request('autre'));
    let started = false;
    const newer = workers.run('a', request('plus récent'), () => (started = true));
    assert.equal(await stopReason(spinning), 'superseded');
    assert.equal(await stopReason(other), 'terminé');
    assert.equal(await stopReason(newer), 'terminé');
    assert.ok(started);
    assert.equal(workers.running('a'), false);
  });

  it('deux fils : le contrôle suivant prend le fil qui vient d’arrêter son contrôle (chargé) plutôt qu’un fil neuf', async () => {
    workers = new CheckWorkers(script, 2, 60_000);
    const first = await workers.run('a', request('premier'));
    const long = workers.run('a', request('long'));
    const newer = workers.run('a', request('plus récent'));
    assert.equal(await stopReason(long), 'superseded');
    // The second slot has no thread: starting one there would cost a bundle and a dictionary.
    assert.equal((await newer).milliseconds, first.milliseconds);
    assert.deepEqual(workers.threads(), { started: 1, exits: [], cancelled: 1, terminated: 0 });
  });

  it('deux fils : un contrôle remplacé qui ne rend pas la main ne fait pas attendre le suivant tout le délai de grâce (fil neuf à côté)', async () => {
    workers = new CheckWorkers(script, 2, 60_000);
    await workers.run('a', request('premier'));
    const spinning = workers.run('a', request('sans fin'));
    let begun = false;
    while (!begun) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      begun = workers.begun('a');
    }
    const newer = workers.run('a', request('plus récent'));
    assert.equal(await stopReason(spinning), 'superseded');
    await newer;
    // Answered by a fresh thread in the other slot before the spinning one was terminated (after its grace).
    assert.deepEqual(workers.threads(), { started: 2, exits: [], cancelled: 0, terminated: 0 });
    await workers.dispose();
    // At dispose the spinning thread is terminated (code 1), the other ends on its own.
    assert.deepEqual(workers.threads(), { started: 2, exits: [0, 1], cancelled: 0, terminated: 1 });
  });

  it('une demande en attente est remplacée sans avoir couru ; cancel arrête sans remplacer', async () => {
    workers = new CheckWorkers(script, 1, 60_000);
    const busy = workers.run('x', request('long'));
    const waiting = workers.run('y', request('en attente'));
    const replacing = workers.run('y', request('remplaçante'));
    assert.equal(await stopReason(waiting), 'superseded');
    assert.equal(workers.cancel('x'), true);
    assert.equal(await stopReason(busy), 'superseded');
    assert.equal(await stopReason(replacing), 'terminé');
    assert.equal(workers.cancel('x'), false);
    assert.deepEqual(workers.threads(), { started: 1, exits: [], cancelled: 1, terminated: 0 });
  });

  it('un fil qui meurt (mémoire) rejette son contrôle ; une erreur du contrôle est rendue telle quelle', async () => {
    workers = new CheckWorkers(script, 1, 60_000);
    assert.equal(await stopReason(workers.run('a', request('plantage'))), 'crashed');
    assert.equal(await stopReason(workers.run('a', request('erreur'))), 'erreur : refusé');
    assert.equal(await stopReason(workers.run('a', request('enfin'))), 'terminé');
  });
});

describe('fils de contrôle réels : arrêt à la demande', function () {
  this.timeout(60_000);
  before(requireBundles);
  const script = join(__dirname, '..', '..', 'server', 'out', 'check-worker.js');
  let workers: CheckWorkers | undefined;
  afterEach(() => workers?.dispose());

  it('un contrôle long (1 Mo) remplacé pendant son analyse s’arrête à la demande ; le même fil rend ensuite les constatations du contrôle sur le fil du serveur', async () => {
    const dossier = realDossiers()[2]!;
    const answerStart = dossier.indexOf('# Réponse');
    const body = dossier.slice(dossier.indexOf('\n', answerStart) + 1, dossier.indexOf('# Notes'));
    let long = dossier.slice(0, answerStart) + '# Réponse\n\n';
    while (long.length < 1_000_000) long += body;
    workers = new CheckWorkers(script, 1, 60_000);
    const real = (text: string): CheckInput => ({ ...request(text), uri: 'untitled:reel.qe.md' });
    const first = fromTransferred((await workers.run('a', real(dossier))).analysis!);
    const expected = analyze(dossier);
    assert.deepEqual(JSON.parse(JSON.stringify(first.findings)), JSON.parse(JSON.stringify(expected.findings)));
    assert.deepEqual(JSON.parse(JSON.stringify(first.subQuestions)), JSON.parse(JSON.stringify(expected.subQuestions)));
    const superseded = stopReason(workers.run('a', real(long)));
    // Superseded once its analysis runs (not before it began: then the flag is read before the analysis).
    while (!workers.begun('a')) await new Promise((resolve) => setImmediate(resolve));
    const newer = workers.run('a', real(dossier));
    assert.equal(await superseded, 'superseded');
    const after = fromTransferred((await newer).analysis!);
    assert.deepEqual(JSON.parse(JSON.stringify(after.findings)), JSON.parse(JSON.stringify(expected.findings)));
    assert.deepEqual(JSON.parse(JSON.stringify(after.subQuestions)), JSON.parse(JSON.stringify(expected.subQuestions)));
    // The long check answered `cancelled` (the analysis polled its flag: 1 MB is not checked in the time the
    // server's thread takes to supersede it): its thread, not a fresh one, served the next check.
    assert.deepEqual(workers.threads(), { started: 1, exits: [], cancelled: 1, terminated: 0 });
    await workers.dispose();
    assert.deepEqual(workers.threads().exits, [0]);
  });
});
