/** Outline (`textDocument/documentSymbol`): metadata, question, answer and its sub-headings, notes. */
import { toDocumentSymbols } from '../convert';
import type { Feature } from '../feature';
import { isStylePackUri } from '../style-packs';

export const documentSymbols: Feature = {
  capabilities: () => ({ documentSymbolProvider: { label: 'Dossier de réponse' } }),
  register(server) {
    server.connection.onDocumentSymbol(async (params) => {
      if (isStylePackUri(params.textDocument.uri)) return [];
      const entry = await server.analysisFor(params.textDocument.uri);
      return entry ? toDocumentSymbols(entry.analysis, entry.lines) : [];
    });
  },
};
