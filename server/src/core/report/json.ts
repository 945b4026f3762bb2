import type { Analysis } from '../index';
import { deadlineOf, type Deadline } from '../deadline';
import type { Finding } from '../findings/finding';
import type { OffsetRange, Section } from '../model/types';
import { LineIndex, type Range } from '../text/line-index';
import { findReferral } from '../coverage/referral';

/** One file of the `qe-check --format json` contract (design brief). */
export interface JsonFileReport {
  path: string;
  metadata: Record<string, unknown>;
  question: { range: Range; text: string } | null;
  answer: { range: Range; text: string } | null;
  /** When the answer is due, by the rules of the question's chamber; null without a publication date. */
  deadline: Deadline | null;
  subQuestions: {
    id: string;
    text: string;
    range: Range;
    kind: string;
    status: string;
    evidence: Range[];
  }[];
  /** The question the answer refers to when it answers by a referral (« se reporter à la réponse à la question n° … »). */
  referral: { numero: string; chambre: 'AN' | 'Sénat' | null } | null;
  diagnostics: {
    rule: string;
    severity: string;
    message: string;
    range: Range;
    fixes: { title: string; edits: { range: Range; newText: string }[] }[];
  }[];
}

export function toJsonFileReport(path: string, analysis: Analysis): JsonFileReport {
  const lines = new LineIndex(analysis.document.text);
  // A linked question lives in another file: its positions are that file's.
  const section = (value: Section | null) => {
    if (!value) return null;
    const index = value.sourcePath ? null : lines;
    const range = index
      ? index.range(sectionTextRange(value))
      : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return { range, text: value.text, ...(value.sourcePath ? { path: value.sourcePath } : {}) };
  };
  const metadata: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(analysis.document.metadata)) if (value !== undefined) metadata[key] = value;
  return {
    path,
    metadata,
    question: section(analysis.document.question),
    answer: section(analysis.document.answer),
    deadline: deadlineOf(analysis.document.metadata),
    subQuestions: analysis.subQuestions.map((subQuestion) => ({
      id: subQuestion.id,
      text: subQuestion.text,
      range: lines.range(subQuestion.range),
      kind: subQuestion.kind,
      status: subQuestion.status,
      evidence: subQuestion.evidence.map((range) => lines.range(range)),
    })),
    referral: referralOf(analysis),
    diagnostics: analysis.findings.map((finding: Finding) => ({
      rule: finding.rule,
      severity: finding.severity,
      message: finding.message,
      range: lines.range(finding.range),
      fixes: (finding.fixes ?? []).map((fix) => ({
        title: fix.title,
        edits: fix.edits.map((edit) => ({ range: lines.range(edit.range), newText: edit.newText })),
      })),
    })),
  };
}

function referralOf(analysis: Analysis): JsonFileReport['referral'] {
  const referral = findReferral(analysis.document.answer);
  return referral ? { numero: referral.numero, chambre: referral.chambre } : null;
}

/**
 * The section's text, without its heading (contract, December 2026): from its first paragraph to the end of its
 * last; a section with a heading and no text is the empty range just after the heading.
 */
function sectionTextRange(section: Section): OffsetRange {
  const first = section.paragraphs[0];
  const last = section.paragraphs[section.paragraphs.length - 1];
  if (first && last) return { start: first.range.start, end: last.range.end };
  const at = section.headingRange?.end ?? section.range.end;
  return { start: at, end: at };
}

/**
 * `JSON.stringify(value, null, 2)` in pieces, same text: arrays and plain objects down to `depth` levels are
 * opened here, deeper values are stringified whole (one piece per finding of a report), so a large report is
 * written without building one large string.
 */
export function* jsonChunks(value: unknown, depth = 4, indent = ''): Generator<string> {
  const inner = `${indent}  `;
  if (depth > 0 && Array.isArray(value) && value.length > 0) {
    yield '[\n';
    for (let i = 0; i < value.length; i++) {
      yield inner;
      // As JSON.stringify: an element it cannot represent (undefined, function) becomes null.
      const element: unknown = value[i];
      yield* representable(element) ? jsonChunks(element, depth - 1, inner) : ['null'];
      yield i < value.length - 1 ? ',\n' : '\n';
    }
    yield `${indent}]`;
    return;
  }
  if (depth > 0 && isPlainObject(value)) {
    // As JSON.stringify: properties it cannot represent are left out.
    const entries = Object.entries(value).filter(([, entry]) => representable(entry));
    if (entries.length > 0) {
      yield '{\n';
      for (let i = 0; i < entries.length; i++) {
        const [key, entry] = entries[i]!;
        yield `${inner}${JSON.stringify(key)}: `;
        yield* jsonChunks(entry, depth - 1, inner);
        yield i < entries.length - 1 ? ',\n' : '\n';
      }
      yield `${indent}}`;
      return;
    }
  }
  // JSON strings hold no raw line break: re-indenting after each one is exact.
  yield (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, `\n${indent}`);
}

/** False where JSON.stringify gives undefined (undefined, functions, symbols, a `toJSON` that returns one). */
function representable(value: unknown): boolean {
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return false;
  if (typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function') return JSON.stringify(value) !== undefined;
  return true;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return (prototype === Object.prototype || prototype === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}
