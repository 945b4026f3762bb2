import type { Fix } from '../../findings/finding';
import type { OffsetRange, Paragraph, QeDocument, SectionKind } from '../../model/types';

/** A paragraph a prose rule looks at, with the section it belongs to. */
export interface ProseParagraph {
  readonly section: Extract<SectionKind, 'question' | 'answer'>;
  readonly paragraph: Paragraph;
}

/**
 * The paragraphs prose rules check: the answer's, plus the question's for rules marked [Q] in the catalog
 * (their findings there are information at most: the question is published). A question read from another
 * file is never included (its ranges are that file's).
 */
export function proseParagraphs(document: QeDocument, options: { question?: boolean } = {}): ProseParagraph[] {
  const result: ProseParagraph[] = [];
  if (options.question && document.question && !document.question.sourcePath) {
    for (const paragraph of document.question.paragraphs) result.push({ section: 'question', paragraph });
  }
  if (document.answer) for (const paragraph of document.answer.paragraphs) result.push({ section: 'answer', paragraph });
  return result;
}

/** True when the range touches a part no prose rule may report in (metadata, notes, code, links, comments…). */
export function isMasked(document: QeDocument, range: OffsetRange): boolean {
  return document.masked.some((mask) => mask.start < range.end && range.start < mask.end);
}

export interface TextMatch {
  readonly match: RegExpExecArray;
  /** Source range of the whole match. */
  readonly range: OffsetRange;
  /** Source range of capture group `n` (undefined when the group did not take part). */
  group(n: number): OffsetRange | undefined;
}

/**
 * Every match of a global regular expression in a paragraph's text, with source ranges, skipping matches
 * that touch a masked range.
 */
export function matchAll(document: QeDocument, paragraph: Paragraph, pattern: RegExp): TextMatch[] {
  if (!pattern.global) throw new Error(`matchAll wants a global pattern: ${pattern}`);
  const results: TextMatch[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(paragraph.text); match; match = pattern.exec(paragraph.text)) {
    if (match[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const range = paragraph.sourceRange(match.index, match.index + match[0].length);
    if (isMasked(document, range)) continue;
    const found = match;
    results.push({
      match: found,
      range,
      group(n: number) {
        const value = found[n];
        if (value === undefined) return undefined;
        // `d` flag indices when available, else the first occurrence inside the match.
        const indices = (found as RegExpExecArray & { indices?: [number, number][] }).indices?.[n];
        const start = indices ? indices[0] : found.index + found[0].indexOf(value);
        return paragraph.sourceRange(start, start + value.length);
      },
    });
  }
  return results;
}

/** A fix that replaces one range. */
export function replaceFix(title: string, range: OffsetRange, newText: string): Fix {
  return { title, edits: [{ range, newText }] };
}
