/**
 * Issue 12, pre-emption: a check predicted long runs in a worker thread of the server, so that another document
 * is answered while it runs (not after it), and a newer version of the document stops it. Order of events only
 * (the server's log says when the long check starts; its diagnostics answer says when it ended), never a
 * wall-clock threshold.
 */
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  LogMessageNotification,
  ShutdownRequest,
  type CodeAction,
} from 'vscode-languageserver-protocol/node';
import { requireBundles } from '../helpers/cli';
import { pullCapabilities, pushCapabilities, pullDiagnostics as pull, TestLspClient } from '../helpers/lsp-client';
import { realDossiers } from './dossiers';

/** Real prose repeated to about 1 MB: a long check even once the worst cases are cheap (every rule has work). */
function megabyteOfProse(): string {
  // A dossier whose answer is prose (the second one's is the template's comment: 48 characters, so 20,000 blocks
  // to the megabyte, which the reader cuts at 6,000 blocks, `parse/blocks.ts`, and checks in less than the budget).
  const dossier = realDossiers()[2]!;
  const answer = dossier.slice(dossier.indexOf('# Réponse'));
  const body = answer.slice(answer.indexOf('\n') + 1, answer.indexOf('# Notes'));
  let text = dossier.slice(0, dossier.indexOf('# Réponse')) + '# Réponse\n\n';
  while (text.length < 1_000_000) text += body;
  return text;
}

/** The server's log messages, in arrival order, and a way to wait for one. */
function logOf(client: TestLspClient) {
  const messages: string[] = [];
  const waiters: { test: (message: string) => boolean; resolve: () => void }[] = [];
  client.connection.onNotification(LogMessageNotification.type, ({ message }) => {
    messages.push(message);
    for (const waiter of waiters.filter((candidate) => candidate.test(message))) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  });
  return {
    messages,
    waitFor(test: (message: string) => boolean, what: string): Promise<void> {
      if (messages.some(test)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`message du serveur attendu : ${what} (reçus : ${messages.join(' | ')})`)), 60_000);
        waiters.push({
          test,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        });
      });
    },
  };
}

describe('pré-emption : un contrôle long dans un fil séparé', function () {
  this.timeout(120_000);
  before(requireBundles);
  let client: TestLspClient | undefined;
  afterEach(async () => client?.close());

  it('un autre document a son survol et ses diagnostics pendant le contrôle d’un document de 1 Mo', async () => {
    client = new TestLspClient();
    const log = logOf(client);
    await client.initialize(pullCapabilities);
    const small = 'untitled:petit.qe.md';
    const smallText = realDossiers()[1]!;
    await client.open(small, smallText);
    const expected = await pull(client, small);
    const big = 'untitled:long.qe.md';
    const events: string[] = [];
    await client.open(big, megabyteOfProse());
    const bigDone = pull(client, big).then((items) => {
      events.push('long : diagnostics');
      return items;
    });
    await log.waitFor((message) => message.includes(big) && message.includes('dans un fil séparé'), 'début du contrôle long');
    events.push('long : début');
    // While it runs: a hover, then an edit and the diagnostics of the other document.
    await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: small }, position: { line: 12, character: 4 } });
    events.push('autre : survol');
    void client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: small, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }],
    });
    const again = await pull(client, small);
    events.push('autre : diagnostics');
    const bigItems = await bigDone;
    assert.deepEqual(events, ['long : début', 'autre : survol', 'autre : diagnostics', 'long : diagnostics']);
    assert.deepEqual(
      again.map((item) => item.code),
      expected.map((item) => item.code),
    );
    // The long document has its findings (or says its check was cut), never a silent empty list.
    assert.ok(bigItems.length > 0, 'le document long a des diagnostics');
  });

  it('une nouvelle version arrête le contrôle en cours : la demande en attente reçoit les diagnostics de la nouvelle', async () => {
    client = new TestLspClient();
    const log = logOf(client);
    await client.initialize(pullCapabilities);
    const reference = 'untitled:reference.qe.md';
    const shortText = realDossiers()[2]!;
    await client.open(reference, shortText);
    const expected = await pull(client, reference);
    const uri = 'untitled:change.qe.md';
    await client.open(uri, megabyteOfProse());
    const pending = pull(client, uri);
    await log.waitFor((message) => message.includes(uri) && message.includes('version 1') && message.includes('dans un fil séparé'), 'début du contrôle de la version 1');
    // The whole text replaced by a short dossier while the long check runs.
    void client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: shortText }] });
    await log.waitFor((message) => message.includes(uri) && message.includes('arrêté'), 'arrêt du contrôle de la version 1');
    const items = await pending;
    assert.deepEqual(
      items.map((item) => [item.code, item.range.start.line, item.range.start.character]),
      expected.map((item) => [item.code, item.range.start.line, item.range.start.character]),
    );
    // The version 1 check never finished: nothing was said about it past its start and its stop.
    assert.equal(log.messages.filter((message) => message.includes(uri) && message.includes('interrompu')).length, 0);
  });

  it('mode poussé (Neovim, Emacs) : les diagnostics d’un autre document sont publiés pendant le contrôle long', async () => {
    client = new TestLspClient();
    const log = logOf(client);
    await client.initialize(pushCapabilities);
    const big = 'untitled:long-pousse.qe.md';
    const small = 'untitled:petit-pousse.qe.md';
    const events: string[] = [];
    const bigPublished = client.nextPublished(big, 60_000).then(() => events.push('long : publié'));
    await client.open(big, megabyteOfProse());
    await log.waitFor((message) => message.includes(big) && message.includes('dans un fil séparé'), 'début du contrôle long');
    events.push('long : début');
    const smallPublished = client.nextPublished(small, 60_000).then(() => events.push('autre : publié'));
    await client.open(small, realDossiers()[1]!);
    await Promise.all([smallPublished, bigPublished]);
    assert.deepEqual(events, ['long : début', 'autre : publié', 'long : publié']);
  });

  it('« Corriger tout » d’un document contrôlé dans le fil séparé y est calculé aussi, et corrige', async () => {
    client = new TestLspClient();
    const log = logOf(client);
    await client.initialize(pullCapabilities);
    const dossier = realDossiers()[1]!;
    const notes = dossier.indexOf('# Notes');
    // Over 500,000 characters, mostly an internal comment (quick to check), and one fixable double space.
    const text = `${dossier.slice(0, notes).replace('# Réponse\n\n', '# Réponse\n\nLe ministre  a décidé.\n\n')}<!-- ${'note interne '.repeat(45_000)} -->\n\n${dossier.slice(notes)}`;
    const uri = 'untitled:corriger.qe.md';
    await client.open(uri, text);
    await pull(client, uri);
    await log.waitFor((message) => message.includes(uri) && message.includes('dans un fil séparé'), 'contrôle dans le fil séparé');
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.qe'] },
    })) as CodeAction[];
    assert.ok(log.messages.some((message) => message.includes('Correction de tout') && message.includes(uri) && message.includes('dans un fil séparé')));
    assert.equal(actions.length, 1);
    const edits = actions[0]!.edit!.changes![uri]!;
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'qe', 1, text), edits);
    assert.equal(fixed, text.replace('Le ministre  a décidé.', 'Le ministre a décidé.'));
  });

  it('au-delà du budget, le contrôle est arrêté et repris sur le début du texte, et le document le dit en français', async () => {
    // A budget far below what 1 MB takes (the variable the server reads for this).
    process.env.QE_BUDGET_CONTROLE_MS = '300';
    try {
      client = new TestLspClient();
    } finally {
      delete process.env.QE_BUDGET_CONTROLE_MS;
    }
    const log = logOf(client);
    await client.initialize(pullCapabilities);
    const uri = 'untitled:budget.qe.md';
    const text = megabyteOfProse();
    await client.open(uri, text);
    const items = await pull(client, uri);
    assert.ok(log.messages.some((message) => message.includes(uri) && message.includes('interrompu : document trop long')));
    const cut = items.filter((item) => item.code === 'controle-interrompu');
    assert.equal(cut.length, 1, JSON.stringify(items.slice(0, 3)));
    assert.match(cut[0]!.message, /^Contrôle interrompu : document trop long \(\d+,\d s\)\. /);
    // Never a silent list: what was checked is there (or the last findings), besides the notice.
    assert.ok(items.length > 1, JSON.stringify(items));
    // The next request on the same version says the same.
    const again = await pull(client, uri);
    assert.deepEqual(
      again.map((item) => [item.code, item.message]),
      items.map((item) => [item.code, item.message]),
    );
  });

  it('arrêt du serveur pendant un contrôle long : le fil est arrêté d’abord, le processus sort proprement (code 0)', async () => {
    client = new TestLspClient();
    const log = logOf(client);
    await client.initialize(pullCapabilities);
    const uri = 'untitled:arret.qe.md';
    await client.open(uri, megabyteOfProse());
    void pull(client, uri).catch(() => undefined);
    await log.waitFor((message) => message.includes(uri) && message.includes('dans un fil séparé'), 'début du contrôle long');
    const child = (client as unknown as { child: ChildProcess }).child;
    const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.once('exit', (code, signal) => resolve([code, signal])));
    await client.connection.sendRequest(ShutdownRequest.type);
    await client.connection.sendNotification(ExitNotification.type);
    assert.deepEqual(await exited, [0, null]);
  });
});
