/**
 * The incremental checker's memory (pure): pass one `AnalysisCache` per open document through
 * `AnalyzeOptions.cache` and every analysis reuses what the previous ones computed for unchanged paragraphs.
 *
 * - Segmentation (sentences, words) is remembered by paragraph text: it depends on nothing else.
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
import type { ProseSentence } from '../prose/parse-french';
import { segmentSentences } from '../prose/parse-french';
import type { ProseView } from '../rules/shared/mask';
import { shiftFinding } from './shift';

/** What one rule produced on one paragraph, in file offsets of the paragraph as it was (at `base`). */
export interface ParagraphRuleResult {
  readonly findings: readonly Finding[];
  readonly facts?: unknown;
  /** Set when the rule threw on this paragraph: the message of the error. */
  readonly error?: string;
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

interface SegmentEntry {
  readonly sentences: readonly ProseSentence[];
  used: number;
}

/** Counters, for tests and the benchmark. */
export interface CacheStats extends MarkdownParseStats {
  segmentHits: number;
  segmentMisses: number;
  resultHits: number;
  resultMisses: number;
  analyses: number;
}

export class AnalysisCache {
  private generation = 0;
  private settingsIdentity: readonly unknown[] | undefined;
  private readonly segments = new Map<string, SegmentEntry>();
  private readonly paragraphs = new Map<string, ParagraphEntry>();
  private readonly keys = new WeakMap<Paragraph, string>();
  readonly stats: CacheStats = { segmentHits: 0, segmentMisses: 0, resultHits: 0, resultMisses: 0, analyses: 0, markdownFullParses: 0, markdownIncrementalParses: 0, markdownReparsedChars: 0 };
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
    for (const [key, entry] of this.segments) if (entry.used < keep) this.segments.delete(key);
    for (const [key, entry] of this.paragraphs) if (entry.used < keep) this.paragraphs.delete(key);
  }

  /** Sentences and words of a paragraph's text (offsets into the text). */
  segment(text: string): readonly ProseSentence[] {
    const entry = this.segments.get(text);
    if (entry) {
      entry.used = this.generation;
      this.stats.segmentHits++;
      return entry.sentences;
    }
    this.stats.segmentMisses++;
    const sentences = segmentSentences(text);
    this.segments.set(text, { sentences, used: this.generation });
    return sentences;
  }

  /** Records what the key of a built paragraph needs from its raw form (the source map). */
  noteParagraph(paragraph: Paragraph, raw: RawParagraph, source: string): void {
    const base = paragraph.range.start;
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
      // Decoded text: the source it came from (markup, entities) is part of what edits depend on.
      map = `m${parts.join(',')}\u0002${source.slice(paragraph.range.start, paragraph.range.end)}`;
    }
    const breaks = paragraph.breaks.map((range) => `${range.start - base}-${range.end - base}`).join(',');
    this.keys.set(paragraph, `${paragraph.range.end - base}\u0001${breaks}\u0001${paragraph.answers.join(',')}\u0001${map}`);
  }

  /** The key of a paragraph's view in a document of this format; undefined for a paragraph this cache did not build. */
  keyOf(view: ProseView, format = ''): string | undefined {
    const structure = this.keys.get(view.paragraph);
    if (structure === undefined) return undefined;
    const masks = view.masks.map((mask) => `${mask.start}-${mask.end}-${mask.reason}`).join(',');
    return `${format}\u0001${view.section}\u0001${structure}\u0001${masks}\u0001${view.paragraph.text}`;
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
    if (!slot) return compute();
    const { entry, base } = slot;
    const known = entry.results.get(ruleId);
    if (known) {
      this.stats.resultHits++;
      return shiftResult(known, base - entry.base);
    }
    this.stats.resultMisses++;
    const computed = compute();
    entry.results.set(ruleId, shiftResult(computed, entry.base - base));
    return computed;
  }

  /** Number of paragraphs and texts remembered (for tests: the cache stays bounded). */
  get size(): { readonly segments: number; readonly paragraphs: number } {
    return { segments: this.segments.size, paragraphs: this.paragraphs.size };
  }
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
