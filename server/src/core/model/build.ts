import type { RawDocument, RawParagraph, RawSection } from '../parse/raw';
import { segmentSentences, type ProseSentence } from '../prose/parse-french';
import type { Paragraph, QeDocument, Section, Sentence, Word } from './types';

/** What the incremental cache (`incremental/cache.ts`) offers the builder: remembered segmentation. */
export interface BuildCache {
  segment(text: string): readonly ProseSentence[];
  noteParagraph(paragraph: Paragraph, raw: RawParagraph, source: string): void;
}

/** Splits a paragraph into sentences and words, with every range mapped back to the file. */
export function buildParagraph(raw: RawParagraph, cache?: BuildCache, source = ''): Paragraph {
  const { mapped } = raw;
  const segmented = cache ? cache.segment(mapped.text) : segmentSentences(mapped.text);
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
  const paragraph: Paragraph = {
    range: raw.range,
    text: mapped.text,
    sentences,
    breaks: raw.breaks,
    answers: raw.answers,
    sourceRange: (start, end) => mapped.sourceRange(start, end),
  };
  cache?.noteParagraph(paragraph, raw, source);
  return paragraph;
}

export function buildSection(raw: RawSection, cache?: BuildCache, source = ''): Section {
  const paragraphs = raw.paragraphs.map((paragraph) => buildParagraph(paragraph, cache, source));
  return {
    kind: raw.kind,
    range: raw.range,
    ...(raw.headingRange ? { headingRange: raw.headingRange } : {}),
    ...(raw.sourcePath ? { sourcePath: raw.sourcePath } : {}),
    text: paragraphs.map((paragraph) => paragraph.text).join('\n\n'),
    paragraphs,
  };
}

/** The document model of a file read by one of the readers. */
export function buildDocument(raw: RawDocument, cache?: BuildCache): QeDocument {
  return {
    format: raw.format,
    text: raw.text,
    metadata: raw.metadata,
    metadataEntries: raw.metadataEntries,
    ...(raw.metadataRange ? { metadataRange: raw.metadataRange } : {}),
    // A question read from another file has that file's ranges: it is never checked nor cached by paragraph.
    question: raw.question && buildSection(raw.question, raw.question.sourcePath ? undefined : cache, raw.text),
    answer: raw.answer && buildSection(raw.answer, cache, raw.text),
    notes: raw.notes.map((section) => buildSection(section, cache, raw.text)),
    directives: raw.directives,
    masked: raw.masked,
    headings: raw.headings,
  };
}
