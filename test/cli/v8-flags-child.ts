/**
 * Child of `v8-flags.test.ts` (run with `--allow-natives-syntax`): applies the batch flags as argv says, then
 * asks V8 to optimize a function and prints whether TurboFan did.
 */
import { optimizeLongBatch, skipOptimizingCompilerForBatch } from '../../server/src/node/v8-flags';

const steps = process.argv.slice(2);
for (const step of steps) {
  if (step === 'skip') skipOptimizingCompilerForBatch();
  else if (step.startsWith('busy:')) optimizeLongBatch(Number(step.slice(5)), () => false);
  else if (step.startsWith('idle:')) optimizeLongBatch(Number(step.slice(5)), () => true);
}
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
