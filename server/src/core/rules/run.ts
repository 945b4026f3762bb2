import type { Finding, Severity } from '../findings/finding';
import type { QeDocument } from '../model/types';
import { rules as registeredRules } from './registry';
import { severityFor, type Profile, type Rule } from './rule';

export interface RuleSettings {
  readonly profile: Profile;
  /** Per-rule severity overrides (`off` disables). */
  readonly severities: Readonly<Record<string, Severity | 'off'>>;
}

/** Runs every enabled rule; a rule that throws is reported once and the others go on. */
export function runRules(document: QeDocument, settings: RuleSettings, rules: readonly Rule[] = registeredRules): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const severity = settings.severities[rule.meta.id] ?? severityFor(rule.meta, settings.profile);
    if (severity === 'off') continue;
    try {
      rule.check({
        document,
        profile: settings.profile,
        severity,
        report: (input) =>
          findings.push({
            rule: rule.meta.id,
            severity: input.severity ?? severity,
            message: input.message,
            range: input.range,
            ...(input.fixes?.length ? { fixes: input.fixes } : {}),
            ...(input.related?.length ? { related: input.related } : {}),
          }),
      });
    } catch (error) {
      findings.push({
        rule: 'erreur-interne',
        severity: 'information',
        message: `La règle « ${rule.meta.id} » a échoué sur ce document et a été ignorée (${error instanceof Error ? error.message : String(error)}).`,
        range: { start: 0, end: 0 },
      });
    }
  }
  return findings;
}
