/**
 * Issue 13: the server is started without NODE_EXTRA_CA_CERTS (client/src/server-process.ts). With it, Node parses
 * the whole certificate store before the server's first line (36 ms of a cold start on the benchmark machine), and
 * the server opens no connection. A file that cannot be read makes Node print a warning at start: the warning tells
 * whether Node looked at the variable at all.
 */
import assert from 'node:assert/strict';
import { serverEnvironment } from '../../client/src/server-process';
import { pullCapabilities, TestLspClient } from '../helpers/lsp-client';

const unreadable = { NODE_EXTRA_CA_CERTS: '/nonexistent/qe-extra-certificates.pem' };
const warning = /Ignoring extra certs/u;

async function stderrOf(env: Readonly<Record<string, string>>): Promise<string> {
  const client = new TestLspClient(['--stdio'], { env });
  try {
    await client.initialize(pullCapabilities);
    return client.stderr;
  } finally {
    await client.close();
  }
}

describe('lsp: the environment the client starts the server with', () => {
  it('control: a server started with the variable set reads it (Node warns about the unreadable file)', async () => {
    assert.match(await stderrOf(unreadable), warning);
  });

  it('with the client’s environment over it, Node does not load the certificate store', async () => {
    assert.doesNotMatch(await stderrOf({ ...unreadable, ...serverEnvironment }), warning);
  });

  it('changes nothing but that variable', () => {
    assert.deepEqual(Object.keys(serverEnvironment), ['NODE_EXTRA_CA_CERTS']);
    assert.equal(serverEnvironment.NODE_EXTRA_CA_CERTS, '');
  });
});
