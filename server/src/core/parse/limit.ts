/**
 * Size limit of the analysis: over `maxLength` characters, only the beginning of a file is checked, and the
 * user is told that the file was cut (« fichier tronqué »). A Markdown text is cut before it is parsed, at the
 * last paragraph or line break close to the limit (never far before it, so that a long answer written without
 * blank lines is not cut down to nothing); an open-data record is parsed whole (the JSON parse is linear) and
 * its texts are cut, so that a valid record over the limit is still read as valid.
 */
import type { MappedText } from '../text/source-map';
import type { MarkdownTreeMemory } from './incremental-markdown';
import { readMarkdown } from './markdown';
import { looksLikeJson, readOpenData } from './open-data';
import type { Problem, RawDocument, RawParagraph, RawSection } from './raw';

/** How far before the limit a paragraph or line break may be taken as the cut (at most a tenth of the limit). */
const cutWindow = (maxLength: number): number => Math.min(Math.floor(maxLength / 10), 20_000);

/** Where a Markdown text over the limit is cut: a paragraph break, else a line break, else a space near the limit. */
export function cutOffset(text: string, maxLength: number): number {
  const floor = maxLength - cutWindow(maxLength);
  for (const separator of ['\n\n', '\n', ' ']) {
    const at = text.lastIndexOf(separator, maxLength - separator.length);
    if (at >= floor && at > 0) return at;
  }
  // No break near the limit: cut at the limit, outside a surrogate pair.
  const code = text.charCodeAt(maxLength - 1);
  return code >= 0xd800 && code <= 0xdbff ? maxLength - 1 : maxLength;
}

function notice(length: number, checked: number): Problem {
  return {
    rule: 'fichier-tronque',
    message: `Fichier très volumineux (${length.toLocaleString('fr-FR')} caractères), fichier tronqué pour le contrôle : seuls les ${checked.toLocaleString('fr-FR')} premiers sont contrôlés.`,
    range: { start: 0, end: 0 },
  };
}

/** Keeps the paragraphs of a section within `budget` characters of text; the last one is cut. */
function cutSection(section: RawSection | null, budget: { left: number }): RawSection | null {
  if (!section) return section;
  const paragraphs: RawParagraph[] = [];
  for (const paragraph of section.paragraphs) {
    if (budget.left <= 0) break;
    const mapped: MappedText = paragraph.mapped;
    if (mapped.text.length <= budget.left) {
      paragraphs.push(paragraph);
      budget.left -= mapped.text.length;
      continue;
    }
    const kept = mapped.slice(0, budget.left);
    paragraphs.push({ ...paragraph, mapped: kept, range: kept.sourceRange(0, kept.text.length) });
    budget.left = 0;
  }
  return { ...section, paragraphs };
}

export interface LimitedRead {
  readonly raw: RawDocument;
  /** True when only part of the text is checked. */
  readonly truncated: boolean;
}

/**
 * Reads a file within the size limit. Under the limit this is `readDocument`; over it, the Markdown text is cut
 * before parsing and an open-data record is parsed whole with its texts cut. Either way one `fichier-tronque`
 * notice says what was checked. The document's text stays the whole file (positions are the file's).
 */
export function readWithinLimit(text: string, maxLength: number, memory?: MarkdownTreeMemory): LimitedRead {
  if (looksLikeJson(text)) {
    const raw = readOpenData(text);
    if (text.length <= maxLength) return { raw, truncated: false };
    const budget = { left: maxLength };
    const question = cutSection(raw.question, budget);
    const answer = cutSection(raw.answer, budget);
    const checked = [question, answer].reduce((sum, section) => sum + (section?.paragraphs.reduce((total, paragraph) => total + paragraph.mapped.text.length, 0) ?? 0), 0);
    const full = [raw.question, raw.answer].reduce((sum, section) => sum + (section?.paragraphs.reduce((total, paragraph) => total + paragraph.mapped.text.length, 0) ?? 0), 0);
    if (checked === full) return { raw, truncated: false };
    return { raw: { ...raw, question, answer, problems: [notice(text.length, checked), ...raw.problems] }, truncated: true };
  }
  if (text.length <= maxLength) {
    const raw = readMarkdown(text, memory);
    return { raw, truncated: raw.truncated === true };
  }
  const cut = cutOffset(text, maxLength);
  const raw = readMarkdown(text.slice(0, cut), memory);
  return { raw: { ...raw, text, problems: [notice(text.length, cut), ...raw.problems] }, truncated: true };
}
