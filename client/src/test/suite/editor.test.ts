/**
 * Real VS Code: the editor experience — completion of a plan and its measures, hover of an acronym, a quick fix
 * applied through vscode.commands, fix-all, snippet insertion, outline, the new-answer command on the seed and on
 * an open-data record, coverage, publication text, the language status item. Waits on events and on command
 * results, never on timers.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { diagnosticCode, fixtureUri, getExtension, waitForDiagnostics, withTimeout } from './helpers';

const MS = 30_000;

interface QeApi {
  readonly statusText: () => string;
  readonly onStatusUpdate: vscode.Event<string>;
}

async function open(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(name));
  assert.equal(document.languageId, 'qe');
  const editor = await vscode.window.showTextDocument(document);
  await withTimeout(getExtension().activate(), MS, 'activation');
  return editor;
}

/** Inserts `text` at the end of the answer (before « # Notes internes ») and returns the position after it. */
async function appendToAnswer(editor: vscode.TextEditor, text: string): Promise<vscode.Position> {
  const offset = editor.document.getText().indexOf('# Notes internes');
  assert.ok(offset > 0);
  const at = editor.document.positionAt(offset);
  assert.ok(await editor.edit((edit) => edit.insert(at, `${text}\n\n`)));
  return editor.document.positionAt(offset + text.length);
}

async function revertAll(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (document.isDirty && document.uri.scheme === 'file') {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  }
}

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))
    .join('\n');
}

function temporaryCopy(source: string): vscode.Uri {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'qe-e2e-'));
  const target = path.join(folder, path.basename(source));
  fs.copyFileSync(source, target);
  return vscode.Uri.file(target);
}

export function registerEditorSuite(): void {
  suite('Expérience d’édition', () => {
    teardown(revertAll);

    test('complétion : « mesure » propose les mesures du second plan traite', async () => {
      const editor = await open('editeur/dossier.qe.md');
      const position = await appendToAnswer(editor, 'La mesure ');
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, position);
      const sixteen = list.items.find((item) => labelOf(item) === '16');
      assert.ok(sixteen, list.items.map(labelOf).slice(0, 30).join(', '));
      assert.match(String(sixteen.detail), /mécanisme national de référence/);
    });

    test('complétion : un nom de plan avec sa période', async () => {
      const editor = await open('editeur/dossier.qe.md');
      const position = await appendToAnswer(editor, 'Le second plan d’action national contre la tr');
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, position);
      assert.ok(list.items.some((item) => labelOf(item) === 'second plan d\'action national contre la traite des êtres humains (2019-2021)'), list.items.map(labelOf).slice(0, 10).join(' | '));
    });

    test('survol : développement d’un sigle', async () => {
      const editor = await open('editeur/dossier.qe.md');
      const position = editor.document.positionAt(editor.document.getText().indexOf('MIPROF') + 2);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
      assert.match(hoverText(hovers), /Mission interministérielle pour la protection des femmes/);
    });

    test('plan du document : métadonnées, question, réponse, notes', async () => {
      const editor = await open('editeur/dossier.qe.md');
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
      assert.deepEqual(symbols.map((symbol) => symbol.name), ['Métadonnées', 'Question', 'Réponse', 'Notes internes']);
    });

    test('correction rapide appliquée par vscode.commands : clé inconnue', async () => {
      const editor = await open('editeur/cle-inconnue.qe.md');
      const uri = editor.document.uri;
      const diagnostics = await waitForDiagnostics(uri, (ds) => ds.some((d) => diagnosticCode(d) === 'metadonnee-inconnue'), MS, 'metadonnee-inconnue');
      const unknown = diagnostics.find((d) => diagnosticCode(d) === 'metadonnee-inconnue')!;
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, unknown.range, vscode.CodeActionKind.QuickFix.value);
      const fix = actions.find((action) => action.edit && action.kind?.value === 'quickfix');
      assert.ok(fix?.edit, JSON.stringify(actions.map((action) => action.title)));
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.match(editor.document.getText(), /^---\nnumero: 24191/);
      await waitForDiagnostics(uri, (ds) => !ds.some((d) => diagnosticCode(d) === 'metadonnee-inconnue'), MS, 'la disparition de metadonnee-inconnue');
    });

    test('commande « Corriger tout ce qui peut l’être »', async () => {
      const editor = await open('editeur/cle-inconnue.qe.md');
      await waitForDiagnostics(editor.document.uri, (ds) => ds.some((d) => diagnosticCode(d) === 'metadonnee-inconnue'), MS, 'metadonnee-inconnue');
      const count = await vscode.commands.executeCommand<number>('qe.fixAll');
      assert.ok(count >= 1, `corrections : ${count}`);
      assert.match(editor.document.getText(), /^---\nnumero: 24191/);
    });

    test('« tout corriger » à l’enregistrement (editor.codeActionsOnSave)', async () => {
      const settings = vscode.workspace.getConfiguration('editor', { languageId: 'qe' });
      await settings.update('codeActionsOnSave', { 'source.fixAll.qe': 'explicit' }, vscode.ConfigurationTarget.Global, true);
      try {
        const copy = temporaryCopy(fixtureUri('editeur/cle-inconnue.qe.md').fsPath);
        const document = await vscode.workspace.openTextDocument(copy);
        const editor = await vscode.window.showTextDocument(document);
        await withTimeout(getExtension().activate(), MS, 'activation');
        await waitForDiagnostics(document.uri, (ds) => ds.some((d) => diagnosticCode(d) === 'metadonnee-inconnue'), MS, 'metadonnee-inconnue');
        // A real edit, so that the save is not a no-op, then an explicit save as the user would do.
        assert.ok(await editor.edit((edit) => edit.insert(document.positionAt(document.getText().length), '\n')));
        const saved = new Promise<vscode.TextDocument>((resolve) => {
          const subscription = vscode.workspace.onDidSaveTextDocument((event) => {
            if (event.uri.toString() === document.uri.toString()) {
              subscription.dispose();
              resolve(event);
            }
          });
        });
        await vscode.commands.executeCommand('workbench.action.files.save');
        const after = await withTimeout(saved, MS, 'enregistrement');
        assert.match(after.getText(), /^---\nnumero: 24191/);
        assert.match(fs.readFileSync(copy.fsPath, 'utf8'), /^---\nnumero: 24191/, 'le fichier enregistré est corrigé');
      } finally {
        await settings.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Global, true);
      }
    });

    test('insertion de l’extrait « Nouveau dossier de réponse »', async () => {
      const document = await vscode.workspace.openTextDocument({ language: 'qe', content: '' });
      const editor = await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'qe', name: 'Nouveau dossier de réponse' });
      const text = editor.document.getText();
      assert.match(text, /^---\nnumero: numéro\n/);
      assert.match(text, /\n# Question\n/);
      assert.match(text, /\n# Réponse\n\n<!-- qe: repond Q1 -->/);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });

    test('nouvelle réponse depuis la page de la question (graine AN)', async () => {
      const source = temporaryCopy(path.join(getExtension().extensionPath, 'examples', 'sources', 'qe-15-24191.md'));
      const created = await vscode.commands.executeCommand<vscode.Uri>('qe.newAnswerFromQuestion', source, { overwrite: true });
      assert.ok(created, 'un dossier créé');
      assert.equal(path.basename(created.fsPath), 'qe-15-24191.qe.md');
      const document = vscode.window.activeTextEditor!.document;
      assert.equal(document.uri.toString(), created.toString());
      assert.equal(document.languageId, 'qe');
      assert.match(document.getText(), /^---\nnumero: 24191\nlegislature: 15\n/);
      assert.match(document.getText(), /Source de la question : qe-15-24191\.md/);
    });

    test('nouvelle réponse depuis un enregistrement open data', async () => {
      const source = temporaryCopy(path.join(getExtension().extensionPath, 'examples', 'sources', 'QANR5L17QE357.json'));
      const created = await vscode.commands.executeCommand<vscode.Uri>('qe.newAnswerFromQuestion', source, { overwrite: true });
      assert.equal(path.basename(created.fsPath), 'qe-17-357.qe.md');
      assert.match(fs.readFileSync(created.fsPath, 'utf8'), /^---\nnumero: 357\n/);
    });

    test('couverture des sous-questions et texte publié', async () => {
      const editor = await open('editeur/dossier.qe.md');
      const report = await vscode.commands.executeCommand<vscode.Uri>('qe.showCoverage', editor.document.uri);
      assert.ok(report);
      const reportDocument = await vscode.workspace.openTextDocument(report);
      assert.match(reportDocument.getText(), /^# Couverture des sous-questions — dossier\.qe\.md/);
      await vscode.window.showTextDocument(editor.document);
      // The dossier has errors left: copied as a draft without the modal question (which a test cannot answer).
      const published = await vscode.commands.executeCommand<string>('qe.copyForPublication', editor.document.uri, { ifErrors: 'copy' });
      assert.ok(published?.startsWith('Dès 2018, la Mission interministérielle'));
      assert.doesNotMatch(published, /#|<!--|Notes internes/);
    });

    test('élément d’état du langage : profil et remarques', async () => {
      const api = getExtension().exports as QeApi;
      const shown = new Promise<string>((resolve) => {
        const check = (text: string): void => {
          if (/^Profil JO · /.test(text)) {
            subscription.dispose();
            resolve(text);
          }
        };
        const subscription = api.onStatusUpdate(check);
        check(api.statusText());
      });
      const editor = await open('editeur/dossier.qe.md');
      const text = await withTimeout(shown, MS, 'le texte de l’élément d’état');
      assert.match(text, /^Profil JO · (aucune remarque|1 remarque|\d+ remarques)/);
      // Last test: leave a readable editor for `run-vscode-tests.mjs --screenshot` (hover on an acronym).
      const position = editor.document.positionAt(editor.document.getText().indexOf('(MIPROF)') + 3);
      editor.selection = new vscode.Selection(position, position);
      editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
      await vscode.commands.executeCommand('notifications.clearAll');
      await vscode.commands.executeCommand('editor.action.showHover');
    });
  });
}
