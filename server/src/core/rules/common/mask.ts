/**
 * Inline masks for prose rules: the parts of a paragraph that are not French prose and that no typography,
 * capitalisation or wording rule may look at (URLs, e-mail addresses, code, legal identifiers, times,
 * numbers used as identifiers, quotations of the question inside the answer).
 *
 * Structure-level masks (metadata, headings, notes, comments, link targets, inline code) are in
 * `document.masked` (source offsets); a view folds those that fall inside the paragraph in too.
 *
 * API (small on purpose):
 * - `proseViews(document, { question })` — one `ProseView` per paragraph to check (answer, plus question when
 *   asked), cached: calling it from several rules costs nothing after the first call.
 * - `ProseView.text` — the paragraph's text with every masked UTF-16 unit replaced by `MASK_CHAR` (same
 *   length, so offsets do not move). Run regular expressions on it: nothing matches inside a mask.
 * - `ProseView.isMasked(start, end)` / `masks` / `quotes` — text offsets (of `paragraph.text`).
 * - `ProseView.sourceRange(start, end)` — text offsets → file offsets (for `report` and fix edits).
 * - `matchProse(view, pattern)` — every match of a global regex on `view.text`, with source ranges,
 *   skipping matches that contain a masked unit.
 * - `sectionSeverity(context, section)` — the severity to report at: information at most in the question.
 */
import type { Severity } from '../../findings/finding';
import type { OffsetRange, Paragraph, QeDocument, SectionKind } from '../../model/types';
import type { RuleContext } from '../rule';
import { letterRegExp } from '../../text/letters';
import { quotationKey } from '../../text/fold';
import { filterOf, mayMatch } from '../../text/literal-prefilter';

/** Replaces masked units in `ProseView.text`: not a letter, digit, space or punctuation for any regex. */
export const MASK_CHAR = '\uFFFC';

export type MaskReason =
  /** A structure-level mask of `document.masked` (inline code, link, comment…). */
  | 'structure'
  | 'url'
  | 'email'
  | 'code'
  /** `n° 2019-1480`, `L. 2212-2`, `2011/36/UE`, `(UE) 2016/679`, NOR codes. */
  | 'legal'
  | 'time'
  /** Numbers used as identifiers: `page 10134`, `article 53`, phone numbers, SIRET… */
  | 'identifier'
  /** « … » in the answer whose content is copied from the question. */
  | 'question-quote';

export interface Mask extends OffsetRange {
  readonly reason: MaskReason;
}

export type ProseSection = Extract<SectionKind, 'question' | 'answer'>;

export interface ProseView {
  readonly section: ProseSection;
  readonly paragraph: Paragraph;
  /** `paragraph.text` with masked units replaced by `MASK_CHAR`. */
  readonly text: string;
  /** Masks in text offsets, sorted, non-overlapping ranges may touch. */
  readonly masks: readonly Mask[];
  /** Every « … » quotation of the paragraph (text offsets, guillemets included), question quotes or not. */
  readonly quotes: readonly OffsetRange[];
  /** True when [start, end) contains a masked unit (an empty range: when it lies strictly inside a mask). */
  isMasked(start: number, end: number): boolean;
  /** True when [start, end) lies inside a « … » quotation. */
  inQuote(start: number, end: number): boolean;
  /** File range of the text slice [start, end). */
  sourceRange(start: number, end: number): OffsetRange;
}

export interface ProseMatch {
  readonly match: RegExpExecArray;
  /** Text offsets of the whole match. */
  readonly start: number;
  readonly end: number;
  /** File range of the whole match. */
  readonly range: OffsetRange;
  /** Text offset of capture group `n` (needs the `d` flag for exactness; else its first occurrence). */
  groupStart(n: number): number | undefined;
  /** File range of capture group `n`. */
  group(n: number): OffsetRange | undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Patterns (compiled once)

interface MaskPattern {
  readonly pattern: RegExp;
  readonly reason: MaskReason;
  /** Cheap test run first: the pattern is skipped when the paragraph cannot contain a match. */
  readonly when: RegExp;
  /** Mask only the last capture group (which ends the match), not the whole match. */
  readonly lastGroup?: boolean;
}

const inlineMaskPatterns: readonly MaskPattern[] = [
  { pattern: /`[^`\n]+`/g, reason: 'code', when: /`/ },
  { pattern: /\b(?:https?|ftp):\/\/[^\s<>«»"]*[^\s<>«»".,;:!?')\]]/giu, reason: 'url', when: /:\/\// },
  { pattern: /\bwww\.[^\s<>«»"]*[^\s<>«»".,;:!?')\]]/giu, reason: 'url', when: /www\./i },
  { pattern: /\bmailto:[^\s<>«»"]+/giu, reason: 'url', when: /mailto:/i },
  { pattern: letterRegExp(String.raw`[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+`, 'gu'), reason: 'email', when: /@/ },
  // Domain names (service-public.fr, legifrance.gouv.fr, data.gouv.fr, europa.eu).
  {
    pattern: letterRegExp(String.raw`(?<![\p{L}\d.-])[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:fr|com|org|eu|net|int|info|gouv)(?![\p{L}\d])(?:\/[^\s<>«»"]*[^\s<>«»".,;:!?')\]])?`, 'giu'),
    reason: 'url',
    when: letterRegExp(String.raw`[\p{L}\d]\.(?:fr|com|org|eu|net|int|info|gouv)(?![\p{L}\d])`, 'iu'),
  },
  // n° 2019-1480, n°24191, nos 12 et 13 (the number only: `n°` itself stays visible to the n° rules).
  { pattern: /\b[nN](?:°|º|os|°s)[\s\u00A0\u202F]?(\d[\d\-/.]*(?:[A-Z]{1,3}\b)?)/g, reason: 'legal', when: /[nN](?:°|º|os\s?\d)/, lastGroup: true },
  // Code articles: L. 2212-2, R.* 123-4, L.O. 141, D. 12-1, L2333-64, A. 121-3.
  { pattern: /\b(?:L\.\s?O\.|[LRDA]\.\*?|[LRD](?=\d))[\s\u00A0\u202F]?\d+(?:-\d+)*\b/g, reason: 'legal', when: /\b[LRDA]\.?\*?[\s\u00A0\u202F]?\d|L\.\s?O\./ },
  // EU acts: 2011/36/UE, 2016/679, (UE) 2016/679, (CE) n° 1907/2006.
  { pattern: /\b\d{2,4}\/\d{1,4}\/(?:UE|CE|CEE|PESC|JAI|Euratom)\b/g, reason: 'legal', when: /\d\/\d/ },
  { pattern: /\((?:UE|CE|CEE|Euratom)\)[\s\u00A0\u202F]?(?:n°[\s\u00A0\u202F]?)?\d{1,4}\/\d{1,4}\b/g, reason: 'legal', when: /\((?:UE|CE|CEE|Euratom)\)/ },
  // NOR codes: NOR : INTX1234567A, and the code alone (four capitals, seven digits, a capital).
  { pattern: /\bNOR[\s\u00A0\u202F]*:?[\s\u00A0\u202F]*[A-Z]{4}\d{7}[A-Z]\b/g, reason: 'legal', when: /NOR/ },
  { pattern: /\b[A-Z]{4}\d{7}[A-Z]\b/g, reason: 'legal', when: /[A-Z]{4}\d{7}[A-Z]/ },
  // European case-law identifiers: ECLI:FR:CECHR:2004:245678.20040512.
  { pattern: /\bECLI:[A-Z]{2}:[A-Za-z]+:\d{4}:[\w.]+\w/g, reason: 'legal', when: /ECLI:/ },
  // SIREN and SIRET numbers written in groups: SIRET 123 456 789 00012.
  { pattern: /\bSIRE[NT][\s\u00A0\u202F]*:?[\s\u00A0\u202F]*(\d{3}(?:[\s\u00A0\u202F]?\d{3}){2}(?:[\s\u00A0\u202F]?\d{5})?)\b/g, reason: 'identifier', when: /SIRE[NT]/, lastGroup: true },
  // Times: 14:30, 9h30, 14 h 30 (a lone `9 h` is left to the rules: it is a unit).
  { pattern: /\b(?:[01]?\d|2[0-3])[\s\u00A0\u202F]?[:hH][\s\u00A0\u202F]?[0-5]\d\b/g, reason: 'time', when: /\d[\s\u00A0\u202F]?[:hH][\s\u00A0\u202F]?\d/ },
  // Numbers used as identifiers after a noun that numbers things.
  {
    pattern:
      /\b(?:[pP]ages?|[pP]\.|[aA]rticles?|[aA]rt\.|[aA]linéas?|SIRE[NT]|[cC]ode postal|[qQ]uestions? écrites?|[qQ]uestions?)[\s\u00A0\u202F]+(\d+(?:[-.]\d+)*(?:[\s\u00A0\u202F]?(?:et|à)[\s\u00A0\u202F]?\d+(?:[-.]\d+)*)*)/g,
    reason: 'identifier',
    when: /(?:ages?|p\.|rticles?|rt\.|linéas?|SIRE[NT]|postal|uestions?(?: écrites?)?)[\s\u00A0\u202F]+\d/,
    lastGroup: true,
  },
  // Phone numbers: 01 23 45 67 89, 01.23.45.67.89, 0123456789.
  { pattern: /\b0[1-9](?:[\s\u00A0\u202F.]?\d{2}){4}\b/g, reason: 'identifier', when: /\b0[1-9]/ },
];

const quotePattern = /«[^«»]*»/g;
const minQuoteLength = 12;

// ---------------------------------------------------------------------------------------------------------
// Views

/**
 * A view and what it took from its document besides its paragraph: the structure masks over the paragraph and,
 * when it looked, the question's text. The incremental cache hands the same `Paragraph` to the next analysis
 * when it is unchanged: its view is reused when these are too.
 */
interface CachedView {
  readonly view: ProseView;
  /** `document.masked` of the document it was last checked for (not the document: never a version of the file). */
  masked: QeDocument['masked'];
  /** `start, end` of every `document.masked` range over the paragraph, in order. */
  readonly structure: readonly number[];
  /** The question's text, when the view compared quotations with it. */
  readonly question: string | undefined;
}

const viewCache = new WeakMap<Paragraph, CachedView>();
const questionCache = new WeakMap<QeDocument, string>();

/**
 * Views of the paragraphs prose rules check: the answer's, plus the question's when `question` is true (for
 * rules marked [Q]: report there with `sectionSeverity`). A question read from another file is skipped (its
 * ranges are that file's).
 */
export function proseViews(document: QeDocument, options: { readonly question?: boolean } = {}): ProseView[] {
  const views: ProseView[] = [];
  if (options.question && document.question && !document.question.sourcePath) {
    for (const paragraph of document.question.paragraphs) views.push(proseView(document, paragraph, 'question'));
  }
  if (document.answer) for (const paragraph of document.answer.paragraphs) views.push(proseView(document, paragraph, 'answer'));
  return views;
}

/** The view of one paragraph (cached per paragraph object, and checked when the document is another). */
export function proseView(document: QeDocument, paragraph: Paragraph, section: ProseSection): ProseView {
  const cached = viewCache.get(paragraph);
  if (cached && stillValid(cached, document, paragraph, section)) return cached.view;
  const built = buildView(document, paragraph, section);
  viewCache.set(paragraph, built);
  return built.view;
}

/** True when a view built for another document is the one `buildView` would build for this one. */
function stillValid(cached: CachedView, document: QeDocument, paragraph: Paragraph, section: ProseSection): boolean {
  if (cached.view.section !== section) return false;
  if (cached.masked !== document.masked) {
    const { structure } = cached;
    let index = 0;
    for (const mask of document.masked) {
      if (mask.end <= paragraph.range.start || mask.start >= paragraph.range.end) continue;
      if (structure[index] !== mask.start || structure[index + 1] !== mask.end) return false;
      index += 2;
    }
    if (index !== structure.length) return false;
    cached.masked = document.masked;
  }
  return cached.question === undefined || cached.question === questionText(document);
}

/** Severity for a finding in `section`: information at most in the (published, read-only) question. */
export function sectionSeverity(context: Pick<RuleContext, 'severity'>, section: ProseSection): Severity {
  if (section === 'question' && (context.severity === 'error' || context.severity === 'warning')) return 'information';
  return context.severity;
}

/**
 * Every match of a global regex on the view's masked text, skipping matches that contain a masked unit.
 * `needs`, when given, is a text or a (non-global) pattern that every match contains: a cheap test that spares
 * running a costly pattern (a lookbehind tried at every position) on the many paragraphs it cannot match.
 */
export function matchProse(view: ProseView, pattern: RegExp, needs?: string | RegExp): ProseMatch[] {
  const results: ProseMatch[] = [];
  forEachProseMatch(view, pattern, (match, start, end) => results.push(new FoundInProse(view, match, start, end)), needs);
  return results;
}

/**
 * The matches of {@link matchProse}, visited in order and kept by no one: a rule that keeps a number or two per
 * match (500,000 apostrophes in one paragraph) builds no object for each.
 */
export function forEachProseMatch(view: ProseView, pattern: RegExp, visit: (match: RegExpExecArray, start: number, end: number) => void, needs?: string | RegExp): void {
  if (!pattern.global) throw new Error(`matchProse wants a global pattern: ${pattern}`);
  if (needs !== undefined && !(typeof needs === 'string' ? view.text.includes(needs) : needs.test(view.text))) return;
  const { text } = view;
  if (skipByLiterals(pattern, view)) return;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (end === start) {
      pattern.lastIndex++;
      continue;
    }
    if (view.masks.length > 0 && match[0].includes(MASK_CHAR)) continue;
    visit(match, start, end);
  }
}

/**
 * One match of {@link matchProse}: methods on the prototype and the file range computed when asked, because
 * a pathological paragraph gives a million matches that a rule mostly filters out (closures and ranges built
 * for each cost seconds of garbage collection).
 */
class FoundInProse implements ProseMatch {
  private fileRange: OffsetRange | undefined;

  constructor(
    private readonly view: ProseView,
    readonly match: RegExpExecArray,
    readonly start: number,
    readonly end: number,
  ) {}

  get range(): OffsetRange {
    return (this.fileRange ??= this.view.sourceRange(this.start, this.end));
  }

  groupStart(n: number): number | undefined {
    const value = this.match[n];
    if (value === undefined) return undefined;
    const indices = (this.match as RegExpExecArray & { indices?: ([number, number] | undefined)[] }).indices?.[n];
    return indices ? indices[0] : this.start + this.match[0].indexOf(value);
  }

  group(n: number): OffsetRange | undefined {
    const from = this.groupStart(n);
    return from === undefined ? undefined : this.view.sourceRange(from, from + this.match[n]!.length);
  }
}

/** Paragraphs on which a pattern's literals are still looked for before it runs (see `skipByLiterals`). */
const literalChecks = new WeakMap<RegExp, number>();
const lowerCache = new WeakMap<ProseView, string>();

/**
 * True when none of the pattern's literals is in the view's text, so that it cannot match there and need not
 * even be compiled (most rules, most paragraphs). Only until the pattern runs once (compiled: nothing more to
 * spare) or after 64 paragraphs (on a long text, searching a few literals in every paragraph costs more than the
 * failing regex it spares), and only with a few literals.
 */
function skipByLiterals(pattern: RegExp, view: ProseView): boolean {
  let left = literalChecks.get(pattern);
  if (left === undefined) {
    const filter = filterOf(pattern);
    left = filter === undefined || filter.literals.length > 16 ? 0 : 64;
    literalChecks.set(pattern, left);
  }
  if (left === 0) return false;
  const skip = !mayMatch(pattern, view.text, () => lowerText(view));
  literalChecks.set(pattern, skip ? left - 1 : 0);
  return skip;
}

/** The view's text lower-cased (for case-insensitive literal filters), once per view. */
function lowerText(view: ProseView): string {
  let lower = lowerCache.get(view);
  if (lower === undefined) {
    lower = view.text.toLowerCase();
    lowerCache.set(view, lower);
  }
  return lower;
}

function questionText(document: QeDocument): string {
  let text = questionCache.get(document);
  if (text === undefined) {
    text = document.question ? quotationKey(document.question.paragraphs.map((p) => p.text).join(' ')) : '';
    questionCache.set(document, text);
  }
  return text;
}

function buildView(document: QeDocument, paragraph: Paragraph, section: ProseSection): CachedView {
  const source = paragraph.text;
  const masks: Mask[] = [];
  const structure: number[] = [];
  let question: string | undefined;

  // Structure masks that fall inside the paragraph (inline code, link text is prose and stays).
  for (const mask of document.masked) {
    if (mask.end <= paragraph.range.start || mask.start >= paragraph.range.end) continue;
    structure.push(mask.start, mask.end);
    let runStart = -1;
    for (let i = 0; i <= source.length; i++) {
      const inside =
        i < source.length &&
        (() => {
          const range = paragraph.sourceRange(i, i + 1);
          return range.start < mask.end && mask.start < range.end;
        })();
      if (inside && runStart < 0) runStart = i;
      if (!inside && runStart >= 0) {
        masks.push({ start: runStart, end: i, reason: 'structure' });
        runStart = -1;
      }
    }
  }

  for (const { pattern, reason, when, lastGroup } of inlineMaskPatterns) {
    if (!when.test(source)) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
      if (match[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const end = match.index + match[0].length;
      const start = lastGroup && match[1] !== undefined ? end - match[1].length : match.index;
      masks.push({ start, end, reason });
    }
  }

  const quotes: OffsetRange[] = [];
  quotePattern.lastIndex = source.includes('«') ? 0 : source.length;
  for (let match = quotePattern.exec(source); match; match = quotePattern.exec(source)) {
    const range = { start: match.index, end: match.index + match[0].length };
    quotes.push(range);
    if (section !== 'answer') continue;
    const inner = quotationKey(match[0].slice(1, -1));
    if (inner.length < minQuoteLength) continue;
    question = questionText(document);
    if (question.includes(inner)) masks.push({ ...range, reason: 'question-quote' });
  }

  masks.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged = dropContained(masks);

  let text = source;
  if (merged.length > 0) {
    let built = '';
    let cursor = 0;
    for (const mask of merged) {
      if (mask.start > cursor) built += source.slice(cursor, mask.start);
      const from = Math.max(cursor, mask.start);
      if (mask.end > from) built += MASK_CHAR.repeat(mask.end - from);
      cursor = Math.max(cursor, mask.end);
    }
    text = built + source.slice(cursor);
  }

  const view: ProseView = {
    section,
    paragraph,
    text,
    masks: merged,
    quotes,
    isMasked(start: number, end: number) {
      for (const mask of merged) {
        if (start === end ? mask.start >= start : mask.start >= end) break;
        if (start < mask.end) return true;
      }
      return false;
    },
    inQuote(start: number, end: number) {
      return quotes.some((quote) => quote.start <= start && end <= quote.end);
    },
    sourceRange: (start: number, end: number) => paragraph.sourceRange(start, end),
  };
  return { view, masked: document.masked, structure, question };
}

/** Sorted masks without those wholly inside an earlier one (overlapping ones are kept: both mask). */
function dropContained(masks: readonly Mask[]): Mask[] {
  const result: Mask[] = [];
  let reach = -1;
  for (const mask of masks) {
    if (mask.end <= reach) continue;
    result.push(mask);
    reach = Math.max(reach, mask.end);
  }
  return result;
}
