/**
 * The language server under an editor's load, over the real protocol (stdio, built bundle): 2,000 random
 * edits with pulls that overlap them, then the final diagnostics must equal a fresh check of the final text.
 * A 10 MB document is checked partially with a French notice and the server keeps answering.
 */
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CancellationTokenSource,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DocumentDiagnosticRequest,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { analyze, LineIndex } from '../../server/src/core';
import { requireBundles } from '../helpers/cli';
import { pullCapabilities, TestLspClient } from '../helpers/lsp-client';
import { dossierOfLength, realDossiers } from './dossiers';
import { seededRandom } from '../helpers/random';


const snippets = ['e', ' ', 'Le ministère ', '.', ',', '\n', '\n\n', 'MIPROF', 'l\'Etat', '  ', '« ', ' »', '**', '`', '<!-- qe: repond Q1 -->', '😀', '\r\n', 'é', '’'];

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

const severityNumber = { error: 1, warning: 2, information: 3, hint: 4 } as const;

/** What a fresh check of `text` gives, in the fields a diagnostic carries. */
function expectedDiagnostics(text: string) {
  const lines = new LineIndex(text);
  return analyze(text).findings.map((finding) => ({ code: finding.rule, message: finding.message, severity: severityNumber[finding.severity], range: lines.range(finding.anchor ?? finding.range) }));
}

function comparable(diagnostics: readonly Diagnostic[]) {
  return diagnostics.map((diagnostic) => ({ code: diagnostic.code, message: diagnostic.message, severity: diagnostic.severity, range: diagnostic.range }));
}

describe('serveur de langage sous charge', function () {
  this.timeout(120_000);
  let client: TestLspClient;

  before(requireBundles);
  beforeEach(async () => {
    client = new TestLspClient();
    await client.initialize(pullCapabilities);
  });
  afterEach(async () => client.close());

  it('2 000 modifications aléatoires : le serveur tient et ses diagnostics finaux égalent un contrôle neuf', async () => {
    const next = seededRandom(6);
    const uri = 'untitled:stress.qe.md';
    const initial = realDossiers()[0]!;
    let document = TextDocument.create(uri, 'qe', 1, initial);
    await client.open(uri, initial, 'qe', 1);
    const pending: Promise<unknown>[] = [];
    for (let i = 0; i < 2000; i++) {
      const text = document.getText();
      const start = Math.floor(next() * (text.length + 1));
      const end = Math.min(text.length, start + (next() < 0.4 ? Math.floor(next() * 20) : 0));
      const inserted = next() < 0.15 ? String.fromCharCode(32 + Math.floor(next() * 400)) : snippets[Math.floor(next() * snippets.length)]!;
      const change: TextDocumentContentChangeEvent = { range: { start: document.positionAt(start), end: document.positionAt(end) }, text: end > start && next() < 0.3 ? '' : inserted };
      document = TextDocument.update(document, [change], document.version + 1);
      void client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: document.version }, contentChanges: [change] });
      // Pulls that overlap the edits, as VS Code sends them while one types; some are awaited.
      if (next() < 0.1) {
        const pull = pullWithRetry(client, uri);
        if (next() < 0.3) await pull;
        else pending.push(pull);
      }
    }
    await Promise.all(pending);
    assert.ok(client.alive, 'le serveur est toujours là');
    const finalText = document.getText();
    const diagnostics = await pullWithRetry(client, uri);
    assert.deepEqual(comparable(diagnostics), expectedDiagnostics(finalText));
    assert.doesNotMatch(client.stderr, /Error|erreur/i);
  });

  it('les demandes annulées par une frappe plus récente sont abandonnées, la dernière a le bon résultat', async () => {
    const uri = 'untitled:annulation.qe.md';
    let document = TextDocument.create(uri, 'qe', 1, realDossiers()[2]!);
    await client.open(uri, document.getText(), 'qe', 1);
    const outcomes: Promise<'ok' | 'annulée'>[] = [];
    for (let i = 0; i < 40; i++) {
      const change: TextDocumentContentChangeEvent = { range: { start: document.positionAt(400), end: document.positionAt(400) }, text: 'x' };
      document = TextDocument.update(document, [change], document.version + 1);
      void client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: document.version }, contentChanges: [change] });
      const source = new CancellationTokenSource();
      outcomes.push(
        client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }, source.token).then(
          () => 'ok' as const,
          (error: { code?: number }) => {
            assert.ok(error.code === -32802 || error.code === -32800, `code d’erreur ${error.code}`);
            return 'annulée' as const;
          },
        ),
      );
      // The editor cancels the previous pull as soon as the user types again.
      source.cancel();
    }
    const results = await Promise.all(outcomes);
    assert.ok(results.includes('annulée'), 'au moins une demande périmée abandonnée');
    assert.deepEqual(comparable(await pullWithRetry(client, uri)), expectedDiagnostics(document.getText()));
  });

  it('un document de 10 Mo : avis de troncature en français, et le serveur répond encore aux autres documents', async () => {
    const block = dossierOfLength(20000);
    let big = block;
    while (big.length < 10 * 1024 * 1024) big += `\n\n${block.slice(block.indexOf('# Réponse') + 12, block.indexOf('# Notes'))}`;
    const bigUri = 'untitled:enorme.qe.md';
    await client.open(bigUri, big);
    const diagnostics = await pullWithRetry(client, bigUri);
    const notice = diagnostics.find((diagnostic) => diagnostic.code === 'fichier-tronque');
    assert.ok(notice, 'avis de troncature');
    assert.match(notice.message, /Fichier très volumineux/);
    // Typing in the huge document, then a small document: the small one still gets its diagnostics.
    for (let version = 2; version < 6; version++) {
      void client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri: bigUri, version },
        contentChanges: [{ range: { start: { line: 20, character: 0 }, end: { line: 20, character: 0 } }, text: 'x' }],
      });
    }
    const smallUri = 'untitled:petit.qe.md';
    const small = realDossiers()[1]!;
    await client.open(smallUri, small);
    assert.deepEqual(comparable(await pullWithRetry(client, smallUri)), expectedDiagnostics(small));
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: bigUri } });
    assert.ok(client.alive);
  });
});
