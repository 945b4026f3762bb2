/**
 * The spelling worker of `qe-check` (server/src/node/spelling-thread.ts) through its bundle
 * (server/out/spelling-worker.js, built by `node esbuild.mjs` before the tests): same verdicts as hunspell in
 * the main thread, words asked ahead in one batch, failures reported once and never a hang.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyze } from '../../server/src/core';
import { loadSpellChecker } from '../../server/src/node/spelling';
import { SpellingThread } from '../../server/src/node/spelling-thread';
import { readSeed } from '../helpers/corpus';

const workerScript = resolve(__dirname, '..', '..', 'server', 'out', 'spelling-worker.js');
const typos = `---
numero: 1
---

# Question

M. Dupont interroge le ministre sur les soeurs.

# Réponse

Le gouvernment a pris des mesures pour l'amélioraton de la situation des soeurs, aujourd'hui. Les médico-sociaux et
les abimés connaitront une évolution ; l'oeuvre continue.
`;

describe('orthographe : fil de travail de qe-check', function () {
  this.timeout(60_000);
  const started: SpellingThread[] = [];
  const start = (...args: Parameters<typeof SpellingThread.start>) => {
    const thread = SpellingThread.start(...args);
    if (thread) started.push(thread);
    return thread;
  };
  afterEach(() => started.splice(0).forEach((thread) => thread.close()));

  before(function () {
    assert.ok(existsSync(workerScript), 'bundle du fil de travail absent : lancez « node esbuild.mjs »');
  });

  it('gives the findings of the main-thread checker, the words asked ahead in one batch', async () => {
    const failures: string[] = [];
    const thread = start({ onFailure: (message) => failures.push(message) }, workerScript)!;
    assert.ok(thread);
    for (const text of [typos, readSeed()]) {
      thread.prefetch(text);
      const inWorker = analyze(text, { spellChecker: thread.checker }).findings.filter((finding) => finding.rule === 'orthographe');
      const inMain = analyze(text, { spellChecker: await loadSpellChecker() }).findings.filter((finding) => finding.rule === 'orthographe');
      assert.deepEqual(inWorker, inMain);
    }
    assert.ok(analyze(typos, { spellChecker: thread.checker }).findings.some((finding) => finding.rule === 'orthographe' && /gouvernment/.test(finding.message)));
    assert.equal(thread.requests.batches, 2);
    // Only the variants the rule tries for unknown words (circumflex, ligature) go one by one.
    assert.ok(thread.requests.singleWords < 40, `${thread.requests.singleWords} mots demandés un à un`);
    assert.deepEqual(failures, []);
  });

  it('answers words never sent ahead, and suggestions', () => {
    const thread = start({}, workerScript)!;
    assert.equal(thread.checker.correct('professionnels'), true);
    assert.equal(thread.checker.correct('profesionnels'), false);
    assert.equal(thread.requests.singleWords, 2);
    assert.equal(thread.checker.suggest('profesionnels')[0], 'professionnels');
  });

  it('accepts every word and reports once when the dictionary cannot be read', () => {
    const failures: string[] = [];
    const thread = start({ dictionaryDir: mkdtempSync(join(tmpdir(), 'qe-no-dic-')), onFailure: (message) => failures.push(message) }, workerScript)!;
    thread.prefetch('Le gouvernment');
    assert.equal(thread.checker.correct('gouvernment'), true);
    assert.equal(thread.checker.correct('autre'), true);
    assert.deepEqual(thread.checker.suggest('gouvernment'), []);
    assert.equal(failures.length, 1);
    assert.match(failures[0]!, /^dictionnaire illisible : .*index\.aff/);
  });

  it('gives up after its timeout when the worker never answers', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qe-mute-worker-'));
    const mute = join(dir, 'mute.js');
    writeFileSync(mute, '// A worker that never replies.\n');
    const failures: string[] = [];
    const thread = start({ timeoutMs: 300, onFailure: (message) => failures.push(message) }, mute)!;
    const began = performance.now();
    assert.equal(thread.checker.correct('gouvernment'), true);
    assert.ok(performance.now() - began < 10_000);
    assert.deepEqual(failures, ['le correcteur orthographique ne répond pas']);
  });

  it('is not used without its bundle (the sources run in the main thread)', () => {
    assert.equal(SpellingThread.start({}, join(tmpdir(), 'absent-spelling-worker.js')), undefined);
  });
});
