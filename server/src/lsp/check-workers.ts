/**
 * The check workers: threads (`check-worker.ts`) that run the checks predicted long, one at a time each. A check
 * is stopped when a newer version of its document is asked for, or when it runs past its time budget: its caller
 * is answered at once (`CheckStopped`), and the check is asked to stop — a flag in shared memory that the analysis
 * polls between rules and paragraphs (`core/cancel.ts`) — so that its thread, with its bundle, dictionary and
 * caches loaded, serves the next check. A thread is terminated only when its check does not stop within
 * `stopGraceMs` of being asked (a runaway regular expression cannot poll): disposing of a thread's isolate while
 * V8 optimises its code on a background thread can abort Node 20 (« NodePlatform::ForIsolate: Assertion
 * (data.first) != nullptr », seen with the reader pool, `node/similar-reader.ts`). Idle threads and those of a
 * pool disposed of are asked to end (`{ stop: true }`: they close their port and end with code 0 once idle).
 * The server's thread only sends text and receives findings, so it answers every other request meanwhile.
 */
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { AnalyzeOptions } from '../core';
import { threadCpuMs } from '../node/thread-cpu';
import type { TransferredAnalysis } from './analysis-transfer';

/** The settings of a check, as plain data (no file access, spelling checker or cache: the worker has its own). */
export type PlainOptions = Omit<AnalyzeOptions, 'readLinkedFile' | 'spellChecker' | 'cache' | 'maxLength' | 'isCancelled'>;

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
  /**
   * The check's cancellation flag (an `Int32Array` of one element over it, set to 1 by the pool: the check is
   * to stop, and answer `cancelled`). Given by the pool, not by its callers.
   */
  readonly cancel: SharedArrayBuffer;
}

/** What the pool's callers give for a check (the pool adds its id and its cancellation flag). */
export type CheckInput = Omit<CheckRequest, 'id' | 'cancel'>;

/** Sent to a thread the pool no longer needs: it closes its port, and ends on its own once idle (exit code 0). */
export interface StopRequest {
  readonly stop: true;
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
  /** The check stopped when asked to (its cancellation flag): no result. */
  readonly cancelled?: boolean;
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
  readonly request: CheckInput;
  readonly resolve: (reply: CheckReply) => void;
  readonly reject: (error: Error) => void;
  readonly onStart: (() => void) | undefined;
  readonly budgetMs: number;
}

interface Running {
  readonly job: Job;
  readonly id: number;
  /** Its cancellation flag (`CheckRequest.cancel`). */
  readonly cancel: Int32Array;
  /** The thread said the check started (its bundle and dictionary loaded). */
  begun: boolean;
  started: number;
  timer: ReturnType<typeof setTimeout>;
  thread?: string;
  cpuAtStart?: number;
}

interface Slot {
  worker: Worker | undefined;
  job: Running | undefined;
  /**
   * A check asked to stop (its caller already answered): the thread takes no other check until it answers this
   * one (`cancelled`, or its result if it ended first); terminated when it has not within `stopGraceMs`.
   */
  stopping: { readonly id: number; readonly timer: ReturnType<typeof setTimeout>; readonly since: number } | undefined;
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

/**
 * How long a check asked to stop (superseded, over its budget, or the pool disposed of) may take to reach a point
 * where the analysis polls its flag before its thread is terminated. The analysis polls between rules and
 * paragraphs: a check that has not stopped within this is stuck in one call (a runaway regular expression).
 */
const stopGraceMs = 2_000;
/**
 * At dispose, the same grace is shorter: the VS Code client waits 2 s for the server's shutdown before it gives up
 * and kills the process 2 s later, maybe while a thread is being terminated. The analysis polls at least every
 * 300 ms (measured on 1 MB of real prose).
 */
const disposeGraceMs = 1_000;
/**
 * A waiting check prefers a thread stopping its check (loaded, it answers within a poll) to a fresh thread, but only
 * this long after the stop was asked: past it the stopped check is stuck in one call (a runaway regular
 * expression), and a slot without a thread starts one rather than keep the next check waiting for the grace.
 */
const preferStoppingMs = 400;
/** How many exit codes `threads()` gives (the last ones). */
const keptExits = 100;

export class CheckWorkers {
  private readonly slots: Slot[];
  private readonly waiting: Job[] = [];
  private nextId = 0;
  private disposed = false;
  /** `pump` again once the stops it waited for are past `preferStoppingMs`. */
  private repump: ReturnType<typeof setTimeout> | undefined;
  /** Threads started by the pool, and the exit codes of those that ended, in the order they ended (0: on its own). */
  private started = 0;
  private readonly exits: number[] = [];
  /** Checks asked to stop that answered `cancelled`; threads terminated because theirs did not in time. */
  private cancelled = 0;
  private terminated = 0;
  /** Every thread until it has ended (asked to, or terminated): `dispose` waits for them all. */
  private readonly living = new Set<Promise<void>>();

  constructor(
    private readonly script: string,
    size: number,
    private readonly budgetMs: number,
  ) {
    this.slots = Array.from({ length: Math.max(1, size) }, () => ({ worker: undefined, job: undefined, stopping: undefined, idleTimer: undefined }));
  }

  /**
   * Checks in a worker; one job per `key` (a document): an earlier job of the same key, waiting or running, is
   * stopped (`CheckStopped` 'superseded'). Rejects with `CheckStopped` 'budget' past the time budget.
   */
  run(key: string, request: CheckInput, onStart?: () => void, budgetMs = this.budgetMs): Promise<CheckReply> {
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
    const slot = this.slots.find((candidate) => !candidate.worker && !candidate.job && !candidate.stopping);
    if (!slot) return;
    this.workerOf(slot).postMessage({ warm: true, spelling } satisfies WarmRequest);
    // Like an idle thread, it ends if no check comes.
    this.finish(slot);
  }

  /** True while a job of `key` runs in a worker. */
  running(key: string): boolean {
    return this.slots.some((slot) => slot.job?.job.key === key);
  }

  /** True once the thread running the job of `key` said its check began (its bundle loaded; its budget runs). */
  begun(key: string): boolean {
    return this.slots.some((slot) => slot.job?.job.key === key && slot.job.begun);
  }

  /**
   * What became of the pool's threads (for tests and logs): how many it started, the exit codes of those that
   * ended (0: ended on its own; 1: terminated), how many checks asked to stop answered `cancelled`, and how many
   * threads were terminated because their check did not.
   */
  threads(): { readonly started: number; readonly exits: readonly number[]; readonly cancelled: number; readonly terminated: number } {
    return { started: this.started, exits: [...this.exits], cancelled: this.cancelled, terminated: this.terminated };
  }

  /**
   * Ends every thread (the server is shutting down); resolves once they are gone: a process that exits while a
   * thread is being terminated may crash on its way out (seen with Node 20). A running check is asked to stop,
   * every thread to end once idle; one still there after `disposeGraceMs` is terminated. Threads already asked to
   * end, or being terminated, are waited for too.
   */
  async dispose(): Promise<void> {
    this.disposed = true;
    clearTimeout(this.repump);
    for (const job of this.waiting.splice(0)) job.reject(new CheckStopped('superseded', 0));
    for (const slot of this.slots) {
      if (slot.job) this.stop(slot, 'superseded');
      clearTimeout(slot.stopping?.timer);
      slot.stopping = undefined;
      clearTimeout(slot.idleTimer);
      slot.idleTimer = undefined;
      const worker = slot.worker;
      slot.worker = undefined;
      if (worker) void this.end(worker, disposeGraceMs);
    }
    await Promise.all([...this.living]);
  }

  private pump(): void {
    if (this.disposed) return;
    while (this.waiting.length > 0) {
      // A thread that is there and idle first; else one that was asked to stop its check less than
      // `preferStoppingMs` ago (its bundle and dictionary loaded) rather than a fresh one; else a slot without a
      // thread.
      const free = this.slots.filter((slot) => !slot.job && !slot.stopping);
      const now = performance.now();
      const recentStops = this.slots.flatMap((candidate) => (candidate.stopping && now - candidate.stopping.since < preferStoppingMs ? [candidate.stopping.since] : []));
      const slot = free.find((candidate) => candidate.worker) ?? (recentStops.length > 0 ? undefined : free[0]);
      if (!slot) {
        // A slot without a thread is there: it starts one if the stopping thread has not answered by then.
        if (free.length > 0 && recentStops.length > 0 && !this.repump) {
          this.repump = setTimeout(() => {
            this.repump = undefined;
            this.pump();
          }, Math.max(1, Math.min(...recentStops) + preferStoppingMs - now));
          this.repump.unref();
        }
        return;
      }
      const job = this.waiting.shift()!;
      const id = this.nextId++;
      const worker = this.workerOf(slot);
      clearTimeout(slot.idleTimer);
      slot.idleTimer = undefined;
      const cancel = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
      // Until the thread says the check started, a start-up allowance on top (a fresh thread loads its bundle).
      const timer = setTimeout(() => this.stop(slot, 'budget'), job.budgetMs + startAllowanceMs);
      slot.job = { job, id, cancel: new Int32Array(cancel), begun: false, started: performance.now(), timer };
      job.onStart?.();
      worker.postMessage({ ...job.request, id, cancel } satisfies CheckRequest);
    }
  }

  private workerOf(slot: Slot): Worker {
    if (slot.worker) return slot.worker;
    // Its own heap, bounded like the server's (the client's flags): a check that needs more ends its thread
    // ('crashed', tried again shorter), not the server.
    setFlagsFromString(`--max-semi-space-size=${workerSemiSpaceMb}`);
    const worker = new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: workerHeapMb } });
    this.started++;
    const ended = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    this.living.add(ended);
    void ended.then(() => this.living.delete(ended));
    // The server may end while a thread is idle.
    worker.unref();
    worker.on('message', (reply: CheckReply) => {
      if (slot.worker !== worker) return;
      const stopping = slot.stopping;
      if (stopping) {
        // The answer of the check asked to stop (cancelled, or done first): the thread is free again.
        if (stopping.id !== reply.id || reply.started) return;
        if (reply.cancelled) this.cancelled++;
        clearTimeout(stopping.timer);
        slot.stopping = undefined;
        this.finish(slot);
        return;
      }
      const running = slot.job;
      if (!running || running.id !== reply.id) return;
      if (reply.started) {
        clearTimeout(running.timer);
        running.begun = true;
        running.started = performance.now();
        running.thread = reply.thread;
        running.cpuAtStart = threadCpuMs(reply.thread);
        running.timer = setTimeout(() => this.overBudget(slot), running.job.budgetMs);
        return;
      }
      this.finish(slot);
      if (reply.error !== undefined) running.job.reject(new Error(reply.error));
      // Not reached (the flag is set only by `stop`, which moves the check to `stopping`): kept so that a
      // cancelled answer can never resolve a caller as if its check were done.
      else if (reply.cancelled) running.job.reject(new CheckStopped('superseded', performance.now() - running.started));
      else running.job.resolve(reply);
    });
    const died = (detail: string) => {
      if (slot.worker !== worker) return;
      slot.worker = undefined;
      if (slot.stopping) {
        clearTimeout(slot.stopping.timer);
        slot.stopping = undefined;
        this.finish(slot);
      }
      const running = slot.job;
      if (!running) return;
      this.finish(slot);
      running.job.reject(new CheckStopped('crashed', performance.now() - running.started, detail));
    };
    worker.on('error', (error) => died(error.message));
    worker.on('exit', (code) => {
      // The last ones only: a server runs for days, a thread ends after each idle minute.
      if (this.exits.push(code) > keptExits) this.exits.shift();
      died(`fin du fil (${code})`);
    });
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

  /**
   * Rejects the slot's job at once (`milliseconds`: how long it ran, by the budget's clock) and asks its check to
   * stop; the thread is terminated if it has not answered within `stopGraceMs`.
   */
  private stop(slot: Slot, reason: StopReason, milliseconds?: number): void {
    const running = slot.job;
    if (!running) return;
    clearTimeout(running.timer);
    slot.job = undefined;
    Atomics.store(running.cancel, 0, 1);
    if (slot.worker) {
      // A thread still loading its bundle answers once loaded (the check is not begun, its flag is set); one past
      // its start-up allowance ('budget' before it began) is stuck.
      const timer = setTimeout(() => this.terminate(slot), running.begun || reason === 'budget' ? stopGraceMs : startAllowanceMs);
      timer.unref();
      slot.stopping = { id: running.id, timer, since: performance.now() };
    } else this.finish(slot);
    running.job.reject(new CheckStopped(reason, milliseconds ?? performance.now() - running.started));
  }

  /** The last resort: the slot's check did not stop when asked; its thread is terminated, a fresh one serves next. */
  private terminate(slot: Slot): void {
    const worker = slot.worker;
    slot.worker = undefined;
    slot.stopping = undefined;
    if (worker) {
      this.terminated++;
      void worker.terminate();
    }
    this.finish(slot);
  }

  /** Asks a thread to end once idle (it closes its port); terminated when it has not ended within `graceMs`. */
  private end(worker: Worker, graceMs = stopGraceMs): Promise<void> {
    return new Promise<void>((ended) => {
      const late = setTimeout(() => {
        this.terminated++;
        void worker.terminate();
      }, graceMs);
      worker.once('exit', () => {
        clearTimeout(late);
        ended();
      });
      worker.postMessage({ stop: true } satisfies StopRequest);
    });
  }

  private finish(slot: Slot): void {
    clearTimeout(slot.job?.timer);
    slot.job = undefined;
    clearTimeout(slot.idleTimer);
    if (this.disposed) return;
    slot.idleTimer = setTimeout(() => {
      if (slot.job || slot.stopping) return;
      const worker = slot.worker;
      slot.worker = undefined;
      if (worker) void this.end(worker);
    }, idleMs);
    slot.idleTimer.unref();
    // The next job starts once the current callbacks ran (a rejected job's caller may queue its replacement).
    setImmediate(() => this.pump());
  }
}
