/**
 * The literal filters of the patterns (core/text/literal-prefilter.ts), read by the build rather than at each run:
 * `scripts/code-cache.mjs` checks the examples with {@link recordVariable} set, and the bundle then writes
 * `qe-check-literals.json` next to itself. Entries are keyed by each pattern's exact flags and source, so a file
 * older than the bundle only lacks filters: a pattern without one is compiled and run as before.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installLiteralFilters, recordedLiteralFilters, recordLiteralFilters } from '../core';

const file = 'qe-check-literals.json';
/** Bumped whenever `literalFilter` reads patterns differently. */
const format = 1;
/** Set by the build step only. */
export const recordVariable = 'QE_CHECK_RECORD_LITERALS';

/** Installs the filters of `dir`'s file (none when it is missing or unreadable), or records them for the build. */
export function loadLiteralFilters(dir: string = __dirname): void {
  if (process.env[recordVariable] === '1') {
    recordLiteralFilters();
    process.once('exit', () => {
      try {
        writeFileSync(join(dir, file), `${JSON.stringify({ format, unicode: process.versions.unicode, entries: recordedLiteralFilters() })}\n`);
      } catch (error) {
        // The build goes on without filters (qe-check then compiles every pattern, as before).
        process.stderr.write(`qe-check : filtres littéraux non écrits (${error instanceof Error ? error.message : String(error)}).\n`);
      }
    });
    return;
  }
  try {
    const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { format?: unknown; unicode?: unknown; entries?: unknown };
    // The literals of a case-insensitive pattern are sound for the case-folding tables of the Unicode version that
    // read them: another runtime may add an equivalent to a letter kept (as Unicode did for ß, k and å).
    if (data.format === format && data.unicode === process.versions.unicode) installLiteralFilters(data.entries);
  } catch {
    // No file: no filter.
  }
}
