/**
 * Grammar findings (Grammalecte, J1 `accord-delegue`) in the language server, with the fake driver (runs
 * everywhere): house-style diagnostics first, grammar ones joining after a refresh; nothing on the question,
 * quotations or block quotations; one keystroke re-checks one paragraph; quick fixes but never in fix-all; a
 * crash costs one paragraph; without Grammalecte, the status says so and nothing else changes.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DidChangeTextDocumentNotification, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol';
import { requireBundles, tempDir } from '../helpers/cli';
import { pullCapabilities, pushCapabilities, TestLspClient } from '../helpers/lsp-client';
import type { GrammarStatusParams } from '../../server/src/lsp/features/protocol';
import { fakeGrammalecte } from '../helpers/grammalecte';

const dossier = [
  '---',
  'numero: 12',
  '---',
  '',
  '# Question',
  '',
  'M. X interroge M. le ministre sur les chiffres erronés des préfectures.',
  '',
  '# Réponse',
  '',
  'Les chiffres erronés ont été corrigés par les services.',
  '',
  'Le ministre rappelle que « les chiffres erronés des préfectures » ont été publiés.',
  '',
  '> Les articles erronés du code sont cités ici.',
  '',
  'Une seconde phrase sans faute.',
  '',
].join('\n');

interface Session {
  client: TestLspClient;
  uri: string;
  log: string;
  refreshes: number;
  statuses: GrammarStatusParams[];
  waitRefresh(): Promise<void>;
}

async function start(chemin: string, capabilities = pullCapabilities, qe: unknown = null): Promise<Session> {
  const workspace = tempDir();
  const path = join(workspace, 'reponse.qe.md');
  writeFileSync(path, dossier);
  const log = join(workspace, 'envoyes.jsonl');
  writeFileSync(log, '');
  process.env.QE_FAKE_GRAMMALECTE_LOG = log;
  const client = new TestLspClient();
  delete process.env.QE_FAKE_GRAMMALECTE_LOG;
  const session: Session = { client, uri: pathToFileURL(path).href, log, refreshes: 0, statuses: [], waitRefresh: () => Promise.resolve() };
  let waiters: (() => void)[] = [];
  session.waitRefresh = () => new Promise((resolve) => waiters.push(resolve));
  client.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
    params.items.map((item) => (item.section === 'qe.grammalecte' ? { chemin } : item.section === 'qe' ? qe : null)),
  );
  client.connection.onRequest('workspace/diagnostic/refresh', () => {
    session.refreshes++;
    const current = waiters;
    waiters = [];
    for (const resolve of current) resolve();
    return null;
  });
  client.connection.onNotification('qe/grammarStatus', (params: GrammarStatusParams) => session.statuses.push(params));
  await client.initialize({ ...capabilities, workspace: { ...capabilities.workspace, diagnostics: { refreshSupport: true } } }, workspace);
  await client.open(session.uri, dossier);
  return session;
}

function sentTexts(session: Session): string[] {
  return readFileSync(session.log, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as string);
}

function textOf(text: string, diagnostic: Diagnostic): string {
  const lines = text.split('\n');
  return lines[diagnostic.range.start.line]!.slice(diagnostic.range.start.character, diagnostic.range.end.character);
}

const grammarOf = (diagnostics: readonly Diagnostic[]) => diagnostics.filter((diagnostic) => diagnostic.code === 'accord-delegue');

describe('grammaire (Grammalecte) dans le serveur de langage — pilote factice', function () {
  this.timeout(30_000);
  before(requireBundles);
  let session: Session | undefined;
  afterEach(async () => session?.client.close());

  it('les constats maison d’abord, la grammaire ensuite, au bon endroit et seulement dans la prose de la réponse', async () => {
    session = await start(fakeGrammalecte);
    const refreshed = session.waitRefresh();
    const first = await session.client.pull(session.uri);
    assert.deepEqual(grammarOf(first), [], 'le premier envoi n’attend pas Grammalecte');
    await refreshed;
    let grammar: Diagnostic[] = [];
    while (grammar.length === 0) {
      grammar = grammarOf(await session.client.pull(session.uri));
      if (grammar.length === 0) await session.waitRefresh();
    }
    assert.equal(grammar.length, 1, JSON.stringify(grammar));
    const [finding] = grammar;
    assert.equal(finding!.range.start.line, 10);
    assert.equal(textOf(dossier, finding!), 'erronés');
    assert.equal(finding!.severity, 1, 'erreur');
    assert.equal(finding!.message, 'Accord de nombre erroné : « erronés » devrait être au singulier. (Grammalecte)');
    // The house-style findings are still there, alongside.
    const all = await session.client.pull(session.uri);
    assert.ok(all.length >= grammar.length);
    // Only prose paragraphs of the answer were sent: not the question, not the block quotation.
    const sent = sentTexts(session);
    assert.deepEqual(sent, [
      'Les chiffres erronés ont été corrigés par les services.',
      'Le ministre rappelle que « les chiffres erronés des préfectures » ont été publiés.',
      'Une seconde phrase sans faute.',
    ]);
    assert.deepEqual(session.statuses.map((status) => [status.state, status.version]), [['actif', '0.0-factice']]);

    const actions = (await session.client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: session.uri },
      range: finding!.range,
      context: { diagnostics: [finding], only: ['quickfix'] },
    })) as CodeAction[];
    const replace = actions.find((action) => action.title === 'Remplacer par « erroné » (Grammalecte)');
    assert.ok(replace, actions.map((action) => action.title).join(' | '));
    assert.deepEqual(replace.edit!.changes![session.uri], [{ range: finding!.range, newText: 'erroné' }]);
    const fixAll = (await session.client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: session.uri },
      range: finding!.range,
      context: { diagnostics: [], only: ['source.fixAll.qe'] },
    })) as CodeAction[];
    for (const action of fixAll) {
      for (const edit of action.edit?.changes?.[session.uri] ?? []) assert.notEqual(edit.newText, 'erroné', 'tout corriger n’applique pas les suggestions de Grammalecte');
    }
  });

  it('une frappe ne renvoie que son paragraphe', async () => {
    session = await start(fakeGrammalecte);
    await session.client.pull(session.uri);
    while (grammarOf(await session.client.pull(session.uri)).length === 0) await session.waitRefresh();
    const before = sentTexts(session).length;
    const edited = dossier.replace('Une seconde phrase sans faute.', 'Une seconde phrase sans fautes erronés.');
    await session.client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: session.uri, version: 2 },
      contentChanges: [{ text: edited }],
    });
    let grammar: Diagnostic[] = [];
    while (grammar.length < 2) {
      grammar = grammarOf(await session.client.pull(session.uri));
      if (grammar.length < 2) await session.waitRefresh();
    }
    assert.deepEqual(grammar.map((diagnostic) => [diagnostic.range.start.line, textOf(edited, diagnostic)]), [
      [10, 'erronés'],
      [16, 'erronés'],
    ]);
    assert.deepEqual(sentTexts(session).slice(before), ['Une seconde phrase sans fautes erronés.']);
  });

  it('un paragraphe qui fait planter Grammalecte ne coûte que ses propres constats ; le serveur continue', async () => {
    session = await start(fakeGrammalecte);
    await session.client.pull(session.uri);
    while (grammarOf(await session.client.pull(session.uri)).length === 0) await session.waitRefresh();
    const edited = dossier.replace('Une seconde phrase sans faute.', 'PLANTAGE erronés.\n\nEnfin des chiffres erronés.');
    await session.client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: session.uri, version: 2 },
      contentChanges: [{ text: edited }],
    });
    let grammar: Diagnostic[] = [];
    while (grammar.length < 2) {
      grammar = grammarOf(await session.client.pull(session.uri));
      if (grammar.length < 2) await session.waitRefresh();
    }
    assert.deepEqual(grammar.map((diagnostic) => diagnostic.range.start.line), [10, 18]);
    assert.ok(session.client.alive);
    assert.equal(session.statuses.at(-1)?.state, 'actif');
  });

  it('client sans diagnostics tirés : les constats de grammaire sont publiés à nouveau quand ils arrivent', async () => {
    session = await start(fakeGrammalecte, pushCapabilities);
    let grammar: Diagnostic[] = [];
    while (grammar.length === 0) grammar = grammarOf((await session.client.nextPublished(session.uri)).diagnostics);
    assert.equal(textOf(dossier, grammar[0]!), 'erronés');
  });

  it('sans Grammalecte : état « absent », mêmes constats qu’avant, aucune erreur', async () => {
    const dir = tempDir();
    const absent = join(dir, 'python-sans-grammalecte');
    writeFileSync(absent, `#!/bin/sh\nexec "${process.execPath}" "${fakeGrammalecte}" --absent "$@"\n`);
    chmodSync(absent, 0o755);
    session = await start(absent);
    const first = await session.client.pull(session.uri);
    while (session.statuses.length === 0) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.deepEqual(session.statuses, [{ state: 'absent', detail: 'Grammalecte non trouvé.' }]);
    const again = await session.client.pull(session.uri);
    assert.deepEqual(again, first);
    assert.deepEqual(grammarOf(again), []);
    assert.equal(sentTexts(session).length, 0);
    assert.ok(session.client.alive);
  });

  it('accord-delegue à « off » (qe.rules) : Grammalecte n’est même pas lancé', async () => {
    session = await start(fakeGrammalecte, pullCapabilities, { rules: { 'accord-delegue': 'off' } });
    const first = await session.client.pull(session.uri);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const again = await session.client.pull(session.uri);
    assert.deepEqual(grammarOf(again), []);
    assert.deepEqual(again, first);
    assert.deepEqual(session.statuses, [], 'aucun démarrage');
    assert.equal(sentTexts(session).length, 0);
  });

  it('un guide de style (.qe-style.json) qui désactive accord-delegue retire les constats de grammaire', async () => {
    session = await start(fakeGrammalecte);
    await session.client.pull(session.uri);
    while (grammarOf(await session.client.pull(session.uri)).length === 0) await session.waitRefresh();
    const pack = join(dirname(fileURLToPath(session.uri)), '.qe-style.json');
    writeFileSync(pack, JSON.stringify({ rules: { 'accord-delegue': 'off' } }));
    await session.client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(pack).href, type: 1 }] });
    let grammar = grammarOf(await session.client.pull(session.uri));
    for (let attempt = 0; attempt < 40 && grammar.length > 0; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      grammar = grammarOf(await session.client.pull(session.uri));
    }
    assert.deepEqual(grammar, []);
  });

  it('réglage qui désigne un fichier introuvable : état « absent » avec la raison', async () => {
    session = await start('/nulle/part/grammalecte-cli');
    await session.client.pull(session.uri);
    while (session.statuses.length === 0) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(session.statuses[0]!.state, 'absent');
    assert.match(session.statuses[0]!.detail ?? '', /introuvable : « \/nulle\/part\/grammalecte-cli »/);
  });
});
