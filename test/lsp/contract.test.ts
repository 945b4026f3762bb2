import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { requireBundles } from '../helpers/cli';
import { readSeed, seedPath } from '../helpers/corpus';
import { pullCapabilities, pushCapabilities, TestLspClient } from '../helpers/lsp-client';

const brokenDossier = '---\nnumero: abc\nlegislature: 15\n---\n\n# Question\n\nM. X interroge M. le ministre.\n\n# Réponse\n\nLe Gouvernement répond.\n';

describe('language server contract (stdio)', function () {
  this.timeout(30_000);
  before(requireBundles);
  let client: TestLspClient;
  afterEach(async () => client?.close());

  it('a pull-capable client gets the outline and metadata diagnostics', async () => {
    client = new TestLspClient();
    const init = await client.initialize(pullCapabilities);
    assert.ok(init.capabilities.diagnosticProvider, 'pull diagnostics offered');
    assert.equal(init.capabilities.textDocumentSync, 2, 'incremental sync');
    const seedUri = pathToFileURL(seedPath).href;
    await client.open(seedUri, readSeed(), 'markdown');
    const symbols = await client.symbols(seedUri);
    assert.deepEqual(
      symbols.map((symbol) => symbol.name),
      ['Question', 'Réponse', 'Métadonnées'],
    );
    const metadata = symbols.find((symbol) => symbol.name === 'Métadonnées')!;
    assert.ok(metadata.children!.some((child) => child.name === 'Auteur' && child.detail === 'M. Patrice Anato'));

    const brokenUri = pathToFileURL(join(__dirname, 'casse.qe.md')).href;
    await client.open(brokenUri, brokenDossier);
    const diagnostics = await client.pull(brokenUri);
    const invalid = diagnostics.find((diagnostic) => diagnostic.code === 'metadonnee-invalide');
    assert.ok(invalid, JSON.stringify(diagnostics));
    assert.equal(invalid.severity, 1);
    assert.deepEqual(invalid.range, { start: { line: 1, character: 8 }, end: { line: 1, character: 11 } });
    assert.equal(invalid.source, 'qe');
    assert.match(invalid.codeDescription!.href, /docs\/regles\.md#metadonnee-invalide$/);
  });

  it('a push-only client gets published diagnostics and the outline', async () => {
    client = new TestLspClient();
    const init = await client.initialize(pushCapabilities);
    assert.equal(init.capabilities.diagnosticProvider, undefined, 'no pull for a push-only client');
    const brokenUri = 'untitled:casse.qe.md';
    const published = client.nextPublished(brokenUri);
    await client.open(brokenUri, brokenDossier);
    const params = await published;
    assert.ok(params.diagnostics.some((diagnostic) => diagnostic.code === 'metadonnee-invalide'));
    const symbols = await client.symbols(brokenUri);
    assert.ok(symbols.some((symbol) => symbol.name === 'Réponse'));
  });

  it('an unterminated front matter offers its fix as a quick fix', async () => {
    client = new TestLspClient();
    await client.initialize(pullCapabilities);
    const uri = 'untitled:ouvert.qe.md';
    await client.open(uri, '---\nnumero: 12\n\n# Réponse\n\nTexte.\n');
    const diagnostics = await client.pull(uri);
    const unterminated = diagnostics.find((diagnostic) => diagnostic.code === 'entete-non-fermee')!;
    assert.ok(unterminated);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: unterminated.range,
      context: { diagnostics: [unterminated], only: ['quickfix'] },
    })) as { title: string; edit: { changes: Record<string, { newText: string; range: unknown }[]> } }[];
    const fix = actions.find((action) => action.title.includes('---'));
    assert.ok(fix, JSON.stringify(actions));
    assert.deepEqual(fix.edit.changes[uri], [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, newText: '---\n' }]);
  });
});
