/**
 * The check workers: threads (`check-worker.ts`) that run the checks predicted long, one at a time each. A check
 * is stopped — its thread terminated, a fresh one started for the next check — when a newer version of its
 * document is asked for, or when it runs past its time budget. The server's thread only sends text and receives
 * findings, so it answers every other request meanwhile.
 */
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { AnalyzeOptions } from '../core';
import { threadCpuMs } from '../node/thread-cpu';
import type { TransferredAnalysis } from './analysis-transfer';

/** The settings of a check, as plain data (no file access, spelling checker or cache: the worker has its own). */
export type PlainOptions = Omit<AnalyzeOptions, 'readLinkedFile' | 'spellChecker' | 'cache' | 'maxLength'>;

export interface CheckRequest {
  readonly id: number;
  readonly uri: string;
  readonly text: string;
  /** The dossier's file path (to follow its `question:` link), when it is a file. */
  readonly path: string | undefined;
  readonly workspaceRoots: readonly string[];
  readonly options: PlainOptions;
  readonly maxLength: number | undefined;
  /** Check the spelling (the server's thread has its dictionary: the worker loads its own). */
  readonly spelling: boolean;
  /** `fix-all`: the text with every fix that can be made made (`fixToFixedPoint`), instead of its analysis. */
  readonly task?: 'fix-all';
}

/** Sent to a thread started ahead (`CheckWorkers.prepare`): load what a first check needs. */
export interface WarmRequest {
  readonly warm: true;
  readonly spelling: boolean;
}

export interface CheckReply {
  readonly id: number;
  readonly analysis?: TransferredAnalysis;
  /** Sent when the check itself starts (the thread is ready): its budget runs from then. */
  readonly started?: boolean;
  /** With `started`: the `/proc` file of the thread's CPU time (`thread-cpu.ts`), when there is one. */
  readonly thread?: string;
  /** Answer to a `fix-all` task. */
  readonly fixed?: { readonly text: string; readonly changes: number };
  readonly error?: string;
  /** Time of the analysis itself, in the worker. */
  readonly milliseconds: number;
}

export type StopReason = 'superseded' | 'budget' | 'crashed';

/** A check that did not finish: replaced by a newer one, over its budget, or its thread died (memory). */
export class CheckStopped extends Error {
  constructor(
    readonly reason: StopReason,
    /** Milliseconds it ran before it was stopped. */
    readonly milliseconds: number,
    detail = '',
  ) {
    super(`contrôle arrêté (${reason})${detail ? ` : ${detail}` : ''}`);
  }
}

interface Job {
  readonly key: string;
  readonly request: Omit<CheckRequest, 'id'>;
  readonly resolve: (reply: CheckReply) => void;
  readonly reject: (error: Error) => void;
  readonly onStart: (() => void) | undefined;
  readonly budgetMs: number;
}

interface Slot {
  worker: Worker | undefined;
  job: { readonly job: Job; readonly id: number; started: number; timer: ReturnType<typeof setTimeout>; thread?: string; cpuAtStart?: number } | undefined;
  idleTimer: ReturnType<typeof setTimeout> | undefined;
}

const workerHeapMb = 256;
/** Time a thread may take to start (load its bundle and dictionary) before its check's budget starts. */
const startAllowanceMs = 10_000;
/** An idle thread is ended after this long (its memory: the dictionary, the caches of long documents). */
const idleMs = 60_000;
/**
 * Where the thread's CPU time can be read, the budget counts it: on a loaded machine a check gets a share of a
 * core, and a wall-clock budget cut checks that cost far less than it (1 MB of « l' »: 1.7 s of CPU, cut at 4 s
 * of wall clock under load, then checked again on a quarter of the text). A check still stops after this many
 * budgets of wall-clock time, so that the next long document is not kept waiting without end.
 */
const wallBudgets = 4;
/**
 * The young generation of a check thread (MB per semi-space: V8's own default). The client starts the server
 * with `--max-semi-space-size=2`, a V8 flag of the whole process that every thread inherits (`resourceLimits`
 * cannot raise it). A check's short-lived objects (each parse tree of an 8,000-character chunk) then outlive
 * the 2 MB and are promoted: measured, 1 MB of « l' » took 2.4 s of CPU instead of 1.4 s, mostly collecting
 * that old-generation garbage. Set before each thread's heap is made; the server's own heap keeps its size.
 */
const workerSemiSpaceMb = 16;

export class CheckWorkers {
  private readonly slots: Slot[];
  private readonly waiting: Job[] = [];
  private nextId = 0;
  private disposed = false;

  constructor(
    private readonly script: string,
    size: number,
    private readonly budgetMs: number,
  ) {
    this.slots = Array.from({ length: Math.max(1, size) }, () => ({ worker: undefined, job: undefined, idleTimer: undefined }));
  }

  /**
   * Checks in a worker; one job per `key` (a document): an earlier job of the same key, waiting or running, is
   * stopped (`CheckStopped` 'superseded'). Rejects with `CheckStopped` 'budget' past the time budget.
   */
  run(key: string, request: Omit<CheckRequest, 'id'>, onStart?: () => void, budgetMs = this.budgetMs): Promise<CheckReply> {
    this.cancel(key);
    return new Promise<CheckReply>((resolve, reject) => {
      this.waiting.push({ key, request, resolve, reject, onStart, budgetMs });
      this.pump();
    });
  }

  /** Stops the job of `key` (waiting or running); true when there was one. */
  cancel(key: string): boolean {
    let found = false;
    for (let i = this.waiting.length - 1; i >= 0; i--) {
      if (this.waiting[i]!.key !== key) continue;
      this.waiting.splice(i, 1)[0]!.reject(new CheckStopped('superseded', 0));
      found = true;
    }
    for (const slot of this.slots) {
      if (slot.job?.job.key === key) {
        this.stop(slot, 'superseded');
        found = true;
      }
    }
    if (found) this.pump();
    return found;
  }

  /**
   * Starts a thread ahead of its first check (a long document was just opened): it loads its bundle, the
   * dictionary when `spelling`, and runs a short check once, while the server's thread still reads the document
   * and its settings; the long check then finds it ready. Nothing happens when every slot has a thread.
   */
  prepare(spelling: boolean): void {
    if (this.disposed) return;
    const slot = this.slots.find((candidate) => !candidate.worker && !candidate.job);
    if (!slot) return;
    this.workerOf(slot).postMessage({ warm: true, spelling } satisfies WarmRequest);
    // Like an idle thread, it ends if no check comes.
    this.finish(slot);
  }

  /** True while a job of `key` runs in a worker. */
  running(key: string): boolean {
    return this.slots.some((slot) => slot.job?.job.key === key);
  }

  /**
   * Ends every thread (the server is shutting down); resolves once they are gone: a process that exits while a
   * thread is being terminated may crash on its way out (seen with Node 20).
   */
  async dispose(): Promise<void> {
    const ending: Promise<unknown>[] = [];
    for (const job of this.waiting.splice(0)) job.reject(new CheckStopped('superseded', 0));
    for (const slot of this.slots) {
      const worker = slot.worker;
      if (slot.job) this.stop(slot, 'superseded');
      clearTimeout(slot.idleTimer);
      slot.idleTimer = undefined;
      slot.worker = undefined;
      if (worker) ending.push(worker.terminate());
    }
    this.disposed = true;
    await Promise.all(ending);
  }

  private pump(): void {
    if (this.disposed) return;
    for (const slot of this.slots) {
      if (slot.job || this.waiting.length === 0) continue;
      const job = this.waiting.shift()!;
      const id = this.nextId++;
      const worker = this.workerOf(slot);
      clearTimeout(slot.idleTimer);
      // Until the thread says the check started, a start-up allowance on top (a fresh thread loads its bundle).
      const timer = setTimeout(() => this.stop(slot, 'budget'), job.budgetMs + startAllowanceMs);
      slot.job = { job, id, started: performance.now(), timer };
      job.onStart?.();
      worker.postMessage({ ...job.request, id } satisfies CheckRequest);
    }
  }

  private workerOf(slot: Slot): Worker {
    if (slot.worker) return slot.worker;
    // Its own heap, bounded like the server's (the client's flags): a check that needs more ends its thread
    // ('crashed', tried again shorter), not the server.
    setFlagsFromString(`--max-semi-space-size=${workerSemiSpaceMb}`);
    const worker = new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: workerHeapMb } });
    // The server may end while a thread is idle.
    worker.unref();
    worker.on('message', (reply: CheckReply) => {
      const running = slot.job;
      if (slot.worker !== worker || !running || running.id !== reply.id) return;
      if (reply.started) {
        clearTimeout(running.timer);
        running.started = performance.now();
        running.thread = reply.thread;
        running.cpuAtStart = threadCpuMs(reply.thread);
        running.timer = setTimeout(() => this.overBudget(slot), running.job.budgetMs);
        return;
      }
      this.finish(slot);
      if (reply.error !== undefined) running.job.reject(new Error(reply.error));
      else running.job.resolve(reply);
    });
    const died = (detail: string) => {
      if (slot.worker !== worker) return;
      slot.worker = undefined;
      const running = slot.job;
      if (!running) return;
      this.finish(slot);
      running.job.reject(new CheckStopped('crashed', performance.now() - running.started, detail));
    };
    worker.on('error', (error) => died(error.message));
    worker.on('exit', (code) => died(`fin du fil (${code})`));
    slot.worker = worker;
    return worker;
  }

  /**
   * The budget's time has passed on the wall clock: the check stops when its thread's CPU time reached the budget
   * too (or cannot be read), or after `wallBudgets` budgets; else it is looked at again when it may have.
   */
  private overBudget(slot: Slot): void {
    const running = slot.job;
    if (!running) return;
    const { budgetMs } = running.job;
    const wall = performance.now() - running.started;
    const now = threadCpuMs(running.thread);
    const cpu = now === undefined || running.cpuAtStart === undefined ? undefined : now - running.cpuAtStart;
    if (cpu === undefined || cpu >= budgetMs || wall >= wallBudgets * budgetMs) {
      this.stop(slot, 'budget', cpu !== undefined && cpu >= budgetMs ? cpu : wall);
      return;
    }
    running.timer = setTimeout(() => this.overBudget(slot), Math.max(20, Math.min(budgetMs - cpu, wallBudgets * budgetMs - wall)));
  }

  /** Terminates the slot's thread and rejects its job (`milliseconds`: how long it ran, by the budget's clock). */
  private stop(slot: Slot, reason: StopReason, milliseconds?: number): void {
    const running = slot.job;
    if (!running) return;
    const worker = slot.worker;
    slot.worker = undefined;
    this.finish(slot);
    void worker?.terminate();
    running.job.reject(new CheckStopped(reason, milliseconds ?? performance.now() - running.started));
  }

  private finish(slot: Slot): void {
    clearTimeout(slot.job?.timer);
    slot.job = undefined;
    clearTimeout(slot.idleTimer);
    if (this.disposed) return;
    slot.idleTimer = setTimeout(() => {
      if (slot.job) return;
      void slot.worker?.terminate();
      slot.worker = undefined;
    }, idleMs);
    slot.idleTimer.unref();
    // The next job starts once the current callbacks ran (a rejected job's caller may queue its replacement).
    setImmediate(() => this.pump());
  }
}
