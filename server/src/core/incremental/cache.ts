/**
 * The incremental checker's memory (pure): pass one `AnalysisCache` per open document through
 * `AnalyzeOptions.cache` and every analysis reuses what the previous ones computed for unchanged paragraphs.
 *
 * - The paragraphs of the model (`Paragraph`: sentences and words with file ranges) are remembered from one
 *   analysis to the next: a raw paragraph with the same text, place and structure (source map, breaks, answers,
 *   relative to its start) gets the previous analysis's object back, and with it its prose view
 *   (`rules/common/mask.ts`, which checks what the view took from the rest of the document). One that moved
 *   gets a copy, moved, of the sentences and words of the previous paragraph of the same text and structure
 *   (segmentation depends on the text alone): only a new text is segmented.
 * - Per-paragraph results of rules (`checkParagraph` findings, `collectFacts` facts, or the rule's failure)
 *   are remembered by the paragraph's *key*: section, text, source map, masks, breaks and answers, all
 *   relative to the paragraph's start. A paragraph with the same key elsewhere gets its findings back,
 *   shifted by the distance it moved, and its facts as they were (they hold paragraph-relative offsets). Settings are compared by identity: new settings empty this part.
 * - Entries unused by the last two analyses are dropped (undo / redo stays warm; memory stays bounded).
 *
 * Correctness rests on the rule contract (`rules/rule.ts`): a paragraph-scope rule sees only its paragraph's
 * view and the settings, which the key determines up to the shift.
 */
import type { Finding } from '../findings/finding';
import type { Paragraph } from '../model/types';
import type { MarkdownParseStats, MarkdownTreeState } from '../parse/incremental-markdown';
import type { RawParagraph } from '../parse/raw';
import type { ProseView } from '../rules/common/mask';
import { shiftFinding } from './shift';

/** What one rule produced on one paragraph, in file offsets of the paragraph as it was (at `base`). */
export interface ParagraphRuleResult {
  readonly findings: readonly Finding[];
  readonly facts?: unknown;
  /** Set when the rule threw on this paragraph: the message of the error. */
  readonly error?: string;
  /** Findings reported past the rule's share of the document's cap: counted, not built (`rules/run.ts`). */
  readonly dropped?: number;
}

/** A paragraph's place in the cache for one analysis (see `AnalysisCache.slot`). */
export interface ParagraphSlot {
  readonly entry: ParagraphEntry;
  /** Where the paragraph starts now. */
  readonly base: number;
}

interface ParagraphEntry {
  readonly base: number;
  readonly results: Map<string, ParagraphRuleResult>;
  used: number;
}

interface BuiltParagraph {
  readonly paragraph: Paragraph;
  /** `structureKey` of the raw paragraph it was built from. */
  readonly structure: string;
  used: number;
}

/** Counters, for tests and the benchmark. */
export interface CacheStats extends MarkdownParseStats {
  /** Paragraphs of the model copied from a previous one that moved (segmentation reused), and segmented anew. */
  segmentHits: number;
  segmentMisses: number;
  /** Paragraphs of the model taken as they were from the previous analysis. */
  paragraphHits: number;
  resultHits: number;
  resultMisses: number;
  analyses: number;
}

export class AnalysisCache {
  private generation = 0;
  private settingsIdentity: readonly unknown[] | undefined;
  private readonly paragraphs = new Map<string, ParagraphEntry>();
  /** The model's paragraphs built by the last analysis, by text (several when a text is repeated). */
  private readonly built = new Map<string, BuiltParagraph[]>();
  private readonly keys = new WeakMap<Paragraph, string>();
  private readonly viewKeys = new WeakMap<ProseView, { readonly format: string; readonly key: string }>();
  readonly stats: CacheStats = { segmentHits: 0, segmentMisses: 0, paragraphHits: 0, resultHits: 0, resultMisses: 0, analyses: 0, markdownFullParses: 0, markdownIncrementalParses: 0, markdownReparsedChars: 0 };
  /** The document's last Markdown tree, re-parsed only around the next edit (`parse/incremental-markdown.ts`). */
  markdownTree: MarkdownTreeState | undefined;

  /**
   * Starts an analysis. `settings` lists every value the rules' results depend on besides the paragraph
   * (profile, severities, style settings…), compared with the previous analysis's: plain data (arrays, plain
   * objects, maps, sets) by value, anything else (a spelling engine…) by identity.
   */
  begin(settings: readonly unknown[]): void {
    this.generation++;
    this.stats.analyses++;
    const previous = this.settingsIdentity;
    if (!previous || !sameValue(previous, settings)) this.paragraphs.clear();
    this.settingsIdentity = settings;
  }

  /** Ends an analysis: forgets what neither this analysis nor the previous one used. */
  end(): void {
    const keep = this.generation - 1;
    for (const [key, entry] of this.paragraphs) if (entry.used < keep) this.paragraphs.delete(key);
    // Paragraphs of the model: only those of this analysis (an older one's are no longer in any document).
    for (const [text, list] of this.built) {
      if (list.every((entry) => entry.used === this.generation)) continue;
      const kept = list.filter((entry) => entry.used === this.generation);
      if (kept.length > 0) this.built.set(text, kept);
      else this.built.delete(text);
    }
  }

  /**
   * The model's paragraph for `raw`: the previous analysis's when it was built from a raw paragraph with the same
   * text, start and structure (so the same ranges, sentences and words); else `build(like)`'s, `like` being a
   * previous paragraph of the same text and structure that starts elsewhere, if any.
   */
  paragraph(raw: RawParagraph, source: string, build: (like?: Paragraph) => Paragraph): Paragraph {
    const structure = structureKey(raw, source);
    const text = raw.mapped.text;
    const start = raw.range.start;
    let list = this.built.get(text);
    let like: Paragraph | undefined;
    if (list) {
      for (const entry of list) {
        if (entry.structure !== structure) continue;
        if (entry.used !== this.generation && entry.paragraph.range.start === start) {
          entry.used = this.generation;
          this.stats.paragraphHits++;
          return entry.paragraph;
        }
        like ??= entry.paragraph;
      }
    }
    if (like) this.stats.segmentHits++;
    else this.stats.segmentMisses++;
    const paragraph = build(like);
    this.keys.set(paragraph, structure);
    if (!list) this.built.set(text, (list = []));
    list.push({ paragraph, structure, used: this.generation });
    return paragraph;
  }

  /** The key of a paragraph's view in a document of this format; undefined for a paragraph this cache did not build. */
  keyOf(view: ProseView, format = ''): string | undefined {
    // A view reused with its paragraph keeps its key (a flat string: its hash is computed once).
    const known = this.viewKeys.get(view);
    if (known && known.format === format) return known.key;
    const structure = this.keys.get(view.paragraph);
    if (structure === undefined) return undefined;
    const masks = view.masks.map((mask) => `${mask.start}-${mask.end}-${mask.reason}`).join(',');
    const key = `${format}\u0001${view.section}\u0001${structure}\u0001${masks}\u0001${view.paragraph.text}`;
    this.viewKeys.set(view, { format, key });
    return key;
  }

  /**
   * The cache slot of the paragraph of `key` now at `base`: looked up once per paragraph and analysis (keys are
   * long: they hold the paragraph's text), then asked for each rule with `result`.
   */
  slot(key: string | undefined, base: number): ParagraphSlot | undefined {
    if (key === undefined) return undefined;
    let entry = this.paragraphs.get(key);
    if (!entry) {
      entry = { base, results: new Map(), used: this.generation };
      this.paragraphs.set(key, entry);
    }
    entry.used = this.generation;
    return { entry, base };
  }

  /** The result of `ruleId` on the paragraph of `slot`, computed by `compute` unless remembered. */
  result(slot: ParagraphSlot | undefined, ruleId: string, compute: () => ParagraphRuleResult): ParagraphRuleResult {
    return this.known(slot, ruleId) ?? this.remember(slot, ruleId, compute());
  }

  /** The remembered result of `ruleId` on the paragraph of `slot` (shifted to where it is now), if any. */
  known(slot: ParagraphSlot | undefined, ruleId: string): ParagraphRuleResult | undefined {
    if (!slot) return undefined;
    const { entry, base } = slot;
    const known = entry.results.get(ruleId);
    if (!known) return undefined;
    this.stats.resultHits++;
    return shiftResult(known, base - entry.base);
  }

  /** Remembers `computed`, the result of `ruleId` on the paragraph of `slot`, and returns it. */
  remember(slot: ParagraphSlot | undefined, ruleId: string, computed: ParagraphRuleResult): ParagraphRuleResult {
    if (!slot) return computed;
    this.stats.resultMisses++;
    slot.entry.results.set(ruleId, shiftResult(computed, slot.entry.base - slot.base));
    return computed;
  }

  /** Number of paragraphs and texts remembered (for tests: the cache stays bounded). */
  get size(): { readonly segments: number; readonly paragraphs: number } {
    return { segments: this.built.size, paragraphs: this.paragraphs.size };
  }
}

/**
 * What a paragraph of the model depends on besides its text, relative to its start: its end, breaks, answers
 * and source map (for decoded text, the source it came from: markup and entities are part of what edits
 * depend on).
 */
function structureKey(raw: RawParagraph, source: string): string {
  const base = raw.range.start;
  const { mapped } = raw;
  let map: string;
  if (mapped.isVerbatim) {
    map = `v${mapped.sourceRange(0, 0).start - base}`;
  } else {
    const parts: number[] = [];
    for (let i = 0; i < mapped.text.length; i++) {
      const range = mapped.sourceRange(i, i + 1);
      parts.push(range.start - base, range.end - base);
    }
    map = `m${parts.join(',')}\u0002${source.slice(raw.range.start, raw.range.end)}`;
  }
  const breaks = raw.breaks.map((range) => `${range.start - base}-${range.end - base}`).join(',');
  return `${raw.range.end - base}\u0001${breaks}\u0001${raw.answers.join(',')}\u0001${map}`;
}

/** Deep equality of plain data; identity for functions and class instances. */
function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  if (a instanceof Map) {
    return b instanceof Map && a.size === b.size && [...a].every(([key, value]) => b.has(key) && sameValue(value, b.get(key)));
  }
  if (a instanceof Set) return b instanceof Set && a.size === b.size && [...a].every((item) => b.has(item));
  const proto = Object.getPrototypeOf(a);
  if ((proto !== Object.prototype && proto !== null) || Object.getPrototypeOf(b) !== proto) return false;
  const keys = Object.keys(a);
  const other = b as Record<string, unknown>;
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(other, key) && sameValue((a as Record<string, unknown>)[key], other[key]));
}

/** The result moved by `delta`: its findings (facts hold paragraph-relative offsets and never move). */
function shiftResult(result: ParagraphRuleResult, delta: number): ParagraphRuleResult {
  if (delta === 0 || result.findings.length === 0) return result;
  return { ...result, findings: result.findings.map((finding) => shiftFinding(finding, delta)) };
}
