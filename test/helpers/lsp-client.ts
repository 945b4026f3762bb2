import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  DocumentSymbolRequest,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type DocumentSymbol,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { serverPath } from './cli';

/** A minimal LSP client over stdio, as Neovim or Emacs would be: for contract tests. */
export class TestLspClient {
  readonly connection: ProtocolConnection;
  private readonly child: ChildProcess;
  private readonly published = new Map<string, PublishDiagnosticsParams[]>();
  private readonly waiters: { uri: string; version: number | undefined; resolve: (params: PublishDiagnosticsParams) => void }[] = [];
  stderr = '';

  /** `env` is set over this process's environment, as vscode-languageclient does with the server's `options.env`. */
  constructor(args: string[] = ['--stdio'], options: { readonly cwd?: string; readonly env?: Readonly<Record<string, string>> } = {}) {
    this.child = spawn(process.execPath, [serverPath, ...args], {
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(options.cwd ? { cwd: options.cwd } : {}),
      ...(options.env ? { env: { ...process.env, ...options.env } } : {}),
    });
    this.child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      const list = this.published.get(params.uri) ?? [];
      list.push(params);
      this.published.set(params.uri, list);
      for (const waiter of this.waiters.filter((candidate) => candidate.uri === params.uri && (candidate.version === undefined || candidate.version === params.version))) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(params);
      }
    });
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.listen();
  }

  async initialize(capabilities: ClientCapabilities, rootPath?: string) {
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: rootPath ? pathToFileURL(rootPath).href : null,
      capabilities,
      workspaceFolders: rootPath ? [{ uri: pathToFileURL(rootPath).href, name: 'ws' }] : null,
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  async open(uri: string, text: string, languageId = 'qe', version = 1): Promise<void> {
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  /**
   * The next diagnostics published for `uri` (push model); with `version`, the next ones for that version of the
   * document (the server may still publish an older version's, e.g. when the dictionary has loaded).
   */
  nextPublished(uri: string, timeoutMs = 10_000, version?: number): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`aucun diagnostic publié pour ${uri} en ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({
        uri,
        version,
        resolve: (params) => {
          clearTimeout(timer);
          resolve(params);
        },
      });
    });
  }

  async pull(uri: string): Promise<Diagnostic[]> {
    const report = (await this.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as DocumentDiagnosticReport;
    return report.kind === 'full' ? report.items : [];
  }

  async symbols(uri: string): Promise<DocumentSymbol[]> {
    return (await this.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
  }

  async close(): Promise<void> {
    try {
      // A server still busy (or gone) must not hold the test run: it is killed after a short wait.
      const shutdown = this.connection.sendRequest(ShutdownRequest.type).then(() => this.connection.sendNotification(ExitNotification.type));
      await Promise.race([shutdown, new Promise((resolve) => setTimeout(resolve, 3000).unref())]);
    } catch {
      // The server may already be gone; the process is killed below anyway.
    }
    this.connection.dispose();
    this.child.kill();
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get alive(): boolean {
    return this.child.exitCode === null && !this.child.killed;
  }
}

/** Capabilities of a client that pulls diagnostics (VS Code 1.100). */
export const pullCapabilities: ClientCapabilities = {
  textDocument: {
    diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    publishDiagnostics: { relatedInformation: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
  },
  workspace: { configuration: true },
};

/** Capabilities of a push-only client (older Neovim, Emacs lsp-mode, Helix). */
export const pushCapabilities: ClientCapabilities = {
  textDocument: {
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    publishDiagnostics: { relatedInformation: true },
  },
};

/**
 * The diagnostics of `uri`, pulled; asked again when the server answers « cancelled, retrigger » (the document
 * changed meanwhile), as VS Code does.
 */
export async function pullDiagnostics(client: TestLspClient, uri: string): Promise<Diagnostic[]> {
  for (;;) {
    try {
      const report = (await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as DocumentDiagnosticReport;
      return report.kind === 'full' ? report.items : [];
    } catch (error) {
      if ((error as { code?: number }).code !== -32802) throw error;
    }
  }
}

/** Peak resident memory (kB, VmHWM) of a live process; NaN when it is unknown. */
export function peakKb(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN);
}
