import type { Finding, Severity } from '../findings/finding';
import type { OffsetRange, QeDocument } from '../model/types';
import type { AnalysisCache, ParagraphRuleResult, ParagraphSlot } from '../incremental/cache';
import { rules as registeredRules } from './registry';
import { severityFor, type ParagraphFacts, type ParagraphRuleContext, type Profile, type ReportInput, type Rule, type StyleSettings } from './rule';
import { defaultStyleSettings } from '../config/settings';
import { proseViews, type ProseView } from './common/mask';
import { guardFixes, paragraphBoundsOf, type FixBounds } from '../findings/fix-guard';
import { throwIfCancelled, type IsCancelled } from '../cancel';

export interface RuleSettings {
  readonly profile: Profile;
  /** Per-rule severity overrides (`off` disables). */
  readonly severities: Readonly<Record<string, Severity | 'off'>>;
  /** Style settings for `context.settings` (defaults with `profile` when absent). */
  readonly style?: StyleSettings;
  /** Incremental checking: per-paragraph results are taken from and kept in this cache. */
  readonly cache?: AnalysisCache;
  /**
   * The document's cap on findings (`AnalyzeOptions.maxFindings`): each rule keeps at most one more than this
   * per paragraph (and per document for its document-scope entry point) and only counts the others. Without
   * it, every finding is kept.
   */
  readonly maxFindings?: number;
  /**
   * Cooperative cancellation (`cancel.ts`): asked before each rule and each paragraph, never inside a rule's
   * call (a rule that throws is isolated; a cancellation ends the run with `AnalysisCancelled`).
   */
  readonly isCancelled?: IsCancelled;
}

/** The rule runner's result: the findings kept, and how many more were reported but not built. */
export interface RuleRun {
  readonly findings: Finding[];
  /** Findings reported past a rule's share of the cap ({@link RuleSettings.maxFindings}): counted, not built. */
  readonly dropped: number;
}

const rank: Readonly<Record<Severity, number>> = { error: 0, warning: 1, information: 2, hint: 3 };

interface Ranked {
  readonly finding: Finding;
  readonly rank: number;
  readonly seq: number;
}

/** The cap's order within one rule's findings: severity first, then position, then the order of report. */
function sortsBefore(a: { rank: number; start: number; end: number; seq: number }, b: Ranked): boolean {
  return (a.rank - b.rank || a.start - b.finding.range.start || a.end - b.finding.range.end || a.seq - b.seq) < 0;
}

const byRank = (a: Ranked, b: Ranked): number =>
  a.rank - b.rank || a.finding.range.start - b.finding.range.start || a.finding.range.end - b.finding.range.end || a.seq - b.seq;

/**
 * The findings one rule reports on one paragraph (or on the document, for `check`), of which at most `limit`
 * are built: those first in the order the document's cap uses (severity, then position; see
 * `capFindings` in `core/index.ts`). The others are only counted: `limit` findings of the same rule come
 * before each of them, so past the document's cap none of them could be shown. A rule that reports a
 * million findings on a pathological paragraph then costs no fix guard and no retained object for them.
 */
class CappedFindings {
  private ranked: Ranked[] = [];
  /** The last finding kept once the list was cut: a report that sorts after it is only counted. */
  private worst: Ranked | undefined;
  private seq = 0;
  dropped = 0;

  constructor(private readonly limit: number) {}

  add(ruleId: string, severity: Severity, input: ReportInput, bounds: (offset: number) => FixBounds): void {
    const key = { rank: rank[input.severity ?? severity], start: input.range.start, end: input.range.end, seq: this.seq++ };
    if (this.worst && !sortsBefore(key, this.worst)) {
      this.dropped++;
      return;
    }
    this.ranked.push({ finding: toFinding(ruleId, severity, input, bounds), rank: key.rank, seq: key.seq });
    // Cut at twice the limit: sorting stays amortised O(log limit) per report.
    if (this.ranked.length >= 2 * this.limit) this.cut();
  }

  /** True (and counted as reported) when a report of this severity and range would only be counted. */
  beyond(severity: Severity, range: OffsetRange): boolean {
    if (!this.worst || sortsBefore({ rank: rank[severity], start: range.start, end: range.end, seq: this.seq }, this.worst)) return false;
    this.seq++;
    this.dropped++;
    return true;
  }

  /** The findings kept, in the order they were reported (as without a cap). */
  findings(): Finding[] {
    if (this.ranked.length > this.limit) this.cut();
    if (!this.worst) return this.ranked.map((entry) => entry.finding);
    return this.ranked.sort((a, b) => a.seq - b.seq).map((entry) => entry.finding);
  }

  private cut(): void {
    this.ranked.sort(byRank);
    this.dropped += this.ranked.length - this.limit;
    this.ranked.length = this.limit;
    this.worst = this.ranked[this.limit - 1];
  }
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

type MutableContext = { -readonly [K in keyof ParagraphRuleContext]: ParagraphRuleContext[K] };

/**
 * One paragraph's context, built once and lent to every rule in turn (its `severity` and the rule it reports
 * for are set before each): on a file of thousands of short paragraphs, a context, three closures and a capped
 * list per rule and paragraph cost more than the rules (5,000 list items × 50 rules: 0.4 s of 0.9 s). The
 * capped list is made at the first report only. A rule sees the context during its call only.
 */
class ParagraphRun {
  private id = '';
  private severity: Severity = 'hint';
  capped: CappedFindings | undefined;
  readonly context: MutableContext;

  constructor(
    readonly view: ProseView,
    base: Omit<ParagraphRuleContext, 'view' | 'report' | 'severity'>,
    limit: number,
  ) {
    const { document } = base;
    // A paragraph's findings are cached and shifted with it: their fixes look at the paragraph alone.
    const bounds = (): FixBounds => ({ text: document.text, start: view.paragraph.range.start, end: view.paragraph.range.end });
    this.context = {
      document,
      profile: base.profile,
      severity: this.severity,
      settings: base.settings,
      view,
      report: (input) => (this.capped ??= new CappedFindings(limit)).add(this.id, this.severity, input, bounds),
      // Nothing kept yet: nothing is beyond the cap (a fresh list answers false and counts nothing).
      beyondCap: (range, wanted) => this.capped !== undefined && this.capped.beyond(wanted ?? this.severity, range),
    };
  }

  /** Lends the context to `id` at `severity`, with an empty list of findings (or the rule's list for the document). */
  begin(id: string, severity: Severity, shared: CappedFindings | undefined): MutableContext {
    this.id = id;
    this.severity = severity;
    this.context.severity = severity;
    this.capped = shared;
    return this.context;
  }
}

/**
 * Runs one rule's paragraph entry points on one paragraph. With `shared` (no cache: nothing is kept per
 * paragraph), the rule's findings go to its list for the whole document, capped there: on 6,000 paragraphs of 30
 * findings each, the cap per paragraph built all 180,000 of them (and their fixes) for at most 5,000 shown.
 */
function runOnParagraph(rule: Rule, run: ParagraphRun, severity: Severity, shared?: CappedFindings): ParagraphRuleResult {
  try {
    let findings: Finding[] = [];
    let dropped = 0;
    if (rule.checkParagraph) {
      rule.checkParagraph(run.begin(rule.meta.id, severity, shared));
      const capped = run.capped;
      run.capped = undefined;
      if (capped && !shared) {
        findings = capped.findings();
        dropped = capped.dropped;
      }
    }
    if (!rule.collectFacts) return findings.length > 0 ? (dropped > 0 ? { findings, dropped } : { findings }) : nothing;
    // The contexts as literals, not spreads: this runs rules × paragraphs times.
    const { document, profile, settings } = run.context;
    const facts = rule.collectFacts({ document, profile, severity, settings, view: run.view });
    return dropped > 0 ? { findings, facts, dropped } : { findings, facts };
  } catch (error) {
    run.capped = undefined;
    return { findings: [], error: describeError(error) };
  }
}

/**
 * Runs every enabled rule; a rule that throws is reported once and the others go on. Paragraph entry points
 * (`checkParagraph`, `collectFacts`) run per prose paragraph, through the cache when there is one.
 */
export function runRules(document: QeDocument, settings: RuleSettings, rules: readonly Rule[] = registeredRules): Finding[] {
  return runRulesCounted(document, settings, rules).findings;
}

/** {@link runRules}, with the number of findings reported past each rule's share of the cap. */
export function runRulesCounted(document: QeDocument, settings: RuleSettings, rules: readonly Rule[] = registeredRules): RuleRun {
  const findings: Finding[] = [];
  // One more than the cap: the first finding the document's cap leaves out is built too (its notice goes there).
  const limit = settings.maxFindings === undefined ? Infinity : Math.max(1, settings.maxFindings + 1);
  let dropped = 0;
  const style = settings.style ?? { ...defaultStyleSettings, profile: settings.profile };
  const cache = settings.cache;
  const source = { format: document.format, text: document.text };
  let views: { view: ProseView; slot: ParagraphSlot | undefined; run: ParagraphRun | undefined }[] | undefined;
  const paragraphViews = () =>
    (views ??= proseViews(document, { question: true }).map((view) => ({
      view,
      slot: cache?.slot(cache.keyOf(view, document.format), view.paragraph.range.start),
      run: undefined,
    })));
  const base = { document: source, profile: settings.profile, settings: style };
  const isCancelled = settings.isCancelled;

  for (const rule of rules) {
    const severity = settings.severities[rule.meta.id] ?? severityFor(rule.meta, settings.profile);
    if (severity === 'off') continue;
    throwIfCancelled(isCancelled);
    const ruleFindings: Finding[] = [];
    let ruleDropped = 0;
    let failure: string | undefined;
    const facts: ParagraphFacts<unknown>[] = [];

    // Without a cache, one capped list per rule for the whole document (see `runOnParagraph`).
    const shared = !cache && rule.checkParagraph && limit !== Infinity ? new CappedFindings(limit) : undefined;
    if (rule.checkParagraph || rule.collectFacts) {
      for (const entry of paragraphViews()) {
        const { view, slot } = entry;
        // Outside the rule's isolation (`runOnParagraph` turns a rule's error into a finding).
        throwIfCancelled(isCancelled);
        // No closure per rule and paragraph: this loop runs rules × paragraphs times on every keystroke.
        let result = cache?.known(slot, rule.meta.id);
        if (!result) {
          result = runOnParagraph(rule, (entry.run ??= new ParagraphRun(view, base, limit)), severity, shared);
          if (cache) result = cache.remember(slot, rule.meta.id, result);
        }
        if (result.error !== undefined) {
          failure = result.error;
          break;
        }
        for (const finding of result.findings) ruleFindings.push(finding);
        ruleDropped += result.dropped ?? 0;
        if (rule.collectFacts) facts.push({ view, facts: result.facts });
      }
    }

    if (failure === undefined && shared) {
      for (const finding of shared.findings()) ruleFindings.push(finding);
      ruleDropped += shared.dropped;
    }

    if (failure === undefined && rule.check) {
      throwIfCancelled(isCancelled);
      try {
        const capped = new CappedFindings(limit);
        const bounds = paragraphBoundsOf(document.text);
        rule.check({
          document,
          profile: settings.profile,
          severity,
          settings: style,
          facts,
          report: (input) => capped.add(rule.meta.id, severity, input, bounds),
          beyondCap: (range, wanted) => capped.beyond(wanted ?? severity, range),
        });
        for (const finding of capped.findings()) ruleFindings.push(finding);
        ruleDropped += capped.dropped;
      } catch (error) {
        failure = describeError(error);
      }
    }

    if (failure === undefined) {
      for (const finding of ruleFindings) findings.push(finding);
      dropped += ruleDropped;
    } else {
      findings.push({
        rule: 'erreur-interne',
        severity: 'information',
        message: `La règle « ${rule.meta.id} » a échoué sur ce document et a été ignorée (${failure}).`,
        range: { start: 0, end: 0 },
      });
    }
  }
  return { findings, dropped };
}
