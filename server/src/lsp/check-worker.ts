/**
 * The check worker (`server/out/check-worker.js`, a `worker_threads` thread of the language server): runs the
 * checks predicted long, so that the server's thread stays free for every other request, and can be stopped
 * (`terminate()`) when the document changes again or the check goes over its time budget. Receives plain data
 * (text, settings, paths), answers plain data (`analysis-transfer.ts`).
 */
import { parentPort } from 'node:worker_threads';
import { analyze, AnalysisCache, fixToFixedPoint, type AnalyzeOptions } from '../core';
import { linkedFileReader } from '../node/linked-file';
import { dossierRoots } from '../node/paths';
import { loadSpellChecker } from '../node/spelling';
import { threadStatPath } from '../node/thread-cpu';
import { compileRegExpsOnce } from '../node/v8-flags';
import { toTransferred } from './analysis-transfer';
import type { CheckReply, CheckRequest, WarmRequest } from './check-workers';

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
  };
  if (request.task === 'fix-all') {
    // The first text is the document's (its cache is warm); the fixed texts get a cache of their own, as the
    // server's `analyzerFor` does, so that the document's stays on its version.
    const first = analyze(request.text, { ...options, cache: state.cache });
    const passes = new AnalysisCache();
    const { text, changes } = fixToFixedPoint(request.text, (next) => analyze(next, { ...options, cache: passes }), first);
    return { reply: { id: request.id, fixed: { text, changes }, milliseconds: performance.now() - started }, buffers: [] };
  }
  const analysis = analyze(request.text, { ...options, cache: state.cache });
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

parentPort?.on('message', (request: CheckRequest | WarmRequest) => {
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
