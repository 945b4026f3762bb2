/**
 * The corpus of earlier questions on disk: every dossier (`.qe.md`), page export (`.md`, `.html`, `.txt`) and
 * open-data record (`.json`) under a folder, read into a `SimilarIndex`, kept up to date by modification
 * time and size, and saved in the extension's storage (a JSON manifest and the side table of
 * `similar-store.ts`), so that a restart does not read the corpus again. A file that cannot be read is skipped
 * and listed, never stops the build.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { SimilarIndex } from '../core';
import { readForIndex, type ReaderPool, type ReadResult } from './similar-reader';
import { DiskDetailStore, type Span } from './similar-store';

export interface SkippedFile {
  readonly path: string;
  /** French reason. */
  readonly reason: string;
}

const questionFile = /\.(qe\.md|md|json|html?|txt)$/i;

/** Modification time and size of a file: a change of either reads it again. */
export type FileStamp = readonly [mtime: number, size: number];

/** Every candidate file under `roots` with its stamp; hidden folders and node_modules left out. */
export async function corpusFiles(roots: readonly string[], maxFiles = 200_000): Promise<Map<string, FileStamp>> {
  const files = new Map<string, FileStamp>();
  const queue = [...roots];
  let since = 0;
  while (queue.length > 0 && files.size < maxFiles) {
    const folder = queue.shift()!;
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) queue.push(path);
      else if (entry.isFile() && questionFile.test(entry.name)) {
        // Synchronous calls (several times cheaper than promises here, in a process of its own), with a pause
        // every few hundred files so that requests are answered meanwhile.
        const stamp = stampOf(path);
        if (stamp) files.set(path, stamp);
        if (++since % 500 === 0) await pause();
      }
    }
  }
  return files;
}

/** The stamp of a file; none when it is gone, unreadable or not a file. */
function stampOf(path: string): FileStamp | undefined {
  try {
    const stats = statSync(path, { throwIfNoEntry: false });
    return stats?.isFile() ? [stats.mtimeMs, stats.size] : undefined;
  } catch {
    return undefined;
  }
}

const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The manifest's format: a manifest of another format (an older version's JSON index) is discarded. Version 3: the
 * identity key keeps a word that only looks like the author's name (saved keys of version 2 may differ).
 */
const manifestFormat = 'qe-index-questions';
const manifestVersion = 3;

interface Manifest {
  readonly format: typeof manifestFormat;
  readonly version: typeof manifestVersion;
  /** The side table's file name, next to the manifest, and its size when the manifest was written. */
  readonly table: string;
  readonly tableSize: number;
  readonly files: [string, number, number][];
  /** Id, offset and length of each record's line in the table. */
  readonly records: [number, number, number][];
  readonly skipped: SkippedFile[];
}

/** The side table of a manifest: `index-questions.json` → `index-questions.records`. */
function tableOf(manifest: string): string {
  return `${manifest.replace(/\.json$/i, '')}.records`;
}

let temporaryTables = 0;

export class CorpusIndex {
  readonly index: SimilarIndex;
  private readonly stamps: Map<string, FileStamp>;
  skipped: SkippedFile[] = [];
  /** Threads that read the files of a large update (opt-in: `similar-process.ts --readers N`); without, here. */
  readers?: ReaderPool;

  constructor(index = new SimilarIndex(), stamps = new Map<string, FileStamp>()) {
    this.index = index;
    this.stamps = stamps;
  }

  /**
   * An empty index whose records' details are kept in a side table on disk: next to `manifest` (where `save`
   * writes), or in a temporary file removed by `close`.
   */
  static onDisk(manifest?: string): CorpusIndex {
    let file: string;
    if (manifest) {
      mkdirSync(dirname(manifest), { recursive: true });
      file = tableOf(manifest);
    } else {
      file = join(tmpdir(), `qe-index-questions-${process.pid}-${++temporaryTables}.records`);
    }
    return new CorpusIndex(new SimilarIndex(new DiskDetailStore(file)));
  }

  /** Reads what changed under `roots` since the last update; returns the number of files read. */
  async update(roots: readonly string[], progress?: (done: number, total: number) => void): Promise<number> {
    const files = await corpusFiles(roots);
    for (const path of [...this.stamps.keys()]) {
      if (!files.has(path)) {
        this.stamps.delete(path);
        this.index.remove(path);
      }
    }
    const changed = [...files].filter(([path, stamp]) => !sameStamp(this.stamps.get(path), stamp));
    const changedPaths = new Set(changed.map(([path]) => path));
    const skipped = this.skipped.filter((file) => files.has(file.path) && !changedPaths.has(file.path));
    let done = 0;
    const took = (path: string, stamp: FileStamp, reason: string | undefined) => {
      if (reason) skipped.push({ path, reason });
      this.stamps.set(path, stamp);
      done++;
      progress?.(done, changed.length);
    };
    // Many files: read on the pool's threads, indexed here as they come (in order); the rest (or all, without
    // a pool or when it failed) read here.
    if (this.readers && changed.length >= 256) {
      await this.readers.readAll(
        changed.map(([path]) => path),
        (at, result) => {
          const [path, stamp] = changed[at]!;
          took(path, stamp, this.take(path, result));
        },
      );
    }
    for (const [path, stamp] of changed.slice(done)) {
      took(path, stamp, this.read(path));
      if (done % 50 === 0) await pause();
    }
    this.skipped = skipped;
    return changed.length;
  }

  /** Reads the given files again (changed, created or deleted); returns the number read or dropped. */
  async updateFiles(paths: readonly string[]): Promise<number> {
    let count = 0;
    for (const path of paths) {
      const stamp = questionFile.test(path) ? stampOf(path) : undefined;
      this.skipped = this.skipped.filter((file) => file.path !== path);
      if (!stamp) {
        if (this.stamps.delete(path) || this.index.has(path)) count++;
        this.index.remove(path);
        continue;
      }
      const reason = this.read(path);
      if (reason) this.skipped.push({ path, reason });
      this.stamps.set(path, stamp);
      count++;
    }
    return count;
  }

  /** Indexes one file; returns why it was skipped, if it was. */
  private read(path: string): string | undefined {
    return this.take(path, readForIndex(path));
  }

  /** Indexes what was read of a file (here or on a reader thread); returns why it was skipped, if it was. */
  private take(path: string, result: ReadResult): string | undefined {
    this.index.remove(path);
    if ('reason' in result) return result.reason;
    if ('details' in result) this.index.addDetails(result.details);
    return undefined;
  }

  /**
   * Writes the manifest at `file` (atomically); the records are already in the side table next to it, which
   * is first compacted when removed records fill more than a third of it. An index kept in memory (the CLI's)
   * cannot be saved.
   */
  save(file: string): void {
    const store = this.index.store;
    if (!(store instanceof DiskDetailStore) || store.file !== tableOf(file)) throw new Error('index sans table sur disque à cet endroit');
    if (store.wasted > store.bytes / 3) store.compact();
    const manifest: Manifest = {
      format: manifestFormat,
      version: manifestVersion,
      table: basename(store.file),
      tableSize: store.bytes,
      files: [...this.stamps].map(([path, [mtime, size]]) => [path, mtime, size]),
      records: store.entries(),
      skipped: this.skipped,
    };
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(manifest));
    renameSync(temporary, file);
  }

  /**
   * The index saved by `save` at `file`, without reading the corpus: the search index is filled again from
   * the terms of the side table. A missing file gives an empty index; one of another format, or damaged, an
   * empty index and a French `problem` (the caller says it: the index is rebuilt).
   */
  static load(file: string): { corpus: CorpusIndex; problem?: string } {
    if (!existsSync(file)) return { corpus: CorpusIndex.onDisk(file) };
    let manifest: Manifest;
    try {
      manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
    } catch (error) {
      return { corpus: CorpusIndex.onDisk(file), problem: `index illisible (${error instanceof Error ? error.message : String(error)})` };
    }
    if (manifest?.format !== manifestFormat || manifest.version !== manifestVersion) {
      return { corpus: CorpusIndex.onDisk(file), problem: 'index d’un ancien format' };
    }
    let store: DiskDetailStore | undefined;
    try {
      if (manifest.table !== basename(tableOf(file)) || !Array.isArray(manifest.files) || !Array.isArray(manifest.records)) throw new Error('manifeste incomplet');
      const spans = new Map<number, Span>(manifest.records.map(([id, offset, length]) => [id, [offset, length]]));
      store = new DiskDetailStore(tableOf(file), spans);
      if (store.bytes < manifest.tableSize) throw new Error('table des questions tronquée');
      const index = new SimilarIndex(store);
      const listed = new Map<string, FileStamp>(manifest.files.map(([path, mtime, size]) => [path, [mtime, size]]));
      // The stamps are keyed by the records' own path strings (one copy per path in memory, not two).
      const stamps = new Map<string, FileStamp>();
      for (const [id, details] of store.scan()) {
        const { path } = details.record;
        index.addDetails(details, id);
        const stamp = listed.get(path);
        if (stamp) {
          stamps.set(path, stamp);
          listed.delete(path);
        }
      }
      for (const [path, stamp] of listed) stamps.set(path, stamp);
      const corpus = new CorpusIndex(index, stamps);
      corpus.skipped = Array.isArray(manifest.skipped) ? manifest.skipped : [];
      return { corpus };
    } catch (error) {
      store?.close();
      return { corpus: CorpusIndex.onDisk(file), problem: `index endommagé (${error instanceof Error ? error.message : String(error)})` };
    }
  }

  /** Closes the side table (removing it when it was a temporary one). */
  close(): void {
    const store = this.index.store;
    if (store instanceof DiskDetailStore) store.close(store.file.startsWith(join(tmpdir(), 'qe-index-questions-')));
  }
}

function sameStamp(a: FileStamp | undefined, b: FileStamp): boolean {
  return a !== undefined && a[0] === b[0] && a[1] === b[1];
}
