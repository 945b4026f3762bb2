import type { Finding, Fix, RelatedLocation, Severity } from '../findings/finding';
import type { QeDocument, OffsetRange } from '../model/types';

export type Profile = 'jo' | 'imprimerie-nationale';

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
  report(input: ReportInput): void;
}

export interface Rule {
  readonly meta: RuleMeta;
  check(context: RuleContext): void;
}

export function severityFor(meta: RuleMeta, profile: Profile): Severity | 'off' {
  return typeof meta.severity === 'string' ? meta.severity : meta.severity[profile];
}

export type { Finding };
