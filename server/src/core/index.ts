/**
 * The analysis core: text and settings in, document model and findings out. Pure: no LSP, no VS Code,
 * no Node built-ins (file access is passed in as a function).
 */
import { compareFindings, type Finding, type Severity } from './findings/finding';
import { buildDocument } from './model/build';
import type { OffsetRange, QeDocument } from './model/types';
import { readDocument } from './parse';
import { readWithinLimit } from './parse/limit';
import { blankDocument, type Problem, type RawDocument } from './parse/raw';
import type { SubQuestion } from './coverage/types';
import { coverageForAnalysis } from './coverage';
import { allRuleMeta, ruleMeta } from './rules/registry';
import { runRulesCounted } from './rules/run';
import { severityFor, type Profile } from './rules/rule';
import { styleSettings, type ApostropheSetting, type Ministere, type Substitution } from './config/settings';
import { applySuppressions } from './rules/suppressions';
import type { AnalysisCache } from './incremental/cache';
import type { SpellChecker } from './spelling/spell-checker';
import { grammarRuleId } from './grammar';
import { AnalysisCancelled, throwIfCancelled, type IsCancelled } from './cancel';

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
  /** At most this many findings are returned (default 5,000); one notice counts the others. */
  readonly maxFindings?: number;
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
  /**
   * Cooperative cancellation (`cancel.ts`): asked between stages, rules, paragraphs and sub-questions; once it
   * returns true, `analyze` stops and throws `AnalysisCancelled`. Not a setting: the cache ignores it.
   */
  readonly isCancelled?: IsCancelled;
}

export interface Analysis {
  readonly document: QeDocument;
  readonly findings: readonly Finding[];
  readonly subQuestions: readonly SubQuestion[];
}

export const defaultMaxLength = 1_000_000;

/** At most this many findings per document by default; the others are summed up in one notice. */
export const defaultMaxFindings = 5_000;

/** What a truncated text cannot support: a cut answer is not empty, a cut file may have its sections further on. */
const unreliableWhenTruncated = new Set(['reponse-vide', 'section-manquante', 'entete-non-fermee', 'metadonnee-manquante']);

/**
 * Checks one document. Never throws: each stage (reading, the linked question, the model, the rules, coverage,
 * suppressions) is isolated, and a stage that fails becomes one French `erreur-interne` finding while the
 * findings of the other stages are still returned. The one exception: `AnalysisCancelled`, once
 * `options.isCancelled` returned true (no result then).
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const profile = options.profile ?? 'jo';
  const severities = options.severities ?? {};
  const maxLength = options.maxLength ?? defaultMaxLength;
  const isCancelled = options.isCancelled;
  const problems: Problem[] = [];
  const failed = (stage: string, error: unknown): void => {
    // A cancellation is not a failure of the stage: it ends the analysis.
    if (error instanceof AnalysisCancelled) throw error;
    problems.push({
      rule: 'erreur-interne',
      severity: 'error',
      message: `Le contrôle a échoué ${stage} (${error instanceof Error ? error.message : String(error)}) ; le reste du contrôle continue. Merci de signaler le texte qui provoque l’erreur.`,
      range: { start: 0, end: 0 },
    });
  };

  throwIfCancelled(isCancelled);
  let raw: RawDocument;
  let truncated = false;
  try {
    const read = readWithinLimit(text, maxLength, options.cache);
    raw = { ...read.raw, text };
    truncated = read.truncated;
  } catch (error) {
    failed('à la lecture du fichier, qui n’est pas contrôlé', error);
    if (options.cache) options.cache.markdownTree = undefined;
    raw = unreadDocument(text);
  }
  appendAll(problems, raw.problems);
  let linked = raw;
  try {
    linked = followQuestionLink(raw, options, problems);
  } catch (error) {
    failed('sur le fichier de question lié', error);
  }
  const cache = options.cache;
  let document: QeDocument;
  try {
    cache?.begin(settingsIdentity(options));
    document = buildDocument(linked, cache, isCancelled);
  } catch (error) {
    failed('au découpage en phrases, le texte n’est pas contrôlé', error);
    if (cache) cache.markdownTree = undefined;
    document = buildDocument(unreadDocument(text));
  }

  const maxFindings = options.maxFindings ?? defaultMaxFindings;
  const findings: Finding[] = [];
  // Findings the rules reported past the cap, only counted (see `runRulesCounted`).
  let dropped = 0;
  for (const problem of problems.splice(0)) {
    const finding = toFinding(problem, profile, severities);
    if (finding) findings.push(finding);
  }
  try {
    const run = runRulesCounted(document, { profile, severities, maxFindings, style: { ...styleSettings({ ...options, profile }), ...(options.spellChecker ? { spellChecker: options.spellChecker } : {}) }, ...(cache ? { cache } : {}), ...(isCancelled ? { isCancelled } : {}) });
    appendAll(findings, run.findings);
    dropped = run.dropped;
    cache?.end();
  } catch (error) {
    failed('pendant l’application des règles', error);
  }
  let subQuestions: readonly SubQuestion[] = [];
  try {
    const coverage = coverageForAnalysis(document, profile, severities, isCancelled);
    subQuestions = coverage.subQuestions;
    // The coverage of a cut answer is not known: what is past the cut may answer the question.
    if (!truncated) appendAll(findings, coverage.findings);
  } catch (error) {
    failed('à l’analyse de couverture de la question', error);
  }
  throwIfCancelled(isCancelled);
  let kept = truncated ? findings.filter((finding) => !unreliableWhenTruncated.has(finding.rule)) : findings;
  try {
    const suppressed = applySuppressions(
      document,
      kept,
      (id) => ruleMeta(id) !== undefined,
      (id) => {
        // Delegated grammar findings are not known here (they come later, from another process): never « inutile ».
        if (id === grammarRuleId) return false;
        const meta = ruleMeta(id);
        return (severities[id] ?? (meta ? severityFor(meta, profile) : 'off')) !== 'off';
      },
      () => allRuleMeta.map((meta) => meta.id),
    );
    kept = suppressed.kept;
    appendAll(problems, suppressed.problems);
  } catch (error) {
    failed('à l’application des directives de désactivation', error);
  }
  throwIfCancelled(isCancelled);
  for (const problem of problems) {
    const finding = toFinding(problem, profile, severities);
    if (finding) kept.push(finding);
  }
  kept.sort(compareFindings);
  const shown = capFindings(kept, dropped, maxFindings, profile, severities);
  return { document, findings: withoutQuestionFixes(document, shown), subQuestions };
}

/** Appends without spreading (a spread of a long array overflows the call stack). */
function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** The reading of a file the reader failed on: no section, everything masked. */
function unreadDocument(text: string): RawDocument {
  return blankDocument('dossier', text);
}

/**
 * Keeps at most `max` findings (sorted by position): the notices of a cut file (`fichier-tronque`), then the most
 * severe, then the earliest; one
 * `fichier-tronque` notice tells how many more there are (with the `dropped` ones the rules only counted), at
 * the first one left out.
 */
function capFindings(sorted: Finding[], dropped: number, max: number, profile: Profile, severities: Readonly<Record<string, Severity | 'off'>>): Finding[] {
  const hidden = sorted.length + dropped - max;
  if (hidden <= 0) return sorted;
  const rank: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };
  // The notices that the file is checked in part come first: past the cap they would be the ones left out.
  const rankOf = (finding: Finding): number => (finding.rule === 'fichier-tronque' ? -1 : rank[finding.severity]);
  const order = sorted.map((_, index) => index).sort((a, b) => rankOf(sorted[a]!) - rankOf(sorted[b]!) || a - b);
  const keep = new Set(order.slice(0, max));
  const shown = sorted.filter((_, index) => keep.has(index));
  // Each rule builds one finding past its share of the cap, so the first left out is built; after
  // suppressions it may not be: the notice then goes after the last shown.
  const firstLeft = order.length > max ? sorted[order[max]!]! : sorted[sorted.length - 1];
  const at = firstLeft ? (order.length > max ? firstLeft.range.start : firstLeft.range.end) : 0;
  const notice = toFinding(
    {
      rule: 'fichier-tronque',
      message: `${hidden.toLocaleString('fr-FR')} autres constatations non affichées (au plus ${max.toLocaleString('fr-FR')} par document) : corrigez les premières, puis relancez le contrôle.`,
      range: { start: at, end: at },
    },
    profile,
    severities,
  );
  if (notice) {
    shown.push(notice);
    shown.sort(compareFindings);
  }
  return shown;
}

/** The option values rule results depend on, compared by identity by the cache (not the file access, the length limit or the cache). */
function settingsIdentity(options: AnalyzeOptions): unknown[] {
  const identity: unknown[] = [];
  for (const key of Object.keys(options).sort()) {
    // `maxFindings` counts: each rule builds at most its share of the cap per paragraph.
    if (key === 'cache' || key === 'readLinkedFile' || key === 'maxLength' || key === 'isCancelled') continue;
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
export { applyFixes, fixToFixedPoint, type FixAllResult, type FixResult } from './findings/apply-fixes';
export { AnalysisCache, type CacheStats } from './incremental/cache';
export { AnalysisCancelled, type IsCancelled } from './cancel';
export { cachingSpellChecker, spellingSuggestions, type SpellChecker } from './spelling/spell-checker';

// What the adapters (lsp, node, cli) use: they import the core through this façade only.
export type { Section } from './model/types';
export { emptyAnalysis } from './empty';
export { jsonChunks, toJsonFileReport } from './report/json';
export { toSarif } from './report/sarif';
export { locatedMessages, pluralFr, severityCount, toTextLines } from './report/text';
export { builtinCatalog, catalogFileName, extendCatalog, parseCatalogExtension, type Catalog, type CatalogExtension } from './completion/catalog';
export { complete, statusLabel, triggerCharacters, type SuggestionKind } from './completion';
export { hover } from './hover';
export { documentLinks, foldingRanges, subQuestionOutline } from './navigation';
export { publicationText } from './publish/plain-text';
export { toDossier } from './dossier/serialize';
export { coverageSummary } from './coverage';
export * from './grammar';
export { readDocument } from './parse';
export { detailsOf, MemoryDetailStore, recordOf, SimilarIndex, type DetailStore, type IndexedRecord, type QuestionRecord, type RecordDetails, type SimilarHit } from './similar';
export { readRecord } from './similar/read-record';
export { answerSkeleton, checklist, type ChecklistItem } from './checklist';
export { deadlineOf, deadlineStatus, describeDeadline, localIsoDate, sortPending, type Deadline, type DeadlineStatus, type PendingQuestion } from './deadline';
export { dossierFromClipboard } from './clipboard';
/** For the server's check worker: a paragraph's source map rebuilt after crossing threads. */
export { MappedText } from './text/source-map';
// Literal filters the build reads for the patterns (qe-check installs them; see server/src/node/literal-filters.ts).
export { installLiteralFilters, recordedLiteralFilters, recordLiteralFilters } from './text/literal-prefilter';
