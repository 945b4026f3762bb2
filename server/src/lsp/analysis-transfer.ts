/**
 * An analysis as plain data, to cross from the check worker to the server's thread (structured clone). Findings,
 * coverage and the document model are data already, except each paragraph's `sourceRange` (a closure over its
 * source map): it travels as the map itself — a base offset when the paragraph is verbatim source, else the
 * source start and end of each of its UTF-16 units — and is rebuilt on arrival.
 *
 * Sentences and words travel packed in integer arrays (moved, not copied): the server's thread would otherwise
 * spend a second re-creating the half million word objects of a 1 MB document, and hold every other request
 * meanwhile. They are re-created on first use (the outline's word count, the desk's checklist).
 */
import { MappedText, type Analysis, type QeDocument, type Section } from '../core';

type Paragraph = Section['paragraphs'][number];
type Sentence = Paragraph['sentences'][number];
type Word = Sentence['words'][number];

const wordKinds: readonly Word['kind'][] = ['word', 'number', 'symbol', 'source'];
/** Per sentence: source start, source end, start in the paragraph's text, end there, first word, word count. */
const sentenceFields = 6;
/** Per word: source start, source end, start in the paragraph's text, end there, kind. */
const wordFields = 5;

/** A paragraph's sentences and words, packed; absent when a text could not be placed (then sent as objects). */
interface PackedSentences {
  readonly sentences: Int32Array;
  readonly words: Int32Array;
}

/** A paragraph's source map: `base` for verbatim text, else per-unit source starts and ends. */
type TransferredMap = { readonly base: number } | { readonly starts: Int32Array; readonly ends: Int32Array };
type TransferredParagraph = Omit<Paragraph, 'sourceRange' | 'sentences'> & {
  readonly map: TransferredMap;
  readonly sentences: readonly Sentence[] | PackedSentences;
};
type TransferredSection = Omit<Section, 'paragraphs'> & { readonly paragraphs: readonly TransferredParagraph[] };
type TransferredDocument = Omit<QeDocument, 'question' | 'answer' | 'notes'> & {
  readonly question: TransferredSection | null;
  readonly answer: TransferredSection | null;
  readonly notes: readonly TransferredSection[];
};

type Finding = Analysis['findings'][number];

/** A finding whose many related locations travel packed: per location, source start, end, index of its message. */
type TransferredFinding = Finding | (Omit<Finding, 'related'> & { readonly packedRelated: { readonly ranges: Int32Array; readonly messages: readonly string[] } });

export interface TransferredAnalysis extends Omit<Analysis, 'document' | 'findings'> {
  readonly document: TransferredDocument;
  readonly findings: readonly TransferredFinding[];
}

/** Related locations of a finding above this count travel packed (a repetition can list thousands). */
const packedRelatedFrom = 16;

/** The analysis as plain data, and the buffers to transfer (moved, not copied, to the other thread). */
export function toTransferred(analysis: Analysis): { readonly data: TransferredAnalysis; readonly buffers: ArrayBuffer[] } {
  const buffers: ArrayBuffer[] = [];
  const section = (value: Section): TransferredSection => ({
    ...value,
    paragraphs: value.paragraphs.map(({ sourceRange: _closure, sentences, ...paragraph }) => {
      const map = mapOf(paragraph.text, _closure);
      if ('starts' in map) buffers.push(map.starts.buffer as ArrayBuffer, map.ends.buffer as ArrayBuffer);
      const packed = pack(paragraph.text, sentences);
      if (packed) buffers.push(packed.sentences.buffer as ArrayBuffer, packed.words.buffer as ArrayBuffer);
      return { ...paragraph, map, sentences: packed ?? sentences };
    }),
  });
  const { document } = analysis;
  return {
    data: {
      ...analysis,
      findings: analysis.findings.map((finding) => packRelated(finding, buffers)),
      document: {
        ...document,
        question: document.question ? section(document.question) : null,
        answer: document.answer ? section(document.answer) : null,
        notes: document.notes.map(section),
      },
    },
    buffers,
  };
}

/** The analysis of `toTransferred`, with its paragraphs' source maps working again. */
export function fromTransferred(data: TransferredAnalysis): Analysis {
  const section = (value: TransferredSection): Section => ({
    ...value,
    paragraphs: value.paragraphs.map(({ map, sentences, ...paragraph }) => {
      const mapped = 'base' in map ? MappedText.verbatim(paragraph.text, map.base) : MappedText.fromSpans(paragraph.text, map.starts, map.ends);
      const rebuilt = { ...paragraph, sourceRange: (start: number, end: number) => mapped.sourceRange(start, end) };
      if (Array.isArray(sentences)) return { ...rebuilt, sentences };
      const packed = sentences as PackedSentences;
      return lazily(rebuilt, 'sentences', () => unpack(paragraph.text, packed)) as Paragraph;
    }),
  });
  const { document } = data;
  return {
    ...data,
    findings: data.findings.map(unpackRelated),
    document: {
      ...document,
      question: document.question ? section(document.question) : null,
      answer: document.answer ? section(document.answer) : null,
      notes: document.notes.map(section),
    },
  };
}

/** Reads a paragraph's map back from its `sourceRange`, one unit at a time (what `MappedTextBuilder.append` does). */
function mapOf(text: string, sourceRange: Paragraph['sourceRange']): TransferredMap {
  const length = text.length;
  if (length === 0) return { base: sourceRange(0, 0).start };
  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
  let verbatim = true;
  const base = sourceRange(0, 1).start;
  for (let i = 0; i < length; i++) {
    const range = sourceRange(i, i + 1);
    starts[i] = range.start;
    ends[i] = range.end;
    if (verbatim && (range.start !== base + i || range.end !== base + i + 1)) verbatim = false;
  }
  return verbatim ? { base } : { starts, ends };
}

/** The sentences and words of a paragraph as integers; undefined when a text is not found in order in the paragraph's. */
function pack(text: string, sentences: readonly Sentence[]): PackedSentences | undefined {
  let wordCount = 0;
  for (const sentence of sentences) wordCount += sentence.words.length;
  const packedSentences = new Int32Array(sentences.length * sentenceFields);
  const packedWords = new Int32Array(wordCount * wordFields);
  let sentenceAt = 0;
  let wordIndex = 0;
  for (const [index, sentence] of sentences.entries()) {
    const start = text.indexOf(sentence.text, sentenceAt);
    if (start < 0) return undefined;
    packedSentences.set([sentence.range.start, sentence.range.end, start, start + sentence.text.length, wordIndex, sentence.words.length], index * sentenceFields);
    let wordAt = start;
    for (const word of sentence.words) {
      const at = text.indexOf(word.text, wordAt);
      const kind = wordKinds.indexOf(word.kind);
      if (at < 0 || kind < 0) return undefined;
      packedWords.set([word.range.start, word.range.end, at, at + word.text.length, kind], wordIndex * wordFields);
      wordAt = at + word.text.length;
      wordIndex++;
    }
    sentenceAt = start + sentence.text.length;
  }
  return { sentences: packedSentences, words: packedWords };
}

function unpack(text: string, packed: PackedSentences): Sentence[] {
  const { sentences, words } = packed;
  const result: Sentence[] = [];
  for (let at = 0; at < sentences.length; at += sentenceFields) {
    const first = sentences[at + 4]!;
    const count = sentences[at + 5]!;
    const sentence = { range: { start: sentences[at]!, end: sentences[at + 1]! }, text: text.slice(sentences[at + 2], sentences[at + 3]) };
    result.push(
      lazily(sentence, 'words', () => {
        const list: Word[] = [];
        for (let w = first * wordFields; w < (first + count) * wordFields; w += wordFields) {
          list.push({ range: { start: words[w]!, end: words[w + 1]! }, text: text.slice(words[w + 2], words[w + 3]), kind: wordKinds[words[w + 4]!]! });
        }
        return list;
      }) as Sentence,
    );
  }
  return result;
}

/** `target` with a property computed on first read, then kept. */
function lazily<T extends object, K extends string, V>(target: T, key: K, compute: () => V): T & Record<K, V> {
  return Object.defineProperty(target, key, {
    configurable: true,
    enumerable: true,
    get(this: T) {
      const value = compute();
      Object.defineProperty(this, key, { value, enumerable: true });
      return value;
    },
  }) as T & Record<K, V>;
}

function packRelated(finding: Finding, buffers: ArrayBuffer[]): TransferredFinding {
  const { related, ...rest } = finding;
  if (!related || related.length < packedRelatedFrom) return finding;
  const messages: string[] = [];
  const indices = new Map<string, number>();
  const ranges = new Int32Array(related.length * 3);
  related.forEach((location, index) => {
    let message = indices.get(location.message);
    if (message === undefined) {
      message = messages.push(location.message) - 1;
      indices.set(location.message, message);
    }
    ranges.set([location.range.start, location.range.end, message], index * 3);
  });
  buffers.push(ranges.buffer as ArrayBuffer);
  return { ...rest, packedRelated: { ranges, messages } };
}

function unpackRelated(finding: TransferredFinding): Finding {
  if (!('packedRelated' in finding)) return finding;
  const { packedRelated, ...rest } = finding;
  const { ranges, messages } = packedRelated;
  const related: { range: { start: number; end: number }; message: string }[] = [];
  for (let at = 0; at < ranges.length; at += 3) related.push({ range: { start: ranges[at]!, end: ranges[at + 1]! }, message: messages[ranges[at + 2]!]! });
  return { ...rest, related };
}
