/**
 * The analysis core: text and settings in, document model and findings out. Pure: no LSP, no VS Code,
 * no Node built-ins (file access is passed in as a function).
 */
import { compareFindings, type Finding, type Severity } from './findings/finding';
import { buildDocument } from './model/build';
import type { OffsetRange, QeDocument } from './model/types';
import { readDocument } from './parse';
import type { Problem, RawDocument } from './parse/raw';
import type { SubQuestion } from './coverage/types';
import { ruleMeta } from './rules/registry';
import { runRules } from './rules/run';
import { severityFor, type Profile } from './rules/rule';

export interface LinkedFile {
  /** Path as shown to the user. */
  readonly path: string;
  readonly text: string;
}

export interface AnalyzeOptions {
  readonly profile?: Profile;
  /** Per-rule severity overrides; `off` disables a rule. */
  readonly severities?: Readonly<Record<string, Severity | 'off'>>;
  /**
   * Reads the question file a dossier links to (`question: question.md`), relative to the dossier. Returns a
   * French error message when the file is missing, unreadable or outside the workspace. Without it, links are
   * not followed.
   */
  readonly readLinkedFile?: (relativePath: string) => LinkedFile | { readonly error: string };
  /** Files longer than this (UTF-16 units) are analysed up to the last paragraph break before it. */
  readonly maxLength?: number;
}

export interface Analysis {
  readonly document: QeDocument;
  readonly findings: readonly Finding[];
  readonly subQuestions: readonly SubQuestion[];
}

export const defaultMaxLength = 1_000_000;

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const profile = options.profile ?? 'jo';
  const severities = options.severities ?? {};
  const maxLength = options.maxLength ?? defaultMaxLength;
  const problems: Problem[] = [];

  let analysed = text;
  if (text.length > maxLength) {
    const cut = Math.max(text.lastIndexOf('\n\n', maxLength), 0) || maxLength;
    analysed = text.slice(0, cut);
    problems.push({
      rule: 'fichier-tronque',
      message: `Fichier très volumineux (${text.length.toLocaleString('fr-FR')} caractères) : seuls les ${cut.toLocaleString('fr-FR')} premiers sont contrôlés.`,
      range: { start: 0, end: 0 },
    });
  }

  let raw = readDocument(analysed);
  raw = { ...raw, text };
  problems.push(...raw.problems);
  const linked = followQuestionLink(raw, options, problems);
  const document = buildDocument(linked);

  const findings: Finding[] = problems
    .map((problem) => toFinding(problem, profile, severities))
    .filter((finding): finding is Finding => finding !== undefined);
  findings.push(...runRules(document, { profile, severities }));
  findings.sort(compareFindings);
  return { document, findings, subQuestions: [] };
}

function toFinding(problem: Problem, profile: Profile, severities: Readonly<Record<string, Severity | 'off'>>): Finding | undefined {
  const meta = ruleMeta(problem.rule);
  const configured = severities[problem.rule] ?? (meta ? severityFor(meta, profile) : 'warning');
  if (configured === 'off') return undefined;
  return {
    rule: problem.rule,
    severity: problem.severity ?? configured,
    message: problem.message,
    range: problem.range,
    ...(problem.fixes?.length ? { fixes: problem.fixes } : {}),
  };
}

/** Replaces a dossier's missing question section by the question of the file its metadata links to. */
function followQuestionLink(raw: RawDocument, options: AnalyzeOptions, problems: Problem[]): RawDocument {
  const link = raw.metadata.question;
  if (!link || raw.question || !options.readLinkedFile) return raw;
  const entry = raw.metadataEntries.find((candidate) => candidate.key === 'question');
  const range: OffsetRange = entry?.valueRange ?? { start: 0, end: 0 };
  const file = options.readLinkedFile(link);
  if ('error' in file) {
    problems.push({ rule: 'fichier-question-introuvable', message: file.error, range });
    return raw;
  }
  const linked = readDocument(file.text);
  if (!linked.question) {
    problems.push({
      rule: 'fichier-question-introuvable',
      message: `Le fichier « ${file.path} » ne contient pas de section « Question » reconnue.`,
      range,
    });
    return raw;
  }
  return { ...raw, question: { ...linked.question, sourcePath: file.path } };
}

export type { Finding, Severity } from './findings/finding';
export type { QeDocument, OffsetRange } from './model/types';
export type { SubQuestion } from './coverage/types';
export type { Profile } from './rules/rule';
export { LineIndex, type Position, type Range } from './text/line-index';
export { decodeBytes } from './parse/decode';
export { allRuleMeta, ruleMeta } from './rules/registry';
export { applyFixes, type FixResult } from './findings/apply-fixes';
