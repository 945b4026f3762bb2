/**
 * Earlier questions like a question: « identical » ones (the same request re-asked, by another member or
 * to another minister's title) and « close » ones (French full-text ranking on the request and the subject).
 * Pure: texts in, ranked records out. Candidates come from FlexSearch (French stems: see the note of issue 14
 * for the measure against MiniSearch); the score shown is the overlap of the two requests' content words, so
 * that it reads the same whatever the corpus.
 */
import { Index } from 'flexsearch';
import type { Chambre } from '../model/types';
import type { RawDocument } from '../parse/raw';
import { isContentWord, termKey } from '../coverage/stem';
import { stripAccents } from '../text/fold';
import { tokenize, type Token } from '../coverage/text';

/** What the index keeps of an earlier question. */
export interface QuestionRecord {
  /** Where it was read (a path relative to the corpus or absolute). */
  readonly path: string;
  readonly numero?: number;
  readonly legislature?: number;
  readonly chambre?: Chambre;
  readonly titre?: string;
  readonly rubrique?: string;
  readonly auteur?: string;
  /** ISO date of the question's publication. */
  readonly date?: string;
  readonly question: string;
  /** The published answer's first lines, when there is one. */
  readonly answerStart?: string;
  readonly answered: boolean;
}

export interface SimilarHit {
  readonly record: IndexedRecord;
  /** 0–1: share of the query request's content words found in this one (1 for an identical request). */
  readonly score: number;
  /** The same request text, apart from the member's name, the addressee's title, pronouns, spacing, punctuation. */
  readonly identical: boolean;
}

/** The record of a read document; null without a question text. */
export function recordOf(path: string, document: RawDocument): QuestionRecord | null {
  const question = document.question?.paragraphs.map((paragraph) => paragraph.mapped.text).join('\n\n').trim();
  if (!question) return null;
  const answer = document.answer?.paragraphs.map((paragraph) => paragraph.mapped.text).join(' ').replace(/\s+/g, ' ').trim() ?? '';
  return questionRecord(path, document.metadata, question, answer);
}

/** The record of a question read by any reader: its metadata, its question text and its answer's text. */
export function questionRecord(path: string, metadata: RawDocument['metadata'], question: string, answer: string): QuestionRecord {
  return {
    path,
    ...(metadata.numero !== undefined ? { numero: metadata.numero } : {}),
    ...(metadata.legislature !== undefined ? { legislature: metadata.legislature } : {}),
    ...(metadata.chambre !== undefined ? { chambre: metadata.chambre } : {}),
    ...(metadata.titre !== undefined ? { titre: metadata.titre } : {}),
    ...(metadata.rubrique !== undefined ? { rubrique: metadata.rubrique } : {}),
    ...(metadata.auteur !== undefined ? { auteur: metadata.auteur } : {}),
    ...(metadata.publicationQuestion?.date ? { date: metadata.publicationQuestion.date } : {}),
    question,
    ...(answer ? { answerStart: answer.length > 300 ? `${answer.slice(0, 299)}…` : answer } : {}),
    answered: answer !== '' || metadata.publicationReponse?.date !== undefined,
  };
}

/** « M. Jean Dupont attire l’attention de Mme la ministre de … sur »: the member's name, the verb, the addressee. */
const opening =
  /^\s*(?:m\.|mme|mm\.|mmes|monsieur|madame)\s+[^.?!]{1,80}?\s+(?:attire|interroge|appelle|alerte|souhaite|demande|rappelle|sollicite|questionne|s'interroge|souligne|fait part|signale|expose|remercie)\b/u;

/** Words that change with the member or the addressee, not with what is asked (accents stripped). */
const personWords = new Set(
  ['il', 'elle', 'ils', 'elles', 'lui', 'leur', 'm', 'mme', 'mm', 'mmes', 'monsieur', 'madame', 'le', 'la', 'depute', 'deputee', 'senateur', 'senatrice', 'ministre', 'secretaire', 'etat', 'parlementaire'],
);

/**
 * The request part of a question: without its opening formula (the member's name, the verb and, up to the first
 * « sur » of the first sentence, the addressee's title).
 */
export function requestPart(question: string): string {
  const text = question.replace(/[\u2019\u02bc]/gu, "'");
  const match = opening.exec(text.toLowerCase());
  if (!match) return text;
  const rest = text.slice(match[0].length);
  // The first sentence ends at a stop that is not that of « M. » or « MM. » (« interroge M. le ministre »).
  const sentenceEnd = rest.search(/(?<!(?:^|[\s(])(?:M|MM))[.?!](?:\s|$)/u);
  const firstSentence = sentenceEnd < 0 ? rest : rest.slice(0, sentenceEnd);
  const about = /\s(?:sur|quant [àa])\s/iu.exec(firstSentence);
  return about ? rest.slice(about.index + about[0].length) : rest;
}

/** Particles of names that are common words of the request too (« de » Cossé-Brissac, « Le » Déaut). */
const nameParticles = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'et', 'y', 'da', 'di', 'del', 'van', 'von', 'der']);

/** Words of a name (« M. Jean-Paul Dupont » → jean, paul, dupont), accents stripped, particles kept out. */
function nameWords(name: string | undefined): Set<string> {
  return new Set(
    tokenize(name ?? '')
      .flatMap((token) => token.text.split('-'))
      .map(stripAccents)
      .filter((word) => !nameParticles.has(word)),
  );
}

/**
 * The key under which two re-asked questions meet: the request's words, accents stripped, without the member's
 * name, pronouns, civilities and titles; spacing and punctuation gone with the tokenizer.
 */
export function identityKey(question: string, auteur?: string): string {
  const request = requestPart(question);
  return keyOfTokens(tokenize(request), request, question, auteur);
}

/** `identityKey` from the request's tokens, already cut (a build tokenises the request once for everything). */
function keyOfTokens(requestTokens: readonly Token[], request: string, question: string, auteur?: string): string {
  const name = auteur ?? opening.exec(question.toLowerCase().replace(/[\u2019\u02bc]/gu, "'"))?.[0].replace(/\s+\S+$/u, '');
  const words = nameWords(name);
  const surname = [...words].at(-1);
  return requestTokens
    .filter((_, index) => !isNameAt(requestTokens, index, request, words, surname))
    .map((token) => plain(token.text))
    .filter((word) => !personWords.has(word))
    .join(' ');
}

const civilities = new Set(['m', 'mme', 'mm', 'mmes', 'monsieur', 'madame', 'mademoiselle', 'mlle']);

/**
 * Whether the token is the member's name: one of its words, written with a capital, and named as a person — after
 * a civility (« M. Moreau »), next to another word of the name (« Jean Moreau »), or the surname itself. « pierre »
 * (the stone), « Jean » alone (another Jean) and « Saint-Martin » (a compound is a name only if every part is) are
 * the request's own words: dropping them lost a re-asked question its copy.
 */
function isNameAt(requestTokens: readonly Token[], index: number, request: string, names: ReadonlySet<string>, surname: string | undefined): boolean {
  const isNameWord = (at: number): boolean => {
    const token = requestTokens[at];
    return token !== undefined && names.has(plain(token.text)) && /\p{Lu}/u.test(request[token.start] ?? '');
  };
  if (!isNameWord(index)) return false;
  const joined = (left: number): boolean => request[requestTokens[left + 1]!.start - 1] === '-' && requestTokens[left]!.end === requestTokens[left + 1]!.start - 1;
  let first = index;
  while (first > 0 && joined(first - 1)) first--;
  let last = index;
  while (last + 1 < requestTokens.length && joined(last)) last++;
  for (let i = first; i <= last; i++) if (!isNameWord(i)) return false;
  const before = requestTokens[first - 1];
  return (
    (before !== undefined && civilities.has(before.text)) ||
    (first > 0 && isNameWord(first - 1)) ||
    isNameWord(last + 1) ||
    (first === last && plain(requestTokens[index]!.text) === surname) ||
    first < last
  );
}

/** Accents stripped, memoised: a corpus repeats the same few tens of thousands of words. */
const plainWords = new Map<string, string>();
function plain(word: string): string {
  let value = plainWords.get(word);
  if (value === undefined) {
    value = stripAccents(word);
    if (plainWords.size < 50_000) plainWords.set(word, value);
  }
  return value;
}

/** A word's term (its stem), or '' for a word that is not one; memoised for the same reason. */
const termOfWord = new Map<string, string>();
function termOf(word: string): string {
  let value = termOfWord.get(word);
  if (value === undefined) {
    value = word.includes('-') || !isContentWord(word) ? '' : termKey(word);
    if (value.length <= 1) value = '';
    if (termOfWord.size < 50_000) termOfWord.set(word, value);
  }
  return value;
}

/** Stemmed content words of a text (the terms the search indexes and the overlap is measured on). */
export function terms(text: string): string[] {
  return termsOfTokens(tokenize(text));
}

function termsOfTokens(tokens: readonly Token[]): string[] {
  const found: string[] = [];
  for (const token of tokens) {
    const term = termOf(token.text);
    if (term) found.push(term);
  }
  return found;
}

/** Share of the query's terms that the record has (a request cut short still scores high against its source). */
function overlap(query: ReadonlySet<string>, record: ReadonlySet<string>): number {
  if (query.size === 0) return 0;
  let shared = 0;
  for (const term of query) if (record.has(term)) shared++;
  return shared / query.size;
}

/** A 64-bit hash of a string, as text: the identity key kept per record (the key itself would weigh more). */
function hashKey(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193) >>> 0;
    b = Math.imul(b ^ code, 0x5bd1e995) >>> 0;
  }
  return `${a.toString(36)}-${b.toString(36)}-${text.length}`;
}

/** What a hit shows of an earlier question: its metadata and answer's start, not its text. */
export type IndexedRecord = Omit<QuestionRecord, 'question'>;

/**
 * What the index keeps of a record outside memory (a side table on disk in the index process): what a hit
 * shows, the terms its score is measured on, and the terms it was indexed under (to load the index again
 * without reading the corpus). Terms are joined by spaces (they hold none).
 */
export interface RecordDetails {
  readonly record: IndexedRecord;
  readonly keyHash: string;
  readonly scoreTerms: string;
  readonly indexTerms: string;
}

/** Where the details of the records are kept, by id: in memory, or on disk (`node/similar-store`). */
export interface DetailStore {
  put(id: number, details: RecordDetails): void;
  get(id: number): RecordDetails | undefined;
  delete(id: number): void;
}

export class MemoryDetailStore implements DetailStore {
  private readonly details = new Map<number, RecordDetails>();
  put(id: number, details: RecordDetails): void {
    this.details.set(id, details);
  }
  get(id: number): RecordDetails | undefined {
    return this.details.get(id);
  }
  delete(id: number): void {
    this.details.delete(id);
  }
}

/** How much of a request the index keeps for the overlap score (the ranking has seen it all). */
const keptRequest = 1200;

/** The details of a record: everything the index needs of it, computed once (the costly part of a build). */
export function detailsOf(record: QuestionRecord): RecordDetails {
  const { question, ...shown } = record;
  const request = requestPart(question);
  const tokens = tokenize(request);
  const requestTerms = termsOfTokens(tokens);
  // The subject (title, rubric) counts as much as the request's words.
  return {
    record: shown,
    keyHash: hashKey(keyOfTokens(tokens, request, question, record.auteur)),
    scoreTerms: [...new Set(request.length <= keptRequest ? requestTerms : terms(request.slice(0, keptRequest)))].join(' '),
    indexTerms: [...requestTerms, ...terms(`${record.titre ?? ''} ${record.rubrique ?? ''}`)].join(' '),
  };
}

/** What memory keeps per record: enough to pick and filter the hits without reading their details. */
interface Entry {
  readonly path: string;
  readonly keyHash: string;
  readonly numero?: number;
  readonly legislature?: number;
  readonly chambre?: Chambre;
}

function newSearch(): Index {
  // Terms come already analysed (our French analysis: elisions split, function words dropped, Snowball stems),
  // joined by spaces; « strict »: whole terms. Not `fastupdate` (a reverse register as large as the index):
  // a removed record is only forgotten (see `remove`).
  return new Index({ encode: (text: string) => (text === '' ? [] : text.split(' ')), tokenize: 'strict', resolution: 9 });
}

/**
 * A set of earlier questions, searchable; records are added, replaced and removed by path. Memory holds the
 * search index and a small entry per record; the rest (`RecordDetails`) is in a `DetailStore`.
 */
export class SimilarIndex {
  private search = newSearch();
  private readonly entries = new Map<number, Entry>();
  private readonly ids = new Map<string, number>();
  /** Removed ids still in the search index: skipped in the results, dropped when the index is rebuilt. */
  private readonly forgotten = new Set<number>();
  private nextId = 1;
  readonly store: DetailStore;

  constructor(store: DetailStore = new MemoryDetailStore()) {
    this.store = store;
  }

  get size(): number {
    return this.entries.size;
  }

  has(path: string): boolean {
    return this.ids.has(path);
  }

  /** Ids and paths of the records, for the node layer's persistence. */
  *records(): IterableIterator<[number, string]> {
    for (const [id, entry] of this.entries) yield [id, entry.path];
  }

  /** Adds a record, replacing the one of the same path. */
  add(record: QuestionRecord): void {
    this.addDetails(detailsOf(record));
  }

  /** Adds a record from its details (computed here or read back from disk); `id` when restoring a saved index. */
  addDetails(details: RecordDetails, id?: number): number {
    const { record } = details;
    this.remove(record.path);
    const given = id ?? this.nextId;
    this.nextId = Math.max(this.nextId, given + 1);
    this.ids.set(record.path, given);
    this.entries.set(given, {
      path: record.path,
      keyHash: details.keyHash,
      ...(record.numero !== undefined ? { numero: record.numero } : {}),
      ...(record.legislature !== undefined ? { legislature: record.legislature } : {}),
      ...(record.chambre !== undefined ? { chambre: record.chambre } : {}),
    });
    if (id === undefined) this.store.put(given, details);
    this.search.add(given, details.indexTerms);
    return given;
  }

  /**
   * Forgets a record. FlexSearch's own removal walks the whole index without `fastupdate` (about 100 ms at
   * 100,000 records): the id is only marked, and the index rebuilt once a fifth of it is forgotten.
   */
  remove(path: string): void {
    const id = this.ids.get(path);
    if (id === undefined) return;
    this.entries.delete(id);
    this.ids.delete(path);
    this.store.delete(id);
    this.forgotten.add(id);
    if (this.forgotten.size > Math.max(256, this.entries.size / 5)) this.rebuild();
  }

  /**
   * Gives back the spare room of the search index's lists (arrays grown by `push` keep up to half again their
   * length): after a build or a load, when no list will grow much more.
   */
  trim(): void {
    const { map } = this.search as unknown as { map?: unknown };
    if (!(map instanceof Map)) return;
    for (const slots of map.values() as IterableIterator<(number[] | undefined)[]>) {
      for (let slot = 0; slot < slots.length; slot++) {
        const postings = slots[slot];
        if (postings && postings.length > 8) slots[slot] = postings.slice();
      }
    }
  }

  /** The search index again from the records' stored terms, without the forgotten ones. */
  rebuild(): void {
    const search = newSearch();
    for (const id of this.entries.keys()) {
      const details = this.store.get(id);
      if (details) search.add(id, details.indexTerms);
    }
    this.search = search;
    this.forgotten.clear();
  }

  /** Ids for a query's terms (joined by spaces), best first, as FlexSearch ranks them with `suggest`. */
  private candidates(text: string, limit: number, own = true): number[] {
    return (own ? suggestSearch(this.search, text === '' ? [] : text.split(' '), limit, this.nextId) : undefined) ?? (this.search.search(text, { limit, suggest: true }) as number[]);
  }

  /** Candidates by `suggestSearch` and by FlexSearch's own search (for the test that they are the same). */
  searchIds(text: string, limit: number): { ours: number[]; flexsearch: number[] } {
    return { ours: this.candidates(text, limit), flexsearch: this.candidates(text, limit, false) };
  }

  /**
   * Earlier questions like `query`, best first: identical requests, then by the search's order. The query's own
   * file and records of the same question (same chamber, legislature and number) are left out.
   */
  similar(query: QuestionRecord, limit = 10): SimilarHit[] {
    const request = requestPart(query.question);
    const queryTerms = new Set(terms(request));
    const key = identityKey(query.question, query.auteur);
    const keyHash = key === '' ? '' : hashKey(key);
    const wanted = Math.max(30, limit * 3);
    const text = terms(`${request} ${query.titre ?? ''}`).join(' ');
    let ids = this.candidates(text, wanted);
    // Forgotten ids take places: ask again for as many more as were forgotten among the results.
    for (let asked = wanted; ids.length === asked; ) {
      const forgotten = ids.filter((id) => this.forgotten.has(id)).length;
      if (ids.length - forgotten >= wanted || forgotten === 0) break;
      asked = wanted + forgotten;
      ids = this.candidates(text, asked);
    }
    const found: { id: number; identical: boolean }[] = [];
    for (const id of ids) {
      const entry = this.entries.get(id);
      if (!entry || entry.path === query.path || sameQuestion(entry, query)) continue;
      found.push({ id, identical: keyHash !== '' && entry.keyHash === keyHash });
      if (found.length === wanted) break;
    }
    // Identical first; then the search library's order (stable sort), measured better than the overlap's. The
    // details (what is shown, the score's terms) are read for the hits returned only.
    const hits: SimilarHit[] = [];
    for (const { id, identical } of found.sort((a, b) => Number(b.identical) - Number(a.identical)).slice(0, limit)) {
      const details = this.store.get(id);
      if (!details) continue;
      const score = identical ? 1 : Math.round(overlap(queryTerms, new Set(details.scoreTerms.split(' '))) * 100) / 100;
      hits.push({ record: details.record, identical, score });
    }
    return hits;
  }
}

/** Match counts and place of the last match per id, kept between queries (reset after each): typed arrays. */
let counts = new Uint16Array(0);
let lastMatch = new Uint32Array(0);

/**
 * FlexSearch's own `search(query, { suggest: true, limit })` for an index without context, computed the same
 * way and in the same order, on its map of term → postings per resolution slot: ids matching more of the query's
 * terms first; among equals, by the place where FlexSearch's walk (slot by slot, term by term) meets their last
 * match; once `limit` ids match every term, the walk stops. FlexSearch counts in an object used as a hash table
 * and fills a list per count, over 100 ms per query at 100,000 records on a loaded machine; this walks the
 * postings once, counting in typed arrays and noting where each id's last match was met, then orders the few
 * ids that can make the list by (count, place). `undefined` when the query has fewer than two terms in the
 * index, or the map is not FlexSearch's (left to FlexSearch then). `test/core/similar/similar.test.ts` checks
 * that both give the same ids.
 */
export function suggestSearch(search: Index, queryTerms: readonly string[], limit: number, maxId: number): number[] | undefined {
  const { map, resolution } = search as unknown as { map?: unknown; resolution?: unknown };
  if (!(map instanceof Map) || typeof resolution !== 'number' || limit < 1) return undefined;
  const lists: (number[] | undefined)[][] = [];
  const seen = new Set<string>();
  for (const term of queryTerms) {
    if (seen.has(term)) continue;
    seen.add(term);
    const slots = map.get(term) as (number[] | undefined)[] | undefined;
    if (slots && slots.length > 0) lists.push(slots);
  }
  const terms = lists.length;
  if (terms < 2 || terms > 0xfffe) return undefined;
  if (counts.length <= maxId) {
    counts = new Uint16Array(Math.max(maxId + 1, counts.length * 2));
    lastMatch = new Uint32Array(counts.length);
  }
  // One walk: how many of the query's terms each id has, and where its last match is met. (The ids met are
  // then found by scanning the counts in order: common terms touch most ids, and a scan is cheaper than a list.)
  const end = Math.min(maxId + 1, counts.length);
  let place = 0;
  for (let slot = 0; slot < resolution; slot++) {
    for (let term = 0; term < terms; term++) {
      const postings = lists[term]![slot];
      if (!postings) continue;
      for (let i = 0; i < postings.length; i++) {
        const id = postings[i]!;
        counts[id]!++;
        lastMatch[id] = place++;
      }
    }
  }
  // The least count that can make the list.
  const histogram = new Uint32Array(terms + 1);
  for (let id = 0; id < end; id++) histogram[counts[id]!]!++;
  let least = terms;
  for (let total = histogram[terms]!; least > 1 && total < limit; ) total += histogram[--least]!;
  const candidates: number[] = [];
  for (let id = 0; id < end; id++) if (counts[id]! >= least) candidates.push(id);
  // More matches first; among equals, the walk's order. With `limit` ids matching every term, FlexSearch's walk
  // stops at the last match of the `limit`-th: the same first `limit` ids.
  candidates.sort((a, b) => counts[b]! - counts[a]! || lastMatch[a]! - lastMatch[b]!);
  counts.fill(0, 0, end);
  return candidates.length > limit ? candidates.slice(0, limit) : candidates;
}

function sameQuestion(a: IndexedRecord | Entry, b: IndexedRecord): boolean {
  return a.numero !== undefined && a.numero === b.numero && a.legislature === b.legislature && (a.chambre ?? 'AN') === (b.chambre ?? 'AN');
}
