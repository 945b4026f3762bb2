import { parse, resolve } from 'node:path';
import type { AnalyzeOptions } from '../core';
import { formatPackPath, packToOptions, validateStylePack } from '../core';
import { readStylePack } from './style-pack';

export interface LoadedConfig {
  readonly options: AnalyzeOptions;
  /** French messages for what was wrong; checking goes on with defaults for those parts. */
  readonly warnings: readonly string[];
}

/**
 * Reads a style file (`.qe-style.json` format: `{ "profile": "jo", "rules": { "date-relative": "error" },
 * "sigles": {…}, "substitutions": […] }`); never throws. Problems come with `fichier:ligne:colonne`.
 */
export function loadConfigFile(path: string): LoadedConfig {
  // Named on the command line: read wherever it is, but only as a regular file (never a FIFO), size capped.
  const loaded = readStylePack(path, undefined, [parse(resolve(path)).root]);
  return { options: packToOptions(loaded.pack), warnings: loaded.messages };
}

/** Validates an already-parsed style object (VS Code settings): problems are named by their path. */
export function configFromObject(raw: unknown, origin: string): LoadedConfig {
  const { pack, problems } = validateStylePack(raw);
  const warnings = problems.map((problem) => {
    const where = formatPackPath(problem.path);
    return `${origin}${where ? ` (${where})` : ''} : ${problem.message}`;
  });
  return { options: packToOptions(pack), warnings };
}
