/**
 * J1 `accord-delegue`: agreement and conjugation errors found by Grammalecte, the user's own installed French
 * grammar checker (run by `node/grammar/`, never bundled). Pure part: which paragraphs are sent, the options the
 * engine runs with, its errors turned into findings (masks, quotations, suppressions, severities, fixes), and a
 * cache keyed by paragraph text so that a keystroke re-checks one paragraph.
 */
import { compareFindings, type Finding, type Severity } from '../findings/finding';
import type { QeDocument } from '../model/types';
import { proseViews, type ProseView } from '../rules/common/mask';
import { replaceText, visible } from '../rules/common/style';
import { readSuppressions } from '../rules/suppressions';

export const grammarRuleId = 'accord-delegue';

/** One error of Grammalecte's paragraph API, as the driver sends it (UTF-16 offsets in the paragraph's text). */
export interface GrammarError {
  readonly start: number;
  readonly end: number;
  /** Grammalecte's rule type, which is the name of the option that enables it (`gn`, `conj`, `apos`…). */
  readonly type: string;
  /** Grammalecte's own rule id (for the curious: shown in no message). */
  readonly rule: string;
  /** French message of Grammalecte. */
  readonly message: string;
  readonly suggestions: readonly string[];
}

/** A paragraph whose check failed (crash, time-out, engine error): no findings for it, nothing else lost. */
export interface GrammarFailure {
  readonly failure: string;
}

export type GrammarAnswer = readonly GrammarError[] | GrammarFailure;

export function isGrammarFailure(answer: GrammarAnswer): answer is GrammarFailure {
  return !Array.isArray(answer);
}

/**
 * Grammalecte's types (options) we keep, with their default severity: agreement and conjugation are errors;
 * infinitive/participle confusions, homophones and verb moods, where the engine is less sure, are warnings.
 * Every other option is turned off: typography, spaces, apostrophes, capitals, ordinals, numbers, hyphens,
 * style and locutions are the house-style rules' (groups A–H), which follow the JO profile; a second, different
 * opinion on them would only be noise.
 */
const grammarTypes: Readonly<Record<string, Severity>> = {
  gn: 'error',
  conj: 'error',
  ppas: 'error',
  infi: 'warning',
  vmode: 'warning',
  conf: 'warning',
};

/** Options for the engine: the kept types on, every other option it knows off (markup flags included: we send plain text). */
export function grammalecteOptions(known: readonly string[]): Record<string, boolean> {
  const options: Record<string, boolean> = {};
  for (const name of known) options[name] = Object.hasOwn(grammarTypes, name);
  for (const name of Object.keys(grammarTypes)) options[name] = true;
  return options;
}

/** A paragraph that is sent: its view (masks, quotations, source map) and the text the engine reads. */
export interface GrammarParagraph {
  readonly view: ProseView;
  readonly text: string;
}

/**
 * Characters of answer sent per document, at most: some 7,500 words, well beyond any real answer (a few hundred
 * to 3,000 words), and about 3 s of Grammalecte. A 10 MB file is not a reason to keep the engine busy for minutes.
 */
export const grammarCharacterLimit = 50_000;

/**
 * The answer's paragraphs to send: not the question (published, read-only), not notes or metadata, not a
 * Markdown block quotation (a quoted legal text), not a paragraph without a word of prose outside its masks
 * and quotations. Each is sent as its plain text; findings on masked or quoted parts are dropped afterwards.
 */
export function grammarParagraphs(document: QeDocument, limit = grammarCharacterLimit): GrammarParagraph[] & { skipped?: number } {
  const result: GrammarParagraph[] & { skipped?: number } = [];
  let characters = 0;
  for (const view of proseViews(document)) {
    if (view.section !== 'answer' || inBlockQuote(document, view) || !hasProse(view)) continue;
    characters += view.paragraph.text.length;
    if (characters > limit) result.skipped = (result.skipped ?? 0) + 1;
    else result.push({ view, text: view.paragraph.text });
  }
  return result;
}

function inBlockQuote(document: QeDocument, view: ProseView): boolean {
  if (document.format !== 'dossier') return false;
  const start = view.paragraph.range.start;
  const lineStart = document.text.lastIndexOf('\n', start - 1) + 1;
  return /^[ \t]{0,3}>/.test(document.text.slice(lineStart, start + 1));
}

/** True when two letters in a row stand outside the masks and quotations (else nothing could be reported). */
function hasProse(view: ProseView): boolean {
  const text = view.text;
  for (const match of text.matchAll(/\p{L}{2,}/gu)) {
    if (!view.inQuote(match.index, match.index + match[0].length)) return true;
  }
  return false;
}

/** What decides the severity: the `accord-delegue` setting (`qe.rules`, style pack), when set. */
export interface GrammarSettings {
  readonly severities?: Readonly<Record<string, Severity | 'off'>>;
}

export function grammarEnabled(settings: GrammarSettings): boolean {
  return settings.severities?.[grammarRuleId] !== 'off';
}

/**
 * The findings of one paragraph's errors: kept types only, none on a mask (code, link, identifier, legal
 * reference, question quotation) or in a « … » quotation, ranges mapped to the file, suggestions as fixes
 * built by the same checked edit helper as the house-style rules (an edit the file's encoding cannot take is
 * not offered). The suggestions are quick fixes only: grammar findings never enter fix-all or `--fix`.
 */
function paragraphFindings(document: Pick<QeDocument, 'format' | 'text'>, paragraph: GrammarParagraph, errors: readonly GrammarError[], settings: GrammarSettings = {}): Finding[] {
  const { view } = paragraph;
  const configured = settings.severities?.[grammarRuleId];
  if (configured === 'off') return [];
  const findings: Finding[] = [];
  const length = paragraph.text.length;
  for (const error of errors) {
    const severity = grammarTypes[error.type];
    if (!severity || !Number.isInteger(error.start) || !Number.isInteger(error.end)) continue;
    if (error.start < 0 || error.end > length || error.start >= error.end) continue;
    if (view.isMasked(error.start, error.end) || view.quotes.some((quote) => quote.start < error.end && error.start < quote.end)) continue;
    // An agreement with an identifier (« L. 2122-15 précité » read as fifteen) is not to be trusted.
    if (afterMask(view, error.start)) continue;
    const found = paragraph.text.slice(error.start, error.end);
    // « A l'échelle » → « À » is accent-capitales' (B): not reported twice.
    if (error.suggestions.length > 0 && error.suggestions.every((suggestion) => onlyCapitalAccent(found, suggestion))) continue;
    const fixes = error.suggestions
      .filter((suggestion) => typeof suggestion === 'string' && suggestion !== found)
      // A JSON or HTML source would read these differently (textEdit checks them only where the text is encoded).
      .filter((suggestion) => document.format === 'dossier' || !/["\\<>&]/.test(suggestion))
      .slice(0, 5)
      .map((suggestion) => replaceText(document, view, error.start, error.end, suggestion, `Remplacer par « ${visible(suggestion)} » (Grammalecte)`))
      .filter((fix) => fix !== undefined);
    findings.push({
      rule: grammarRuleId,
      // No form to suggest is the mark of a misread phrase (a title, a name: « Stratégie décennale soins
      // palliatifs ») more than of a fault: a warning, not an error.
      severity: configured ?? (fixes.length === 0 && severity === 'error' ? 'warning' : severity),
      message: `${cleanMessage(error.message)} (Grammalecte)`,
      range: view.sourceRange(error.start, error.end),
      ...(fixes.length > 0 ? { fixes } : {}),
    });
  }
  return findings;
}

/** True when the word before `start` (spaces skipped) ends in a mask. */
function afterMask(view: ProseView, start: number): boolean {
  let index = start - 1;
  while (index >= 0 && /\s/.test(view.text[index]!)) index--;
  return index >= 0 && view.isMasked(index, index + 1);
}

/** True when `suggestion` is `found` with accents added to capital letters only (`A` → `À`, `Etat` → `État`). */
function onlyCapitalAccent(found: string, suggestion: string): boolean {
  if (found.length !== suggestion.length || found === suggestion) return false;
  for (let index = 0; index < found.length; index++) {
    const a = found[index]!;
    const b = suggestion[index]!;
    if (a === b) continue;
    if (a !== a.toUpperCase() || b.normalize('NFD').charAt(0) !== a) return false;
  }
  return true;
}

/** Grammalecte's message on one line, its typographic quotes kept. */
function cleanMessage(message: string): string {
  const text = String(message).replace(/\s+/g, ' ').trim();
  return text === '' ? 'Faute d’accord ou de conjugaison probable.' : text;
}

/** The paragraphs' results so far: findings of the paragraphs answered, texts still to send, failures. */
export interface GrammarState {
  readonly findings: readonly Finding[];
  /** Texts of paragraphs not checked yet, in document order, without repeats. */
  readonly missing: readonly string[];
  /** Paragraphs whose check failed (their findings are missing). */
  readonly failed: number;
  /** Paragraphs not sent: beyond `grammarCharacterLimit`. */
  readonly skipped: number;
}

/** Grammar findings of a document from the answers known so far (`answerOf`), suppressions applied, sorted. */
export function grammarState(document: QeDocument, answerOf: (text: string) => GrammarAnswer | undefined, settings: GrammarSettings = {}): GrammarState {
  if (!grammarEnabled(settings)) return { findings: [], missing: [], failed: 0, skipped: 0 };
  const findings: Finding[] = [];
  const missing = new Set<string>();
  let failed = 0;
  const paragraphs = grammarParagraphs(document);
  for (const paragraph of paragraphs) {
    const answer = answerOf(paragraph.text);
    if (answer === undefined) missing.add(paragraph.text);
    else if (isGrammarFailure(answer)) failed++;
    // A loop, not a spread: a long paragraph's findings would overflow the call stack as arguments.
    else if (answer.length > 0) for (const finding of paragraphFindings(document, paragraph, answer, settings)) findings.push(finding);
  }
  return { findings: withoutSuppressed(document, findings).sort(compareFindings), missing: [...missing], failed, skipped: paragraphs.skipped ?? 0 };
}

/** The dossier's `desactiver…` directives naming `accord-delegue` apply as to every other rule. */
function withoutSuppressed(document: QeDocument, findings: Finding[]): Finding[] {
  if (findings.length === 0 || document.directives.length === 0) return findings;
  const targets = readSuppressions(document)
    .filter((suppression) => suppression.rules.some((rule) => rule.id === grammarRuleId))
    .map((suppression) => suppression.target)
    .filter((target) => target !== undefined);
  if (targets.length === 0) return findings;
  return findings.filter((finding) => !targets.some((target) => finding.range.start >= target.start && finding.range.start <= target.end));
}

/** House-style findings and grammar findings as one sorted list. */
export function withGrammarFindings(findings: readonly Finding[], grammar: readonly Finding[]): readonly Finding[] {
  if (grammar.length === 0) return findings;
  return [...findings, ...grammar].sort(compareFindings);
}

/**
 * Results per paragraph text, most recently used kept: a keystroke changes one paragraph's text, so only that
 * one is sent again. Bounded (an editing session produces many texts of the paragraph being typed).
 */
export class GrammarCache {
  private readonly answers = new Map<string, GrammarAnswer>();
  /** Texts sent to the engine since creation (tests count them). */
  sent = 0;

  constructor(private readonly limit = 4000) {}

  get(text: string): GrammarAnswer | undefined {
    const answer = this.answers.get(text);
    if (answer !== undefined && this.answers.size > this.limit / 2) {
      // Recently used: moved to the end, away from eviction (skipped while the cache is small: no cost per keystroke).
      this.answers.delete(text);
      this.answers.set(text, answer);
    }
    return answer;
  }

  has(text: string): boolean {
    return this.answers.has(text);
  }

  set(text: string, answer: GrammarAnswer): void {
    this.answers.delete(text);
    this.answers.set(text, answer);
    while (this.answers.size > this.limit) this.answers.delete(this.answers.keys().next().value!);
  }

  clear(): void {
    this.answers.clear();
  }

  get size(): number {
    return this.answers.size;
  }
}

/**
 * Checks the paragraphs not in the cache, one after the other (the engine is one process), then returns the
 * document's grammar findings. For the CLI; the language server schedules the same steps itself.
 */
export async function checkGrammar(
  document: QeDocument,
  check: (text: string) => Promise<GrammarAnswer>,
  cache: GrammarCache,
  settings: GrammarSettings = {},
): Promise<GrammarState> {
  const first = grammarState(document, (text) => cache.get(text), settings);
  for (const text of first.missing) {
    cache.sent++;
    cache.set(text, await check(text));
  }
  return first.missing.length === 0 ? first : grammarState(document, (text) => cache.get(text), settings);
}
