/**
 * The check worker (`server/out/check-worker.js`, a `worker_threads` thread of the language server): runs the
 * checks predicted long, so that the server's thread stays free for every other request. A check is asked to
 * stop (the document changed again, or the check went over its time budget) by a flag in shared memory that the
 * analysis polls (`core/cancel.ts`): it answers `cancelled`, and the thread serves the next check. Receives plain
 * data (text, settings, paths), answers plain data (`analysis-transfer.ts`). Asked to end (`{ stop: true }`), it
 * closes its port and ends once idle.
 */
import { parentPort } from 'node:worker_threads';
import { analyze, AnalysisCache, AnalysisCancelled, fixToFixedPoint, type AnalyzeOptions } from '../core';
import { linkedFileReader } from '../node/linked-file';
import { dossierRoots } from '../node/paths';
import { loadSpellChecker } from '../node/spelling';
import { threadStatPath } from '../node/thread-cpu';
import { compileRegExpsOnce } from '../node/v8-flags';
import { toTransferred } from './analysis-transfer';
import type { CheckReply, CheckRequest, StopRequest, WarmRequest } from './check-workers';

/** Paragraph caches of the documents checked here last (incremental re-checks of a long document). */
const keptDocuments = 4;
const documents = new Map<string, { readonly key: string; readonly options: CheckRequest['options']; readonly cache: AnalysisCache }>();

compileRegExpsOnce();
const thread = threadStatPath();

/** The same options object for the same settings: the paragraph cache compares options by identity. */
function stateFor(request: CheckRequest) {
  const key = JSON.stringify(request.options);
  let state = documents.get(request.uri);
  if (!state || state.key !== key) state = { key, options: request.options, cache: new AnalysisCache() };
  documents.delete(request.uri);
  documents.set(request.uri, state);
  for (const uri of documents.keys()) {
    if (documents.size <= keptDocuments) break;
    documents.delete(uri);
  }
  return state;
}

async function check(request: CheckRequest): Promise<{ readonly reply: CheckReply; readonly buffers: ArrayBuffer[] }> {
  // The server's thread checks with the dictionary once it has it: so does the worker (same findings).
  // A dictionary that fails to load here leaves the spelling unchecked, as on the server's thread.
  const spellChecker = request.spelling ? await loadSpellChecker().catch(() => undefined) : undefined;
  // Set by the server's thread when the check is to stop; read between rules and paragraphs (`core/cancel.ts`).
  const flag = new Int32Array(request.cancel);
  const isCancelled = (): boolean => Atomics.load(flag, 0) !== 0;
  // Asked to stop while this thread was loading: nothing begun.
  if (isCancelled()) return { reply: { id: request.id, cancelled: true, milliseconds: 0 }, buffers: [] };
  const state = stateFor(request);
  // The budget runs from here: a fresh thread's start (its bundle, its dictionary) is not the document's cost.
  // Where this thread's CPU time is read: the budget counts it where it can (`check-workers.ts`).
  parentPort!.postMessage({ id: request.id, started: true, milliseconds: 0, ...(thread ? { thread } : {}) } satisfies CheckReply);
  const started = performance.now();
  const { path } = request;
  const options: AnalyzeOptions = {
    ...state.options,
    ...(path ? { readLinkedFile: linkedFileReader(path, dossierRoots(path, request.workspaceRoots)) } : {}),
    ...(spellChecker ? { spellChecker } : {}),
    ...(request.maxLength !== undefined ? { maxLength: request.maxLength } : {}),
    isCancelled,
  };
  try {
    return analyzed(request, options, state.cache, started);
  } catch (error) {
    if (!(error instanceof AnalysisCancelled)) throw error;
    return { reply: { id: request.id, cancelled: true, milliseconds: performance.now() - started }, buffers: [] };
  }
}

/** The check's answer: the analysis of its text, or its fix-all. */
function analyzed(request: CheckRequest, options: AnalyzeOptions, cache: AnalysisCache, started: number): { readonly reply: CheckReply; readonly buffers: ArrayBuffer[] } {
  if (request.task === 'fix-all') {
    // The first text is the document's (its cache is warm); the fixed texts get a cache of their own, as the
    // server's `analyzerFor` does, so that the document's stays on its version.
    const first = analyze(request.text, { ...options, cache });
    const passes = new AnalysisCache();
    const { text, changes } = fixToFixedPoint(request.text, (next) => analyze(next, { ...options, cache: passes }), first);
    return { reply: { id: request.id, fixed: { text, changes }, milliseconds: performance.now() - started }, buffers: [] };
  }
  const analysis = analyze(request.text, { ...options, cache });
  const milliseconds = performance.now() - started;
  const { data, buffers } = toTransferred(analysis);
  return { reply: { id: request.id, analysis: data, milliseconds }, buffers };
}

/** A short dossier: its check runs once in a thread started ahead, so that the first real check is not the first. */
const warmUpText = `---
numero: 1
---

# Question

M. Jean Dupont attire l'attention de M. le ministre de l'intérieur sur les délais de délivrance des titres d'identité.

# Réponse

Le Gouvernement a renforcé les moyens des préfectures : les délais ont été réduits de moitié depuis le 1er janvier 2024.
`;

/** Loads the dictionary (when asked) and runs one short check: a thread started ahead of a long check. */
async function warm(request: WarmRequest): Promise<void> {
  const spellChecker = request.spelling ? await loadSpellChecker().catch(() => undefined) : undefined;
  analyze(warmUpText, spellChecker ? { spellChecker } : {});
}

parentPort?.on('message', (request: CheckRequest | WarmRequest | StopRequest) => {
  if ('stop' in request) {
    // The pool no longer needs this thread: it ends once idle (exit code 0), not terminated.
    parentPort!.close();
    return;
  }
  if ('warm' in request) {
    // Nothing to answer: a failure here only leaves the first check to do the same work.
    warm(request).catch(() => undefined);
    return;
  }
  check(request).then(
    ({ reply, buffers }) => parentPort!.postMessage(reply, buffers),
    (error: unknown) => parentPort!.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error), milliseconds: 0 } satisfies CheckReply),
  );
});
