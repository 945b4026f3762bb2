import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type TextEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TextDocuments } from 'vscode-languageserver/node';
import { analyze, applyFixes, LineIndex, type Analysis, type AnalyzeOptions } from '../core';
import { linkedFileReader } from '../node/linked-file';
import { settingsToOptions, type QeSettings } from './settings';
import { diagnosticSource, toDiagnostic, toDocumentSymbols, type DiagnosticData } from './convert';

/** Code action kind of the fix-all action, for `editor.codeActionsOnSave`. */
export const fixAllKind = `${CodeActionKind.SourceFixAll}.qe`;

interface Cached {
  readonly version: number;
  readonly analysis: Analysis;
  readonly lines: LineIndex;
}

/** Wires the analysis core to an LSP connection. Every handler translates; none analyses. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const cache = new Map<string, Cached>();
  const settingsCache = new Map<string, Promise<AnalyzeOptions>>();
  let pullDiagnostics = false;
  let configurationRequests = false;
  let workspaceRoots: string[] = [];
  const publishTimers = new Map<string, NodeJS.Timeout>();

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const capabilities = params.capabilities;
    pullDiagnostics = !!capabilities.textDocument?.diagnostic;
    configurationRequests = !!capabilities.workspace?.configuration;
    workspaceRoots = (params.workspaceFolders ?? [])
      .map((folder) => folder.uri)
      .concat(params.rootUri ? [params.rootUri] : [])
      .filter((uri) => uri.startsWith('file:'))
      .map((uri) => fileURLToPath(uri));
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        documentSymbolProvider: { label: 'Dossier de réponse' },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, fixAllKind] },
        ...(pullDiagnostics
          ? { diagnosticProvider: { identifier: diagnosticSource, interFileDependencies: false, workspaceDiagnostics: false } }
          : {}),
      },
      serverInfo: { name: 'qe-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (configurationRequests) {
      // Dynamic registration so that the client tells us when `qe.*` settings change.
      void connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => undefined);
    }
  });

  async function optionsFor(uri: string): Promise<AnalyzeOptions> {
    if (!configurationRequests) return {};
    let options = settingsCache.get(uri);
    if (!options) {
      options = connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'qe' })
        .then((settings: QeSettings | null) => {
          const { options: result, warnings } = settingsToOptions(settings);
          for (const warning of warnings) connection.console.warn(warning);
          return result;
        })
        .catch(() => ({}));
      settingsCache.set(uri, options);
    }
    return options;
  }

  async function analysisOf(document: TextDocument): Promise<Cached> {
    const cached = cache.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const options = await optionsFor(document.uri);
    const text = document.getText();
    const path = document.uri.startsWith('file:') ? fileURLToPath(document.uri) : undefined;
    const analysis = analyze(text, {
      ...options,
      ...(path ? { readLinkedFile: linkedFileReader(path, workspaceRoots.length > 0 ? workspaceRoots : undefined) } : {}),
    });
    const entry = { version: document.version, analysis, lines: new LineIndex(text) };
    // Another edit may have arrived while settings were read: keep only the newest.
    const current = documents.get(document.uri);
    if (!current || current.version === document.version) cache.set(document.uri, entry);
    return entry;
  }

  function diagnosticsOf(entry: Cached, uri: string) {
    return entry.analysis.findings.map((finding) => toDiagnostic(finding, entry.lines, uri));
  }

  async function publish(uri: string): Promise<void> {
    const document = documents.get(uri);
    if (!document) return;
    const entry = await analysisOf(document);
    if (documents.get(uri)?.version !== entry.version) return;
    await connection.sendDiagnostics({ uri, version: entry.version, diagnostics: diagnosticsOf(entry, uri) });
  }

  function schedulePublish(uri: string): void {
    clearTimeout(publishTimers.get(uri));
    publishTimers.set(
      uri,
      setTimeout(() => {
        publishTimers.delete(uri);
        void publish(uri);
      }, 100),
    );
  }

  documents.onDidChangeContent((change) => {
    if (!pullDiagnostics) schedulePublish(change.document.uri);
  });
  documents.onDidClose((event) => {
    cache.delete(event.document.uri);
    settingsCache.delete(event.document.uri);
    clearTimeout(publishTimers.get(event.document.uri));
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.onDidChangeConfiguration(() => {
    settingsCache.clear();
    cache.clear();
    if (pullDiagnostics) connection.languages.diagnostics.refresh();
    else for (const document of documents.all()) schedulePublish(document.uri);
  });

  connection.languages.diagnostics.on(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const entry = await analysisOf(document);
    return { kind: DocumentDiagnosticReportKind.Full, items: diagnosticsOf(entry, document.uri) };
  });

  connection.onDocumentSymbol(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const entry = await analysisOf(document);
    return toDocumentSymbols(entry.analysis, entry.lines);
  });

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const only = params.context.only;
    const actions: CodeAction[] = [];
    const wantsQuickFix = !only || only.some((kind) => CodeActionKind.QuickFix.startsWith(kind) || kind.startsWith(CodeActionKind.QuickFix));
    const wantsFixAll = !!only?.some((kind) => fixAllKind.startsWith(kind));
    if (wantsQuickFix) {
      for (const diagnostic of params.context.diagnostics) {
        if (diagnostic.source !== diagnosticSource) continue;
        const data = diagnostic.data as DiagnosticData | undefined;
        for (const [index, fix] of (data?.fixes ?? []).entries()) {
          actions.push({
            title: fix.title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: index === 0 && data!.fixes.length === 1,
            edit: { changes: { [document.uri]: fix.edits as TextEdit[] } },
          });
        }
      }
    }
    if (wantsFixAll || (!only && actions.length > 0)) {
      const entry = await analysisOf(document);
      const fixAll = fixAllEdits(entry);
      if (fixAll.length > 0) {
        actions.push({
          title: 'Corriger automatiquement tout ce qui peut l’être',
          kind: fixAllKind,
          edit: { changes: { [document.uri]: fixAll } },
        });
      }
    }
    return actions;
  });

  documents.listen(connection);
  connection.listen();
}

/** Non-overlapping edits of every fixable finding, as one workspace edit. */
function fixAllEdits(entry: Cached): TextEdit[] {
  const result = applyFixes(entry.analysis.document.text, entry.analysis.findings);
  return result.applied.map((edit) => ({ range: entry.lines.range(edit.range), newText: edit.newText }));
}
