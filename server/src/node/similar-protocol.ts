/**
 * Messages between the language server and the process of the earlier-questions index (Node IPC, values
 * serialised as JSON). Every request carries an id and gets one reply with the same id; the index process
 * also sends progress while it reads the corpus, and notices (French) the server shows.
 */
import type { IndexedRecord, QuestionRecord } from '../core';
import type { SkippedFile } from './corpus';

/** A corpus: its folders and where its index is kept (none: in a temporary file for the session). */
export interface CorpusKey {
  readonly roots: readonly string[];
  readonly storage?: string;
}

export type IndexRequest =
  | { readonly id: number; readonly kind: 'query'; readonly corpus: CorpusKey; readonly record: QuestionRecord | null; readonly limit: number }
  | { readonly id: number; readonly kind: 'update'; readonly corpus: CorpusKey; readonly paths: readonly string[] }
  | { readonly id: number; readonly kind: 'stats' };

export interface QueryResult {
  readonly hits: readonly { readonly record: IndexedRecord; readonly score: number; readonly identical: boolean }[];
  readonly indexed: number;
  readonly skipped: readonly SkippedFile[];
}

export interface UpdateResult {
  readonly changed: number;
  readonly indexed: number;
}

export interface StatsResult {
  /** Resident and heap memory of the index process, bytes. */
  readonly rss: number;
  readonly heapUsed: number;
  /** V8's heap as committed, and memory outside it (buffers): what the resident memory holds besides. */
  readonly heapTotal?: number;
  readonly external?: number;
  readonly corpora: number;
}

export type IndexReply =
  | { readonly id: number; readonly ok: true; readonly result: QueryResult | UpdateResult | StatsResult }
  | { readonly id: number; readonly ok: false; readonly error: string };

export type IndexEvent =
  /** Reading the corpus: `first` when there was no saved index (the editor shows a progress notification). */
  | { readonly kind: 'progress'; readonly storage?: string; readonly first: boolean; readonly done: number; readonly total: number }
  | { readonly kind: 'notice'; readonly message: string };

export type IndexMessage = IndexReply | IndexEvent;

function isCorpusKey(value: unknown): value is CorpusKey {
  const key = value as CorpusKey | null;
  return (
    typeof key === 'object' &&
    key !== null &&
    Array.isArray(key.roots) &&
    key.roots.every((root) => typeof root === 'string') &&
    (key.storage === undefined || typeof key.storage === 'string')
  );
}

/** A well-formed request (what the index process accepts); anything else gets an error reply or is dropped. */
export function isIndexRequest(value: unknown): value is IndexRequest {
  const request = value as Partial<Record<string, unknown>> | null;
  if (typeof request !== 'object' || request === null || typeof request.id !== 'number') return false;
  switch (request.kind) {
    case 'query': {
      const record = request.record as Partial<QuestionRecord> | null;
      const validRecord = record === null || (typeof record === 'object' && typeof record.path === 'string' && typeof record.question === 'string');
      return isCorpusKey(request.corpus) && validRecord && typeof request.limit === 'number';
    }
    case 'update':
      return isCorpusKey(request.corpus) && Array.isArray(request.paths) && request.paths.every((path) => typeof path === 'string');
    case 'stats':
      return true;
    default:
      return false;
  }
}

/** A message of the index process, as the server reads it. */
export function isIndexMessage(value: unknown): value is IndexMessage {
  const message = value as Partial<Record<string, unknown>> | null;
  if (typeof message !== 'object' || message === null) return false;
  if (typeof message.id === 'number') return message.ok === true ? 'result' in message : message.ok === false && typeof message.error === 'string';
  if (message.kind === 'progress') return typeof message.done === 'number' && typeof message.total === 'number' && typeof message.first === 'boolean';
  return message.kind === 'notice' && typeof message.message === 'string';
}
