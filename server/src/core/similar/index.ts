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
import { tokenize } from '../coverage/text';

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
  readonly record: QuestionRecord;
  /** 0–1: share of the query request's content words found in this one (1 for an identical request). */
  readonly score: number;
  /** The same request text, apart from the member's name, the addressee's title, pronouns, spacing, punctuation. */
  readonly identical: boolean;
}

/** The record of a read document; null without a question text. */
export function recordOf(path: string, document: RawDocument): QuestionRecord | null {
  const question = document.question?.paragraphs.map((paragraph) => paragraph.mapped.text).join('\n\n').trim();
  if (!question) return null;
  const { metadata } = document;
  const answer = document.answer?.paragraphs.map((paragraph) => paragraph.mapped.text).join(' ').replace(/\s+/g, ' ').trim() ?? '';
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
  const names = nameWords(auteur ?? opening.exec(question.toLowerCase().replace(/[\u2019\u02bc]/gu, "'"))?.[0].replace(/\s+\S+$/u, ''));
  return tokenize(requestPart(question))
    .filter((token) => !token.text.includes('-') || !token.text.split('-').every((part) => names.has(stripAccents(part))))
    .map((token) => stripAccents(token.text))
    .filter((word) => !personWords.has(word) && !names.has(word))
    .join(' ');
}

/** Stemmed content words of a text (the terms MiniSearch indexes and the overlap is measured on). */
export function terms(text: string): string[] {
  return tokenize(text)
    .map((token) => token.text)
    .filter((word) => !word.includes('-') && isContentWord(word))
    .map(termKey)
    .filter((key) => key.length > 1);
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

interface Stored extends QuestionRecord {
  readonly keyHash: string;
}

/** How much of a request the index keeps for the overlap score (the ranking has seen it all). */
const keptRequest = 1200;

function newSearch(): Index {
  // Our own French analysis: elisions split, function words dropped, Snowball stems; « strict »: whole terms.
  // Not `fastupdate`: FlexSearch 0.8.212 cannot import the register it then exports.
  return new Index({ encode: (text: string) => terms(text), tokenize: 'strict', resolution: 9 });
}

/** A set of earlier questions, searchable; records are added, replaced and removed by path. */
export class SimilarIndex {
  private search = newSearch();
  private readonly records = new Map<number, Stored>();
  private readonly ids = new Map<string, number>();
  private nextId = 1;

  get size(): number {
    return this.records.size;
  }

  has(path: string): boolean {
    return this.ids.has(path);
  }

  /** Adds a record, replacing the one of the same path. */
  add(record: QuestionRecord): void {
    this.remove(record.path);
    const id = this.nextId++;
    this.ids.set(record.path, id);
    const request = requestPart(record.question);
    this.records.set(id, { ...record, keyHash: hashKey(identityKey(record.question, record.auteur)) });
    // The subject (title, rubric) counts as much as the request's words.
    this.search.add(id, `${request} ${record.titre ?? ''} ${record.rubrique ?? ''}`);
  }

  remove(path: string): void {
    const id = this.ids.get(path);
    if (id === undefined) return;
    this.search.remove(id);
    this.records.delete(id);
    this.ids.delete(path);
  }

  /**
   * Earlier questions like `query`, best first: identical requests, then by overlap. The query's own file and
   * records of the same question (same chamber, legislature and number) are left out.
   */
  similar(query: QuestionRecord, limit = 10): SimilarHit[] {
    const request = requestPart(query.question);
    const queryTerms = new Set(terms(request));
    const key = identityKey(query.question, query.auteur);
    const keyHash = key === '' ? '' : hashKey(key);
    const ids = this.search.search(`${request} ${query.titre ?? ''}`, { limit: Math.max(30, limit * 3), suggest: true }) as number[];
    const found: { record: QuestionRecord; identical: boolean }[] = [];
    for (const id of ids) {
      const stored = this.records.get(id);
      if (!stored || stored.path === query.path || sameQuestion(stored, query)) continue;
      const { keyHash: storedHash, ...record } = stored;
      found.push({ record, identical: keyHash !== '' && storedHash === keyHash });
    }
    // Identical first; then the search library's order (stable sort), measured better than the overlap's. The
    // score, for display only, is computed for the hits returned.
    return found
      .sort((a, b) => Number(b.identical) - Number(a.identical))
      .slice(0, limit)
      .map(({ record, identical }) => ({
        record,
        identical,
        score: identical ? 1 : Math.round(overlap(queryTerms, new Set(terms(requestPart(record.question).slice(0, keptRequest)))) * 100) / 100,
      }));
  }

  /** The index as JSON, to keep on disk: the records, and the search index's parts as FlexSearch exports them. */
  toJSON(): { version: 1; records: (QuestionRecord & { id: number })[]; search: Record<string, string> } {
    const records = [...this.records.entries()].map(([id, { keyHash: _hash, ...record }]) => ({ ...record, id }));
    const search: Record<string, string> = {};
    void this.search.export((key: string, data: string) => {
      search[key] = data;
    });
    return { version: 1, records, search };
  }

  /** An index written by `toJSON`; an empty one when the data is not one. */
  static fromJSON(data: unknown): SimilarIndex {
    const index = new SimilarIndex();
    const value = data as { version?: unknown; records?: unknown; search?: unknown } | null;
    if (!value || value.version !== 1 || !Array.isArray(value.records) || typeof value.search !== 'object' || value.search === null) return index;
    try {
      // FlexSearch's own deserialiser (data only; it evaluates nothing).
      const restore = index.search.import.bind(index.search);
      for (const [key, part] of Object.entries(value.search as Record<string, unknown>)) if (typeof part === 'string') restore(key, part);
    } catch {
      return new SimilarIndex();
    }
    for (const entry of value.records as (QuestionRecord & { id: number })[]) {
      const { id, ...record } = entry;
      index.records.set(id, { ...record, keyHash: hashKey(identityKey(record.question, record.auteur)) });
      index.ids.set(record.path, id);
      index.nextId = Math.max(index.nextId, id + 1);
    }
    return index;
  }
}

function sameQuestion(a: QuestionRecord, b: QuestionRecord): boolean {
  return a.numero !== undefined && a.numero === b.numero && a.legislature === b.legislature && (a.chambre ?? 'AN') === (b.chambre ?? 'AN');
}
