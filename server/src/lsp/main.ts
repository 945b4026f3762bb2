/**
 * `qe-language-server`: the language server over stdio (`--stdio`, any LSP client) or IPC (`--node-ipc`,
 * the VS Code client). The transport is chosen from the command line by vscode-languageserver.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';
import { compileRegExpsOnce } from '../node/v8-flags';

compileRegExpsOnce();

const connection = createConnection(ProposedFeatures.all);
// Anything written to stdout would corrupt a stdio transport: send logs to the client instead.
console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
console.info = console.log;
console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
// Nothing a document does may stop the server: an error that escaped its handler is logged, the others go on
// (each document's state is its own; a failed check is already said on its document).
process.on('unhandledRejection', (reason) => connection.console.error(`Erreur non traitée : ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`));
process.on('uncaughtException', (error) => {
  // The client is gone (its end of the pipe closed): nobody to answer.
  if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0);
  connection.console.error(`Exception non traitée : ${error.stack ?? error.message}`);
});
startServer(connection);
