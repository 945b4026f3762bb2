/**
 * Shared mocha bootstrap for the bundled e2e entries (index.ts, index-failing.ts). Suites are bundled, not
 * loaded from files, so each suite module exports a register function called after the tdd globals exist.
 */
import Mocha from 'mocha';

/** Prefix of the machine-readable lines read by scripts/run-vscode-tests.mjs. */
const MARKER = '[qe-e2e]';

export type RegisterSuite = () => void;

export function runMocha(suites: readonly RegisterSuite[]): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000 });
  // Defines suite/test/suiteSetup… on globalThis, as mocha does before requiring each spec file.
  mocha.suite.emit(Mocha.Suite.constants.EVENT_FILE_PRE_REQUIRE, globalThis, 'qe-e2e', mocha);
  for (const register of suites) register();
  mocha.suite.emit(Mocha.Suite.constants.EVENT_FILE_POST_REQUIRE, globalThis, 'qe-e2e', mocha);

  // Only the code-server runner asks for markers (it cannot read the reporter's stats otherwise).
  const markers = process.env.QE_E2E_MARKERS === '1';
  return new Promise<void>((resolve, reject) => {
    try {
      if (markers) console.log(`${MARKER} start`);
      const runner = mocha.run((failures) => {
        const { passes, pending } = runner.stats ?? { passes: 0, pending: 0 };
        if (markers) console.log(`${MARKER} result ${JSON.stringify({ passed: passes, failed: failures, pending })}`);
        if (failures > 0) reject(new Error(`${failures} test(s) failed.`));
        else if (passes === 0) reject(new Error('No test ran.'));
        else resolve();
      });
      if (markers) {
        runner.on(Mocha.Runner.constants.EVENT_TEST_PASS, () => console.log(`${MARKER} pass`));
        runner.on(Mocha.Runner.constants.EVENT_TEST_FAIL, () => console.log(`${MARKER} fail`));
      }
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
