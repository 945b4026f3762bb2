/** Code lens on the answer's heading: the coverage of the sub-questions (opens the coverage view). */
import type { CodeLens } from 'vscode-languageserver/node';
import { coverageSummary } from '../../core';
import type { Feature } from '../feature';

export const codeLens: Feature = {
  capabilities: () => ({ codeLensProvider: { resolveProvider: false } }),
  register(server) {
    server.connection.onCodeLens(async (params) => {
      const entry = await server.dossierAnalysis(params.textDocument.uri);
      if (!entry) return [];
      const { analysis } = entry;
      const answer = analysis.document.answer;
      const total = analysis.subQuestions.length;
      if (!answer || total === 0) return [];
      const anchor = entry.lines.range(answer.headingRange ?? { start: answer.range.start, end: answer.range.start });
      const lens: CodeLens = {
        range: anchor,
        command: {
          title: coverageSummary(analysis.subQuestions),
          command: 'qe.showCoverage',
          arguments: [params.textDocument.uri],
        },
      };
      return [lens];
    });
  },
};
