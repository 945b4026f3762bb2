/**
 * V8 settings read at run time (unlike `--max-semi-space-size`, which only the command line sets), applied by
 * the CLI and the server before any work.
 */
import { availableParallelism, loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';

/**
 * Regular expressions compiled to machine code at once: tier-up interprets each one first, then compiles it
 * again, and a check runs some 200 expressions a few times each (measured: -20 % CPU for `qe-check` on 50,000
 * words, -140 ms on the server's cold start).
 */
export function compileRegExpsOnce(): void {
  setFlagsFromString('--no-regexp-tier-up');
}

/**
 * For a one-shot batch (`qe-check`): the old generation grows by smaller steps. The young generation is bounded
 * only once the batch is long ({@link adaptToBatchLength}). The server gets its limits from the client's `execArgv`
 * instead.
 */
export function boundHeapForBatch(): void {
  setFlagsFromString('--heap-growing-percent=80');
}

/**
 * For a one-shot batch (`qe-check`): no optimizing compiler (until {@link adaptToBatchLength}). TurboFan compiles
 * hot functions on background threads; on a check of up to some 10,000 words the optimized code never pays
 * that back (measured, CPU: 1,000 words 290 → 240 ms, 5,000 words 540 → 370 ms, the main thread's time
 * unchanged). Regular expressions are still compiled to machine code (`compileRegExpsOnce`). The server,
 * which runs for hours, keeps TurboFan.
 */
export function skipOptimizingCompilerForBatch(): void {
  setFlagsFromString('--no-opt');
}

/** Characters a batch has checked so far; whether the young generation is bounded; whether TurboFan is back. */
let batchCharacters = 0;
let youngBounded = false;
let optimizing = false;

/** Past this length (about 7,000 words) a batch's young generation stops growing. */
const longBatchCharacters = 50_000;
/** Past this length (about 20,000 words) TurboFan may come back. */
const optimizedBatchCharacters = 150_000;

/**
 * Called before each file of a batch with its length.
 *
 * - **Young generation.** Up to {@link longBatchCharacters} characters it may grow as V8 sees fit: fewer
 *   scavenges (1,000 words: 27 → 7, about -6 ms of CPU; 5,000 words: within the noise) for about 10 MB more at
 *   the peak. Past that it stays at its size (`--semi-space-growth-factor=1`): on a long batch short-lived garbage
 *   would otherwise inflate the peak memory (33,000 words: 126 → 163 MB).
 * - **TurboFan.** Past {@link optimizedBatchCharacters} characters it comes back unless the machine is saturated
 *   (a load average of at least its number of cores). The main thread then gains more than TurboFan costs in wall
 *   time (33,000 words: 1.0 s of main-thread CPU without it, 0.73 s with it), though the process spends more CPU
 *   (1.14 s against 1.43 s); on a saturated machine, where that CPU is taken from the check itself, it stays off.
 *   (« A whole core free », load + 1 ≤ cores, kept it off at a load of 1.5 on 2 cores, where it cost 975 ms of
 *   wall time against 853 ms with TurboFan.)
 */
export function adaptToBatchLength(characters: number, coreToSpare: () => boolean = () => loadavg()[0] < availableParallelism()): void {
  batchCharacters += characters;
  if (!youngBounded && batchCharacters >= longBatchCharacters) {
    youngBounded = true;
    setFlagsFromString('--semi-space-growth-factor=1');
  }
  if (optimizing || batchCharacters < optimizedBatchCharacters || !coreToSpare()) return;
  optimizing = true;
  setFlagsFromString('--opt');
}
