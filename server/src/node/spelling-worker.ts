/**
 * Entry point of the spelling worker thread (bundled as `server/out/spelling-worker.js`): loads hunspell and
 * the French dictionary, then answers the requests of `spelling-thread.ts` in the order they come, each reply
 * followed by a bump of the shared signal so that a waiting main thread wakes up.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { createHunspellEngine } from './spelling';
import type { SpellingReply, SpellingRequest, SpellingWorkerData } from './spelling-thread';

const { dictionaryDir, port, signal } = workerData as SpellingWorkerData;
// Any failure to load (unreadable dictionary) becomes the reply to every request.
const engine = Promise.resolve(dictionaryDir)
  .then(createHunspellEngine)
  .catch((error: unknown) => {
    throw new Error(`dictionnaire illisible : ${error instanceof Error ? error.message : String(error)}`);
  });
// Handled by each request; without this the early rejection would end the thread before any request comes.
engine.catch(() => undefined);
// Requests are answered one after the other, in order: the main thread matches replies by position.
let queue: Promise<void> = Promise.resolve();

(port as MessagePort).on('message', (request: SpellingRequest) => {
  queue = queue.then(async () => {
    let reply: SpellingReply;
    try {
      const checker = await engine;
      reply =
        request.kind === 'correct'
          ? { kind: 'correct', verdicts: request.words.map((word) => checker.correct(word)) }
          : { kind: 'suggest', suggestions: [...checker.suggest(request.word)] };
    } catch (error) {
      reply = { kind: 'error', message: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  });
});
