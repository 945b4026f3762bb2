/**
 * Document sync (issue 12, defect 4): the server's text stays the editor's text for every legal change
 * sequence, `\r` / `\n` joins included. Random edits (seeded) in push and pull mode; at the end the server's
 * diagnostics must equal those of a fresh `qe-check` on the editor's text.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DidChangeTextDocumentNotification, DocumentDiagnosticRequest, type Diagnostic, type DocumentDiagnosticReport, type TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol/node';
import { updateDocument } from '../../server/src/lsp/text-documents';
import { cliPath, requireBundles } from '../helpers/cli';
import { pullCapabilities, pushCapabilities, TestLspClient } from '../helpers/lsp-client';
import { realDossiers } from './dossiers';
import { seededRandom } from '../helpers/random';


const pieces = ['\r', '\n', '\r\n', 'x\r', '\ny', '\n\n', '  ', 'Etat', 'e', ' ', '', '', '« ', 'l\'Etat  ', '\r\r'];

/** A random legal change of `text`, often at a line break (where `\r` and `\n` can join or split). */
function randomChange(text: string, next: () => number): { start: number; end: number; text: string } {
  let start = Math.floor(next() * (text.length + 1));
  if (next() < 0.6) {
    const breaks = [...text.matchAll(/[\r\n]/g)].map((match) => match.index!);
    if (breaks.length > 0) start = breaks[Math.floor(next() * breaks.length)]! + (next() < 0.5 ? 0 : 1);
  }
  const end = Math.min(text.length, start + (next() < 0.3 ? Math.floor(next() * 3) : 0));
  return { start, end, text: pieces[Math.floor(next() * pieces.length)]! };
}

/** The editor's side: the exact text, positions computed afresh (never incrementally). */
function positionsOf(text: string) {
  return TextDocument.create('untitled:x', 'qe', 0, text);
}

/**
 * A change as the editor sends it, and the offsets it means: a position cannot point between the `\r` and the
 * `\n` of a pair (it means the end of the line, before the `\r`).
 */
function asSent(editor: TextDocument, change: { start: number; end: number; text: string }) {
  const range = { start: editor.positionAt(change.start), end: editor.positionAt(change.end) };
  return { range, start: editor.offsetAt(range.start), end: editor.offsetAt(range.end), text: change.text };
}

const severities: Record<string, number> = { error: 1, warning: 2, information: 3, hint: 4 };

function freshCheck(text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'qe-sync-'));
  try {
    writeFileSync(join(dir, 'texte.qe.md'), text);
    const result = spawnSync(process.execPath, [cliPath, '--format', 'json', '--no-config', 'texte.qe.md'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20 });
    const report = JSON.parse(result.stdout) as { files: { diagnostics: { rule: string; severity: string; message: string; range: unknown }[] }[] };
    return report.files[0]!.diagnostics.map((d) => ({ code: d.rule, severity: severities[d.severity], message: d.message, range: d.range }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function comparable(diagnostics: readonly Diagnostic[]) {
  return diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: d.message, range: d.range }));
}

async function pullWithRetry(client: TestLspClient, uri: string): Promise<Diagnostic[]> {
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      const report = (await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as DocumentDiagnosticReport;
      return report.kind === 'full' ? report.items : [];
    } catch (error) {
      if ((error as { code?: number }).code !== -32802) throw error;
    }
  }
  throw new Error('le serveur annule toujours');
}

describe('synchronisation du document (jonctions \\r / \\n)', function () {
  this.timeout(120_000);

  it('updateDocument garde texte et positions égaux à ceux d’un document neuf, modification après modification', () => {
    const next = seededRandom(12);
    let expected = realDossiers()[1]!.replace(/\n/g, (_, offset: number) => (offset % 3 === 0 ? '\r\n' : '\n'));
    let document = TextDocument.create('untitled:x', 'qe', 0, expected);
    for (let i = 0; i < 3000; i++) {
      const change = asSent(positionsOf(expected), randomChange(expected, next));
      document = updateDocument(document, [{ range: change.range, text: change.text }], i + 1);
      expected = expected.slice(0, change.start) + change.text + expected.slice(change.end);
      assert.equal(document.getText(), expected, `texte, modification ${i}`);
      const fresh = positionsOf(expected);
      assert.equal(document.lineCount, fresh.lineCount, `lignes, modification ${i}`);
      const probe = Math.floor(next() * (expected.length + 1));
      assert.deepEqual(document.positionAt(probe), fresh.positionAt(probe), `position de ${probe}, modification ${i}`);
    }
  });

  for (const mode of ['push', 'pull'] as const) {
    it(`serveur en mode ${mode} : après 400 modifications, ses diagnostics égalent ceux de qe-check sur le texte de l’éditeur`, async () => {
      requireBundles();
      const client = new TestLspClient();
      try {
        await client.initialize(mode === 'pull' ? pullCapabilities : pushCapabilities);
        const uri = `untitled:synchro-${mode}.qe.md`;
        const next = seededRandom(mode === 'pull' ? 41 : 42);
        let text = realDossiers()[3]!.replace(/\n/g, (_, offset: number) => (offset % 2 === 0 ? '\r\n' : '\n'));
        let version = 1;
        await client.open(uri, text, 'qe', version);
        for (let i = 0; i < 400; i++) {
          const change = asSent(positionsOf(text), randomChange(text, next));
          const event: TextDocumentContentChangeEvent = { range: change.range, text: change.text };
          text = text.slice(0, change.start) + change.text + text.slice(change.end);
          version++;
          void client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [event] });
          if (mode === 'pull' && next() < 0.05) await pullWithRetry(client, uri);
        }
        // The dictionary loads about a second after start: wait for it so that both sides check spelling.
        await new Promise((resolve) => setTimeout(resolve, 2000));
        let diagnostics: readonly Diagnostic[];
        if (mode === 'pull') diagnostics = await pullWithRetry(client, uri);
        else {
          // One more edit (a space added then removed as one change: same text) to get a publication after the load.
          const editor = positionsOf(text);
          const end = editor.positionAt(text.length);
          version++;
          const published = client.nextPublished(uri, 20_000, version);
          void client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range: { start: end, end }, text: '' }] });
          diagnostics = (await published).diagnostics;
        }
        assert.ok(client.alive);
        assert.deepEqual(comparable(diagnostics), freshCheck(text));
      } finally {
        await client.close();
      }
    });
  }
});
