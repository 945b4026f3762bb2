import type { RawDocument, RawParagraph, RawSection } from '../parse/raw';
import { segmentSentences } from '../prose/parse-french';
import type { OffsetRange, Paragraph, QeDocument, Section, Sentence, Word } from './types';
import { throwIfCancelled, type IsCancelled } from '../cancel';

/**
 * What the incremental cache (`incremental/cache.ts`) offers the builder: the previous analysis's paragraph when
 * the same one is built again at the same place, and when it moved, the previous paragraph of the same text and
 * structure (`like`) to copy the sentences and words of.
 */
export interface BuildCache {
  paragraph(raw: RawParagraph, source: string, build: (like?: Paragraph) => Paragraph): Paragraph;
}

/** Splits a paragraph into sentences and words, with every range mapped back to the file. */
function buildParagraph(raw: RawParagraph, cache?: BuildCache, source = ''): Paragraph {
  return cache ? cache.paragraph(raw, source, (like) => (like ? movedParagraph(raw, like) : newParagraph(raw))) : newParagraph(raw);
}

function newParagraph(raw: RawParagraph): Paragraph {
  const { mapped } = raw;
  const segmented = segmentSentences(mapped.text);
  const sentences: Sentence[] = segmented.map((sentence) => ({
    range: mapped.sourceRange(sentence.start, sentence.end),
    text: mapped.text.slice(sentence.start, sentence.end),
    words: sentence.tokens.map(
      (token): Word => ({
        range: mapped.sourceRange(token.start, token.end),
        text: mapped.text.slice(token.start, token.end),
        kind: token.kind,
      }),
    ),
  }));
  return paragraphOf(raw, sentences);
}

/**
 * The paragraph of `raw`, same text and structure (source map relative to its start) as `like`, which starts
 * elsewhere: its sentences and words are `like`'s, moved (their texts are shared).
 */
function movedParagraph(raw: RawParagraph, like: Paragraph): Paragraph {
  const delta = raw.range.start - like.range.start;
  const move = (range: OffsetRange): OffsetRange => ({ start: range.start + delta, end: range.end + delta });
  const sentences = like.sentences.map(
    (sentence): Sentence => ({
      range: move(sentence.range),
      text: sentence.text,
      words: sentence.words.map((word): Word => ({ range: move(word.range), text: word.text, kind: word.kind })),
    }),
  );
  return paragraphOf(raw, sentences);
}

function paragraphOf(raw: RawParagraph, sentences: readonly Sentence[]): Paragraph {
  const { mapped } = raw;
  return {
    range: raw.range,
    text: mapped.text,
    sentences,
    breaks: raw.breaks,
    answers: raw.answers,
    sourceRange: (start, end) => mapped.sourceRange(start, end),
  };
}

function buildSection(raw: RawSection, cache?: BuildCache, source = '', isCancelled?: IsCancelled): Section {
  const paragraphs = raw.paragraphs.map((paragraph) => {
    // Between paragraphs: a long answer's segmentation stops soon once cancelled.
    throwIfCancelled(isCancelled);
    return buildParagraph(paragraph, cache, source);
  });
  return {
    kind: raw.kind,
    range: raw.range,
    ...(raw.headingRange ? { headingRange: raw.headingRange } : {}),
    ...(raw.sourcePath ? { sourcePath: raw.sourcePath } : {}),
    text: paragraphs.map((paragraph) => paragraph.text).join('\n\n'),
    paragraphs,
  };
}

/** The document model of a file read by one of the readers (`isCancelled`: see `cancel.ts`). */
export function buildDocument(raw: RawDocument, cache?: BuildCache, isCancelled?: IsCancelled): QeDocument {
  return {
    format: raw.format,
    text: raw.text,
    metadata: raw.metadata,
    metadataEntries: raw.metadataEntries,
    ...(raw.metadataRange ? { metadataRange: raw.metadataRange } : {}),
    // A question read from another file has that file's ranges: it is never checked nor cached by paragraph.
    question: raw.question && buildSection(raw.question, raw.question.sourcePath ? undefined : cache, raw.text, isCancelled),
    answer: raw.answer && buildSection(raw.answer, cache, raw.text, isCancelled),
    notes: raw.notes.map((section) => buildSection(section, cache, raw.text, isCancelled)),
    directives: raw.directives,
    masked: raw.masked,
    headings: raw.headings,
  };
}
