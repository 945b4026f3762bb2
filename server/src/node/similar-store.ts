/**
 * The side table of the earlier-questions index on disk: one JSON line per record (what a hit shows, the terms
 * of its score and of its indexing), appended as records come, read back by offset for the hits of a query. The
 * index process keeps in memory only the search index and, per record, its path, identity hash and offsets.
 */
import { closeSync, fstatSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import type { DetailStore, RecordDetails } from '../core';

/** Offset and length of a record's line in the table. */
export type Span = readonly [offset: number, length: number];

export class DiskDetailStore implements DetailStore {
  private fd: number;
  private end: number;
  /** Offset and length of each record's line, by id (length 0: none); typed arrays, not a map of pairs. */
  private offsets = new Float64Array(1024);
  private lengths = new Uint32Array(1024);
  private live = 0;
  /** Bytes of lines whose record was removed or replaced. */
  private garbage = 0;

  /**
   * A table at `file`: emptied (`spans` omitted), or opened again with the spans its manifest lists. Throws
   * when the file cannot be opened.
   */
  constructor(
    readonly file: string,
    spans?: Map<number, Span>,
  ) {
    this.fd = openSync(file, spans ? 'r+' : 'w+');
    this.end = spans ? fstatSync(this.fd).size : 0;
    if (spans) {
      let used = 0;
      for (const [id, [offset, length]] of spans) {
        this.set(id, offset, length);
        used += length;
      }
      this.garbage = Math.max(0, this.end - used);
    }
  }

  get bytes(): number {
    return this.end;
  }

  get wasted(): number {
    return this.garbage;
  }

  private set(id: number, offset: number, length: number): void {
    if (!Number.isInteger(id) || id < 0 || length <= 0) throw new Error(`enregistrement ${id} invalide`);
    if (id >= this.lengths.length) {
      const size = Math.max(id + 1, this.lengths.length * 2);
      const offsets = new Float64Array(size);
      offsets.set(this.offsets);
      const lengths = new Uint32Array(size);
      lengths.set(this.lengths);
      this.offsets = offsets;
      this.lengths = lengths;
    }
    if (this.lengths[id] === 0) this.live++;
    this.offsets[id] = offset;
    this.lengths[id] = length;
  }

  put(id: number, details: RecordDetails): void {
    const line = Buffer.from(`${JSON.stringify([id, details])}\n`, 'utf8');
    writeSync(this.fd, line, 0, line.length, this.end);
    this.garbage += this.lengths[id] ?? 0;
    this.set(id, this.end, line.length);
    this.end += line.length;
  }

  get(id: number): RecordDetails | undefined {
    const length = this.lengths[id];
    if (!length) return undefined;
    try {
      return parseLine(readSpan(this.fd, [this.offsets[id]!, length]), id);
    } catch {
      // A line damaged since the table was opened: the hit is left out rather than the query failing.
      return undefined;
    }
  }

  delete(id: number): void {
    const length = this.lengths[id];
    if (!length) return;
    this.garbage += length;
    this.lengths[id] = 0;
    this.live--;
  }

  /** Id, offset and length of each record's line, in the order of the table. */
  entries(): [number, number, number][] {
    const entries: [number, number, number][] = [];
    for (let id = 0; id < this.lengths.length; id++) if (this.lengths[id]) entries.push([id, this.offsets[id]!, this.lengths[id]!]);
    return entries.sort((a, b) => a[1] - b[1]);
  }

  /**
   * Reads every kept record in the order of the table (one pass, in large chunks: faster than a read per
   * record). Throws when a line is not the record its span says. One buffer, reused (a line cut by the chunk's
   * end is moved to its start): a new 8 MB buffer per chunk, as before, left tens of MB in the C allocator's
   * free lists after a load at 100,000 records, still counted as resident.
   */
  *scan(): IterableIterator<[number, RecordDetails]> {
    const byOffset = new Map<number, number>();
    for (const [id, offset] of this.entries()) byOffset.set(offset, id);
    let buffer = Buffer.allocUnsafe(1 << 20);
    let kept = 0;
    let base = 0;
    let seen = 0;
    for (let position = 0; position < this.end; ) {
      // A line longer than the buffer: a larger one.
      if (kept === buffer.length) {
        const larger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(larger, 0, 0, kept);
        buffer = larger;
      }
      const read = readSync(this.fd, buffer, kept, Math.min(buffer.length - kept, this.end - position), position);
      if (read <= 0) break;
      position += read;
      const data = buffer.subarray(0, kept + read);
      let start = 0;
      for (let newline = data.indexOf(10, start); newline >= 0; newline = data.indexOf(10, start)) {
        const id = byOffset.get(base + start);
        if (id !== undefined) {
          if (this.lengths[id] !== newline + 1 - start) throw new Error(`enregistrement ${id} de longueur inattendue`);
          seen++;
          yield [id, parseLine(data.subarray(start, newline + 1), id)];
        }
        start = newline + 1;
      }
      base += start;
      kept = data.length - start;
      buffer.copy(buffer, 0, start, data.length);
    }
    if (seen !== this.live) throw new Error(`${this.live - seen} enregistrements manquants`);
  }

  /** Writes the kept records into a fresh table and switches to it (the lines of removed records are dropped). */
  compact(): void {
    const temporary = `${this.file}.${process.pid}.tmp`;
    const fd = openSync(temporary, 'w');
    const moved: [number, number, number][] = [];
    let end = 0;
    try {
      for (const [id, offset, length] of this.entries()) {
        const line = readSpan(this.fd, [offset, length]);
        writeSync(fd, line, 0, line.length, end);
        moved.push([id, end, line.length]);
        end += line.length;
      }
    } finally {
      closeSync(fd);
    }
    closeSync(this.fd);
    renameSync(temporary, this.file);
    this.fd = openSync(this.file, 'r+');
    for (const [id, offset] of moved) this.offsets[id] = offset;
    this.end = end;
    this.garbage = 0;
  }

  close(remove = false): void {
    try {
      closeSync(this.fd);
    } catch {
      // Already closed.
    }
    if (remove) rmSync(this.file, { force: true });
  }
}

function readSpan(fd: number, [offset, length]: Span): Buffer {
  const line = Buffer.allocUnsafe(length);
  const read = readSync(fd, line, 0, length, offset);
  return read === length ? line : line.subarray(0, read);
}

function parseLine(line: Buffer, id: number): RecordDetails {
  const value = JSON.parse(line.toString('utf8')) as unknown;
  if (!Array.isArray(value) || value[0] !== id) throw new Error(`enregistrement ${id} introuvable`);
  const details = value[1] as RecordDetails | null;
  if (!details || typeof details.keyHash !== 'string' || typeof details.indexTerms !== 'string' || typeof details.scoreTerms !== 'string' || typeof details.record?.path !== 'string') {
    throw new Error(`enregistrement ${id} incomplet`);
  }
  return details;
}
