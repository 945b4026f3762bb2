/**
 * The earlier-questions index as a service: the requests of `similar-protocol.ts` in, replies and events out.
 * It runs in its own process (`similar-process.ts`); tests drive it in process. One `CorpusIndex` per corpus
 * (folders + storage): loaded from its storage, brought up to date with the disk, saved after changes.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, sep } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import type { QuestionRecord } from '../core';
import { CorpusIndex } from './corpus';
import { ReaderPool } from './similar-reader';
import type { CorpusKey, IndexEvent, IndexReply, IndexRequest, QueryResult, StatsResult, UpdateResult } from './similar-protocol';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

/**
 * Full garbage collections with every page compacted, when the process was started with `--expose-gc`: after a
 * build or a load, whose garbage (postings arrays grown by `push`, the manifest's parse) leaves old-space pages
 * part full. A plain collection left V8's heap committed at 123 MB for 94 MB used after a load at 100,000
 * records (resident 200 MB) until V8's memory reducer ran, tens of seconds later; compacted, 99 MB committed and
 * 168 MB resident at once. V8 reads the flag at each collection; it is set for these two only.
 */
function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return;
  setFlagsFromString('--compact-on-every-full-gc');
  gc();
  gc();
  setFlagsFromString('--no-compact-on-every-full-gc');
}

export interface SimilarServiceOptions {
  /** A query starts a new walk of the corpus when the last one ended longer ago than this (ms). */
  readonly rescanAfterMs?: number;
  /** Up to this many indexed files, a query waits for that walk (it is short); above, it answers at once. */
  readonly waitForRescanUpTo?: number;
  /** Delay before saving after an update (ms): a burst of saved files writes the manifest once. */
  readonly saveDelayMs?: number;
  /** The script of the reader threads of a build (`similar-reader.ts`); none: files are read on this thread. */
  readonly readerScript?: string;
  readonly readerThreads?: number;
}

interface State {
  readonly key: CorpusKey;
  readonly corpus: CorpusIndex;
  /** The first walk (a full build when nothing was saved): queries wait for it. */
  readonly built: Promise<void>;
  scanning?: Promise<void>;
  lastScan: number;
  saveTimer?: NodeJS.Timeout;
}

export class SimilarService {
  private readonly corpora = new Map<string, State>();
  private readonly options: Required<SimilarServiceOptions>;

  constructor(
    private readonly emit: (event: IndexEvent) => void,
    options: SimilarServiceOptions = {},
  ) {
    this.options = { rescanAfterMs: 2_000, waitForRescanUpTo: 5_000, saveDelayMs: 2_000, readerScript: '', readerThreads: 1, ...options };
  }

  async handle(request: IndexRequest): Promise<IndexReply> {
    try {
      switch (request.kind) {
        case 'query':
          return { id: request.id, ok: true, result: await this.query(request.corpus, request.record, request.limit) };
        case 'update':
          return { id: request.id, ok: true, result: await this.update(request.corpus, request.paths) };
        case 'stats':
          return { id: request.id, ok: true, result: this.stats() };
      }
    } catch (error) {
      return { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }

  async query(key: CorpusKey, record: QuestionRecord | null, limit: number): Promise<QueryResult> {
    const state = this.stateFor(key);
    await state.built;
    // A large corpus is walked again less often (a walk of 100,000 files costs seconds of CPU); the client's
    // file watcher tells of the files saved meanwhile (`update`).
    const large = state.corpus.index.size > this.options.waitForRescanUpTo;
    const after = large ? Math.max(this.options.rescanAfterMs, 60_000) : this.options.rescanAfterMs;
    if (!state.scanning && Date.now() - state.lastScan > after) {
      const scan = this.scan(state, false);
      // A small corpus is walked again before answering (files copied in a moment ago are found); a large one
      // answers from what it has, and the walk goes on behind.
      if (state.corpus.index.size <= this.options.waitForRescanUpTo) await scan;
    }
    const hits = record ? state.corpus.index.similar(record, Math.max(1, Math.min(1000, limit))) : [];
    return { hits, indexed: state.corpus.index.size, skipped: state.corpus.skipped };
  }

  /** Reads the given files again (saved, created, deleted); paths outside the corpus's folders are ignored. */
  async update(key: CorpusKey, paths: readonly string[]): Promise<UpdateResult> {
    const state = this.stateFor(key);
    await state.built;
    const inside = paths.filter((path) => key.roots.some((root) => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep)));
    const changed = inside.length > 0 ? await state.corpus.updateFiles(inside) : 0;
    if (changed > 0) this.saveLater(state);
    return { changed, indexed: state.corpus.index.size };
  }

  stats(): StatsResult {
    const memory = process.memoryUsage();
    return { rss: memory.rss, heapUsed: memory.heapUsed, heapTotal: memory.heapTotal, external: memory.external, corpora: this.corpora.size };
  }

  /** Storages this process holds the lock of (`<storage>.lock`, holding its pid). */
  private readonly locks = new Set<string>();

  /** Takes the lock of a storage; false when a live process holds it. */
  private lock(storage: string): boolean {
    if (this.locks.has(storage)) return true;
    const file = `${storage}.lock`;
    try {
      mkdirSync(dirname(storage), { recursive: true });
      for (let attempt = 0; attempt < 2; attempt++) {
        try {
          writeFileSync(file, String(process.pid), { flag: 'wx' });
          this.locks.add(storage);
          return true;
        } catch (error) {
          if ((error as { code?: string }).code !== 'EEXIST') throw error;
          const holder = Number(readFileSync(file, 'utf8'));
          if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && alive(holder)) return false;
          // Left by a process that is gone.
          rmSync(file, { force: true });
        }
      }
    } catch {
      // A storage that cannot be locked is still used (one window is the common case).
      return true;
    }
    return false;
  }

  /** Saves what is pending and closes the side tables. */
  close(): void {
    for (const state of this.corpora.values()) {
      if (state.saveTimer) {
        clearTimeout(state.saveTimer);
        this.save(state);
      }
      state.corpus.close();
    }
    this.corpora.clear();
    for (const storage of this.locks) rmSync(`${storage}.lock`, { force: true });
    this.locks.clear();
  }

  private stateFor(asked: CorpusKey): State {
    const id = JSON.stringify([asked.roots, asked.storage ?? null]);
    let key = asked;
    const state = this.corpora.get(id);
    if (state) return state;
    let corpus: CorpusIndex;
    let first = true;
    // Another window's index process may keep the same storage (the global storage is shared): only one
    // writes it; the other indexes in a temporary table for its session.
    if (key.storage && !this.lock(key.storage)) {
      this.emit({ kind: 'notice', message: 'Index des questions antérieures déjà utilisé par une autre fenêtre : cette fenêtre construit le sien pour la session.' });
      key = { roots: key.roots };
    }
    if (key.storage) {
      const loaded = CorpusIndex.load(key.storage);
      corpus = loaded.corpus;
      if (loaded.problem) this.emit({ kind: 'notice', message: `Index des questions antérieures : ${loaded.problem} ; il est reconstruit.` });
      first = corpus.index.size === 0;
    } else {
      corpus = CorpusIndex.onDisk();
    }
    if (this.options.readerScript) corpus.readers = new ReaderPool(this.options.readerScript, this.options.readerThreads);
    const created: State = { key, corpus, built: Promise.resolve(), lastScan: 0 };
    // The first walk after an index was loaded: the loading's memory goes back too.
    (created as { built: Promise<void> }).built = this.scan(created, first).then(() => {
      corpus.index.trim();
      collect();
    });
    this.corpora.set(id, created);
    return created;
  }

  /** Walks the corpus and reads what changed; saves when something did. */
  private scan(state: State, first: boolean): Promise<void> {
    const storage = state.key.storage;
    const scanning = (async () => {
      const changed = await state.corpus.update(state.key.roots, (done, total) => {
        if (done % 500 === 0 || done === total) this.emit({ kind: 'progress', ...(storage ? { storage } : {}), first, done, total });
      });
      if (changed > 0) this.save(state);
      // After many files read, a full collection gives the build's memory back.
      if (changed > 1000) {
        state.corpus.index.trim();
        collect();
      }
    })().finally(() => {
      state.lastScan = Date.now();
      if (state.scanning === scanning) state.scanning = undefined;
    });
    state.scanning = scanning;
    return scanning;
  }

  private saveLater(state: State): void {
    if (!state.key.storage) return;
    clearTimeout(state.saveTimer);
    state.saveTimer = setTimeout(() => {
      state.saveTimer = undefined;
      this.save(state);
    }, this.options.saveDelayMs);
    state.saveTimer.unref();
  }

  private save(state: State): void {
    if (!state.key.storage) return;
    try {
      state.corpus.save(state.key.storage);
    } catch (error) {
      this.emit({ kind: 'notice', message: `Index des questions antérieures non enregistré : ${error instanceof Error ? error.message : String(error)}.` });
    }
  }
}
