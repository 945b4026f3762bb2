/**
 * Small helpers shared by the house-style rules (groups A–C): reporting at text offsets of a `ProseView`,
 * edits that are checked against the file before they are offered, and case changes that touch only the
 * letters that change.
 */
import type { Fix, Severity, TextEdit } from '../../findings/finding';
import type { QeDocument } from '../../model/types';
import type { RuleContext } from '../rule';
import { sectionSeverity, type ProseView } from './mask';

export const NBSP = '\u00A0';
export const NNBSP = '\u202F';

export interface ReportOptions {
  readonly fixes?: readonly (Fix | undefined)[];
  /** Severity of this finding when it differs from the rule's (still capped to information in the question). */
  readonly severity?: Severity;
}

const rank: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/**
 * Reports [start, end) of the view's text; fixes that could not be built (undefined) are dropped, and so are all
 * fixes in the question (read-only), whose findings are also capped to information.
 */
/** The severity `reportText` gives: the rule's or the one asked for, lowered in the question. */
function textSeverity(context: Pick<RuleContext, 'severity'>, view: ProseView, wanted: Severity | undefined): Severity {
  const base = wanted ?? context.severity;
  const capped = sectionSeverity({ severity: base }, view.section);
  return rank[capped] > rank[base] ? capped : base;
}

/**
 * True when `reportText` with these arguments would only be counted, past the rule's share of the findings
 * cap (`RuleContext.beyondCap`): the caller skips building its message and fixes. For loops that report
 * hundreds of thousands of findings on a pathological paragraph.
 */
export function reportedBeyondCap(context: Pick<RuleContext, 'severity' | 'beyondCap'>, view: ProseView, start: number, end: number, severity?: Severity): boolean {
  return context.beyondCap !== undefined && context.beyondCap(view.sourceRange(start, end), textSeverity(context, view, severity));
}

export function reportText(
  context: Pick<RuleContext, 'severity' | 'report'>,
  view: ProseView,
  start: number,
  end: number,
  message: string,
  options: ReportOptions = {},
): void {
  const severity = textSeverity(context, view, options.severity);
  // The question is published and cannot be edited: its findings carry no fix.
  const fixes = view.section === 'question' ? [] : (options.fixes ?? []).filter((fix): fix is Fix => fix !== undefined);
  context.report({
    range: view.sourceRange(start, end),
    message,
    ...(fixes.length > 0 ? { fixes } : {}),
    ...(severity !== context.severity ? { severity } : {}),
  });
}

/**
 * An edit replacing the view's text [start, end) by `newText`. Where the file holds that text encoded (a JSON
 * escape, an HTML entity), the edit replaces the whole encoded spans; it is undefined when a span is shared with
 * a character outside [start, end) or when `newText` holds a character the format would read differently.
 */
export function textEdit(document: Pick<QeDocument, 'format' | 'text'>, view: ProseView, start: number, end: number, newText: string): TextEdit | undefined {
  const text = view.paragraph.text;
  const range = view.sourceRange(start, end);
  if (start === end) {
    // Insertion before the character at `start` (or after the last one).
    if (/["\\<>&]/.test(newText) && document.format !== 'dossier' && document.format !== 'an-page') return undefined;
    if (start < text.length) {
      const at = view.sourceRange(start, start + 1);
      if (start > 0 && view.sourceRange(start - 1, start).end > at.start) return undefined;
      return { range: { start: at.start, end: at.start }, newText };
    }
    const last = view.sourceRange(start - 1, start);
    return { range: { start: last.end, end: last.end }, newText };
  }
  if (document.text.slice(range.start, range.end) !== text.slice(start, end)) {
    // Decoded text (a JSON escape, an HTML entity): the edit may replace whole source spans only, and must not
    // write what the source format would read differently.
    if (/["\\<>&]/.test(newText)) return undefined;
    if (start > 0 && view.sourceRange(start - 1, start).end > range.start) return undefined;
    if (end < text.length && view.sourceRange(end, end + 1).start < range.end) return undefined;
  }
  return { range, newText };
}

/** A fix made of edits; undefined when one of them could not be built. */
export function fixOf(title: string, ...edits: (TextEdit | undefined)[]): Fix | undefined {
  if (edits.length === 0 || edits.some((edit) => edit === undefined)) return undefined;
  return { title, edits: edits as TextEdit[] };
}

/** A one-edit fix replacing [start, end) of the view's text. */
export function replaceText(document: Pick<QeDocument, 'format' | 'text'>, view: ProseView, start: number, end: number, newText: string, title?: string): Fix | undefined {
  return fixOf(title ?? (newText === '' ? 'Supprimer' : `Remplacer par « ${visible(newText)} »`), textEdit(document, view, start, end, newText));
}

/** Edits turning `actual` (at text offset `start`) into `wanted` letter by letter, one edit per changed run. */
export function letterEdits(document: Pick<QeDocument, 'format' | 'text'>, view: ProseView, start: number, actual: string, wanted: string): (TextEdit | undefined)[] {
  const edits: (TextEdit | undefined)[] = [];
  if (actual.length !== wanted.length) return [textEdit(document, view, start, start + actual.length, wanted)];
  let i = 0;
  while (i < actual.length) {
    if (actual[i] === wanted[i]) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < actual.length && actual[j] !== wanted[j]) j++;
    edits.push(textEdit(document, view, start + i, start + j, wanted.slice(i, j)));
    i = j;
  }
  return edits;
}

/** Shows invisible spaces in messages and fix titles. */
export function visible(text: string): string {
  return text.replace(/\u00A0/g, '⍽').replace(/\u202F/g, '⍽');
}

/** `word` with its first letter in upper case. */
export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Severity for findings that are only a matter of fine spacing: a hint in the `jo` profile. */
export function spacingSeverity(context: Pick<RuleContext, 'profile' | 'severity'>): Severity {
  return context.profile === 'jo' ? 'hint' : context.severity;
}
