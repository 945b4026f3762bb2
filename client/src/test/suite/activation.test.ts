/** Real VS Code: the extension activates on a `.qe.md` and its language server reports invalid metadata. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { describeDiagnostics, diagnosticCode, fixtureUri, getExtension, waitForDiagnostics, waitUntil, withTimeout } from './helpers';

const ACTIVATION_MS = 30_000;
/** Cold start of the language server (dictionaries, parsers) included. */
const DIAGNOSTICS_MS = 30_000;
const CODE = 'metadonnee-invalide';

const hasCode = (ds: readonly vscode.Diagnostic[]): boolean => ds.some((d) => diagnosticCode(d) === CODE);

export function registerActivationSuite(): void {
  suite('Activation and diagnostics', () => {
    suiteTeardown(async () => {
      // Leave no dirty editor behind (the edit test changes a document in memory only).
      for (const doc of vscode.workspace.textDocuments) {
        if (doc.isDirty) {
          await vscode.window.showTextDocument(doc);
          await vscode.commands.executeCommand('workbench.action.files.revert');
        }
      }
    });

    test('opening a .qe.md document gives it language qe and activates the extension', async () => {
      const ext = getExtension();
      const events: readonly string[] = (ext.packageJSON as { activationEvents?: string[] }).activationEvents ?? [];
      const eager = events.some((e) => e === '*' || e === 'onStartupFinished' || e.startsWith('workspaceContains:'));
      if (!eager) assert.equal(ext.isActive, false, `active before any .qe.md was opened (activationEvents: ${events.join(', ')})`);

      const doc = await vscode.workspace.openTextDocument(fixtureUri('valide.qe.md'));
      assert.equal(doc.languageId, 'qe');
      await vscode.window.showTextDocument(doc);

      await waitUntil(() => ext.isActive, ACTIVATION_MS, `activation of ${ext.id} after opening ${doc.uri.path}`);
      // Same promise as the running activation: surfaces an error thrown by activate().
      await withTimeout(ext.activate(), ACTIVATION_MS, `the activation promise of ${ext.id}`);
    });

    test(`numero: abc in the front matter gives a ${CODE} error`, async () => {
      const uri = fixtureUri('numero-invalide.qe.md');
      const doc = await vscode.workspace.openTextDocument(uri);
      assert.equal(doc.languageId, 'qe');
      await vscode.window.showTextDocument(doc);

      const ds = await waitForDiagnostics(uri, hasCode, DIAGNOSTICS_MS, `a ${CODE} diagnostic`);
      const d = ds.find((x) => diagnosticCode(x) === CODE);
      assert.ok(d);
      assert.equal(d.severity, vscode.DiagnosticSeverity.Error, describeDiagnostics([d]));
      assert.ok(d.message.trim().length > 0, 'empty message');
      const closing = doc.getText().split(/\r?\n/).indexOf('---', 1);
      assert.ok(d.range.start.line > 0 && d.range.start.line < closing, `range outside the front matter: ${describeDiagnostics([d])}`);
    });

    test(`fixing the number in the editor clears the ${CODE} error`, async () => {
      const uri = fixtureUri('numero-invalide.qe.md');
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      await waitForDiagnostics(uri, hasCode, DIAGNOSTICS_MS, `a ${CODE} diagnostic`);

      const line = doc.getText().split(/\r?\n/).findIndex((l) => l.startsWith('numero:'));
      assert.ok(line > 0, 'fixture has no numero line');
      const edit = new vscode.WorkspaceEdit();
      edit.replace(uri, doc.lineAt(line).range, 'numero: 24191');
      assert.ok(await vscode.workspace.applyEdit(edit), 'edit was not applied');

      await waitForDiagnostics(uri, (ds) => !hasCode(ds), DIAGNOSTICS_MS, `the ${CODE} diagnostic to go away`);
    });
  });
}
