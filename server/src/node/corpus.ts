/**
 * The corpus of earlier questions on disk: every dossier (`.qe.md`), page export (`.md`, `.html`, `.txt`) and
 * open-data record (`.json`) under a folder, read into a `SimilarIndex`, kept up to date by modification
 * time and saved as JSON (the extension's storage), so that a restart does not read everything again. A file
 * that cannot be read is skipped and listed, never stops the build.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { decodeBytes } from '../core';
import { readDocument } from '../core';
import { recordOf, SimilarIndex } from '../core';

export interface SkippedFile {
  readonly path: string;
  /** French reason. */
  readonly reason: string;
}

const questionFile = /\.(qe\.md|md|json|html?|txt)$/i;

/** Every candidate file under `roots` with its modification time; hidden folders and node_modules left out. */
export async function corpusFiles(roots: readonly string[], maxFiles = 200_000): Promise<Map<string, number>> {
  const files = new Map<string, number>();
  const queue = [...roots];
  while (queue.length > 0 && files.size < maxFiles) {
    const folder = queue.shift()!;
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) queue.push(path);
      else if (entry.isFile() && questionFile.test(entry.name)) {
        try {
          files.set(path, (await stat(path)).mtimeMs);
        } catch {
          // Gone meanwhile.
        }
      }
    }
  }
  return files;
}

export class CorpusIndex {
  readonly index: SimilarIndex;
  private readonly mtimes: Map<string, number>;
  skipped: SkippedFile[] = [];

  constructor(index = new SimilarIndex(), mtimes = new Map<string, number>()) {
    this.index = index;
    this.mtimes = mtimes;
  }

  /** Reads what changed under `roots` since the last update; returns the number of files read. */
  async update(roots: readonly string[], progress?: (done: number, total: number) => void): Promise<number> {
    const files = await corpusFiles(roots);
    for (const path of [...this.mtimes.keys()]) {
      if (!files.has(path)) {
        this.mtimes.delete(path);
        this.index.remove(path);
      }
    }
    const changed = [...files].filter(([path, mtime]) => this.mtimes.get(path) !== mtime);
    const skipped = this.skipped.filter((file) => files.has(file.path) && !changed.some(([path]) => path === file.path));
    let done = 0;
    for (const [path, mtime] of changed) {
      const reason = await this.read(path);
      if (reason) skipped.push({ path, reason });
      this.mtimes.set(path, mtime);
      progress?.(++done, changed.length);
    }
    this.skipped = skipped;
    return changed.length;
  }

  /** Indexes one file; returns why it was skipped, if it was. */
  private async read(path: string): Promise<string | undefined> {
    this.index.remove(path);
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (error) {
      return `illisible (${(error as { code?: string }).code ?? String(error)})`;
    }
    if (bytes.length > 5_000_000) return 'fichier trop grand (plus de 5 Mo)';
    const decoded = decodeBytes(bytes);
    if (!decoded.ok) return decoded.message;
    try {
      const record = recordOf(path, readDocument(decoded.text));
      if (!record) return /\.(qe\.md|json)$/i.test(path) ? 'aucune question reconnue' : undefined;
      this.index.add(record);
      return undefined;
    } catch (error) {
      return `illisible (${error instanceof Error ? error.message : String(error)})`;
    }
  }

  save(file: string): void {
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ version: 1, mtimes: [...this.mtimes], index: this.index }));
    renameSync(temporary, file);
  }

  /** The index saved by `save`, or an empty one when the file is missing or not one. */
  static load(file: string): CorpusIndex {
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as { version?: number; mtimes?: [string, number][]; index?: unknown };
      if (data.version !== 1 || !Array.isArray(data.mtimes)) return new CorpusIndex();
      const index = SimilarIndex.fromJSON(data.index);
      if (index.size === 0 && data.mtimes.length > 0) return new CorpusIndex();
      return new CorpusIndex(index, new Map(data.mtimes));
    } catch {
      return new CorpusIndex();
    }
  }
}
