import type { Finding, TextEdit } from './finding';
import { paragraphBoundsOf } from './fix-guard';

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
 * Apostrophes inserted by one fix follow the apostrophes the same pass makes typographic in their paragraph:
 * otherwise « millions d'euros » lands with ' in a paragraph whose ' all became ’ (a mix the fixes caused).
 */
function harmonizeApostrophes(text: string, edits: TextEdit[]): TextEdit[] {
  const curled = edits.filter((edit) => edit.newText === '’' && text.slice(edit.range.start, edit.range.end) === "'");
  if (curled.length === 0) return edits;
  // Edits are sorted: one search per paragraph, not per edit.
  const curledBounds = paragraphBoundsOf(text);
  const paragraphs = new Set(curled.map((edit) => curledBounds(edit.range.start).start));
  const bounds = paragraphBoundsOf(text);
  return edits.map((edit) =>
    edit.newText.length > 1 && /(?<=\p{L})'(?=\p{L})/u.test(edit.newText) && paragraphs.has(bounds(edit.range.start).start)
      ? { ...edit, newText: edit.newText.replace(/(?<=\p{L})'(?=\p{L})/gu, '’') }
      : edit,
  );
}

/**
 * Applies the first fix of each finding, skipping a fix any edit of which overlaps an edit already taken
 * (the next pass of check-and-fix picks it up). Only the characters the edits name change.
 */
export function applyFixes(text: string, findings: readonly Finding[]): FixResult {
  let taken: TextEdit[] = [];
  let fixed = 0;
  const fixedFindings: Finding[] = [];
  for (const finding of findings) {
    const fix = finding.fixes?.[0];
    if (!fix || fix.edits.length === 0) continue;
    if (fix.edits.some((edit) => edit.range.start > edit.range.end || edit.range.end > text.length)) continue;
    if (fix.edits.some((edit) => taken.some((other) => overlaps(edit, other)))) continue;
    for (const edit of fix.edits) taken.push(edit);
    fixed++;
    fixedFindings.push(finding);
  }
  taken.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  taken = harmonizeApostrophes(text, taken);
  let result = '';
  let cursor = 0;
  for (const edit of taken) {
    result += text.slice(cursor, edit.range.start) + edit.newText;
    cursor = edit.range.end;
  }
  result += text.slice(cursor);
  return { text: result, applied: taken, fixed, fixedFindings };
}

export interface FixAllResult<A extends { readonly findings: readonly Finding[] }> {
  /** The text once every fix that could be made is made. */
  readonly text: string;
  /** The analysis of that text. */
  readonly analysis: A;
  /** Corrections made (findings fixed, over all passes). */
  readonly changes: number;
  readonly passes: number;
  /** Each correction made, with the text of its pass (where its range is). */
  readonly applied: readonly { readonly text: string; readonly finding: Finding }[];
}

/** Findings a reader must act on: a fix must not create one. */
function weighs(finding: Finding): boolean {
  return finding.severity === 'error' || finding.severity === 'warning';
}

/** Maps an offset of the edited text back to the text before the edits (inside an edit: its start). */
function mapBack(offset: number, applied: readonly TextEdit[]): number {
  let delta = 0;
  for (const edit of applied) {
    const newStart = edit.range.start + delta;
    const newEnd = newStart + edit.newText.length;
    if (offset < newStart) break;
    if (offset <= newEnd) return edit.range.start;
    delta += edit.newText.length - (edit.range.end - edit.range.start);
  }
  return offset - delta;
}

/**
 * The one fix-all of the editor's `source.fixAll.qe`, the « Corriger tout » command and `qe-check --fix`:
 * applies fixes, checks again and applies again until nothing fixable is left (fixes that overlapped wait a
 * pass), in one call. A fix whose result carries an error or a warning that was not there before (an acronym
 * expanded then « défini mais n'est plus employé », a sentence grown past the limit) is not made: the pass is
 * done again without it. `analyze` is the caller's check (same settings, linked files).
 */
export function fixToFixedPoint<A extends { readonly findings: readonly Finding[] }>(text: string, analyze: (text: string) => A, first?: A, maxPasses = 8): FixAllResult<A> {
  let current = text;
  let analysis = first ?? analyze(text);
  let changes = 0;
  let passes = 0;
  const applied: { text: string; finding: Finding }[] = [];
  /** Fixes refused in this text (rule and range), because they created a finding. */
  const refused = new Set<string>();
  const keyOf = (finding: Finding) => `${finding.rule}@${finding.range.start}-${finding.range.end}`;
  while (passes < maxPasses) {
    const candidates = analysis.findings.filter((finding) => finding.fixes?.length && !refused.has(keyOf(finding)));
    const result = applyFixes(current, candidates);
    if (result.fixed === 0 || result.text === current) break;
    const next = analyze(result.text);
    // New errors and warnings the edits caused: no error or warning of the same rule was at that place
    const created = next.findings.filter((finding) => {
      if (!weighs(finding) || finding.fixes?.length) return false;
      const start = mapBack(finding.range.start, result.applied);
      const end = mapBack(finding.range.end, result.applied);
      // (an information of the same rule there before, « phrase de 40 mots », does not excuse a warning now).
      return !analysis.findings.some((before) => before.rule === finding.rule && weighs(before) && before.range.start <= end && start <= before.range.end);
    });
    if (created.length > 0) {
      let blamed = 0;
      for (const finding of created) {
        const start = mapBack(finding.range.start, result.applied);
        const end = mapBack(finding.range.end, result.applied);
        for (const candidate of candidates) {
          if (candidate.fixes![0]!.edits.some((edit) => edit.range.start <= end && start <= edit.range.end) && !refused.has(keyOf(candidate))) {
            refused.add(keyOf(candidate));
            blamed++;
          }
        }
      }
      // Nothing to blame (a finding far from every edit): keep the pass rather than loop.
      if (blamed > 0) continue;
    }
    for (const finding of result.fixedFindings) applied.push({ text: current, finding });
    current = result.text;
    analysis = next;
    changes += result.fixed;
    passes++;
    refused.clear();
  }
  return { text: current, analysis, changes, passes, applied };
}
