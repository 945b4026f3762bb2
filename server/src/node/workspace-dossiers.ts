/**
 * The `.qe.md` dossiers under the workspace folders, for the « Questions en attente » view: a bounded walk
 * that skips hidden folders and `node_modules`, and never follows a symbolic link out of the workspace.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface FoundFile {
  readonly path: string;
  readonly text: string;
}

export interface WalkOptions {
  /** Stop after this many dossiers (a huge workspace must not stall the server). */
  readonly maxFiles?: number;
  /** Largest file read, in bytes. */
  readonly maxBytes?: number;
  /** The unsaved text of an open file, when there is one. */
  readonly openText?: (path: string) => string | undefined;
}

export async function findDossiers(roots: readonly string[], options: WalkOptions = {}): Promise<{ files: FoundFile[]; skipped: string[] }> {
  const maxFiles = options.maxFiles ?? 5000;
  const maxBytes = options.maxBytes ?? 2_000_000;
  const files: FoundFile[] = [];
  const skipped: string[] = [];
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0 && files.length < maxFiles) {
    const folder = queue.shift()!;
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      skipped.push(folder);
      continue;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && entry.name !== 'node_modules') queue.push(path);
        continue;
      }
      if (!entry.isFile() || !/\.qe\.md$/i.test(entry.name) || seen.has(path)) continue;
      seen.add(path);
      const open = options.openText?.(path);
      if (open !== undefined) {
        files.push({ path, text: open });
      } else {
        try {
          if ((await stat(path)).size > maxBytes) {
            skipped.push(path);
            continue;
          }
          files.push({ path, text: (await readFile(path, 'utf8')).replace(/^\uFEFF/, '') });
        } catch {
          skipped.push(path);
        }
      }
      if (files.length >= maxFiles) break;
    }
  }
  return { files, skipped };
}
