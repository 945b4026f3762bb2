import type { OffsetRange } from '../model/types';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface TextEdit {
  readonly range: OffsetRange;
  readonly newText: string;
}

export interface Fix {
  /** French title shown in the editor's quick-fix menu. */
  readonly title: string;
  readonly edits: readonly TextEdit[];
}

export interface RelatedLocation {
  readonly range: OffsetRange;
  readonly message: string;
}

/** One problem found in a document: what the CLI prints and the server turns into a diagnostic. */
export interface Finding {
  /** Stable kebab-case rule id (the catalog's). */
  readonly rule: string;
  readonly severity: Severity;
  /** French message for the user. */
  readonly message: string;
  readonly range: OffsetRange;
  /**
   * For a finding over a whole sentence or paragraph: the short part an editor underlines (its first words, or a
   * heading), so that it does not hide the precise findings inside; `range` stays the span the finding is about
   * (the editor shows it as related information, suppressions and the CLI use it).
   */
  readonly anchor?: OffsetRange;
  readonly fixes?: readonly Fix[];
  readonly related?: readonly RelatedLocation[];
}

/** Ranges up to this length are underlined whole. */
const shortRange = 40;
const anchorWords = 4;

/**
 * The anchor of a long range: its first words (at most `anchorWords`, whitespace-separated), undefined when the
 * range is short enough to be underlined whole.
 */
export function leadingWords(text: string, range: OffsetRange): OffsetRange | undefined {
  if (range.end - range.start <= shortRange) return undefined;
  const pattern = /\S+/gu;
  pattern.lastIndex = range.start;
  let start = -1;
  let end = range.start;
  for (let count = 0; count < anchorWords; count++) {
    const match = pattern.exec(text);
    if (!match || match.index + match[0].length > range.end) break;
    if (start < 0) start = match.index;
    end = match.index + match[0].length;
  }
  return start >= 0 && end - start < range.end - range.start ? { start, end } : undefined;
}

const order: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/** Sort by position, then severity, then rule id: a stable order for output and tests. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.range.start - b.range.start || a.range.end - b.range.end || order[a.severity] - order[b.severity] || compareRuleIds(a.rule, b.rule);
}

/** Rule ids as written: lower-case ASCII letters, digits and hyphens. */
const plainId = /^[a-z0-9-]*$/;

/**
 * `a.localeCompare(b)`, without building ICU's collator for ids of lower-case ASCII letters, digits and hyphens
 * (5 ms of a short check): collation puts hyphens before digits before letters, as code units do, so both orders
 * are the same there. Other ids keep the collator.
 */
export function compareRuleIds(a: string, b: string): number {
  if (plainId.test(a) && plainId.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  return a.localeCompare(b);
}
