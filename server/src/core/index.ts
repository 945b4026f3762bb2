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
import { coverageForAnalysis } from './coverage';
import { allRuleMeta, ruleMeta } from './rules/registry';
import { runRules } from './rules/run';
import { severityFor, type Profile } from './rules/rule';
import { styleSettings, type ApostropheSetting, type Ministere, type Substitution } from './config/settings';
import { applySuppressions } from './rules/suppressions';
import type { AnalysisCache } from './incremental/cache';
import type { SpellChecker } from './spelling/spell-checker';

export interface LinkedFile {
  /** Path as shown to the user. */
  readonly path: string;
  readonly text: string;
}

export interface AnalyzeOptions {
  readonly profile?: Profile;
  /** Per-rule severity overrides; `off` disables a rule. */
  readonly severities?: Readonly<Record<string, Severity | 'off'>>;
  /** Only U+202F / U+00A0 accepted before high punctuation (catalog A1); default false. */
  readonly nbspStrict?: boolean;
  /** Apostrophe the answer must use; default `indifferent`. */
  readonly apostrophe?: ApostropheSetting;
  /** Style pack: acronyms and their expansions, extending the built-in glossary. */
  readonly sigles?: Readonly<Record<string, string>>;
  /** Style pack: words accepted as written. */
  readonly motsAcceptes?: readonly string[];
  /** Style pack: preferred terms (rule `terme-prefere`). */
  readonly substitutions?: readonly Substitution[];
  /** Style pack: the ministries' current names. */
  readonly ministeres?: readonly Ministere[];
  /**
   * Reads the question file a dossier links to (`question: question.md`), relative to the dossier. Returns a
   * French error message when the file is missing, unreadable or outside the workspace. Without it, links are
   * not followed.
   */
  readonly readLinkedFile?: (relativePath: string) => LinkedFile | { readonly error: string };
  /** Files longer than this (UTF-16 units) are analysed up to the last paragraph break before it. */
  readonly maxLength?: number;
  /**
   * Incremental checking: the cache of one document (one per open document in the editor). Unchanged
   * paragraphs reuse their segmentation and rule results, shifted; the findings equal a fresh analysis's.
   */
  readonly cache?: AnalysisCache;
  /**
   * Spelling checker for the rule `orthographe` (loaded by the Node adapter `node/spelling.ts`); without it
   * the rule reports nothing.
   */
  readonly spellChecker?: SpellChecker;
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

  let raw = readDocument(analysed, options.cache);
  raw = { ...raw, text };
  problems.push(...raw.problems);
  const linked = followQuestionLink(raw, options, problems);
  const cache = options.cache;
  cache?.begin(settingsIdentity(options));
  const document = buildDocument(linked, cache);

  const findings: Finding[] = problems
    .map((problem) => toFinding(problem, profile, severities))
    .filter((finding): finding is Finding => finding !== undefined);
  findings.push(...runRules(document, { profile, severities, style: { ...styleSettings({ ...options, profile }), ...(options.spellChecker ? { spellChecker: options.spellChecker } : {}) }, ...(cache ? { cache } : {}) }));
  cache?.end();
  const coverage = coverageForAnalysis(document, profile, severities);
  findings.push(...coverage.findings);
  const suppressed = applySuppressions(
    document,
    findings,
    (id) => ruleMeta(id) !== undefined,
    (id) => {
      const meta = ruleMeta(id);
      return (severities[id] ?? (meta ? severityFor(meta, profile) : 'off')) !== 'off';
    },
    () => allRuleMeta.map((meta) => meta.id),
  );
  const kept = suppressed.kept;
  for (const problem of suppressed.problems) {
    const finding = toFinding(problem, profile, severities);
    if (finding) kept.push(finding);
  }
  kept.sort(compareFindings);
  return { document, findings: withoutQuestionFixes(document, kept), subQuestions: coverage.subQuestions };
}

/** The option values rule results depend on, compared by identity by the cache (not the file access, the limit or the cache). */
function settingsIdentity(options: AnalyzeOptions): unknown[] {
  const identity: unknown[] = [];
  for (const key of Object.keys(options).sort()) {
    if (key === 'cache' || key === 'readLinkedFile' || key === 'maxLength') continue;
    identity.push(key, options[key as keyof AnalyzeOptions]);
  }
  return identity;
}

/**
 * The question is published in the Journal officiel and cannot be edited: findings there are advice only, and
 * no fix (quick fix, fix-all, `--fix`) may change it.
 */
function withoutQuestionFixes(document: QeDocument, findings: Finding[]): Finding[] {
  const question = document.question && !document.question.sourcePath ? document.question.range : undefined;
  if (!question) return findings;
  return findings.map((finding) => {
    if (!finding.fixes || finding.range.start < question.start || finding.range.end > question.end) return finding;
    const { fixes: _dropped, ...rest } = finding;
    return rest;
  });
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
export { leadingWords } from './findings/finding';
export type { QeDocument, OffsetRange } from './model/types';
export type { SubQuestion } from './coverage/types';
export type { Profile } from './rules/rule';
export type { ApostropheSetting, Ministere, StylePack, StyleSettings, Substitution } from './config/settings';
export { mergePacks, packToOptions } from './config/settings';
export { parseStylePack, validateStylePack, stylePackFileName, formatPackPath, type LocatedPackProblem, type PackProblem } from './config/style-pack';
export { suppressionEdit } from './rules/suppressions';
export { LineIndex, type Position, type Range } from './text/line-index';
export { decodeBytes } from './parse/decode';
export { allRuleMeta, ruleMeta } from './rules/registry';
export { applyFixes, type FixResult } from './findings/apply-fixes';
export { AnalysisCache, type CacheStats } from './incremental/cache';
export { cachingSpellChecker, spellingSuggestions, type SpellChecker } from './spelling/spell-checker';
