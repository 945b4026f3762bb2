/**
 * Grammar findings (J1 `accord-delegue`) from Grammalecte in the language server. House-style and coverage
 * diagnostics never wait for them: a pull returns at once with the grammar findings already known (cached per
 * paragraph text), and the paragraphs not checked yet are sent to the engine in the background, newest
 * document first; when their answers are in, the client is asked to pull again (or the diagnostics are published
 * again). Without Grammalecte nothing changes but the status item. Translation and scheduling only: the mapping
 * is in `core/grammar`, the process in `node/grammar`.
 */
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, AnalyzeOptions, Finding } from '../../core';
import { grammarEnabled, GrammarCache, grammarRuleId, grammarState, withGrammarFindings, type GrammarSettings } from '../../core';
import { GrammarEngine, type GrammarStatus } from '../../node/grammar/engine';
import type { Feature } from '../feature';
import { grammarStatusNotification } from './protocol';

export interface GrammarFeatureDeps {
  readonly documents: TextDocuments<TextDocument>;
  readonly optionsFor: (uri: string) => Promise<AnalyzeOptions>;
  /** Grammar answers arrived for `uri`: pull again (or publish again). */
  readonly refresh: (uri: string) => void;
}

export interface GrammarFeature {
  /** The analysis's findings with the grammar findings known for its paragraphs; the others are checked meanwhile. */
  withGrammar(uri: string, analysis: Analysis): readonly Finding[];
  /** `qe.*` settings changed: the path of Grammalecte and the severities are read again. */
  settingsChanged(): void;
  /** Texts sent to Grammalecte so far (tests, statistics). */
  readonly sent: () => number;
}

/** How often, at most, the client is asked to pull again while a long document is being checked. */
const refreshEveryMs = 1000;
/**
 * Grammalecte waits for a pause in the typing: a paragraph being typed changes at every keystroke, and the
 * engine's work (tens of milliseconds of CPU per paragraph) would compete with the house-style check for the
 * processor. Measured on a 1,000-word dossier without the pause: keystroke p50 from 28 to 65 ms.
 */
const quietMs = 400;

function registerGrammar(connection: Connection, deps: GrammarFeatureDeps): GrammarFeature {
  const cache = new GrammarCache();
  let engine: GrammarEngine | undefined;
  let engineSetting: string | undefined;
  let creating: Promise<GrammarEngine> | undefined;
  /** Per document: the texts still to check (the latest pull's), the most recently asked last. */
  const wanted = new Map<string, readonly string[]>();
  const settings = new Map<string, GrammarSettings>();
  /** Per document: the last merged list, returned again while nothing changed (the diagnostic memo's fast path). */
  const merged = new Map<string, { base: readonly Finding[]; grammar: readonly Finding[]; all: readonly Finding[] }>();
  let pumping = false;
  let generation = 0;
  /** When the texts to check last changed (a keystroke). */
  let lastChange = 0;
  let timer: NodeJS.Timeout | undefined;

  const sendStatus = (status: GrammarStatus) => void connection.sendNotification(grammarStatusNotification, status).catch(() => undefined);

  async function readSetting(): Promise<string | undefined> {
    try {
      const value: unknown = await connection.workspace.getConfiguration('qe.grammalecte');
      const chemin = (value as { chemin?: unknown } | null)?.chemin;
      return typeof chemin === 'string' && chemin.trim() !== '' ? chemin.trim() : undefined;
    } catch {
      return undefined; // a client without workspace/configuration: the usual places
    }
  }

  function currentEngine(): Promise<GrammarEngine> {
    if (engine) return Promise.resolve(engine);
    creating ??= readSetting().then((setting) => {
      engineSetting = setting;
      engine = new GrammarEngine({
        ...(setting ? { setting } : {}),
        onStatus: sendStatus,
        log: (message) => connection.console.log(message),
      });
      creating = undefined;
      return engine;
    });
    return creating;
  }

  function withGrammar(uri: string, analysis: Analysis): readonly Finding[] {
    const base = analysis.findings;
    if (engine?.unavailable) return base;
    const known = settings.get(uri);
    if (known) recheckSettings(uri, known);
    const state = grammarState(analysis.document, (text) => cache.get(text), known ?? {});
    if (state.missing.length > 0 || !known) {
      const previous = wanted.get(uri);
      if (!previous || previous.length !== state.missing.length || previous.some((text, index) => text !== state.missing[index])) lastChange = Date.now();
      wanted.delete(uri);
      wanted.set(uri, state.missing);
      schedule();
    } else wanted.delete(uri);
    if (!known || state.findings.length === 0) return base;
    const previous = merged.get(uri);
    if (previous && previous.base === base && sameFindings(previous.grammar, state.findings)) return previous.all;
    const all = withGrammarFindings(base, state.findings);
    merged.set(uri, { base, grammar: state.findings, all });
    return all;
  }

  const settingsChecked = new Map<string, number>();
  /**
   * A style pack (`.qe-style.json`) may turn the rule off or change its severity without a settings change:
   * the severity is read again, at most once a second per document, and a change pulls the diagnostics again.
   */
  function recheckSettings(uri: string, known: GrammarSettings): void {
    const now = Date.now();
    if (now - (settingsChecked.get(uri) ?? 0) < 1000) return;
    settingsChecked.set(uri, now);
    void deps.optionsFor(uri).then(
      (options) => {
        const severities = options.severities ?? {};
        if (severities[grammarRuleId] === known.severities?.[grammarRuleId] || settings.get(uri) !== known) return;
        settings.set(uri, { severities });
        merged.delete(uri);
        deps.refresh(uri);
      },
      () => undefined,
    );
  }

  function schedule(): void {
    if (pumping) return;
    clearTimeout(timer);
    timer = setTimeout(() => void pump(), Math.max(0, lastChange + quietMs - Date.now()));
    timer.unref?.();
  }

  /** Checks the wanted paragraphs one at a time, the latest asked document first, during pauses in the typing. */
  async function pump(): Promise<void> {
    if (pumping) return;
    pumping = true;
    const started = generation;
    let lastRefresh = Date.now();
    const answered = new Set<string>();
    try {
      // Started at the first paragraph to send: not for a dossier where the rule is off.
      let checker: GrammarEngine | undefined;
      while (started === generation && !checker?.unavailable) {
        const wait = lastChange + quietMs - Date.now();
        if (wait > 0) {
          await new Promise((resolve) => setTimeout(resolve, wait));
          continue;
        }
        const uri = [...wanted.keys()].pop();
        if (uri === undefined) break;
        if (!settings.has(uri)) {
          const options = await deps.optionsFor(uri).catch(() => ({}) as AnalyzeOptions);
          settings.set(uri, options.severities ? { severities: options.severities } : {});
          answered.add(uri);
        }
        const texts = wanted.get(uri) ?? [];
        const text = grammarEnabled(settings.get(uri)!) ? texts.find((candidate) => !cache.has(candidate)) : undefined;
        if (text === undefined) {
          if (wanted.get(uri) === texts) wanted.delete(uri);
          continue;
        }
        if (!checker) {
          checker = await currentEngine();
          await checker.ensureStarted();
          if (checker.unavailable) break;
        }
        cache.set(text, await checker.check(text));
        cache.sent++;
        answered.add(uri);
        if (Date.now() - lastRefresh > refreshEveryMs) {
          lastRefresh = Date.now();
          flush(answered);
        }
      }
    } finally {
      pumping = false;
      flush(answered);
      // A settings change while the engine was busy: start over with the new one.
      if (started !== generation && wanted.size > 0) schedule();
    }
  }

  function flush(answered: Set<string>): void {
    for (const uri of answered) if (deps.documents.get(uri)) deps.refresh(uri);
    answered.clear();
  }

  deps.documents.onDidClose((event) => {
    wanted.delete(event.document.uri);
    settingsChecked.delete(event.document.uri);
    settings.delete(event.document.uri);
    merged.delete(event.document.uri);
  });

  return {
    withGrammar,
    settingsChanged() {
      settings.clear();
      merged.clear();
      void readSetting().then((setting) => {
        if (setting === engineSetting) return;
        // Another Grammalecte: its answers may differ, and a path that did not work may work now.
        generation++;
        engine?.dispose();
        engine = undefined;
        cache.clear();
      });
    },
    sent: () => cache.sent,
  };
}

function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) {
    const x = a[index]!;
    const y = b[index]!;
    if (x.range.start !== y.range.start || x.range.end !== y.range.end || x.message !== y.message || x.severity !== y.severity) return false;
  }
  return true;
}

/** The grammar check as a server feature: its findings join each document's diagnostics when they arrive. */
export const grammar: Feature = {
  register(server) {
    const feature = registerGrammar(server.connection, {
      documents: server.documents,
      optionsFor: (uri) => server.optionsFor(uri),
      refresh: (uri) => server.refreshDiagnostics(uri),
    });
    server.lateFindings = (uri, analysis) => feature.withGrammar(uri, analysis);
    server.onRecheck(() => feature.settingsChanged());
  },
};
