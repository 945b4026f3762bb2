/**
 * Sub-question coverage: what the question asks, and which requests the answer leaves unanswered. Also what
 * the editor needs for hovers and code lenses.
 */
import type { Finding, Severity } from '../findings/finding';
import type { QeDocument } from '../model/types';
import { severityFor, type Profile } from '../rules/rule';
import { analyzeCoverage, type SubQuestionDetail } from './analyze';
import { kindLabels } from './kinds';
import { coverageRuleMeta } from './meta';
import type { CoverageStatus, SubQuestion } from './types';
import type { IsCancelled } from '../cancel';

export { analyzeCoverage, partialRule, unansweredRule, type CoverageResult, type SubQuestionDetail } from './analyze';
export { extractSubQuestions, findRecall, type ExtractedSubQuestion, type Recall } from './extract';
export { coverageRuleMeta, noRequestRule } from './meta';
export { findReferral, type Referral } from './referral';
export { kindLabels } from './kinds';
export type { CoverageStatus, SubQuestion, SubQuestionKind } from './types';

/** French label of a status. */
export const statusLabels: Readonly<Record<CoverageStatus, string>> = {
  answered: 'traitée',
  partial: 'partielle',
  unanswered: 'sans réponse',
};

/** The sub-question whose question span contains the offset (for hovers), if any. */
export function subQuestionAt<T extends SubQuestion>(subQuestions: readonly T[], offset: number): T | undefined {
  return subQuestions.find((sub) => sub.range.start <= offset && offset <= sub.range.end && sub.range.end > sub.range.start);
}

/** The sub-questions an answer passage serves as evidence for (for hovers on the answer). */
export function subQuestionsWithEvidenceAt<T extends SubQuestion>(subQuestions: readonly T[], offset: number): T[] {
  return subQuestions.filter((sub) => sub.evidence.some((range) => range.start <= offset && offset < range.end));
}

/** Code-lens summary: « 2 sous-questions : 1 traitée, 1 partielle ». */
export function coverageSummary(subQuestions: readonly SubQuestion[]): string {
  const total = subQuestions.length;
  if (total === 0) return 'Aucune sous-question repérée dans la question';
  const count = (status: CoverageStatus): number => subQuestions.filter((sub) => sub.status === status).length;
  const answered = count('answered');
  const partial = count('partial');
  const unanswered = count('unanswered');
  const parts: string[] = [];
  if (answered) parts.push(`${answered} traitée${answered > 1 ? 's' : ''}`);
  if (partial) parts.push(`${partial} partielle${partial > 1 ? 's' : ''}`);
  if (unanswered) parts.push(`${unanswered} sans réponse`);
  return `${total} sous-question${total > 1 ? 's' : ''} : ${parts.join(', ')}`;
}

/** Hover text (Markdown, French) for a sub-question: kind, status, evidence, what is missing. */
export function describeSubQuestion(sub: SubQuestion | SubQuestionDetail): string {
  const detail = 'missing' in sub ? sub : undefined;
  const lines = [
    `**Sous-question ${sub.id.replace(/^Q/u, '')}** (${sub.id}) — ${kindLabels[sub.kind]}${detail?.objectLabel ? ` ${detail.objectLabel}` : ''} — **${statusLabels[sub.status]}**`,
    '',
    `> ${sub.text}`,
  ];
  if (detail?.deliberate) lines.push('', `Laissée sans réponse à dessein${detail.deliberate.reason ? ` : ${detail.deliberate.reason}` : ' (motif manquant)'}.`);
  if (detail?.referral) lines.push('', `Réponse par renvoi : ${detail.referral}.`);
  if (detail?.missing.length) lines.push('', `Manque : ${detail.missing.join(' ; ')}.`);
  if (detail?.reason) lines.push('', `Pourquoi ce passage compte : ${detail.reason}.`);
  const passages = sub.evidence.length;
  lines.push('', passages === 0 ? 'Aucun passage de la réponse n’apporte l’élément attendu.' : `${passages} passage${passages > 1 ? 's' : ''} de la réponse apporte${passages > 1 ? 'nt' : ''} l’élément attendu.`);
  if (detail?.tied.length) lines.push('', `Paragraphe${detail.tied.length > 1 ? 's' : ''} lié${detail.tied.length > 1 ? 's' : ''} par « repond » : ${detail.tied.length}.`);
  return lines.join('\n');
}

/**
 * Coverage for `analyze()`: runs when the document has a question (with or without an answer), and applies the
 * profile and the per-rule severity settings (`off` drops the finding).
 */
export function coverageForAnalysis(
  document: QeDocument,
  profile: Profile,
  severities: Readonly<Record<string, Severity | 'off'>>,
  isCancelled?: IsCancelled,
): { subQuestions: SubQuestion[]; findings: Finding[] } {
  if (!document.question) return { subQuestions: [], findings: [] };
  const result = analyzeCoverage(document, isCancelled);
  const findings: Finding[] = [];
  for (const finding of result.findings) {
    const meta = coverageRuleMeta.find((candidate) => candidate.id === finding.rule);
    const configured = severities[finding.rule] ?? (meta ? severityFor(meta, profile) : finding.severity);
    if (configured === 'off') continue;
    findings.push({ ...finding, severity: configured });
  }
  // The details (what is missing, why the evidence counts) ride along for the hover; the JSON report keeps the contract's fields.
  return { subQuestions: result.details, findings };
}
