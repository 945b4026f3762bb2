/**
 * Child of `v8-flags.test.ts` (run with `--allow-natives-syntax`): applies the batch flags as argv says, then
 * either asks V8 to optimize a function and prints whether TurboFan did, or (`young`) makes short-lived garbage
 * that survives a scavenge or two, as a check's tokens do, and prints the young generation's size in bytes.
 */
import { getHeapSpaceStatistics } from 'node:v8';
import { adaptToBatchLength, boundHeapForBatch, skipOptimizingCompilerForBatch } from '../../server/src/node/v8-flags';

const steps = process.argv.slice(2);
for (const step of steps) {
  if (step === 'skip') skipOptimizingCompilerForBatch();
  else if (step === 'heap') boundHeapForBatch();
  else if (step.startsWith('busy:')) adaptToBatchLength(Number(step.slice(5)), () => false);
  else if (step.startsWith('idle:')) adaptToBatchLength(Number(step.slice(5)), () => true);
}

if (steps.includes('young')) {
  let kept: { i: number; s: string }[] = [];
  for (let i = 0; i < 400_000; i++) {
    kept.push({ i, s: `w${i}` });
    if (kept.length > 50_000) kept = [];
  }
  process.stdout.write(String(getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')!.space_size));
} else {
  // Natives syntax is not TypeScript: compiled at run time, in this test child only.
  const probe = new Function(`
    function sum(n) { let total = 0; for (let i = 0; i < n; i++) total += i; return total; }
    %PrepareFunctionForOptimization(sum);
    sum(10); sum(10);
    %OptimizeFunctionOnNextCall(sum);
    sum(10);
    return (%GetOptimizationStatus(sum) & 16) !== 0;
  `) as () => boolean;
  process.stdout.write(probe() ? 'optimized' : 'interpreted');
}
