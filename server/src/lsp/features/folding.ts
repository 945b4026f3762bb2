/** Folding ranges: front matter, sections, directives and comments. */
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver/node';
import { foldingRanges } from '../../core';
import type { Feature } from '../feature';

export const folding: Feature = {
  capabilities: () => ({ foldingRangeProvider: true }),
  register(server) {
    server.connection.onFoldingRanges(async (params) => {
      const entry = await server.dossierAnalysis(params.textDocument.uri);
      if (!entry) return [];
      const ranges: FoldingRange[] = [];
      for (const fold of foldingRanges(entry.analysis)) {
        const startLine = entry.lines.positionAt(fold.start).line;
        const endLine = entry.lines.positionAt(fold.end).line;
        if (endLine > startLine) ranges.push({ startLine, endLine, kind: fold.kind === 'comment' ? FoldingRangeKind.Comment : FoldingRangeKind.Region });
      }
      return ranges;
    });
  },
};
