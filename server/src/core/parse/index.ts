import type { RawDocument } from './raw';
import { readMarkdown } from './markdown';
import { looksLikeJson, readOpenData } from './open-data';

/** Reads any supported file, whatever its extension: an open-data JSON record, or Markdown (dossier or AN export). */
export function readDocument(text: string): RawDocument {
  return looksLikeJson(text) ? readOpenData(text) : readMarkdown(text);
}

export { decodeBytes, type DecodedText } from './decode';
