/**
 * The spelling check in a worker thread, for `qe-check`: loading hunspell and the French dictionary takes
 * about 100 ms of WASM work, which the worker does on another core while the main thread reads, parses and
 * checks the file with the rules that come before `orthographe`.
 *
 * The core's `SpellChecker` is synchronous. The main thread sends the words of each file ahead (`prefetch`),
 * and the first question of the rule waits for that batch's verdicts (`Atomics.wait` on a shared counter the
 * worker bumps after each reply, then `receiveMessageOnPort`). A word outside the batches (a variant tried by
 * the rule) costs one round trip. If the worker fails, every word is accepted and `onFailure` says why, once:
 * the same outcome as a dictionary that cannot be loaded in the main thread.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { cachingSpellChecker, type SpellChecker } from '../core/spelling/spell-checker';
import { findDictionaryDir, type SpellingOptions } from './spelling';

export type SpellingRequest = { readonly kind: 'correct'; readonly words: readonly string[] } | { readonly kind: 'suggest'; readonly word: string };
export type SpellingReply =
  | { readonly kind: 'correct'; readonly verdicts: readonly boolean[] }
  | { readonly kind: 'suggest'; readonly suggestions: readonly string[] }
  | { readonly kind: 'error'; readonly message: string };

export interface SpellingWorkerData {
  readonly dictionaryDir: string;
  readonly port: MessagePort;
  /** Bumped by the worker after each reply. */
  readonly signal: Int32Array;
}

export interface SpellingThreadOptions extends SpellingOptions {
  /** Called once if the worker cannot answer (French message). */
  readonly onFailure?: (message: string) => void;
  /** Longest wait for one reply (default 15 s: the dictionary loads in a fraction of a second). */
  readonly timeoutMs?: number;
}

/** Word-like tokens, as the rule `orthographe` cuts them, plus the parts it may ask about apart. */
const tokenPattern = /[\p{L}\p{M}]+(?:['’‑-][\p{L}\p{M}]+)*/gu;

export class SpellingThread {
  /** The checker to pass to `analyze` (accepted words and a verdict cache on top of the worker). */
  readonly checker: SpellChecker;
  private readonly verdicts = new Map<string, boolean>();
  private readonly requested = new Set<string>();
  /** Word batches sent and not yet answered, in the order of the replies to come. */
  private readonly pending: (readonly string[])[] = [];
  private failure: string | undefined;
  /** Requests sent: word batches ahead of the analysis, single words the rule asked for outside them. */
  readonly requests = { batches: 0, singleWords: 0, suggestions: 0 };

  private constructor(
    private readonly worker: Worker,
    private readonly port: MessagePort,
    private readonly signal: Int32Array,
    private readonly options: SpellingThreadOptions,
  ) {
    this.checker = cachingSpellChecker(
      { correct: (word) => this.correct(word), suggest: (word) => this.suggest(word) },
      options.acceptedWords ? { acceptedWords: options.acceptedWords } : {},
    );
  }

  /**
   * Starts the worker; undefined when there is no worker bundle beside this file (tests run the sources) or no
   * dictionary (the caller then loads in its own thread, which reports the missing dictionary).
   */
  static start(options: SpellingThreadOptions = {}, script = join(__dirname, 'spelling-worker.js')): SpellingThread | undefined {
    const dictionaryDir = options.dictionaryDir ?? findDictionaryDir();
    if (!dictionaryDir || !existsSync(script)) return undefined;
    const { port1, port2 } = new MessageChannel();
    const signal = new Int32Array(new SharedArrayBuffer(4));
    const data: SpellingWorkerData = { dictionaryDir, port: port2, signal };
    const worker = new Worker(script, { workerData: data, transferList: [port2] });
    // Neither keeps the process alive: `qe-check` exits when its report is written.
    worker.unref();
    port1.unref();
    const thread = new SpellingThread(worker, port1, signal, options);
    worker.on('error', (error) => thread.fail(error.message));
    return thread;
  }

  /** Sends the words of `text` the worker has not been asked about yet; returns at once. */
  prefetch(text: string): void {
    if (this.failure !== undefined) return;
    const words: string[] = [];
    const add = (word: string) => {
      if (this.requested.has(word)) return;
      this.requested.add(word);
      words.push(word);
    };
    for (const [token] of text.matchAll(tokenPattern)) {
      add(token);
      for (const part of token.split(/['’‑-]/)) if (part !== token && part.length > 1) add(part);
    }
    if (words.length === 0) return;
    this.requests.batches++;
    this.send({ kind: 'correct', words });
  }

  /** Stops the worker. */
  close(): void {
    void this.worker.terminate();
  }

  private correct(word: string): boolean {
    let verdict = this.verdicts.get(word);
    if (verdict !== undefined) return verdict;
    this.settle();
    verdict = this.verdicts.get(word);
    if (verdict !== undefined || this.failure !== undefined) return verdict ?? true;
    this.requested.add(word);
    this.requests.singleWords++;
    this.send({ kind: 'correct', words: [word] });
    this.settle();
    return this.verdicts.get(word) ?? true;
  }

  private suggest(word: string): readonly string[] {
    this.settle();
    if (this.failure !== undefined) return [];
    this.requests.suggestions++;
    this.port.postMessage({ kind: 'suggest', word } satisfies SpellingRequest);
    const reply = this.receive();
    if (reply?.kind === 'suggest') return reply.suggestions;
    if (reply?.kind === 'error') this.fail(reply.message);
    return [];
  }

  private send(request: Extract<SpellingRequest, { kind: 'correct' }>): void {
    this.port.postMessage(request);
    this.pending.push(request.words);
  }

  /** Waits for the replies to every batch sent. */
  private settle(): void {
    while (this.pending.length > 0 && this.failure === undefined) {
      const reply = this.receive();
      const words = this.pending.shift()!;
      if (reply?.kind === 'correct') words.forEach((word, index) => this.verdicts.set(word, reply.verdicts[index] ?? true));
      else if (reply?.kind === 'error') this.fail(reply.message);
    }
  }

  /** The next reply, waiting for it; undefined (and the thread failed) after the timeout. */
  private receive(): SpellingReply | undefined {
    const deadline = performance.now() + (this.options.timeoutMs ?? 15_000);
    for (;;) {
      const seen = Atomics.load(this.signal, 0);
      const message = receiveMessageOnPort(this.port);
      if (message) return message.message as SpellingReply;
      const left = deadline - performance.now();
      if (left <= 0) {
        this.fail('le correcteur orthographique ne répond pas');
        return undefined;
      }
      Atomics.wait(this.signal, 0, seen, left);
    }
  }

  private fail(message: string): void {
    if (this.failure !== undefined) return;
    this.failure = message;
    this.pending.length = 0;
    this.options.onFailure?.(message);
    this.close();
  }
}
