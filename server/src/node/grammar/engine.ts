/**
 * Grammalecte for one language server or one `qe-check` run: found once (setting, then the usual places), one
 * driver process kept alive, started again when it died, given up after repeated failures in a row (the status
 * says so; a settings change tries again). Requests are queued: the engine checks one paragraph at a time.
 */
import { grammalecteOptions, type GrammarAnswer } from '../../core';
import { driverScriptPath, locateGrammalecte, type DriverCandidate, type LocateEnvironment } from './locate';
import { DriverProcess, defaultTimeouts, type DriverInfo, type ProcessTimeouts } from './process';

export type GrammarStatus =
  | { readonly state: 'recherche' }
  | { readonly state: 'actif'; readonly version: string; readonly label: string }
  | { readonly state: 'absent'; readonly detail: string }
  | { readonly state: 'echec'; readonly detail: string };

export interface GrammarEngineOptions {
  /** `qe.grammalecte.chemin`. */
  readonly setting?: string;
  /** Candidates to try instead of looking (tests). */
  readonly candidates?: readonly DriverCandidate[];
  readonly driverPath?: string;
  readonly timeouts?: Partial<ProcessTimeouts>;
  readonly environment?: LocateEnvironment;
  /** Failures in a row (start or check) after which the engine is given up. */
  readonly maxFailures?: number;
  readonly onStatus?: (status: GrammarStatus) => void;
  readonly log?: (message: string) => void;
}

export class GrammarEngine {
  private process: DriverProcess | undefined;
  private starting: Promise<DriverProcess | undefined> | undefined;
  /** The candidate that worked: restarts use it without trying the others again. */
  private found: DriverCandidate | undefined;
  private failures = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private currentStatus: GrammarStatus = { state: 'recherche' };
  private disposed = false;
  /** Processes started so far (tests count the restarts). */
  starts = 0;
  private readonly timeouts: ProcessTimeouts;

  constructor(private readonly options: GrammarEngineOptions = {}) {
    this.timeouts = { ...defaultTimeouts, ...options.timeouts };
  }

  get status(): GrammarStatus {
    return this.currentStatus;
  }

  /** True once the engine is known to be unusable (absent or given up): checks then return a failure at once. */
  get unavailable(): boolean {
    return this.currentStatus.state === 'absent' || this.currentStatus.state === 'echec';
  }

  /** Starts the engine if needed and waits until it is ready or known absent. */
  async ensureStarted(): Promise<GrammarStatus> {
    if (!this.unavailable) await this.running();
    return this.currentStatus;
  }

  /** Checks one paragraph; never rejects (a failure is an answer without findings). */
  check(text: string): Promise<GrammarAnswer> {
    const result = this.queue.then(() => this.checkNow(text));
    this.queue = result.catch(() => undefined);
    return result;
  }

  dispose(): void {
    this.disposed = true;
    this.process?.kill();
    this.process = undefined;
  }

  private async checkNow(text: string): Promise<GrammarAnswer> {
    if (this.disposed) return { failure: 'Grammalecte est arrêté.' };
    if (this.unavailable) return { failure: this.detail() };
    const driver = await this.running();
    if (!driver) return { failure: this.detail() };
    const answer = await driver.check(text);
    if (Array.isArray(answer)) {
      this.failures = 0;
      return answer;
    }
    this.fail(`${(answer as { failure: string }).failure}`);
    return answer;
  }

  private detail(): string {
    const status = this.currentStatus;
    return 'detail' in status ? status.detail : 'Grammalecte indisponible.';
  }

  /** The running process, started (or restarted) when needed. */
  private running(): Promise<DriverProcess | undefined> {
    if (this.process?.alive) return Promise.resolve(this.process);
    this.starting ??= this.start().finally(() => (this.starting = undefined));
    return this.starting;
  }

  private async start(): Promise<DriverProcess | undefined> {
    const driverPath = this.options.driverPath ?? driverScriptPath();
    let candidates: readonly DriverCandidate[];
    if (this.found) candidates = [this.found];
    else if (this.options.candidates) candidates = this.options.candidates;
    else {
      const located = locateGrammalecte(this.options.setting, this.options.environment);
      if (located.problem || located.candidates.length === 0) {
        this.setStatus({ state: 'absent', detail: located.problem ?? 'Grammalecte non trouvé.' });
        return undefined;
      }
      candidates = located.candidates;
    }
    const reasons: string[] = [];
    for (const candidate of candidates) {
      if (this.disposed) return undefined;
      this.starts++;
      const driver = new DriverProcess(candidate, driverPath, this.timeouts);
      const ready = await driver.ready;
      if ('failure' in ready) {
        driver.kill();
        reasons.push(`${candidate.label} : ${ready.failure}`);
        continue;
      }
      const configured = await this.configure(driver, ready);
      if (!configured) {
        driver.kill();
        reasons.push(`${candidate.label} : options refusées`);
        continue;
      }
      this.found = candidate;
      this.process = driver;
      this.setStatus({ state: 'actif', version: ready.version, label: candidate.label });
      return driver;
    }
    if (this.found) {
      // It worked before: a failed restart counts as a failure in a row.
      this.fail(reasons.join(' ; '));
      return undefined;
    }
    this.options.log?.(`Grammalecte non trouvé : ${reasons.join(' ; ') || 'aucun candidat'}.`);
    this.setStatus({ state: 'absent', detail: 'Grammalecte non trouvé.' });
    return undefined;
  }

  private async configure(driver: DriverProcess, info: DriverInfo): Promise<boolean> {
    const answer = await driver.request({ options: grammalecteOptions(info.options) });
    return answer.ok === true;
  }

  private fail(reason: string): void {
    this.failures++;
    this.options.log?.(`Grammalecte : ${reason}`);
    if (this.failures >= (this.options.maxFailures ?? 3)) {
      this.process?.kill();
      this.process = undefined;
      this.setStatus({ state: 'echec', detail: `Grammalecte a échoué ${this.failures} fois de suite (${reason}) ; il n’est plus sollicité.` });
    }
  }

  private setStatus(status: GrammarStatus): void {
    this.currentStatus = status;
    this.options.onStatus?.(status);
  }
}
