/**
 * The drafter's checklist of a dossier: each sub-question of the question with its kind, its status and the
 * sentences of the answer that carry the evidence; and the answer skeleton offered for a new dossier. Pure.
 */
import type { Analysis } from '../index';
import type { OffsetRange } from '../model/types';
import { kindLabels, statusLabels, type CoverageStatus } from '../coverage';

export interface ChecklistEvidence {
  readonly range: OffsetRange;
  /** The passage, on one line, shortened. */
  readonly excerpt: string;
}

export interface ChecklistItem {
  readonly id: string;
  readonly kind: string;
  readonly kindLabel: string;
  readonly status: CoverageStatus;
  readonly statusLabel: string;
  /** The request in the question, on one line. */
  readonly request: string;
  readonly range: OffsetRange;
  readonly evidence: readonly ChecklistEvidence[];
}

function oneLine(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

/** The sentence of the answer around an evidence range (the passage itself when it has no sentence). */
function evidenceSentence(analysis: Analysis, range: OffsetRange): string {
  for (const paragraph of analysis.document.answer?.paragraphs ?? []) {
    for (const sentence of paragraph.sentences) {
      if (sentence.range.start <= range.start && range.start < sentence.range.end) return sentence.text;
    }
  }
  return analysis.document.text.slice(range.start, range.end);
}

export function checklist(analysis: Analysis): ChecklistItem[] {
  return analysis.subQuestions.map((sub) => ({
    id: sub.id,
    kind: sub.kind,
    kindLabel: kindLabels[sub.kind],
    status: sub.status,
    statusLabel: statusLabels[sub.status],
    request: oneLine(sub.text, 400),
    range: sub.range,
    evidence: sub.evidence.map((range) => ({ range, excerpt: oneLine(evidenceSentence(analysis, range), 200) })),
  }));
}

/**
 * One place per sub-question in the answer: the `repond` directive that ties the paragraph written below it,
 * and a reminder of what is asked (a comment: neither is published). Empty without sub-questions.
 */
export function answerSkeleton(analysis: Analysis): string {
  return analysis.subQuestions
    .map((sub) => `<!-- qe: repond ${sub.id} -->\n<!-- ${sub.id} (${kindLabels[sub.kind]}) : « ${oneLine(sub.text, 200).replace(/--/g, '—')} » -->\n`)
    .join('\n');
}
