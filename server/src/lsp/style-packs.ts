/**
 * Workspace style packs for the language server: which `.qe-style.json` applies to a dossier, its content
 * (the open editor's text when the pack is open, else the file), and the diagnostics shown on the pack file.
 */
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { LineIndex, mergePacks, packToOptions, parseStylePack, stylePackFileName, type AnalyzeOptions, type StylePack } from '../core';
import { findStylePack, maxPackBytes, readStylePack, type LoadedStylePack } from '../node/style-pack';
import { inside } from '../node/paths';
import { diagnosticSource } from './convert';

/** True for the URI of a style pack file (`…/.qe-style.json`). */
export function isStylePackUri(uri: string): boolean {
  return uri.endsWith(`/${stylePackFileName}`);
}

/** Diagnostics on the pack file itself: invalid JSON, wrong types, unknown keys and rule ids, in French. */
export function stylePackDiagnostics(text: string): Diagnostic[] {
  const lines = new LineIndex(text);
  let problems;
  try {
    if (text.length > maxPackBytes) throw new RangeError('trop volumineux');
    problems = parseStylePack(text).problems;
  } catch {
    return [
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: DiagnosticSeverity.Error,
        source: diagnosticSource,
        code: 'fichier-de-style',
        message: `Fichier de style trop volumineux ou trop imbriqué (plus de ${maxPackBytes / 1024 / 1024} Mo, ou structure trop profonde) : il est ignoré, contrôle avec les réglages par défaut.`,
      },
    ];
  }
  return problems.map((problem) => ({
    range: lines.range(problem.range),
    severity: problem.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: diagnosticSource,
    code: 'fichier-de-style',
    message: problem.severity === 'error' ? `${problem.message} Le reste du fichier de style s’applique.` : problem.message,
  }));
}

/**
 * On a dossier whose pack has problems: one warning at the top, linking to each problem in the pack (the part
 * of the pack that is valid applies; the rest falls back to the defaults, which the user must know).
 */
export function stylePackNotice(loaded: LoadedStylePack | undefined): Diagnostic | undefined {
  if (loaded?.reason) {
    // Unreadable, too large or too deep: nothing of it applies.
    return {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Warning,
      source: diagnosticSource,
      code: 'fichier-de-style',
      message: `Le guide de style ${loaded.path} est ignoré (${loaded.reason}) : contrôle avec les réglages par défaut.`,
    };
  }
  if (!loaded || loaded.problems.length === 0 || loaded.text === undefined) return undefined;
  const lines = new LineIndex(loaded.text);
  const count = loaded.problems.length;
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Warning,
    source: diagnosticSource,
    code: 'fichier-de-style',
    message: loaded.ignored
      ? `Le guide de style ${loaded.path} n’est pas du JSON valide : il est ignoré, contrôle avec les réglages par défaut.`
      : `Le guide de style ${loaded.path} contient ${count === 1 ? 'un problème' : `${count} problèmes`} : ${count === 1 ? 'la valeur fautive est ignorée' : 'les valeurs fautives sont ignorées'}, le reste s’applique.`,
    relatedInformation: loaded.problems.map((problem) => ({
      location: { uri: pathToFileURL(loaded.path).href, range: lines.range(problem.range) },
      message: problem.message,
    })),
  };
}

/** Finds and reads packs once until `invalidate()` (pack edited, saved, created or deleted). */
export class WorkspaceStylePacks {
  private readonly pathByFolder = new Map<string, string | undefined>();
  private readonly loaded = new Map<string, LoadedStylePack>();
  private readonly merged = new Map<string, { settings: StylePack; pack: StylePack | undefined; options: AnalyzeOptions }>();

  constructor(
    private readonly roots: () => readonly string[],
    /** Text of the pack when it is open in the editor (unsaved edits count). */
    private readonly openText: (path: string) => string | undefined,
    private readonly warn: (message: string) => void,
  ) {}

  /** The pack that applies to a dossier, or undefined. */
  packFor(dossierPath: string): LoadedStylePack | undefined {
    const folder = dirname(dossierPath);
    let packPath = this.pathByFolder.get(folder);
    if (!this.pathByFolder.has(folder)) {
      packPath = findStylePack(dossierPath, this.roots());
      this.pathByFolder.set(folder, packPath);
    }
    if (!packPath) return undefined;
    let loaded = this.loaded.get(packPath);
    if (!loaded) {
      const open = this.openText(packPath);
      const roots = this.roots().filter((root) => inside(root, packPath!));
      loaded = readStylePack(packPath, open === undefined ? undefined : () => open, roots.length > 0 ? roots : [dirname(packPath)]);
      this.loaded.set(packPath, loaded);
      for (const message of loaded.messages) this.warn(message);
    }
    return loaded;
  }

  /**
   * Options for a dossier: the `qe.*` settings, overridden by the workspace pack. The same object is returned
   * while neither changes (the incremental cache compares options by identity).
   */
  optionsFor(uri: string, dossierPath: string | undefined, settings: StylePack): AnalyzeOptions {
    const pack = dossierPath ? this.packFor(dossierPath)?.pack : undefined;
    const previous = this.merged.get(uri);
    if (previous && previous.settings === settings && previous.pack === pack) return previous.options;
    const options = packToOptions(mergePacks(settings, pack));
    this.merged.set(uri, { settings, pack, options });
    return options;
  }

  /** True when `text` differs from the pack text in use for `path` (so dossiers must be checked again). */
  differs(path: string, text: string | undefined): boolean {
    const loaded = this.loaded.get(path);
    return !loaded || loaded.text !== text;
  }

  forget(uri: string): void {
    this.merged.delete(uri);
  }

  invalidate(): void {
    this.pathByFolder.clear();
    this.loaded.clear();
  }
}
