import type { RawDocument, RawParagraph, RawSection } from '../parse/raw';
import { segmentSentences } from '../prose/parse-french';
import type { Paragraph, QeDocument, Section, Sentence, Word } from './types';

/** Splits a paragraph into sentences and words, with every range mapped back to the file. */
export function buildParagraph(raw: RawParagraph): Paragraph {
  const { mapped } = raw;
  const sentences: Sentence[] = segmentSentences(mapped.text).map((sentence) => ({
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
  return {
    range: raw.range,
    text: mapped.text,
    sentences,
    breaks: raw.breaks,
    answers: raw.answers,
    sourceRange: (start, end) => mapped.sourceRange(start, end),
  };
}

export function buildSection(raw: RawSection): Section {
  const paragraphs = raw.paragraphs.map(buildParagraph);
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
export function buildDocument(raw: RawDocument): QeDocument {
  return {
    format: raw.format,
    text: raw.text,
    metadata: raw.metadata,
    metadataEntries: raw.metadataEntries,
    ...(raw.metadataRange ? { metadataRange: raw.metadataRange } : {}),
    question: raw.question && buildSection(raw.question),
    answer: raw.answer && buildSection(raw.answer),
    notes: raw.notes.map(buildSection),
    directives: raw.directives,
    masked: raw.masked,
    headings: raw.headings,
  };
}
