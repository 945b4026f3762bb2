import { findNodeAtLocation, parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { describeJsonError } from '../text/json-errors';
import type { OffsetRange } from '../model/types';
import { MappedText, MappedTextBuilder } from '../text/source-map';
import { decodeReference } from './inline';
import { MetadataCollector } from './metadata-collector';
import { blankDocument, type Problem, type RawDocument, type RawParagraph, type RawSection } from './raw';
import { jsonNesting, jsonTooDeep } from './nesting';


/** True when the text looks like an Assemblée nationale open-data record (or any JSON object). */
export function looksLikeJson(text: string): boolean {
  return /^\s*\{/.test(text);
}

/** The node's range; for a string, inside its quotes. */
function rangeOf(node: JsonNode): OffsetRange {
  const quoted = node.type === 'string' && node.length >= 2 ? 1 : 0;
  return { start: node.offset + quoted, end: node.offset + node.length - quoted };
}

/** The first element of a list, or the node itself when the record holds a single object. */
function one(node: JsonNode | undefined, which: 'first' | 'last'): JsonNode | undefined {
  if (!node || node.type !== 'array') return node;
  const children = node.children ?? [];
  return which === 'first' ? children[0] : children[children.length - 1];
}

function at(node: JsonNode | undefined, path: (string | number)[]): JsonNode | undefined {
  return node ? findNodeAtLocation(node, path) : undefined;
}

/** Decodes a JSON string literal, mapping every decoded unit to its escape sequence in the file. */
function decodeJsonString(text: string, node: JsonNode): MappedText {
  const builder = new MappedTextBuilder();
  const end = node.offset + node.length - 1; // before the closing quote
  let i = node.offset + 1;
  let runStart = i;
  while (i < end) {
    if (text.charCodeAt(i) !== 92 /* \ */) {
      i++;
      continue;
    }
    builder.keep(text, runStart, i);
    const escape = text[i + 1];
    if (escape === 'u') {
      builder.decoded(String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16)), i, i + 6);
      i += 6;
    } else {
      const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '"': '"', '\\': '\\', '/': '/' };
      builder.decoded(simple[escape ?? ''] ?? escape ?? '', i, i + 2);
      i += 2;
    }
    runStart = i;
  }
  builder.keep(text, runStart, end);
  return builder.build();
}

const tagOrReference = /<\/?([a-zA-Z][a-zA-Z0-9]*)[^>]*>|&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/g;
const breakingTags = new Set(['br', 'p', 'div', 'li', 'ul', 'ol']);

/**
 * The paragraphs of an HTML fragment (the `texte` of a record): tags are dropped, character references
 * decoded, and `<br>`, `<p>` and blank lines separate paragraphs.
 */
function htmlParagraphs(mapped: MappedText): MappedText[] {
  const source = mapped.text;
  const paragraphs: MappedText[] = [];
  let builder = new MappedTextBuilder();
  const flush = () => {
    const built = builder.build();
    const lead = built.text.length - built.text.trimStart().length;
    const length = built.text.trim().length;
    if (length > 0) paragraphs.push(built.slice(lead, lead + length));
    builder = new MappedTextBuilder();
  };
  const appendPlain = (from: number, to: number) => {
    // Blank lines inside the text also separate paragraphs.
    const pattern = /\n\s*\n/g;
    let last = from;
    for (let match = pattern.exec(source.slice(from, to)); match; match = pattern.exec(source.slice(from, to))) {
      builder.append(mapped.slice(last, from + match.index));
      flush();
      last = from + match.index + match[0].length;
    }
    builder.append(mapped.slice(last, to));
  };
  let last = 0;
  tagOrReference.lastIndex = 0;
  for (let match = tagOrReference.exec(source); match; match = tagOrReference.exec(source)) {
    appendPlain(last, match.index);
    last = match.index + match[0].length;
    if (match[0].startsWith('&')) {
      const reference = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}));$/.exec(match[0])!;
      const decoded = decodeReference(reference);
      const span = mapped.sourceRange(match.index, last);
      if (decoded) builder.decoded(decoded, span.start, span.end);
      else builder.append(mapped.slice(match.index, last));
    } else if (breakingTags.has(match[1]!.toLowerCase())) {
      flush();
    }
  }
  appendPlain(last, source.length);
  flush();
  return paragraphs;
}

function section(kind: 'question' | 'answer', node: JsonNode, text: string): RawSection {
  const paragraphs: RawParagraph[] = htmlParagraphs(decodeJsonString(text, node)).map((mapped) => ({
    mapped,
    range: mapped.sourceRange(0, mapped.text.length),
    breaks: [],
    answers: [],
  }));
  return { kind, range: rangeOf(node), paragraphs };
}

const authorPattern =
  /^((?:M\.|Mme|MM\.|Mmes)\s+.+?)\s+(?:attire|interroge|appelle|alerte|souhaite|demande|rappelle|sollicite|questionne|s'interroge|s’interroge|souligne|fait part|signale|expose|remercie)\b/u;

/** Reads an Assemblée nationale open-data record (`{"question": {…}}`), keeping every range in the file. */
export function readOpenData(text: string): RawDocument {
  const errors: ParseError[] = [];
  // jsonc-parser recurses once per level: a deep record would overflow the stack.
  const nesting = jsonNesting(text);
  const root = nesting.offset < 0 ? parseTree(text, errors, { allowTrailingComma: false, disallowComments: true }) : undefined;
  const problems: Problem[] = [];
  const empty = (): RawDocument => blankDocument('open-data', text, problems);
  if (nesting.offset >= 0) {
    const deep = jsonTooDeep(nesting.offset);
    problems.push({ rule: 'fichier-illisible', message: `Enregistrement JSON trop imbriqué : ${deep.message}.`, range: deep.range });
    return empty();
  }
  if (errors.length > 0 || !root) {
    const error = errors[0];
    const what = error ? describeJsonError(error) : 'document vide';
    problems.push({
      rule: 'fichier-illisible',
      message: `Enregistrement JSON invalide : ${what}. Le fichier n’a pas pu être lu.`,
      range: error ? { start: error.offset, end: error.offset + Math.max(1, error.length) } : { start: 0, end: 0 },
    });
    return empty();
  }
  const record = at(root, ['question']) ?? root;
  const collector = new MetadataCollector();
  const field = (key: string, path: (string | number)[], node: JsonNode | undefined = at(record, path)) => {
    if (!node || node.value === null || node.value === undefined) return;
    collector.set(key, node.value, rangeOf(node), rangeOf(node));
  };

  const uid = at(record, ['uid']);
  field('numero', ['identifiant', 'numero']);
  field('legislature', ['identifiant', 'legislature']);
  if (uid && typeof uid.value === 'string') {
    if (uid.value.startsWith('QAN')) collector.set('chambre', 'AN', rangeOf(uid), rangeOf(uid));
    else if (uid.value.startsWith('QSEN')) collector.set('chambre', 'Sénat', rangeOf(uid), rangeOf(uid));
  }
  field('rubrique', ['indexationAN', 'rubrique']);
  field('titre', ['indexationAN', 'analyses', 'analyse'], one(at(record, ['indexationAN', 'analyses', 'analyse']), 'first'));
  field('groupe', ['auteur', 'groupe', 'developpe']);
  field('ministereInterroge', ['minInt', 'developpe']);
  const attribution = one(at(record, ['minAttribs', 'minAttrib']), 'last');
  field('ministereAttributaire', [], at(attribution, ['denomination', 'developpe']));

  const questionText = one(at(record, ['textesQuestion', 'texteQuestion']), 'first');
  const answerText = one(at(record, ['textesReponse', 'texteReponse']), 'last');
  const publication = (key: string, node: JsonNode | undefined) => {
    const date = at(node, ['infoJO', 'dateJO']);
    const page = at(node, ['infoJO', 'pageJO']);
    if (!date || typeof date.value !== 'string') return;
    const value = page && typeof page.value === 'string' && /^\d+$/.test(page.value) ? `${date.value}, page ${page.value}` : date.value;
    collector.set(key, value, rangeOf(date), rangeOf(date));
  };
  publication('publicationQuestion', questionText);
  publication('publicationReponse', answerText);
  const signalement = at(record, ['signalement']);
  if (signalement) collector.set('signalee', signalement.value !== null, rangeOf(signalement), rangeOf(signalement));
  // The ten-day deadline runs from the signalement's publication in the JO (else from the day it was made).
  const signalDate = [at(signalement, ['infoJO', 'dateJO']), at(signalement, ['dateDepotSignal'])].find((node) => typeof node?.value === 'string');
  if (signalDate) collector.set('signalement', signalDate.value, rangeOf(signalDate), rangeOf(signalDate));

  const questionNode = at(questionText, ['texte']);
  const answerNode = at(answerText, ['texte']);
  const question = questionNode?.type === 'string' ? section('question', questionNode, text) : null;
  const answer = answerNode?.type === 'string' ? section('answer', answerNode, text) : null;

  // The record names the author only by reference; the question's opening formula names them.
  const firstParagraph = question?.paragraphs[0]?.mapped;
  const author = firstParagraph && authorPattern.exec(firstParagraph.text);
  if (author) {
    const range = firstParagraph.sourceRange(0, author[1]!.length);
    collector.set('auteur', author[1], range, range);
  }

  for (const problem of collector.problems) problems.push(problem);
  if (!question) {
    problems.push({
      rule: 'section-manquante',
      message: 'Enregistrement sans texte de question (« textesQuestion ») : rien à contrôler.',
      range: rangeOf(record),
    });
  }
  // Everything but the two texts is metadata: no prose rule may look at it.
  const masked = [] as { start: number; end: number; reason: 'metadata' }[];
  const texts = [question?.range, answer?.range].filter((range): range is OffsetRange => !!range).sort((a, b) => a.start - b.start);
  let cursor = 0;
  for (const range of texts) {
    masked.push({ start: cursor, end: range.start, reason: 'metadata' });
    cursor = range.end;
  }
  masked.push({ start: cursor, end: text.length, reason: 'metadata' });

  return {
    ...empty(),
    metadata: collector.metadata,
    metadataEntries: collector.entries,
    metadataRange: rangeOf(record),
    question,
    answer,
    masked,
    problems,
  };
}
