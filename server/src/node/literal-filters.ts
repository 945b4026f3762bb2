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
    process.once('exit', () => writeFileSync(join(dir, file), `${JSON.stringify({ format, entries: recordedLiteralFilters() })}\n`));
    return;
  }
  try {
    const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { format?: unknown; entries?: unknown };
    if (data.format === format) installLiteralFilters(data.entries);
  } catch {
    // No file: no filter.
  }
}
