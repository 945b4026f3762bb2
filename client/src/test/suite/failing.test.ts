/** Negative control suite (see index-failing.ts). */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export function registerFailingSuite(): void {
  suite('Negative control', () => {
    test('runs inside the VS Code extension host', () => {
      assert.ok(vscode.version.length > 0);
    });
    test('fails on purpose', () => {
      assert.fail('deliberate failure: the runner must exit non-zero');
    });
  });
}
