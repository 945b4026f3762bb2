import type { Finding, TextEdit } from './finding';

export interface FixResult {
  readonly text: string;
  /** Edits applied, in document order. */
  readonly applied: readonly TextEdit[];
  /** Findings whose first fix was applied. */
  readonly fixed: number;
  /** Those findings, in the order given (to say what changed). */
  readonly fixedFindings: readonly Finding[];
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  // Two insertions at the same point conflict too: their order would be arbitrary.
  if (a.range.start === a.range.end && b.range.start === b.range.end) return a.range.start === b.range.start;
  return a.range.start < b.range.end && b.range.start < a.range.end;
}

/**
 * Applies the first fix of each finding, skipping a fix any edit of which overlaps an edit already taken
 * (the next pass of check-and-fix picks it up). Only the characters the edits name change.
 */
export function applyFixes(text: string, findings: readonly Finding[]): FixResult {
  const taken: TextEdit[] = [];
  let fixed = 0;
  const fixedFindings: Finding[] = [];
  for (const finding of findings) {
    const fix = finding.fixes?.[0];
    if (!fix || fix.edits.length === 0) continue;
    if (fix.edits.some((edit) => edit.range.start > edit.range.end || edit.range.end > text.length)) continue;
    if (fix.edits.some((edit) => taken.some((other) => overlaps(edit, other)))) continue;
    taken.push(...fix.edits);
    fixed++;
    fixedFindings.push(finding);
  }
  taken.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  let result = '';
  let cursor = 0;
  for (const edit of taken) {
    result += text.slice(cursor, edit.range.start) + edit.newText;
    cursor = edit.range.end;
  }
  result += text.slice(cursor);
  return { text: result, applied: taken, fixed, fixedFindings };
}
