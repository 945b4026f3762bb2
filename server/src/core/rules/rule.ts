import type { Finding, Fix, RelatedLocation, Severity } from '../findings/finding';
import type { QeDocument, OffsetRange } from '../model/types';
import type { ProseView } from './common/mask';
import type { Profile, StyleSettings } from '../config/settings';

export type { Profile, StyleSettings } from '../config/settings';

/** What the catalog says of a rule; the rule reference document is generated from this. */
export interface RuleMeta {
  /** Stable kebab-case id from the catalog (`accent-capitales`). */
  readonly id: string;
  /** Default severity, per profile when the profiles differ. */
  readonly severity: Severity | Readonly<Record<Profile, Severity | 'off'>>;
  /** Short French title. */
  readonly title: string;
  /** French description: what it detects and why. */
  readonly description: string;
  readonly fixable: boolean;
  /** Catalog group (A…J) or `structure` for the tool's own structural checks. */
  readonly group: string;
}

export interface ReportInput {
  readonly range: OffsetRange;
  /** The short part an editor underlines for a long range (`Finding.anchor`, see `leadingWords`). */
  readonly anchor?: OffsetRange;
  readonly message: string;
  readonly fixes?: readonly Fix[];
  readonly related?: readonly RelatedLocation[];
  /** Overrides the configured severity (e.g. findings in the read-only question become information). */
  readonly severity?: Severity;
}

export interface RuleContext {
  readonly document: QeDocument;
  readonly profile: Profile;
  /** Severity this rule runs at, after profile and settings. */
  readonly severity: Severity;
  /** Profile, nbspStrict, apostrophe and the style pack's data (acronyms, accepted words, substitutions, ministries). */
  readonly settings: StyleSettings;
  report(input: ReportInput): void;
  /**
   * True when a finding at `range` (with `severity`, by default the rule's) would come after the rule's share
   * of the document's findings cap (`rules/run.ts`): it is then counted as reported, and the rule need not
   * build it (message, fixes). Absent when nothing is capped.
   */
  readonly beyondCap?: (range: OffsetRange, severity?: Severity) => boolean;
}

/**
 * What a paragraph-scope rule sees: one paragraph (through its prose view: text, masks, quotes, section) and
 * the settings, never the rest of the document. The incremental checker relies on it: a paragraph whose text,
 * source map, masks, section, breaks and answers are unchanged gets its earlier findings back, shifted.
 */
export interface ParagraphRuleContext {
  readonly view: ProseView;
  /**
   * The source format and the file's text, for edits that must respect the encoding (JSON escapes, HTML
   * entities). Only the paragraph's own source range (`view.paragraph.range`) may be read.
   */
  readonly document: ParagraphSource;
  readonly profile: Profile;
  readonly severity: Severity;
  readonly settings: StyleSettings;
  report(input: ReportInput): void;
  /**
   * True when a finding at `range` (with `severity`, by default the rule's) would come after the rule's share
   * of the document's findings cap (`rules/run.ts`): it is then counted as reported, and the rule need not
   * build it (message, fixes). Absent when nothing is capped.
   */
  readonly beyondCap?: (range: OffsetRange, severity?: Severity) => boolean;
}

/** What a paragraph-scope rule may know of the document: its format and (within the paragraph's range) its text. */
export type ParagraphSource = Pick<QeDocument, 'format' | 'text'>;

/** The facts a rule collected on one paragraph (`collectFacts`), in document order. */
export interface ParagraphFacts<Facts> {
  readonly view: ProseView;
  readonly facts: Facts;
}

/**
 * A rule has one or more of three entry points:
 * - `checkParagraph` (paragraph scope): called for each paragraph of the answer and of the question (not when
 *   the question comes from another file); its findings are cached per paragraph and shifted when the
 *   paragraph moves. It must not look beyond `context.view` and the settings. Prefer it for every rule whose
 *   findings depend on one paragraph only (most typography and wording rules).
 * - `collectFacts` + `check` (document scope from per-paragraph facts: acronym first use, repetitions,
 *   coverage): `collectFacts` gathers what `check` needs from one paragraph (cached like paragraph findings,
 *   and reused as they are wherever the paragraph moves: offsets in facts must be relative to the paragraph,
 *   `relativeRange` / `absoluteRange` below), and `check` combines them through `context.facts`, on every
 *   analysis.
 * - `check` alone (document scope): runs on every analysis (metadata, structure).
 */
export interface Rule<Facts = unknown> {
  readonly meta: RuleMeta;
  check?(context: RuleContext & { readonly facts: readonly ParagraphFacts<Facts>[] }): void;
  checkParagraph?(context: ParagraphRuleContext): void;
  collectFacts?(context: Omit<ParagraphRuleContext, 'report'>): Facts;
}

/** A file range as offsets from the paragraph's start (for facts, which are reused wherever the paragraph moves). */
export function relativeRange(view: ProseView, range: OffsetRange): OffsetRange {
  const base = view.paragraph.range.start;
  return { start: range.start - base, end: range.end - base };
}

/** The file range of a paragraph-relative range of facts, for the paragraph where it is now. */
export function absoluteRange(view: ProseView, range: OffsetRange): OffsetRange {
  const base = view.paragraph.range.start;
  return { start: range.start + base, end: range.end + base };
}

export function severityFor(meta: RuleMeta, profile: Profile): Severity | 'off' {
  return typeof meta.severity === 'string' ? meta.severity : meta.severity[profile];
}

export type { Finding };
