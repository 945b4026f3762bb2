#!/usr/bin/env node
// Same suite, in desktop VS Code through @vscode/test-electron, for machines that can download VS Code (or have a
// local binary: VSCODE_EXECUTABLE). Not usable offline: CI uses scripts/run-vscode-tests.mjs (code-server).
// On a Linux machine without a display, run it under xvfb-run.
//
// Usage: node scripts/run-vscode-tests-electron.mjs [--tests FILE.js] [--workspace DIR]
// Env: VSCODE_VERSION (default stable), VSCODE_EXECUTABLE, TESTS_PATH, WORKSPACE.
// Exit: 0 when the suite passed, 1 otherwise. Last line: "N passed, N failed".
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runTests } from '@vscode/test-electron';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({ options: { tests: { type: 'string' }, workspace: { type: 'string' } } });
const testsPath = path.resolve(args.tests ?? process.env.TESTS_PATH ?? path.join(ROOT, 'client/out/test/index.js'));
const workspaceSrc = path.resolve(args.workspace ?? process.env.WORKSPACE ?? path.join(ROOT, 'test/fixtures/e2e-workspace'));

if (!fs.existsSync(testsPath)) {
  console.log(`tests not found: ${testsPath} (build first: node esbuild.mjs)`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// Count the markers printed by client/src/test/mochaRunner.ts and keep them out of the output.
const counts = { passed: 0, failed: 0 };
const write = process.stdout.write.bind(process.stdout);
let pending = '';
process.stdout.write = (chunk, ...rest) => {
  pending += chunk.toString();
  const lines = pending.split('\n');
  pending = lines.pop() ?? '';
  const kept = lines.filter((line) => {
    const m = /\[qe-e2e\] (start|pass|fail|result (\{.*\}))\s*$/.exec(line);
    if (!m) return true;
    if (m[1] === 'pass') counts.passed++;
    else if (m[1] === 'fail') counts.failed++;
    else if (m[2]) Object.assign(counts, JSON.parse(m[2]));
    return false;
  });
  return kept.length ? write(kept.map((l) => `${l}\n`).join(''), ...rest) : true;
};

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qe-vscode-electron-'));
const workspace = path.join(tmp, 'workspace');
fs.cpSync(workspaceSrc, workspace, { recursive: true });

let code = 1;
try {
  code = await runTests({
    version: process.env.VSCODE_VERSION ?? 'stable',
    ...(process.env.VSCODE_EXECUTABLE ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE } : {}),
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: testsPath,
    extensionTestsEnv: { QE_E2E_MARKERS: '1' },
    launchArgs: [
      workspace,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--user-data-dir', path.join(tmp, 'user'),
      // Electron refuses to run as root without it.
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
} catch (err) {
  console.log(`VS Code tests failed: ${err instanceof Error ? err.message : String(err)}`);
  code = 1;
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}

if (pending) write(`${pending}\n`);
let { passed, failed } = counts;
// A run that failed without a failing test (timeout, crash, setup error) counts as one failure.
if (code !== 0 && failed === 0) failed = 1;
if (code === 0 && (failed > 0 || passed === 0)) code = 1;
process.stdout.write = write;
console.log(`${passed} passed, ${failed} failed`);
process.exit(code);
