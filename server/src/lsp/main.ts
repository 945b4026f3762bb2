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
startServer(connection);
