/**
 * The state the LSP features share: the open documents (one `OpenDocument` each), the client's capabilities,
 * the workspace folders, the style packs, and the one way to get a document's analysis. Features register on
 * it (`features/index.ts`); none analyses by itself.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type TextDocuments,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, AnalysisCache, defaultMaxLength, emptyAnalysis, LineIndex, type Analysis, type AnalyzeOptions, type Finding, type Catalog, type StylePack } from '../core';
import { AnalysisQueue } from './analysis-queue';
import { fromTransferred } from './analysis-transfer';
import { CheckStopped, CheckWorkers, type PlainOptions } from './check-workers';
import { fixAll, fixAllEdits, type FixAll } from './fix-all';
import { CatalogFiles } from '../node/catalog-file';
import { linkedFileReader } from '../node/linked-file';
import { dossierRoots } from '../node/paths';
import { currentSpellChecker, loadSpellChecker } from '../node/spelling';
import type { ClientSupport, Feature } from './feature';
import { OpenDocument, type CheckedVersion } from './open-document';
import { settingsToPack, type QeSettings } from './settings';
import { isStylePackUri, WorkspaceStylePacks } from './style-packs';
import { createTextDocuments } from './text-documents';

export type { CheckedVersion } from './open-document';

const noSettings: StylePack = {};

/**
 * Time one check may take before the next checks of that document are cut shorter (see
 * `OpenDocument.lengthLimit`), or, in a worker, before it is stopped: well above a full check of the largest real
 * dossier (50,000 words: 0.7 s). `QE_BUDGET_CONTROLE_MS` overrides it (tests of the cut; a very slow machine).
 */
export const checkBudgetMs = Number(process.env.QE_BUDGET_CONTROLE_MS) > 0 ? Number(process.env.QE_BUDGET_CONTROLE_MS) : 4000;
/** Documents whose caches are kept (the others are checked afresh when needed), and their total size. */
const warmDocuments = 48;
/** A document longer than this is first checked up to here, then further at each edit while checks stay quick. */
const firstCheckLength = 500_000;
const warmCharacters = 6_000_000;
/**
 * Checks predicted long run in a worker thread (stopped by a newer version or the budget): documents longer
 * than this (no real dossier is: 50,000 words are 350,000 characters), or whose last check took longer than
 * `workerAfterMs`. A quicker document stays on the server's thread: no thread hop on the keystroke path.
 */
const workerLength = 500_000;
const workerAfterMs = 1000;
/** Below this cost (measured in the worker), a document not longer than `workerLength` comes back. */
const workerUntilMs = 250;
/** A fix-all (several analyses, asked for by the user) may run this long in a worker. */
const fixAllBudgetMs = 4 * checkBudgetMs;
/** A check cut by its budget is tried again on a quarter of the text, down to this length. */
const shortestCut = 20_000;
/** The worker bundle, next to the server's (`esbuild.mjs`); absent when the server runs from sources. */
const workerScript = join(__dirname, 'check-worker.js');

export function pathOf(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
}

/** Files the server also sees that are not dossiers (style packs, catalogues). */
export function isDossierUri(uri: string): boolean {
  return !/\/\.qe-(style|catalogue)\.json$/.test(uri);
}

export class QeServer {
  readonly documents: TextDocuments<TextDocument> = createTextDocuments();
  client: ClientSupport = { pullDiagnostics: false, configurationRequests: false, watchedFilesRegistration: false, diagnosticRefresh: false };
  workspaceRoots: readonly string[] = [];
  /** Findings that arrive after the analysis (grammar, from another process), merged into a document's diagnostics. */
  lateFindings: (uri: string, analysis: Analysis) => readonly Finding[] = (_uri, analysis) => analysis.findings;
  /** Set by the diagnostics feature: asks the client to pull the diagnostics of `uri` again (or publishes them). */
  refreshDiagnostics: (uri: string) => void = () => undefined;
  /** `.qe-style.json` packs: found upward from each dossier; an open pack's unsaved text counts. */
  readonly packs: WorkspaceStylePacks;
  private readonly open = new Map<string, OpenDocument>();
  private readonly recheckListeners: (() => void)[] = [];
  private spellingStarted = false;
  private readonly catalogs = new CatalogFiles();
  private readonly reportedCatalogMessages = new Set<string>();
  /** One check at a time, the cheapest first, each in its own macrotask (requests read in between). */
  private readonly queue = new AnalysisQueue();
  /** Threads for the checks predicted long (none when the worker bundle is missing: all checks run here). */
  private readonly workers = existsSync(workerScript) ? new CheckWorkers(workerScript, Math.max(1, Math.min(2, availableParallelism() - 1)), checkBudgetMs) : undefined;
  private useCounter = 0;

  constructor(
    readonly connection: Connection,
    private readonly features: readonly Feature[],
  ) {
    this.packs = new WorkspaceStylePacks(
      () => this.workspaceRoots,
      (path) => this.documents.all().find((document) => pathOf(document.uri) === path)?.getText(),
      (message) => this.warn(message),
    );
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => this.initialized());
    this.documents.onDidChangeContent(({ document }) => {
      // A check of an older version is thrown away: stop it now (its waiters follow the newest version).
      if (this.workers?.cancel(document.uri)) this.connection.console.log(`Contrôle en cours de ${document.uri} arrêté : le document a changé.`);
      this.workers?.cancel(fixAllKey(document.uri));
      // A long document will be checked in a thread: start one now, while this thread reads its settings.
      if (document.getText().length > workerLength) this.workers?.prepare(currentSpellChecker() !== undefined);
      if (!isStylePackUri(document.uri)) return;
      const path = pathOf(document.uri);
      if (path && this.packs.differs(path, document.getText())) this.packsChanged();
    });
    this.documents.onDidClose(({ document }) => {
      this.workers?.cancel(document.uri);
      this.workers?.cancel(fixAllKey(document.uri));
      this.open.get(document.uri)?.dispose();
      this.open.delete(document.uri);
      this.packs.forget(document.uri);
      // The pack on disk applies again once its editor is closed.
      if (isStylePackUri(document.uri)) this.packsChanged();
    });
    // The check threads end before the process does.
    connection.onShutdown(() => this.workers?.dispose());
    connection.onDidChangeWatchedFiles((params) => {
      if (params.changes.some((change) => isStylePackUri(change.uri))) this.packsChanged();
    });
    connection.onDidChangeConfiguration(() => {
      for (const state of this.open.values()) state.invalidate({ settings: true, paragraphs: true });
      this.packs.invalidate();
      this.recheckAll();
    });
    for (const feature of features) feature.register(this);
  }

  listen(): void {
    this.documents.listen(this.connection);
    this.connection.listen();
  }

  warn(message: string): void {
    this.connection.console.warn(message);
  }

  /** Called when every open document must be checked again (pack, settings or dictionary changed). */
  onRecheck(listener: () => void): void {
    this.recheckListeners.push(listener);
  }

  /** The state of an open document (created on first use; dropped when it closes). */
  stateOf(uri: string): OpenDocument {
    let state = this.open.get(uri);
    if (!state) {
      state = new OpenDocument(uri);
      this.open.set(uri, state);
    }
    return state;
  }

  /** The analysis of the document's current version; rejects when the analysis fails. */
  analysisOf(document: TextDocument): Promise<CheckedVersion> {
    const state = this.stateOf(document.uri);
    state.lastUsed = ++this.useCounter;
    const checked = state.checked;
    if (checked && checked.version === document.version) return Promise.resolve(checked);
    const running = state.running;
    if (running && running.version === document.version) return running.promise;
    const length = document.getText().length;
    // Once in a worker, a document stays there while its checks are not quick.
    if (this.workers && (length > workerLength || (state.lastCost?.milliseconds ?? 0) > (state.inWorker ? workerUntilMs : workerAfterMs))) {
      state.inWorker = true;
      const promise = this.optionsFor(document.uri)
        .then((options) => this.analyseInWorker(this.documents.get(document.uri) ?? document, state, options))
        .finally(() => {
          if (state.running?.promise === promise) state.running = undefined;
        });
      state.running = { version: document.version, promise, remote: true };
      return promise;
    }
    state.inWorker = false;
    const estimate = state.lastCost ? (state.lastCost.milliseconds * length) / Math.max(1, state.lastCost.length) : length / 20_000;
    // Checked when its turn comes, on the newest text then (an older version would be thrown away anyway).
    const promise = this.optionsFor(document.uri)
      .then((options) => this.queue.run(estimate, async () => this.analyseNow(this.documents.get(document.uri) ?? document, state, options)))
      .finally(() => {
        if (state.running?.promise === promise) state.running = undefined;
      });
    state.running = { version: document.version, promise };
    return promise;
  }

  /** The analysis of an open document for editor features, or undefined (closed, or its check failed: logged). */
  async analysisFor(uri: string): Promise<CheckedVersion | undefined> {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    try {
      return await this.analysisOf(document);
    } catch (error) {
      this.warn(`Contrôle impossible de ${uri} : ${describeError(error)}`);
      return undefined;
    }
  }

  /** The analysis of an open dossier (not a pack or catalogue), or undefined. */
  dossierAnalysis(uri: string): Promise<CheckedVersion | undefined> {
    return isDossierUri(uri) ? this.analysisFor(uri) : Promise.resolve(undefined);
  }

  /** The reference catalog for a dossier: built-in, extended by the workspace's `.qe-catalogue.json` files. */
  catalogFor(uri: string): Catalog {
    const { catalog, messages } = this.catalogs.catalogFor(pathOf(uri), this.workspaceRoots);
    for (const message of messages) {
      if (this.reportedCatalogMessages.has(message)) continue;
      this.reportedCatalogMessages.add(message);
      this.warn(`Catalogue de référence : ${message}`);
    }
    return catalog;
  }

  /** `qe.*` settings, overridden by the workspace pack (`.qe-style.json`) that applies to the dossier. */
  async optionsFor(uri: string): Promise<AnalyzeOptions> {
    const settings = await this.settingsPackFor(uri);
    return this.packs.optionsFor(uri, pathOf(uri), settings);
  }

  /** A pack changed (edited, saved, created, deleted): check every open dossier again. */
  packsChanged(): void {
    this.packs.invalidate();
    for (const state of this.open.values()) state.invalidate();
    this.recheckAll();
  }

  /** Cost accounting and the per-document time budget. */
  private account(state: OpenDocument, milliseconds: number, length: number, inWorker = false): void {
    state.lastCost = { milliseconds, length };
    // In a worker the budget stops the check itself (`analyseInWorker`); here it shortens the next ones.
    if (milliseconds > checkBudgetMs && !inWorker) {
      // Over budget: the next checks cover what fits in it (the core says the file was cut), at least 20,000 characters.
      state.lengthLimit = Math.max(20_000, Math.floor((length * checkBudgetMs * 0.8) / milliseconds));
    } else if (state.lengthLimit !== undefined && milliseconds < checkBudgetMs / (inWorker ? 8 : 4)) {
      // Much faster now (text removed, or a cache warm): give back room, up to the default limit. More margin in a
      // worker: a cut there costs a whole budget of lost work before the shorter try.
      state.lengthLimit = state.lengthLimit * 2 >= defaultMaxLength ? undefined : state.lengthLimit * 2;
    }
    this.evictColdDocuments(state);
  }

  /** Keeps the caches of the documents used last, within `warmDocuments` and `warmCharacters`. */
  evictColdDocuments(keep: OpenDocument): void {
    const warm = [...this.open.values()].filter((state) => state.warm && state !== keep).sort((a, b) => b.lastUsed - a.lastUsed);
    let characters = this.documents.get(keep.uri)?.getText().length ?? 0;
    let count = 1;
    for (const state of warm) {
      const size = this.documents.get(state.uri)?.getText().length ?? 0;
      if (count < warmDocuments && characters + size <= warmCharacters) {
        count++;
        characters += size;
      } else state.evict();
    }
  }

  private recheckAll(): void {
    for (const listener of this.recheckListeners) listener();
  }

  private initialize(params: InitializeParams): InitializeResult {
    const capabilities = params.capabilities;
    this.client = {
      pullDiagnostics: !!capabilities.textDocument?.diagnostic,
      configurationRequests: !!capabilities.workspace?.configuration,
      watchedFilesRegistration: !!capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration,
      diagnosticRefresh: !!capabilities.workspace?.diagnostics?.refreshSupport,
    };
    this.workspaceRoots = (params.workspaceFolders ?? [])
      .map((folder) => folder.uri)
      .concat(params.rootUri ? [params.rootUri] : [])
      .filter((uri) => uri.startsWith('file:'))
      .map((uri) => fileURLToPath(uri));
    return {
      capabilities: Object.assign({}, ...this.features.map((feature) => feature.capabilities?.(this.client) ?? {})),
      serverInfo: { name: 'qe-language-server', version: '0.1.0' },
    };
  }

  private initialized(): void {
    if (this.client.configurationRequests) {
      // Dynamic registration so that the client tells us when `qe.*` settings change.
      void this.connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => undefined);
    }
    if (this.client.watchedFilesRegistration) {
      // A pack created, changed or deleted on disk changes the checks of the dossiers below it.
      void this.connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.qe-style.json' }] })
        .catch(() => undefined);
    }
    // Without a dossier opened soon, the dictionary loads anyway.
    setTimeout(() => this.startSpelling(), 1000).unref();
  }

  /**
   * The dictionary loads in the background (~150 ms, mostly one blocking WASM call); dossiers are checked again
   * once it is there. Started after the first analysis so that the first diagnostics do not wait for it.
   */
  private startSpelling(): void {
    if (this.spellingStarted) return;
    this.spellingStarted = true;
    loadSpellChecker().then(
      // The paragraph caches stay: the spelling checker is one of the settings they compare, so the rules'
      // results are dropped at the next analysis while the model and the Markdown tree are kept.
      () => this.packsChanged(),
      (error: unknown) => this.warn(`Orthographe désactivée : ${describeError(error)}`),
    );
  }

  private settingsPackFor(uri: string): Promise<StylePack> {
    if (!this.client.configurationRequests) return Promise.resolve(noSettings);
    // A closed document (a custom request on any URI) gets no state: nothing would drop it.
    const state = this.open.get(uri) ?? (this.documents.get(uri) ? this.stateOf(uri) : new OpenDocument(uri));
    state.settings ??= this.connection.workspace
      .getConfiguration({ scopeUri: uri, section: 'qe' })
      .then((settings: QeSettings | null) => {
        const { pack, warnings } = settingsToPack(settings);
        for (const warning of warnings) this.warn(warning);
        return pack;
      })
      .catch(() => noSettings);
    return state.settings;
  }

  /**
   * A checker of other versions of a document with that document's settings, linked files and spelling: what the
   * fix-all runs on its own successive texts (a cache of its own, so the open document's cache keeps its version).
   */
  async analyzerFor(uri: string): Promise<(text: string) => Analysis> {
    const options = await this.optionsFor(uri);
    const path = pathOf(uri);
    const cache = new AnalysisCache();
    return (text) => {
      const spellChecker = currentSpellChecker();
      return analyze(text, {
        ...options,
        ...(path ? { readLinkedFile: linkedFileReader(path, dossierRoots(path, this.workspaceRoots)) } : {}),
        ...(spellChecker ? { spellChecker } : {}),
        cache,
      });
    };
  }

  /**
   * Checks in a worker thread: the server's thread stays free meanwhile. A newer version stops the check (its
   * waiters get the newest version's); past the time budget the check is stopped and tried again on a quarter of
   * the text (the core says the file was cut), and when even the shortest cut does not fit, the last findings
   * are kept — each time with a French finding that says the check was cut.
   */
  private async analyseInWorker(document: TextDocument, state: OpenDocument, options: AnalyzeOptions): Promise<CheckedVersion> {
    if (state.checked?.version === document.version) return state.checked;
    const text = document.getText();
    const generation = state.generation;
    const limit = state.lengthLimit;
    const covered = Math.min(text.length, limit ?? defaultMaxLength);
    const request = this.workerRequest(document.uri, text, options, limit);
    let reply;
    try {
      reply = await this.workers!.run(document.uri, request, () =>
        this.connection.console.log(
          `Contrôle de ${document.uri} (version ${document.version}, ${text.length.toLocaleString('fr-FR')} caractères${limit !== undefined && limit < text.length ? `, les ${limit.toLocaleString('fr-FR')} premiers` : ''}) dans un fil séparé.`,
        ),
      );
    } catch (error) {
      if (!(error instanceof CheckStopped)) throw error;
      if (error.reason === 'superseded') {
        const newest = this.documents.get(document.uri);
        if (!newest) throw new Error('le document a été fermé pendant son contrôle');
        return this.analysisOf(newest);
      }
      const why = error.reason === 'budget' ? `document trop long (${seconds(error.milliseconds)})` : 'mémoire insuffisante';
      this.connection.console.log(`Contrôle de ${document.uri} interrompu : ${why}${error.reason === 'crashed' ? ` (${error.message})` : ''}.`);
      state.lastCost = { milliseconds: error.milliseconds, length: covered };
      state.cutReason = why;
      const shorter = Math.max(shortestCut, Math.floor(covered / 4));
      if (shorter < covered) {
        state.lengthLimit = shorter;
        return this.analyseInWorker(document, state, options);
      }
      const kept = state.checked;
      const message = `Contrôle interrompu : ${why}. ${kept ? 'Les constatations affichées sont celles du dernier contrôle achevé.' : 'Aucune constatation n’a pu être établie pour ce document.'} Les autres documents restent contrôlés.`;
      return kept
        ? { ...kept, version: document.version, analysis: withFinding(kept.analysis, interruption(message)) }
        : { version: document.version, analysis: { ...emptyAnalysis(message), findings: [interruption(message)] }, lines: new LineIndex('') };
    }
    const analysis = fromTransferred(reply.analysis!);
    this.account(state, reply.milliseconds, covered, true);
    if (state.lengthLimit === undefined) state.cutReason = undefined;
    // While the text is checked only in part because a check was cut, every result says why (with the core's
    // « fichier tronqué » notice, which says how much).
    const cut = limit !== undefined && state.cutReason;
    const entry = {
      version: document.version,
      analysis: cut ? withFinding(analysis, interruption(`Contrôle interrompu : ${state.cutReason}. Seuls les ${limit.toLocaleString('fr-FR')} premiers caractères sont contrôlés ; les autres documents restent contrôlés.`)) : analysis,
      lines: new LineIndex(text),
    };
    const current = this.documents.get(document.uri);
    if ((!current || current.version === document.version) && state.generation === generation) state.checked = entry;
    if (!this.spellingStarted) setTimeout(() => this.startSpelling(), 0);
    return entry;
  }

  /** A check for the worker: the settings without their functions (it builds its own reader and speller). */
  private workerRequest(uri: string, text: string, options: AnalyzeOptions, maxLength: number | undefined) {
    const { readLinkedFile: _reader, spellChecker: _speller, cache: _cache, maxLength: _length, isCancelled: _cancelled, ...plain } = options;
    return {
      uri,
      text,
      path: pathOf(uri),
      workspaceRoots: this.workspaceRoots,
      options: plain satisfies PlainOptions,
      maxLength,
      spelling: currentSpellChecker() !== undefined,
    };
  }

  /**
   * The fix-all of a document's checked version. Several analyses: for a document checked in a worker, they run
   * there too (a longer budget: the user asked for it), and a fix-all cut by the budget is not offered.
   */
  async fixAllOf(document: TextDocument, entry: CheckedVersion): Promise<FixAll | undefined> {
    const state = this.stateOf(document.uri);
    const text = entry.analysis.document.text;
    if (!this.workers || !(state.inWorker || text.length > workerLength)) return fixAll(entry.analysis, entry.lines, await this.analyzerFor(document.uri));
    const request = { ...this.workerRequest(document.uri, text, await this.optionsFor(document.uri), state.lengthLimit), task: 'fix-all' as const };
    try {
      const reply = await this.workers.run(fixAllKey(document.uri), request, () => this.connection.console.log(`Correction de tout ${document.uri} (version ${entry.version}) dans un fil séparé.`), fixAllBudgetMs);
      return reply.fixed ? fixAllEdits(text, entry.lines, reply.fixed) : undefined;
    } catch (error) {
      if (!(error instanceof CheckStopped)) throw error;
      if (error.reason !== 'superseded') this.connection.console.log(`Correction de tout ${document.uri} interrompue (${seconds(error.milliseconds)}) : non proposée.`);
      return undefined;
    }
  }

  private analyseNow(document: TextDocument, state: OpenDocument, options: AnalyzeOptions): CheckedVersion {
    // Another job may have checked this version while this one waited.
    if (state.checked?.version === document.version) return state.checked;
    const text = document.getText();
    const path = pathOf(document.uri);
    if (!state.lastCost && text.length > firstCheckLength) state.lengthLimit ??= firstCheckLength;
    state.paragraphs ??= new AnalysisCache();
    const spellChecker = currentSpellChecker();
    const started = performance.now();
    const analysis = analyze(text, {
      ...options,
      ...(path ? { readLinkedFile: linkedFileReader(path, dossierRoots(path, this.workspaceRoots)) } : {}),
      ...(spellChecker ? { spellChecker } : {}),
      ...(state.lengthLimit !== undefined ? { maxLength: state.lengthLimit } : {}),
      cache: state.paragraphs,
    });
    this.account(state, performance.now() - started, Math.min(text.length, state.lengthLimit ?? defaultMaxLength));
    const entry = { version: document.version, analysis, lines: new LineIndex(text) };
    // Another edit may have arrived while settings were read: keep only the newest.
    const current = this.documents.get(document.uri);
    if (!current || current.version === document.version) state.checked = entry;
    // After the diagnostics of this analysis are sent (a macrotask runs after the response's microtasks).
    if (!this.spellingStarted) setTimeout(() => this.startSpelling(), 0);
    return entry;
  }
}

const interruptionRule = 'controle-interrompu';

/** The worker job of a document's fix-all (apart from its check's: neither stops the other). */
function fixAllKey(uri: string): string {
  return `${uri}#corriger-tout`;
}

/** The one finding that says a check was cut, at the top of the document. */
function interruption(message: string): Finding {
  return { rule: interruptionRule, severity: 'warning', message, range: { start: 0, end: 0 } };
}

function withFinding(analysis: Analysis, finding: Finding): Analysis {
  // Kept findings may already say it (the last complete check was itself a cut one).
  const others = analysis.findings.filter((candidate) => candidate.rule !== interruptionRule);
  return { ...analysis, findings: [finding, ...others] };
}

/** Seconds in French notation (« 4,1 s »). */
function seconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toLocaleString('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} s`;
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
