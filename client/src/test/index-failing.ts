/**
 * Negative control, never part of the normal run: one passing and one failing test, to prove that a failure
 * reaches the runner's exit code. `node scripts/run-vscode-tests.mjs --tests client/src/test/index-failing.ts`
 */
import { runMocha } from './mochaRunner';
import { registerFailingSuite } from './suite/failing.test';

export function run(): Promise<void> {
  return runMocha([registerFailingSuite]);
}
