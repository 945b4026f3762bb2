/**
 * The record of a corpus file for the earlier-questions index, read the light way where it can be: an open-data
 * JSON record goes through `JSON.parse` and its two texts through a string-only HTML reader, without the source
 * maps, JSON tree and ranges that the checking of a dossier needs (`parse/open-data.ts`). It gives the same
 * record as `recordOf(path, readDocument(text))` (`test/core/similar/read-record.test.ts` compares both); a record
 * that `JSON.parse` refuses, or that is nested too deep, goes through the full reader, as does Markdown.
 */
import { readDocument } from '../parse';
import { decodeReference } from '../parse/inline';
import { MetadataCollector } from '../parse/metadata-collector';
import { jsonNesting } from '../parse/nesting';
import { looksLikeJson } from '../parse/open-data';
import { questionRecord, recordOf, type QuestionRecord } from './index';

/** The record of a file's text (null without a question), as `recordOf(path, readDocument(text))` gives it. */
export function readRecord(path: string, text: string): QuestionRecord | null {
  if (looksLikeJson(text)) {
    const light = lightOpenData(path, text);
    if (light !== undefined) return light;
  }
  return recordOf(path, readDocument(text));
}

type Json = unknown;

function at(value: Json, path: readonly (string | number)[]): Json {
  let node = value;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || Array.isArray(node) !== (typeof key === 'number') || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string | number, Json>)[key];
  }
  return node;
}

/** The first element of a list, or the value itself when the record holds a single object. */
function one(value: Json, which: 'first' | 'last'): Json {
  if (!Array.isArray(value)) return value;
  return which === 'first' ? value[0] : value[value.length - 1];
}

const tagOrReference = /<\/?([a-zA-Z][a-zA-Z0-9]*)[^>]*>|&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/g;
const reference = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}));$/;
const breakingTags = new Set(['br', 'p', 'div', 'li', 'ul', 'ol']);

/** The paragraphs of an HTML fragment, as `parse/open-data.ts` cuts them, as plain strings. */
function htmlParagraphs(source: string): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const trimmed = current.trim();
    if (trimmed.length > 0) paragraphs.push(trimmed);
    current = '';
  };
  const appendPlain = (from: number, to: number) => {
    const piece = source.slice(from, to);
    let last = 0;
    for (const match of piece.matchAll(/\n\s*\n/g)) {
      current += piece.slice(last, match.index);
      flush();
      last = match.index + match[0].length;
    }
    current += piece.slice(last);
  };
  let last = 0;
  tagOrReference.lastIndex = 0;
  for (let match = tagOrReference.exec(source); match; match = tagOrReference.exec(source)) {
    appendPlain(last, match.index);
    last = match.index + match[0].length;
    if (match[0].startsWith('&')) current += decodeReference(reference.exec(match[0])!) ?? match[0];
    else if (breakingTags.has(match[1]!.toLowerCase())) flush();
  }
  appendPlain(last, source.length);
  flush();
  return paragraphs;
}

const authorPattern =
  /^((?:M\.|Mme|MM\.|Mmes)\s+.+?)\s+(?:attire|interroge|appelle|alerte|souhaite|demande|rappelle|sollicite|questionne|s'interroge|s’interroge|souligne|fait part|signale|expose|remercie)\b/u;

const nowhere = { start: 0, end: 0 };

/** `readOpenData` + `recordOf` without ranges; undefined when the full reader must decide. */
function lightOpenData(path: string, text: string): QuestionRecord | null | undefined {
  if (jsonNesting(text).offset >= 0) return undefined;
  let root: Json;
  try {
    root = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (root === null || typeof root !== 'object') return undefined;
  const record = at(root, ['question']) ?? root;
  const collector = new MetadataCollector();
  const field = (key: string, value: Json) => {
    if (value === null || value === undefined) return;
    collector.set(key, value, nowhere, nowhere);
  };
  const uid = at(record, ['uid']);
  field('numero', at(record, ['identifiant', 'numero']));
  field('legislature', at(record, ['identifiant', 'legislature']));
  if (typeof uid === 'string') {
    if (uid.startsWith('QAN')) collector.set('chambre', 'AN', nowhere, nowhere);
    else if (uid.startsWith('QSEN')) collector.set('chambre', 'Sénat', nowhere, nowhere);
  }
  field('rubrique', at(record, ['indexationAN', 'rubrique']));
  field('titre', one(at(record, ['indexationAN', 'analyses', 'analyse']), 'first'));
  const questionText = one(at(record, ['textesQuestion', 'texteQuestion']), 'first');
  const answerText = one(at(record, ['textesReponse', 'texteReponse']), 'last');
  const publication = (key: string, node: Json) => {
    const date = at(node, ['infoJO', 'dateJO']);
    const page = at(node, ['infoJO', 'pageJO']);
    if (typeof date !== 'string') return;
    collector.set(key, typeof page === 'string' && /^\d+$/.test(page) ? `${date}, page ${page}` : date, nowhere, nowhere);
  };
  publication('publicationQuestion', questionText);
  publication('publicationReponse', answerText);
  const questionNode = at(questionText, ['texte']);
  const answerNode = at(answerText, ['texte']);
  const questionParagraphs = typeof questionNode === 'string' ? htmlParagraphs(questionNode) : undefined;
  const author = questionParagraphs?.[0] !== undefined ? authorPattern.exec(questionParagraphs[0]) : null;
  if (author) collector.set('auteur', author[1], nowhere, nowhere);
  const question = questionParagraphs?.join('\n\n').trim();
  if (!question) return null;
  const answer = typeof answerNode === 'string' ? htmlParagraphs(answerNode).join(' ').replace(/\s+/g, ' ').trim() : '';
  return questionRecord(path, collector.metadata, question, answer);
}
