import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const root = resolve(__dirname, '..', '..');
export const cliPath = join(root, 'server', 'out', 'qe-check.js');
export const serverPath = join(root, 'server', 'out', 'server.js');

export function requireBundles(): void {
  if (!existsSync(cliPath) || !existsSync(serverPath)) {
    throw new Error('Bundles absents : lancez « node esbuild.mjs » (npm test le fait) avant les tests.');
  }
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: options.cwd ?? root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'qe-test-'));
}
