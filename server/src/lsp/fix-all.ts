/**
 * The editor's fix-all (`source.fixAll.qe`, « Corriger tout »): the core's `fixToFixedPoint` (the one `qe-check
 * --fix` runs), translated into LSP edits of the changed spans. The number of corrections goes in the
 * title, where the client's command reads it.
 */
import type { TextEdit } from 'vscode-languageserver/node';
import { fixToFixedPoint, type Analysis, type LineIndex } from '../core';

export interface FixAll {
  readonly edits: TextEdit[];
  readonly changes: number;
  readonly title: string;
}

export function fixAll(analysis: Analysis, lines: LineIndex, analyze: (text: string) => Analysis): FixAll | undefined {
  const text = analysis.document.text;
  return fixAllEdits(text, lines, fixToFixedPoint(text, analyze, analysis));
}

/** The fix-all of `text` once fixed into `result.text` (computed here or in the check worker). */
export function fixAllEdits(text: string, lines: LineIndex, result: { readonly text: string; readonly changes: number }): FixAll | undefined {
  if (result.text === text || result.changes === 0) return undefined;
  return { edits: changedSpans(text, result.text).map((span) => ({ range: lines.range(span), newText: span.newText })), changes: result.changes, title: titleOf(result.changes) };
}

function titleOf(changes: number): string {
  return `Corriger automatiquement tout ce qui peut l’être (${changes} correction${changes > 1 ? 's' : ''})`;
}

/** The span of `before` that differs from `after` (common start and end left out), with its replacement. */
function span(before: string, after: string, offset: number): { start: number; end: number; newText: string } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = before.length;
  let newEnd = after.length;
  while (end > start && newEnd > start && before[end - 1] === after[newEnd - 1]) {
    end--;
    newEnd--;
  }
  return { start: offset + start, end: offset + end, newText: after.slice(start, newEnd) };
}

/**
 * The changes as small edits (the rest of the document and its markers stay): one per changed line when the
 * fixes kept the lines (the usual case), else one edit over the span that changed.
 */
function changedSpans(before: string, after: string): { start: number; end: number; newText: string }[] {
  const oldLines = before.split('\n');
  const newLines = after.split('\n');
  if (oldLines.length !== newLines.length) return [span(before, after, 0)];
  const spans: { start: number; end: number; newText: string }[] = [];
  let offset = 0;
  oldLines.forEach((line, index) => {
    if (line !== newLines[index]) spans.push(span(line, newLines[index]!, offset));
    offset += line.length + 1;
  });
  return spans;
}
