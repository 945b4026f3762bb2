import type { OffsetRange } from '../model/types';

export type SubQuestionKind =
  | 'calendrier'
  | 'chiffres'
  | 'mesures'
  | 'modalites'
  | 'intention'
  | 'position'
  | 'droit'
  | 'articulation'
  | 'autre';

export type CoverageStatus = 'answered' | 'partial' | 'unanswered';

/** One request of the question, and what the answer does with it (the `qe-check` JSON contract). */
export interface SubQuestion {
  /** `Q1`, `Q2`… in the order of the question. */
  readonly id: string;
  readonly text: string;
  readonly range: OffsetRange;
  readonly kind: SubQuestionKind;
  readonly status: CoverageStatus;
  /** Answer passages that carry the evidence. */
  readonly evidence: readonly OffsetRange[];
}
