/**
 * The Grammalecte driver as a long-lived child process, spoken to through stdin/stdout (one JSON object per line;
 * never a socket). Requests go one at a time; a request without an answer in time kills the process (a hang), and
 * a process that died is started again at the next request. A crash or a hang costs the answer of the request
 * under way, nothing else: `check` never rejects.
 */
import type * as ChildProcesses from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import type { GrammarAnswer, GrammarError } from '../../core';
import type { DriverCandidate } from './locate';

/**
 * `node:child_process`, loaded at the first spawn: `qe-check --sans-grammaire` then never loads it nor the stream
 * and socket modules it pulls in (some 2–4 ms of a cold start).
 */
let childProcesses: typeof ChildProcesses | undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const childProcessModule = (): typeof ChildProcesses => (childProcesses ??= require('node:child_process') as typeof ChildProcesses);

export interface DriverInfo {
  readonly version: string;
  /** The engine's option names. */
  readonly options: readonly string[];
}

export interface ProcessTimeouts {
  /** Loading the engine (dictionary, rules): about a second; generous for a busy machine. */
  readonly startMs: number;
  /** One paragraph: a few milliseconds to a few hundred; more is a hang. */
  readonly checkMs: number;
}

export const defaultTimeouts: ProcessTimeouts = { startMs: 30_000, checkMs: 15_000 };

interface Pending {
  readonly id: number;
  readonly resolve: (message: Record<string, unknown>) => void;
  readonly timer: NodeJS.Timeout;
}

/** One running driver. Use `GrammarEngine` (engine.ts), which starts, restarts and gives up. */
export class DriverProcess {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = '';
  private stderr = '';
  private nextId = 1;
  private pending: Pending | undefined;
  private readyWaiter: ((result: DriverInfo | { readonly failure: string }) => void) | undefined;
  private exited = false;
  /** Killed (a hang, a dispose): no longer used, even before its exit is seen. */
  private killed = false;
  readonly ready: Promise<DriverInfo | { readonly failure: string }>;

  constructor(
    candidate: DriverCandidate,
    driverPath: string,
    private readonly timeouts: ProcessTimeouts,
  ) {
    const args = [...candidate.args, driverPath, ...(candidate.modulePath ? ['--path', candidate.modulePath] : [])];
    this.child = childProcessModule().spawn(candidate.command, args, {
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
      env: { ...process.env, PYTHONIOENCODING: 'utf-8', PYTHONUNBUFFERED: '1', PYTHONDONTWRITEBYTECODE: '1' },
    });
    this.ready = new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.readyWaiter = undefined;
        this.kill();
        resolve({ failure: `Grammalecte n’a pas démarré en ${Math.round(timeouts.startMs / 1000)} s.` });
      }, timeouts.startMs);
      this.readyWaiter = (result) => {
        clearTimeout(timer);
        this.readyWaiter = undefined;
        resolve(result);
      };
    });
    this.child.stdout.setEncoding('utf8');
    this.child.stdout.on('data', (chunk: string) => this.receive(chunk));
    this.child.stderr.setEncoding('utf8');
    this.child.stderr.on('data', (chunk: string) => {
      // The last lines only: a traceback explains a failure, a chatty engine must not fill the memory.
      this.stderr = (this.stderr + chunk).slice(-2000);
    });
    this.child.stdin.on('error', () => undefined);
    this.child.on('error', (error: NodeJS.ErrnoException) => this.onExit(error.code === 'ENOENT' ? `programme introuvable (${candidate.command})` : error.message));
    this.child.on('exit', (code, signal) => this.onExit(signal ? `arrêté par le signal ${signal}` : `code de sortie ${code ?? '?'}`));
  }

  get alive(): boolean {
    return !this.exited && !this.killed;
  }

  /** Sends a request and waits for its answer (or a failure: time-out, death, engine error). */
  request(body: Record<string, unknown>): Promise<Record<string, unknown>> {
    if (!this.alive) return Promise.resolve({ failure: 'Grammalecte s’est arrêté.' });
    if (this.pending) return Promise.resolve({ failure: 'requête déjà en cours' });
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending = undefined;
        // A hang: the process is killed, the next request starts another one.
        this.kill();
        resolve({ failure: `Grammalecte n’a pas répondu en ${Math.round(this.timeouts.checkMs / 1000)} s.` });
      }, this.timeouts.checkMs);
      this.pending = { id, resolve, timer };
      this.child.stdin.write(`${JSON.stringify({ id, ...body })}\n`);
    });
  }

  async check(text: string): Promise<GrammarAnswer> {
    const answer = await this.request({ text });
    if ('failure' in answer && typeof answer.failure === 'string') return { failure: answer.failure };
    if (typeof answer.error === 'string') return { failure: `erreur de Grammalecte (${answer.error})` };
    if (!Array.isArray(answer.errors)) return { failure: 'réponse illisible de Grammalecte' };
    return answer.errors.filter(isGrammarError).map((error) => ({ ...error, rule: typeof error.rule === 'string' ? error.rule : '' }));
  }

  kill(): void {
    if (this.exited || this.killed) return;
    this.killed = true;
    try {
      this.child.kill();
    } catch {
      // already gone
    }
  }

  private receive(chunk: string): void {
    this.buffer += chunk;
    let newline: number;
    while ((newline = this.buffer.indexOf('\n')) >= 0) {
      const line = this.buffer.slice(0, newline).trim();
      this.buffer = this.buffer.slice(newline + 1);
      if (line) this.onMessage(line);
    }
    // A line that never ends is not an answer: drop it rather than grow without bound.
    if (this.buffer.length > 16 * 1024 * 1024) this.buffer = '';
  }

  private onMessage(line: string): void {
    let message: unknown;
    try {
      message = JSON.parse(line);
    } catch {
      return; // not the protocol (a notice printed by the engine)
    }
    if (typeof message !== 'object' || message === null) return;
    const record = message as Record<string, unknown>;
    if ('ready' in record && this.readyWaiter) {
      if (record.ready === true) {
        this.readyWaiter({
          version: typeof record.version === 'string' ? record.version : '',
          options: Array.isArray(record.options) ? record.options.filter((option): option is string => typeof option === 'string') : [],
        });
      } else {
        this.readyWaiter({ failure: typeof record.error === 'string' ? record.error : 'Grammalecte n’a pas pu être chargé.' });
      }
      return;
    }
    const pending = this.pending;
    if (pending && record.id === pending.id) {
      clearTimeout(pending.timer);
      this.pending = undefined;
      pending.resolve(record);
    }
  }

  private onExit(reason: string): void {
    if (this.exited) return;
    this.exited = true;
    const detail = this.stderr.trim().split('\n').pop()?.trim();
    const failure = `Grammalecte s’est arrêté (${reason}${detail ? ` : ${detail}` : ''}).`;
    this.readyWaiter?.({ failure });
    const pending = this.pending;
    if (pending) {
      clearTimeout(pending.timer);
      this.pending = undefined;
      pending.resolve({ failure });
    }
  }
}

function isGrammarError(value: unknown): value is Omit<GrammarError, 'rule'> & { readonly rule?: unknown } {
  if (typeof value !== 'object' || value === null) return false;
  const error = value as Record<string, unknown>;
  return (
    typeof error.start === 'number' &&
    typeof error.end === 'number' &&
    typeof error.type === 'string' &&
    typeof error.message === 'string' &&
    Array.isArray(error.suggestions) &&
    error.suggestions.every((suggestion) => typeof suggestion === 'string')
  );
}
