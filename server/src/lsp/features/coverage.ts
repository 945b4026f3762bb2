/** `qe/coverage`: the sub-questions of a dossier, their status and the passages that answer them. */
import { statusLabel } from '../../core';
import type { Feature } from '../feature';
import { coverageRequest, type CoverageResult } from './protocol';

export const coverage: Feature = {
  register(server) {
    server.connection.onRequest(coverageRequest, async (params): Promise<CoverageResult | null> => {
      const entry = await server.dossierAnalysis(params.uri);
      if (!entry) return null;
      const { analysis, lines } = entry;
      const text = analysis.document.text;
      const options = await server.optionsFor(params.uri);
      const subQuestions = analysis.subQuestions.map((subQuestion) => ({
        id: subQuestion.id,
        text: subQuestion.text,
        kind: subQuestion.kind,
        status: subQuestion.status,
        statusLabel: statusLabel(subQuestion.status),
        range: lines.range(subQuestion.range),
        evidence: subQuestion.evidence.map((range) => {
          const excerpt = text.slice(range.start, range.end).replace(/\s+/g, ' ').trim();
          return { range: lines.range(range), excerpt: excerpt.length > 160 ? `${excerpt.slice(0, 157)}…` : excerpt };
        }),
      }));
      return {
        subQuestions,
        answered: subQuestions.filter((item) => item.status === 'answered').length,
        partial: subQuestions.filter((item) => item.status === 'partial').length,
        total: subQuestions.length,
        findings: analysis.findings.length,
        profile: options.profile ?? 'jo',
      };
    });
  },
};
