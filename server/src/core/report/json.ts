import type { Analysis } from '../index';
import type { Finding } from '../findings/finding';
import type { Section } from '../model/types';
import { LineIndex, type Range } from '../text/line-index';

/** One file of the `qe-check --format json` contract (design brief). */
export interface JsonFileReport {
  path: string;
  metadata: Record<string, unknown>;
  question: { range: Range; text: string } | null;
  answer: { range: Range; text: string } | null;
  subQuestions: {
    id: string;
    text: string;
    range: Range;
    kind: string;
    status: string;
    evidence: Range[];
  }[];
  diagnostics: {
    rule: string;
    severity: string;
    message: string;
    range: Range;
    fixes: { title: string; edits: { range: Range; newText: string }[] }[];
  }[];
}

export function toJsonFileReport(path: string, analysis: Analysis): JsonFileReport {
  const lines = new LineIndex(analysis.document.text);
  // A linked question lives in another file: its positions are that file's.
  const section = (value: Section | null) => {
    if (!value) return null;
    const index = value.sourcePath ? null : lines;
    const range = index
      ? index.range(value.range)
      : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return { range, text: value.text, ...(value.sourcePath ? { path: value.sourcePath } : {}) };
  };
  const metadata: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(analysis.document.metadata)) if (value !== undefined) metadata[key] = value;
  return {
    path,
    metadata,
    question: section(analysis.document.question),
    answer: section(analysis.document.answer),
    subQuestions: analysis.subQuestions.map((subQuestion) => ({
      id: subQuestion.id,
      text: subQuestion.text,
      range: lines.range(subQuestion.range),
      kind: subQuestion.kind,
      status: subQuestion.status,
      evidence: subQuestion.evidence.map((range) => lines.range(range)),
    })),
    diagnostics: analysis.findings.map((finding: Finding) => ({
      rule: finding.rule,
      severity: finding.severity,
      message: finding.message,
      range: lines.range(finding.range),
      fixes: (finding.fixes ?? []).map((fix) => ({
        title: fix.title,
        edits: fix.edits.map((edit) => ({ range: lines.range(edit.range), newText: edit.newText })),
      })),
    })),
  };
}
