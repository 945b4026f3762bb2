import type { RawDocument } from './raw';
import type { MarkdownTreeMemory } from './incremental-markdown';
import { readMarkdown } from './markdown';
import { looksLikeJson, readOpenData } from './open-data';

/**
 * Reads any supported file, whatever its extension: an open-data JSON record, or Markdown (dossier or AN export).
 * `memory` (the document's analysis cache) keeps the last Markdown tree for an incremental re-parse.
 */
export function readDocument(text: string, memory?: MarkdownTreeMemory): RawDocument {
  return looksLikeJson(text) ? readOpenData(text) : readMarkdown(text, memory);
}

export { decodeBytes, type DecodedText } from './decode';
