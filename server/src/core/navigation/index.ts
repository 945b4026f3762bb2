/**
 * Navigation inside a dossier: document links (the question file, the source a dossier was created from, the
 * documentation of the rules a directive disables) and folding ranges (metadata, sections and sub-sections,
 * multi-line comments, `<!-- #region -->` markers). Pure: offsets out; the LSP layer makes URIs and lines.
 */
import type { Analysis } from '../index';
import type { OffsetRange } from '../model/types';
import { ruleMeta } from '../rules/registry';
import { kindLabels, statusLabels } from '../coverage';

export type LinkTarget = { readonly kind: 'file'; readonly path: string } | { readonly kind: 'rule'; readonly id: string };

export interface DocumentLinkInfo {
  readonly range: OffsetRange;
  readonly target: LinkTarget;
  readonly tooltip: string;
}

export function documentLinks(analysis: Analysis): DocumentLinkInfo[] {
  const { document } = analysis;
  const links: DocumentLinkInfo[] = [];
  const questionEntry = document.metadataEntries.find((entry) => entry.key === 'question');
  if (questionEntry && document.metadata.question) {
    links.push({ range: questionEntry.valueRange, target: { kind: 'file', path: document.metadata.question }, tooltip: 'Ouvrir le fichier de la question' });
  }
  for (const notes of document.notes) {
    const slice = document.text.slice(notes.range.start, notes.range.end);
    for (const match of slice.matchAll(/Source de la question\s*:\s*(\S[^\n]*?)\s*$/gmu)) {
      const path = match[1]!.replace(/\\([\\*_`[\]<])/g, '$1');
      const start = notes.range.start + match.index + match[0].indexOf(match[1]!);
      links.push({ range: { start, end: start + match[1]!.length }, target: { kind: 'file', path }, tooltip: 'Ouvrir le fichier d’origine de la question' });
    }
  }
  for (const directive of document.directives) {
    if (!directive.verb.startsWith('desactiver')) continue;
    const rulePart = directive.argument.split(':')[0] ?? '';
    for (const match of rulePart.matchAll(/[\p{L}\d][\p{L}\d-]*/gu)) {
      if (!ruleMeta(match[0])) continue;
      const start = directive.argumentRange.start + match.index;
      links.push({ range: { start, end: start + match[0].length }, target: { kind: 'rule', id: match[0] }, tooltip: `Documentation de la règle « ${match[0]} »` });
    }
  }
  return links.sort((a, b) => a.range.start - b.range.start);
}

export interface FoldInfo {
  readonly start: number;
  /** Offset on the last folded line. */
  readonly end: number;
  readonly kind: 'region' | 'comment';
}

/** End of the last non-blank character before `offset`. */
function trimBack(text: string, start: number, offset: number): number {
  let end = offset;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}

export function foldingRanges(analysis: Analysis): FoldInfo[] {
  const { document } = analysis;
  const text = document.text;
  const folds: FoldInfo[] = [];
  if (document.format === 'dossier' && document.metadataRange && text.startsWith('---')) {
    folds.push({ start: document.metadataRange.start, end: trimBack(text, document.metadataRange.start, document.metadataRange.end), kind: 'region' });
  }
  const headings = [...document.headings].sort((a, b) => a.range.start - b.range.start);
  headings.forEach((heading, index) => {
    const next = headings.slice(index + 1).find((candidate) => candidate.depth <= heading.depth);
    const limit = next ? next.range.start : text.length;
    folds.push({ start: heading.range.start, end: trimBack(text, heading.range.start, limit), kind: 'region' });
  });
  for (const range of document.masked) {
    if (range.reason === 'comment' && text.slice(range.start, range.end).includes('\n')) folds.push({ start: range.start, end: range.end, kind: 'comment' });
  }
  const regions: number[] = [];
  for (const match of text.matchAll(/^[ \t]*<!--\s*#?(end)?region\b.*?-->/gimu)) {
    if (!match[1]) regions.push(match.index);
    else if (regions.length > 0) folds.push({ start: regions.pop()!, end: match.index, kind: 'region' });
  }
  return folds.sort((a, b) => a.start - b.start);
}

export interface SubQuestionOutlineItem {
  readonly id: string;
  /** « Q1 — calendrier ». */
  readonly name: string;
  /** Status and the request, shortened. */
  readonly detail: string;
  readonly range: OffsetRange;
}

/** The sub-questions for the outline, under « Question » (only those whose request lies in this file). */
export function subQuestionOutline(analysis: Analysis): SubQuestionOutlineItem[] {
  const question = analysis.document.question;
  if (!question || question.sourcePath) return [];
  return analysis.subQuestions
    .filter((sub) => sub.range.end > sub.range.start && sub.range.start >= question.range.start && sub.range.end <= question.range.end)
    .map((sub) => {
      const flat = sub.text.replace(/\s+/g, ' ').trim();
      const request = flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
      return { id: sub.id, name: `${sub.id} — ${kindLabels[sub.kind]}`, detail: `${statusLabels[sub.status]} · ${request}`, range: sub.range };
    });
}
