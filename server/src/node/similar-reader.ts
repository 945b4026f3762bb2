/**
 * Reading corpus files for the earlier-questions index: one file → what the index keeps of it (`readForIndex`),
 * and a pool of worker threads that reads many files at once inside the index process during a build
 * (`ReaderPool`), the main thread only adding what they read to the search index and the side table. Results
 * come back in the order of the files, so that a build gives the same ids (and ranking ties) as one thread.
 * The pool is opt-in (`similar-process.ts --readers N`): on 2 cores it measured slower than the main thread
 * alone (structured clones, a second heap and its collections), and took the editor's second core.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';
import { decodeBytes, detailsOf, readRecord, type RecordDetails } from '../core';

/** What the index takes of a file: its details, why it was skipped, or nothing (a text with no question). */
export type ReadResult = { readonly details: RecordDetails } | { readonly reason: string } | { readonly none: true };

/** Reads one corpus file (never throws: a file that cannot be read gives its French reason). */
export function readForIndex(path: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { reason: `illisible (${(error as { code?: string }).code ?? String(error)})` };
  }
  if (bytes.length > 5_000_000) return { reason: 'fichier trop grand (plus de 5 Mo)' };
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { reason: decoded.message };
  try {
    const record = readRecord(path, decoded.text);
    if (!record) return /\.(qe\.md|json)$/i.test(path) ? { reason: 'aucune question reconnue' } : { none: true };
    return { details: detailsOf(record) };
  } catch (error) {
    return { reason: `illisible (${error instanceof Error ? error.message : String(error)})` };
  }
}

/** The marker a worker of the pool is started with (the index process's script is also the workers'). */
export const readerMarker = 'qe-index-reader';

interface Batch {
  readonly batch: number;
  readonly paths: readonly string[];
}
/** The pool is done: the worker closes its port and ends on its own once idle. */
interface Stop {
  readonly stop: true;
}
interface BatchResult {
  readonly batch: number;
  readonly results: readonly ReadResult[];
}

/** In a worker of the pool: answers batches of paths with their results. */
export function serveReader(): void {
  parentPort?.on('message', (message: Batch | Stop) => {
    if ('stop' in message) {
      parentPort!.close();
      return;
    }
    parentPort!.postMessage({ batch: message.batch, results: message.paths.map(readForIndex) } satisfies BatchResult);
  });
}

/** Files per message, and messages in flight per worker (bounds the memory of results waiting their turn). */
const batchSize = 32;
const inFlight = 3;

/** Threads that read while the main thread indexes: one less than the cores, at least one, at most three. */
export function defaultReaders(): number {
  return Math.max(1, Math.min(3, availableParallelism() - 1));
}

/** How long a stopped worker may take to finish its batches in flight before it is terminated. */
const stopGraceMs = 10_000;

export class ReaderPool {
  /** The exit codes of the last `readAll`'s workers, once they have all ended (0: each ended on its own). */
  private ended: Promise<number[]> = Promise.resolve([]);

  constructor(
    /** The script the workers run (it calls `serveReader` when started with `readerMarker`). */
    private readonly script: string,
    private readonly threads = defaultReaders(),
  ) {}

  /**
   * Reads `paths` on the workers and gives each result, in the order of `paths`, to `each`. Returns how many
   * were given: fewer than `paths.length` when a worker failed (the caller reads the rest itself). The workers
   * are stopped at the end (their memory goes back). An error thrown by `each` (the index's table cannot be
   * written) stops them and rejects, as it would have on one thread.
   */
  readAll(paths: readonly string[], each: (index: number, result: ReadResult) => void): Promise<number> {
    const batches = Math.ceil(paths.length / batchSize);
    const waiting = new Map<number, readonly ReadResult[]>();
    const workers: Worker[] = [];
    const exits: Promise<number>[] = [];
    let sent = 0;
    let given = 0;
    let next = 0;
    return new Promise<number>((resolve, reject) => {
      let finished = false;
      const finish = (error?: unknown) => {
        if (finished) return;
        finished = true;
        // Asked to stop, not terminated: `terminate()` disposes of a worker's isolate while V8 may still be
        // optimising its code on a background thread, which Node 20 can abort on (« NodePlatform::ForIsolate:
        // Assertion failed », seen once in the test suite). A worker that does not end in time is terminated.
        for (const worker of workers) {
          const late = setTimeout(() => void worker.terminate(), stopGraceMs);
          late.unref();
          worker.once('exit', () => clearTimeout(late));
          worker.postMessage({ stop: true } satisfies Stop);
        }
        if (error === undefined) resolve(given);
        else reject(error instanceof Error ? error : new Error(String(error)));
      };
      const send = (worker: Worker) => {
        if (sent >= batches) return;
        const batch = sent++;
        worker.postMessage({ batch, paths: paths.slice(batch * batchSize, (batch + 1) * batchSize) } satisfies Batch);
      };
      for (let i = 0; i < Math.min(this.threads, batches); i++) {
        let worker: Worker;
        try {
          // A young generation larger than the index process's own (2 MB semi-spaces): a reader makes short-lived
          // garbage only, and its memory goes back when the pool stops.
          worker = new Worker(this.script, { workerData: readerMarker, stdout: false, stderr: false, resourceLimits: { maxYoungGenerationSizeMb: 24 } });
        } catch {
          break;
        }
        workers.push(worker);
        exits.push(new Promise<number>((done) => worker.once('exit', done)));
        worker.on('message', ({ batch, results }: BatchResult) => {
          if (finished) return;
          waiting.set(batch, results);
          try {
            for (let ready = waiting.get(next); ready; ready = waiting.get(next)) {
              waiting.delete(next);
              for (const result of ready) each(given++, result);
              next++;
            }
          } catch (error) {
            finish(error ?? new Error('lecture interrompue'));
            return;
          }
          if (next === batches) finish();
          else send(worker);
        });
        // A worker that fails stops the pool: what was given stays, the rest is read by the caller.
        worker.on('error', () => finish());
        worker.on('exit', () => {
          if (next < batches) finish();
        });
        for (let k = 0; k < inFlight; k++) send(worker);
      }
      this.ended = Promise.all(exits);
      if (workers.length === 0 || batches === 0) finish();
    });
  }

  /** Resolves once the workers of the last `readAll` have all ended, with their exit codes. */
  workersEnded(): Promise<number[]> {
    return this.ended;
  }
}
