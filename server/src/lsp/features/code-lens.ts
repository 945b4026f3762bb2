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
      // Before the answer is written, the checklist sits on the question's heading.
      const host = answer ?? analysis.document.question;
      if (!host || host.sourcePath || total === 0) return [];
      const anchor = entry.lines.range(host.headingRange ?? { start: host.range.start, end: host.range.start });
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
