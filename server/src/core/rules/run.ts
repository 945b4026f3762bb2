import type { Finding, Severity } from '../findings/finding';
import type { QeDocument } from '../model/types';
import type { AnalysisCache, ParagraphRuleResult, ParagraphSlot } from '../incremental/cache';
import { rules as registeredRules } from './registry';
import { severityFor, type ParagraphFacts, type ParagraphRuleContext, type Profile, type ReportInput, type Rule, type StyleSettings } from './rule';
import { defaultStyleSettings } from '../config/settings';
import { proseViews, type ProseView } from './shared/mask';
import { guardFixes, paragraphBounds, type FixBounds } from '../findings/fix-guard';

export interface RuleSettings {
  readonly profile: Profile;
  /** Per-rule severity overrides (`off` disables). */
  readonly severities: Readonly<Record<string, Severity | 'off'>>;
  /** Style settings for `context.settings` (defaults with `profile` when absent). */
  readonly style?: StyleSettings;
  /** Incremental checking: per-paragraph results are taken from and kept in this cache. */
  readonly cache?: AnalysisCache;
}

/** A finding; its fixes pass the guard (no fix that would make the text worse) within `bounds`. */
function toFinding(ruleId: string, severity: Severity, input: ReportInput, bounds: (offset: number) => FixBounds): Finding {
  const fixes = input.fixes?.length ? guardFixes(input.fixes, bounds(input.fixes[0]!.edits[0]?.range.start ?? input.range.start)) : undefined;
  return {
    rule: ruleId,
    severity: input.severity ?? severity,
    message: input.message,
    range: input.range,
    ...(input.anchor ? { anchor: input.anchor } : {}),
    ...(fixes ? { fixes } : {}),
    ...(input.related?.length ? { related: input.related } : {}),
  };
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The result of a rule that found nothing and collects no facts: one object for them all (cached per paragraph). */
const nothing: ParagraphRuleResult = Object.freeze({ findings: Object.freeze([]) as readonly Finding[] });

/** Runs one rule's paragraph entry points on one paragraph. */
function runOnParagraph(rule: Rule, view: ProseView, base: Omit<ParagraphRuleContext, 'view' | 'report'>): ParagraphRuleResult {
  const findings: Finding[] = [];
  try {
    // A paragraph's findings are cached and shifted with it: their fixes look at the paragraph alone.
    const bounds = { text: base.document.text, start: view.paragraph.range.start, end: view.paragraph.range.end };
    rule.checkParagraph?.({ ...base, view, report: (input) => findings.push(toFinding(rule.meta.id, base.severity, input, () => bounds)) });
    if (!rule.collectFacts) return findings.length > 0 ? { findings } : nothing;
    return { findings, facts: rule.collectFacts({ ...base, view }) };
  } catch (error) {
    return { findings: [], error: describeError(error) };
  }
}

/**
 * Runs every enabled rule; a rule that throws is reported once and the others go on. Paragraph entry points
 * (`checkParagraph`, `collectFacts`) run per prose paragraph, through the cache when there is one.
 */
export function runRules(document: QeDocument, settings: RuleSettings, rules: readonly Rule[] = registeredRules): Finding[] {
  const findings: Finding[] = [];
  const style = settings.style ?? { ...defaultStyleSettings, profile: settings.profile };
  const cache = settings.cache;
  const source = { format: document.format, text: document.text };
  let views: { view: ProseView; slot: ParagraphSlot | undefined }[] | undefined;
  const paragraphViews = () =>
    (views ??= proseViews(document, { question: true }).map((view) => ({
      view,
      slot: cache?.slot(cache.keyOf(view, document.format), view.paragraph.range.start),
    })));

  for (const rule of rules) {
    const severity = settings.severities[rule.meta.id] ?? severityFor(rule.meta, settings.profile);
    if (severity === 'off') continue;
    const ruleFindings: Finding[] = [];
    let failure: string | undefined;
    const facts: ParagraphFacts<unknown>[] = [];

    if (rule.checkParagraph || rule.collectFacts) {
      const base = { document: source, profile: settings.profile, severity, settings: style };
      for (const { view, slot } of paragraphViews()) {
        // No closure per rule and paragraph: this loop runs rules × paragraphs times on every keystroke.
        const result = cache?.known(slot, rule.meta.id) ?? (cache ? cache.remember(slot, rule.meta.id, runOnParagraph(rule, view, base)) : runOnParagraph(rule, view, base));
        if (result.error !== undefined) {
          failure = result.error;
          break;
        }
        for (const finding of result.findings) ruleFindings.push(finding);
        if (rule.collectFacts) facts.push({ view, facts: result.facts });
      }
    }

    if (failure === undefined && rule.check) {
      try {
        rule.check({
          document,
          profile: settings.profile,
          severity,
          settings: style,
          facts,
          report: (input) => ruleFindings.push(toFinding(rule.meta.id, severity, input, (offset) => paragraphBounds(document.text, offset))),
        });
      } catch (error) {
        failure = describeError(error);
      }
    }

    if (failure === undefined) {
      for (const finding of ruleFindings) findings.push(finding);
    } else {
      findings.push({
        rule: 'erreur-interne',
        severity: 'information',
        message: `La règle « ${rule.meta.id} » a échoué sur ce document et a été ignorée (${failure}).`,
        range: { start: 0, end: 0 },
      });
    }
  }
  return findings;
}
