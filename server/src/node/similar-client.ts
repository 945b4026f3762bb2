/**
 * The language server's side of the earlier-questions index process: starts it (`child_process.fork`, so that
 * the index's memory is not the server's), sends requests, matches replies, and starts it again when it dies,
 * a bounded number of times. Nothing else of the server waits on it (diagnostics never do).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { isIndexMessage, type IndexEvent, type IndexRequest } from './similar-protocol';

/** A request without its id (the client numbers them). */
type Body = IndexRequest extends infer R ? (R extends IndexRequest ? Omit<R, 'id'> : never) : never;

export interface SimilarClientOptions {
  /** The bundled entry (`similar-index.js`), or the TypeScript one in tests (run through tsx). */
  readonly script: string;
  readonly args?: readonly string[];
  /** Heap limit of the index process (MB). */
  readonly maxHeapMb?: number;
  /** Progress and notices of the index process. */
  readonly onEvent?: (event: IndexEvent) => void;
  /** The process stopped unexpectedly: a French message; `final` when it will not be started again. */
  readonly onCrash?: (message: string, final: boolean) => void;
  /** At most this many restarts within `restartWindowMs`. */
  readonly maxRestarts?: number;
  readonly restartWindowMs?: number;
}

interface Pending {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

export class SimilarIndexClient {
  private child: ChildProcess | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private readonly crashes: number[] = [];
  private disabled = false;
  private disposed = false;

  constructor(private readonly options: SimilarClientOptions) {}

  /** The index process's id, once started. */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  get available(): boolean {
    return !this.disabled && !this.disposed;
  }

  /** Sends a request; rejects (French message) when the process is unavailable, dies or does not answer in time. */
  request<T>(body: Body, timeoutMs = 10 * 60_000): Promise<T> {
    const child = this.ensure();
    if (!child) return Promise.reject(new Error('index des questions antérieures indisponible'));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error('l’index des questions antérieures ne répond pas'));
      }, timeoutMs);
      timer.unref();
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, timer });
      child.send({ ...body, id }, (error) => {
        if (!error) return;
        clearTimeout(timer);
        this.pending.delete(id);
        reject(new Error(`index des questions antérieures injoignable (${error.message})`));
      });
    });
  }

  dispose(): void {
    this.disposed = true;
    const child = this.child;
    this.child = undefined;
    this.failAll('index des questions antérieures arrêté');
    if (child?.connected) child.disconnect();
  }

  private ensure(): ChildProcess | undefined {
    if (this.child || this.disabled || this.disposed) return this.child;
    const { script } = this.options;
    // A young generation of 2 MB, as the server's (measured at 30,000 records: 11 MB less resident than 8 MB,
    // same CPU). Not `--optimize-for-size`: 159 MB resident at 100,000 records instead of about 230, but a build
    // and queries about twice as costly in CPU. `--expose-gc`: the process collects once after a build.
    const execArgv = [
      `--max-old-space-size=${this.options.maxHeapMb ?? 1024}`,
      '--max-semi-space-size=2',
      '--expose-gc',
      ...(script.endsWith('.ts') ? ['--import', 'tsx'] : []),
    ];
    // stdout ignored: with a stdio transport, the server's stdout is the LSP channel.
    const child = fork(script, [...(this.options.args ?? [])], { execArgv, stdio: ['ignore', 'ignore', 'inherit', 'ipc'], serialization: 'json' });
    this.child = child;
    child.on('message', (message: unknown) => {
      if (!isIndexMessage(message)) return;
      if ('id' in message) {
        const pending = this.pending.get(message.id);
        if (!pending) return;
        this.pending.delete(message.id);
        clearTimeout(pending.timer);
        if (message.ok) pending.resolve(message.result);
        else pending.reject(new Error(message.error));
      } else {
        this.options.onEvent?.(message);
      }
    });
    child.on('error', () => {
      // Reported by « exit » (or a failed send).
    });
    child.on('exit', (code, signal) => {
      if (this.child !== child) return;
      this.child = undefined;
      this.failAll('l’index des questions antérieures s’est arrêté');
      if (this.disposed) return;
      const now = Date.now();
      this.crashes.push(now);
      const window = this.options.restartWindowMs ?? 10 * 60_000;
      while (this.crashes.length > 0 && now - this.crashes[0]! > window) this.crashes.shift();
      const how = signal ? `signal ${signal}` : `code ${code ?? '?'}`;
      if (this.crashes.length > (this.options.maxRestarts ?? 3)) {
        this.disabled = true;
        this.options.onCrash?.(`Le processus de l’index des questions antérieures s’est arrêté (${how}) ${this.crashes.length} fois en ${Math.round(window / 60_000)} minutes : la recherche des questions antérieures est désactivée jusqu’au prochain démarrage.`, true);
      } else {
        this.options.onCrash?.(`Le processus de l’index des questions antérieures s’est arrêté (${how}) ; il est relancé à la prochaine recherche.`, false);
      }
    });
    return child;
  }

  private failAll(message: string): void {
    for (const [id, pending] of this.pending) {
      clearTimeout(pending.timer);
      pending.reject(new Error(message));
      this.pending.delete(id);
    }
  }
}
