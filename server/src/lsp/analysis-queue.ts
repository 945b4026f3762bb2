/**
 * Checks run one at a time, each in its own macrotask, the cheapest waiting one first: the messages that arrived
 * meanwhile (edits, cancellations, requests on other documents) are read before the next check starts, and a
 * slow document waits behind the quick ones instead of making every other document wait behind it.
 */
/** Estimated milliseconds above which a check waits `graceMs` for other requests first. */
const longCheckMs = 50;
const graceMs = 15;

export class AnalysisQueue {
  private readonly waiting: { readonly cost: number; readonly order: number; readonly start: () => void }[] = [];
  private running = false;
  private order = 0;

  /** Runs `job` when its turn comes (`cost`: estimated milliseconds, smaller first; ties in arrival order). */
  run<T>(cost: number, job: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.waiting.push({
        cost,
        order: this.order++,
        start: () => {
          job().then(resolve, reject).finally(() => {
            this.running = false;
            this.next();
          });
        },
      });
      this.next();
    });
  }

  private next(): void {
    if (this.running || this.waiting.length === 0) return;
    this.running = true;
    setImmediate(() => this.pick(false));
  }

  private pick(waited: boolean): void {
    let best = 0;
    for (let i = 1; i < this.waiting.length; i++) {
      const candidate = this.waiting[i]!;
      const current = this.waiting[best]!;
      if (candidate.cost < current.cost || (candidate.cost === current.cost && candidate.order < current.order)) best = i;
    }
    // Before a long check, a moment for the messages already received (an edit and a request on another
    // document) to be read and queued: they would otherwise wait for the whole check.
    if (!waited && this.waiting[best]!.cost > longCheckMs) {
      setTimeout(() => this.pick(true), graceMs);
      return;
    }
    const [job] = this.waiting.splice(best, 1);
    job!.start();
  }
}
