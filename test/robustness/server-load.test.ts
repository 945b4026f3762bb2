/**
 * The server under load (issue 12, defects 6 and 7): a slow document does not make the others wait (they are
 * answered first, and its later checks are held to a time budget); memory stays bounded with many open
 * dossiers (caches of the documents left aside are dropped), under a heap limit smaller than the client's.
 */
import assert from 'node:assert/strict';
import { DidChangeTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { requireBundles } from '../helpers/cli';
import { pullCapabilities, pullDiagnostics as pull, TestLspClient } from '../helpers/lsp-client';
import { dossierOfLength, realDossiers } from './dossiers';

function withHeap<T>(flags: string, start: () => T): T {
  const saved = process.env.NODE_OPTIONS;
  process.env.NODE_OPTIONS = flags;
  try {
    return start();
  } finally {
    if (saved === undefined) delete process.env.NODE_OPTIONS;
    else process.env.NODE_OPTIONS = saved;
  }
}

describe('serveur sous charge : temps et mémoire bornés', function () {
  this.timeout(180_000);
  before(requireBundles);
  let client: TestLspClient | undefined;
  afterEach(async () => client?.close());

  it('défaut 6 — un document lent n’est pas servi avant les autres : la frappe dans un petit document a sa réponse d’abord', async () => {
    client = new TestLspClient();
    await client.initialize(pullCapabilities);
    const big = 'untitled:lent.qe.md';
    const small = 'untitled:rapide.qe.md';
    const bigText = dossierOfLength(40_000);
    await client.open(big, bigText);
    await pull(client, big);
    await client.open(small, realDossiers()[1]!);
    await pull(client, small);
    const order: string[] = [];
    // An edit at the top of the big document (its every paragraph shifts) and one in the small one, as fast as
    // an editor sends them; then both pulls.
    void client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: big, version: 2 },
      contentChanges: [{ text: bigText.replace(/\n\n/g, '\n\n\n') }],
    });
    const bigDone = pull(client, big).then(() => order.push('lent'));
    void client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: small, version: 2 },
      contentChanges: [{ range: { start: { line: 12, character: 0 }, end: { line: 12, character: 0 } }, text: 'x' }],
    });
    const smallDone = pull(client, small).then(() => order.push('rapide'));
    await Promise.all([bigDone, smallDone]);
    assert.deepEqual(order, ['rapide', 'lent']);
  });

  it('défaut 7 — 400 dossiers ouverts sous un tas de 96 Mo : le serveur tient et répond encore au premier', async () => {
    client = withHeap('--max-old-space-size=96 --max-semi-space-size=2', () => new TestLspClient());
    await client.initialize(pullCapabilities);
    const bases = realDossiers();
    for (let i = 0; i < 400; i++) {
      const text = `${bases[i % bases.length]!.replace('# Réponse\n', `# Réponse\n\nLe dossier ${i} est suivi par le bureau ${i % 97}.\n`)}\n${dossierOfLength(3000).slice(-12_000)}`;
      await client.open(`file:///charge/d${i}.qe.md`, text);
      await pull(client, `file:///charge/d${i}.qe.md`);
      assert.ok(client.alive, `serveur tombé au dossier ${i}`);
    }
    const first = await pull(client, 'file:///charge/d0.qe.md');
    assert.ok(first.length > 0);
    assert.ok(client.alive);
  });
});
