/** Wires the analysis core to an LSP connection: shared state in `QeServer`, one module per feature. */
import type { Connection } from 'vscode-languageserver/node';
import { features } from './features';
import { QeServer } from './qe-server';

export function startServer(connection: Connection): QeServer {
  const server = new QeServer(connection, features);
  server.listen();
  return server;
}
