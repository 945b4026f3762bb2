/** Hover: metadata keys, sub-questions and the passages that answer them, rules, directives, catalog entries. */
import { MarkupKind } from 'vscode-languageserver/node';
import { hover as hoverAt } from '../../core';
import type { Feature } from '../feature';
import { safeMarkdown } from '../markdown';

export const hover: Feature = {
  capabilities: () => ({ hoverProvider: true }),
  register(server) {
    server.connection.onHover(async (params) => {
      const entry = await server.dossierAnalysis(params.textDocument.uri);
      if (!entry) return null;
      const result = hoverAt(entry.analysis, entry.lines.offsetAt(params.position), server.catalogFor(params.textDocument.uri));
      // The Markdown quotes catalogs, packs and the document: made inert (no HTML, image or link).
      return result ? { contents: { kind: MarkupKind.Markdown, value: safeMarkdown(result.markdown) }, range: entry.lines.range(result.range) } : null;
    });
  },
};
