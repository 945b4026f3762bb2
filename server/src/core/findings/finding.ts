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
  readonly fixes?: readonly Fix[];
  readonly related?: readonly RelatedLocation[];
}

const order: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/** Sort by position, then severity, then rule id: a stable order for output and tests. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.range.start - b.range.start ||
    a.range.end - b.range.end ||
    order[a.severity] - order[b.severity] ||
    a.rule.localeCompare(b.rule)
  );
}
