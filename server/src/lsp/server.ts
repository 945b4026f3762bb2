import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type TextEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TextDocuments } from 'vscode-languageserver/node';
import { analyze, AnalysisCache, applyFixes, LineIndex, type Analysis, type AnalyzeOptions, type StylePack } from '../core';
import { linkedFileReader } from '../node/linked-file';
import { currentSpellChecker, loadSpellChecker } from '../node/spelling';
import { spellingActions } from './spelling-actions';
import { settingsToPack, type QeSettings } from './settings';
import { isStylePackUri, stylePackDiagnostics, stylePackNotice, WorkspaceStylePacks } from './style-packs';
import { suppressionActions } from './suppression-actions';
import { DiagnosticMemo, diagnosticSource, toDocumentSymbols, type DiagnosticData } from './convert';
import { editorCapabilities, registerEditorFeatures } from './features/editor';
import { registerGrammar } from './features/grammar';

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
  /** Incremental checking: one paragraph cache per open document, and the analysis under way per document. */
  const incremental = new Map<string, AnalysisCache>();
  const inFlight = new Map<string, { version: number; promise: Promise<Cached> }>();
  const settingsCache = new Map<string, Promise<StylePack>>();
  /** Per document: the last diagnostics sent, reused for the findings an edit left in place. */
  const diagnosticMemos = new Map<string, DiagnosticMemo>();
  let pullDiagnostics = false;
  let configurationRequests = false;
  let workspaceRoots: string[] = [];
  const publishTimers = new Map<string, NodeJS.Timeout>();
  let watchedFilesRegistration = false;
  let diagnosticRefresh = false;
  /** `.qe-style.json` packs: found upward from each dossier; an open pack's unsaved text counts. */
  const packs = new WorkspaceStylePacks(
    () => workspaceRoots,
    (path) => documents.all().find((document) => document.uri.startsWith('file:') && fileURLToPath(document.uri) === path)?.getText(),
    (message) => connection.console.warn(message),
  );
  const grammar = registerGrammar(connection, { documents, optionsFor, refresh: (uri) => (pullDiagnostics ? refreshPulledDiagnostics() : schedulePublish(uri)) });

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const capabilities = params.capabilities;
    pullDiagnostics = !!capabilities.textDocument?.diagnostic;
    configurationRequests = !!capabilities.workspace?.configuration;
    watchedFilesRegistration = !!capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    diagnosticRefresh = !!capabilities.workspace?.diagnostics?.refreshSupport;
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
        ...editorCapabilities,
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
    if (watchedFilesRegistration) {
      // A pack created, changed or deleted on disk changes the checks of the dossiers below it.
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.qe-style.json' }] })
        .catch(() => undefined);
    }
    // Without a dossier opened soon, the dictionary loads anyway.
    setTimeout(startSpelling, 1000).unref();
  });

  let spellingStarted = false;
  /**
   * The dictionary loads in the background (~150 ms, mostly one blocking WASM call); dossiers are checked again
   * once it is there. Started after the first analysis so that the first diagnostics do not wait for it.
   */
  function startSpelling(): void {
    if (spellingStarted) return;
    spellingStarted = true;
    loadSpellChecker().then(
      () => {
        // The paragraph caches stay: the spelling checker is one of the settings they compare, so the rules'
        // results are dropped at the next analysis while the model and the Markdown tree are kept.
        packsChanged();
      },
      (error: unknown) => connection.console.warn(`Orthographe désactivée : ${error instanceof Error ? error.message : String(error)}`),
    );
  }

  /** `qe.*` settings, overridden by the workspace pack (`.qe-style.json`) that applies to the dossier. */
  async function optionsFor(uri: string): Promise<AnalyzeOptions> {
    const settings = await settingsPackFor(uri);
    return packs.optionsFor(uri, uri.startsWith('file:') ? fileURLToPath(uri) : undefined, settings);
  }

  const noSettings: StylePack = {};
  function settingsPackFor(uri: string): Promise<StylePack> {
    if (!configurationRequests) return Promise.resolve(noSettings);
    let pack = settingsCache.get(uri);
    if (!pack) {
      pack = connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'qe' })
        .then((settings: QeSettings | null) => {
          const { pack: result, warnings } = settingsToPack(settings);
          for (const warning of warnings) connection.console.warn(warning);
          return result;
        })
        .catch(() => noSettings);
      settingsCache.set(uri, pack);
    }
    return pack;
  }

  /** Asks a pull client to pull again, when it supports it. */
  function refreshPulledDiagnostics(): void {
    if (!diagnosticRefresh) return;
    // Typed `void` but sent as a request: a client that refuses it must not crash the server (unhandled rejection).
    void Promise.resolve(connection.languages.diagnostics.refresh() as unknown).catch(() => undefined);
  }

  /** A pack changed (edited, saved, created, deleted): check every open dossier again. */
  function packsChanged(): void {
    packs.invalidate();
    cache.clear();
    // Without refresh support, the client's next pull gets fresh results (the cache is cleared).
    if (pullDiagnostics) {
      refreshPulledDiagnostics();
    } else for (const document of documents.all()) if (!isStylePackUri(document.uri)) schedulePublish(document.uri);
  }

  function analysisOf(document: TextDocument): Promise<Cached> {
    const cached = cache.get(document.uri);
    if (cached && cached.version === document.version) return Promise.resolve(cached);
    const running = inFlight.get(document.uri);
    if (running && running.version === document.version) return running.promise;
    const promise = analyseNow(document).finally(() => {
      if (inFlight.get(document.uri)?.promise === promise) inFlight.delete(document.uri);
    });
    inFlight.set(document.uri, { version: document.version, promise });
    return promise;
  }

  async function analyseNow(document: TextDocument): Promise<Cached> {
    const options = await optionsFor(document.uri);
    const text = document.getText();
    const path = document.uri.startsWith('file:') ? fileURLToPath(document.uri) : undefined;
    let paragraphs = incremental.get(document.uri);
    if (!paragraphs) {
      paragraphs = new AnalysisCache();
      incremental.set(document.uri, paragraphs);
    }
    const analysis = analyze(text, {
      ...options,
      ...(path ? { readLinkedFile: linkedFileReader(path, workspaceRoots.length > 0 ? workspaceRoots : undefined) } : {}),
      ...(currentSpellChecker() ? { spellChecker: currentSpellChecker() } : {}),
      cache: paragraphs,
    });
    const entry = { version: document.version, analysis, lines: new LineIndex(text) };
    // Another edit may have arrived while settings were read: keep only the newest.
    const current = documents.get(document.uri);
    if (!current || current.version === document.version) cache.set(document.uri, entry);
    // After the diagnostics of this analysis are sent (a macrotask runs after the response's microtasks).
    if (!spellingStarted) setTimeout(startSpelling, 0);
    return entry;
  }

  function diagnosticsOf(entry: Cached, uri: string) {
    let memo = diagnosticMemos.get(uri);
    if (!memo) {
      memo = new DiagnosticMemo();
      diagnosticMemos.set(uri, memo);
    }
    const diagnostics = memo.convert(grammar.withGrammar(uri, entry.analysis), entry.lines, entry.analysis.document.text, uri);
    // A broken style pack is said on each dossier it applies to (the pack file itself may not be open).
    const notice = uri.startsWith('file:') ? stylePackNotice(packs.packFor(fileURLToPath(uri))) : undefined;
    return notice ? [notice, ...diagnostics] : [...diagnostics];
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
    if (isStylePackUri(change.document.uri)) {
      const path = change.document.uri.startsWith('file:') ? fileURLToPath(change.document.uri) : undefined;
      if (path && packs.differs(path, change.document.getText())) packsChanged();
      if (!pullDiagnostics) {
        void connection.sendDiagnostics({ uri: change.document.uri, diagnostics: stylePackDiagnostics(change.document.getText()) });
      }
      return;
    }
    if (!pullDiagnostics) schedulePublish(change.document.uri);
  });
  documents.onDidClose((event) => {
    cache.delete(event.document.uri);
    incremental.delete(event.document.uri);
    diagnosticMemos.delete(event.document.uri);
    settingsCache.delete(event.document.uri);
    packs.forget(event.document.uri);
    // The pack on disk applies again once its editor is closed.
    if (isStylePackUri(event.document.uri)) packsChanged();
    clearTimeout(publishTimers.get(event.document.uri));
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((change) => isStylePackUri(change.uri))) packsChanged();
  });

  connection.onDidChangeConfiguration(() => {
    grammar.settingsChanged();
    settingsCache.clear();
    packs.invalidate();
    cache.clear();
    incremental.clear();
    if (pullDiagnostics) {
      refreshPulledDiagnostics();
    } else for (const document of documents.all()) schedulePublish(document.uri);
  });

  connection.languages.diagnostics.on(async (params, token) => {
    // Let edits and cancellations already received be processed first: typing queues them faster than we check.
    await new Promise((resolve) => setImmediate(resolve));
    throwIfStale(token);
    const document = documents.get(params.textDocument.uri);
    if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    if (isStylePackUri(document.uri)) return { kind: DocumentDiagnosticReportKind.Full, items: stylePackDiagnostics(document.getText()) };
    const entry = await analysisOf(document);
    throwIfStale(token);
    // A newer version arrived meanwhile: these results are already old; the client asks again.
    if (documents.get(document.uri)?.version !== entry.version) {
      throw new ResponseError(LSPErrorCodes.ServerCancelled, 'Le document a changé pendant le contrôle.', { retriggerRequest: true });
    }
    return { kind: DocumentDiagnosticReportKind.Full, items: diagnosticsOf(entry, document.uri) };
  });

  connection.onDocumentSymbol(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document || isStylePackUri(document.uri)) return [];
    const entry = await analysisOf(document);
    return toDocumentSymbols(entry.analysis, entry.lines);
  });

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document || isStylePackUri(document.uri)) return [];
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
    if (wantsQuickFix && params.context.diagnostics.some((diagnostic) => diagnostic.source === diagnosticSource)) {
      // « Désactiver … » last: a directive with a reason to write (dossiers only).
      const entry = await analysisOf(document);
      for (const diagnostic of params.context.diagnostics) {
        if (diagnostic.source !== diagnosticSource) continue;
        if (diagnostic.code === 'orthographe') {
          actions.push(
            ...(await spellingActions(diagnostic, {
              documentUri: document.uri,
              documentText: document.getText(),
              workspaceRoots,
              openText: (path) => documents.all().find((open) => open.uri === pathToFileURL(path).href)?.getText(),
            })),
          );
        }
        actions.push(...suppressionActions(entry.analysis, entry.lines, document.uri, diagnostic));
      }
    }
    return actions;
  });

  registerEditorFeatures(connection, { documents, analysisOf, workspaceRoots: () => workspaceRoots, optionsFor });

  documents.listen(connection);
  connection.listen();
}

/** Gives up a request the client no longer waits for (it asks again for the newest version). */
function throwIfStale(token: CancellationToken): void {
  if (token.isCancellationRequested) {
    throw new ResponseError(LSPErrorCodes.ServerCancelled, 'Requête annulée : le document a changé.', { retriggerRequest: true });
  }
}

/** Non-overlapping edits of every fixable finding, as one workspace edit. */
function fixAllEdits(entry: Cached): TextEdit[] {
  const result = applyFixes(entry.analysis.document.text, entry.analysis.findings);
  return result.applied.map((edit) => ({ range: entry.lines.range(edit.range), newText: edit.newText }));
}
