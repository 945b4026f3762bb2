import assert from 'node:assert/strict';
import { InitializeRequest, type InitializeParams } from 'vscode-languageserver-protocol/node';
import { requireBundles } from '../helpers/cli';
import { pushCapabilities, TestLspClient } from '../helpers/lsp-client';

/**
 * An `initialize` without `capabilities` breaks the protocol (the field is required); vscode-languageserver answers
 * it with an error before our handler runs. What matters to us: the server neither exits nor hangs, and a correct
 * `initialize` afterwards works. If this fails after a library update, guard the request in our code.
 */
describe('language server: initialize without capabilities (protocol violation)', function () {
  this.timeout(30_000);
  before(requireBundles);
  let client: TestLspClient;
  afterEach(async () => client?.close());

  it('answers with an error, stays up, and accepts a correct initialize afterwards', async () => {
    client = new TestLspClient();
    const broken = { processId: null, rootUri: null } as unknown as InitializeParams;
    await assert.rejects(client.connection.sendRequest(InitializeRequest.type, broken), (error: { code?: number }) => typeof error.code === 'number');
    const init = await client.initialize(pushCapabilities);
    assert.ok(init.capabilities.hoverProvider);
    const uri = 'file:///tmp/qe-init-sans-capacites.qe.md';
    await client.open(uri, '# Question\n\nQuel calendrier ?\n\n# Réponse\n\nLe calendrier sera publié.\n');
    const published = await client.nextPublished(uri, 20_000);
    assert.equal(published.uri, uri);
  });
});
