/**
 * `qe-check`: checks answer dossiers from the command line (contract in the design brief).
 * Exit status: 0 without error-severity findings, 1 with at least one, 2 for a usage or I/O error.
 */
import { adaptToBatchLength, boundHeapForBatch, compileRegExpsOnce, skipOptimizingCompilerForBatch } from '../node/v8-flags';
import { once } from 'node:events';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  analyze,
  decodeBytes,
  emptyAnalysis,
  fixToFixedPoint,
  jsonChunks,
  packToOptions,
  pluralFr,
  severityCount,
  toJsonFileReport,
  toSarif,
  toTextLines,
  type Analysis,
  type AnalyzeOptions,
  type Profile,
  type SpellChecker,
} from '../core';
import { describeFixes, fixRefusal, unusableInput, type AppliedFix } from './input-checks';
import { loadConfigFile } from '../node/config-file';
import { findStylePack, StylePackCache } from '../node/style-pack';
import { linkedFileReader } from '../node/linked-file';
import { loadSpellChecker } from '../node/spelling';
import { loadLiteralFilters } from '../node/literal-filters';
import { stopQuietlyOnBrokenPipe } from '../node/broken-pipe';
import { similaires, SimilarUsageError } from './similaires';
import { checkGrammar, GrammarCache, grammarCharacterLimit, grammarParagraphs, withGrammarFindings } from '../core';
import { GrammarEngine } from '../node/grammar/engine';

compileRegExpsOnce();
boundHeapForBatch();
skipOptimizingCompilerForBatch();
stopQuietlyOnBrokenPipe();

const version = '0.1.0';

const usage = `Utilisation : qe-check [--format text|json|sarif] [--profile jo|imprimerie-nationale] [--config FICHIER] [--fix] FICHIER...

Contrôle des réponses aux questions écrites : dossiers .qe.md, pages exportées du site de l'Assemblée nationale (.md)
et enregistrements open data (.json).

  --format   text (par défaut), json ou sarif
  --profile  jo (par défaut) ou imprimerie-nationale
  --config   fichier de style (JSON, format de .qe-style.json) ; sans cette option, le fichier
             .qe-style.json le plus proche (dossier du fichier contrôlé ou dossiers parents) est utilisé
  --no-config  n'utilise aucun fichier de style
  --racine   dossier hors duquel aucun fichier n'est lu (fichier de la question) ; par défaut,
             le dossier du fichier contrôlé et ses sous-dossiers
  --fix      applique les corrections automatiques dans les dossiers .qe.md et les énumère (jamais les
             suggestions de grammaire)
  --sans-grammaire  ne lance pas Grammalecte (contrôle des accords et de la conjugaison, règle accord-delegue),
             qui sinon est utilisé s'il est installé (paquets grammalecte-cli et python3-grammalecte)
  --grammalecte CHEMIN  grammalecte-cli, interpréteur Python qui importe grammalecte, ou dossier qui contient
             le paquet grammalecte (par défaut : recherché aux emplacements habituels)
  --suggestions  liste aussi les suggestions discrètes (espaces fines, apostrophes…) au format text ;
             sans cette option elles sont seulement comptées (les formats json et sarif les donnent toutes)
  --help     affiche cette aide
  --version  affiche la version

Code de sortie : 0 sans erreur, 1 si au moins une erreur est trouvée, 2 en cas d'erreur d'utilisation ou de lecture
(fichier absent, binaire, non UTF-8, JSON invalide, ou sans question ni réponse).`;

class UsageError extends Error {}

/** Files read with a UTF-8 byte-order mark (kept when `--fix` writes them back). */
const withBom = new Set<string>();

interface CheckedFile {
  path: string;
  analysis: Analysis;
  /** False for a file that could not be checked (not text, broken JSON, no question nor answer): exit 2. */
  checked: boolean;
  /** The options it was checked with (the grammar check applies the same severities). */
  options?: AnalyzeOptions;
}

/** Checks the files of the command line; spelling is loaded only then (not for `--help`, `--version`, a usage error). */
async function main(argv: string[], loadSpelling: () => Promise<SpellChecker | undefined>): Promise<number> {
  if (argv[0] === 'similaires') return similarCommand(argv.slice(1));
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        profile: { type: 'string' },
        config: { type: 'string' },
        'no-config': { type: 'boolean', default: false },
        racine: { type: 'string' },
        fix: { type: 'boolean', default: false },
        'sans-grammaire': { type: 'boolean', default: false },
        grammalecte: { type: 'string' },
        suggestions: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(translateArgError(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  const format = values.format;
  if (format !== 'text' && format !== 'json' && format !== 'sarif') {
    throw new UsageError(`Format inconnu « ${format} » : text, json ou sarif attendu.`);
  }
  if (values.profile !== undefined && values.profile !== 'jo' && values.profile !== 'imprimerie-nationale') {
    throw new UsageError(`Profil inconnu « ${values.profile} » : jo ou imprimerie-nationale attendu.`);
  }
  if (positionals.length === 0) throw new UsageError('Aucun fichier à contrôler.');
  if (values.racine !== undefined && !isDirectory(values.racine)) throw new UsageError(`« ${values.racine} » (--racine) n’est pas un dossier.`);
  // Linked files are read only inside the dossier's own folder tree, or inside --racine.
  const linked = (path: string) => linkedFileReader(path, values.racine !== undefined ? [values.racine] : undefined);
  if (values['sans-grammaire'] && values.grammalecte !== undefined) throw new UsageError('--grammalecte et --sans-grammaire s’excluent.');
  const grammar = values['sans-grammaire'] ? undefined : new GrammarEngine(values.grammalecte !== undefined ? { setting: values.grammalecte } : {});
  let grammarReady: Promise<unknown> | undefined;
  const spellChecker = await loadSpelling();

  let options: { -readonly [K in keyof AnalyzeOptions]: AnalyzeOptions[K] } = {};
  if (values.config) {
    const config = loadConfigFile(values.config);
    for (const warning of config.warnings) process.stderr.write(`qe-check : ${warning}\n`);
    options = { ...config.options };
  }
  if (values.profile) options.profile = values.profile as Profile;
  if (spellChecker) options.spellChecker = spellChecker;
  const packs = new StylePackCache();
  const reportedPacks = new Set<string>();
  /** Options for one file: the explicit --config, else the nearest .qe-style.json; --profile wins. */
  const optionsFor = (path: string): AnalyzeOptions => {
    if (values.config || values['no-config']) return options;
    const packPath = findStylePack(path);
    if (!packPath) return options;
    const loaded = packs.load(packPath);
    if (!reportedPacks.has(packPath)) {
      reportedPacks.add(packPath);
      for (const message of loaded.messages) process.stderr.write(`qe-check : ${message}\n`);
    }
    return { ...packToOptions(loaded.pack), ...options };
  };

  let ioError = false;
  let unread = 0;
  const checked: CheckedFile[] = [];
  for (const path of positionals) {
    const text = readText(path);
    if (text === undefined) {
      ioError = true;
      unread++;
      continue;
    }
    const fileOptions = typeof text === 'string' ? optionsFor(path) : {};
    if (typeof text === 'string') adaptToBatchLength(text.length);
    let analysis = typeof text === 'string' ? analyze(text, { ...fileOptions, readLinkedFile: linked(path) }) : emptyAnalysis(text.message);
    const unusable = unusableInput(path, analysis);
    if (unusable !== undefined) {
      process.stderr.write(`qe-check : ${unusable}\n`);
      ioError = true;
      checked.push({ path, analysis, checked: false });
      continue;
    }
    const refusal = values.fix ? fixRefusal(path, analysis) : undefined;
    if (refusal !== undefined) process.stderr.write(`qe-check : ${refusal}\n`);
    if (values.fix && refusal === undefined && typeof text === 'string') {
      const fixed = fixUntilStable(text, analysis, { ...fileOptions, readLinkedFile: linked(path) });
      const fixedText = fixed.text;
      // What changed goes with the text report; beside a JSON or SARIF document it goes to stderr.
      const fixReport = format === 'text' ? process.stdout : process.stderr;
      if (fixedText === text) fixReport.write(`${path} : aucune correction automatique à appliquer.\n`);
      else {
        try {
          // The BOM dropped when decoding is written back: only the fixes' ranges change.
          writeFileSync(path, withBom.has(path) ? `\uFEFF${fixedText}` : fixedText);
          for (const line of describeFixes(path, fixed.applied)) fixReport.write(`${line}\n`);
        } catch (error) {
          process.stderr.write(`qe-check : impossible d’écrire « ${path} » (${describeIoError(error)}).\n`);
          ioError = true;
        }
        analysis = fixed.analysis;
      }
    }
    checked.push({ path, analysis, checked: true, options: fileOptions });
    // Grammalecte loads (about a second) while the next files are checked; not at all without prose to send.
    if (grammar && !grammarReady && grammarParagraphs(analysis.document).length > 0) grammarReady = grammar.ensureStarted();
  }
  if (grammar && grammarReady) {
    try {
      await addGrammarFindings(grammar, grammarReady, checked, values.grammalecte !== undefined);
    } finally {
      grammar.dispose();
    }
  }

  if (format === 'json') {
    await writeJson({ version: 1, files: checked.map((file) => toJsonFileReport(file.path, file.analysis)) });
  } else if (format === 'sarif') {
    process.stdout.write(`${JSON.stringify(toSarif(checked, version), null, 2)}\n`);
  } else {
    printText(checked, values.suggestions, unread);
  }
  if (ioError) return 2;
  return checked.some((file) => file.analysis.findings.some((finding) => finding.severity === 'error')) ? 1 : 0;
}

/** `qe-check similaires …` (server/src/cli/similaires.ts); a usage error exits 2 with the message. */
async function similarCommand(argv: string[]): Promise<number> {
  try {
    return await similaires(argv, { write: (text) => process.stdout.write(text), warn: (text) => process.stderr.write(`${text}\n`) });
  } catch (error) {
    if (!(error instanceof SimilarUsageError)) throw error;
    process.stderr.write(`qe-check : ${error.message}\n`);
    return 2;
  }
}

/**
 * Grammar findings (J1 `accord-delegue`) added to each file's, when Grammalecte is there. Without it nothing
 * changes (a note on stderr only when `--grammalecte` named it); a paragraph it failed on loses only its findings.
 */
async function addGrammarFindings(engine: GrammarEngine, ready: Promise<unknown>, files: CheckedFile[], named: boolean): Promise<void> {
  await ready;
  if (engine.unavailable) {
    if (named) process.stderr.write(`qe-check : grammaire non contrôlée (${'detail' in engine.status ? engine.status.detail : ''}).\n`);
    return;
  }
  const cache = new GrammarCache();
  let failed = 0;
  for (const file of files) {
    if (!file.checked) continue;
    const state = await checkGrammar(file.analysis.document, (text) => engine.check(text), cache, { severities: file.options?.severities ?? {} });
    failed += state.failed;
    if (state.skipped > 0) {
      const limit = grammarCharacterLimit.toLocaleString('fr-FR');
      process.stderr.write(`qe-check : grammaire : « ${file.path} » est long ; seuls les ${limit} premiers caractères de la réponse sont contrôlés (${pluralFr(state.skipped, 'paragraphe ignoré', 'paragraphes ignorés')}).\n`);
    }
    if (state.findings.length > 0) file.analysis = { ...file.analysis, findings: withGrammarFindings(file.analysis.findings, state.findings) };
  }
  if (failed > 0) {
    const reason = 'detail' in engine.status ? ` : ${engine.status.detail}` : '';
    process.stderr.write(`qe-check : grammaire : ${pluralFr(failed, 'paragraphe non contrôlé', 'paragraphes non contrôlés')}${reason}.\n`);
  }
}

/**
 * Writes `JSON.stringify(value, null, 2)` and a line break by pieces, waiting for a pipe to drain: a 50,000-word
 * report is some 4 MB, which would otherwise sit in memory, whole and queued.
 */
async function writeJson(value: unknown): Promise<void> {
  let pending = '';
  for (const chunk of jsonChunks(value)) {
    pending += chunk;
    if (pending.length >= 65_536) {
      if (!process.stdout.write(pending)) await once(process.stdout, 'drain');
      pending = '';
    }
  }
  process.stdout.write(`${pending}\n`);
}

/** Applies fixes to a fixed point: the one fix-all the editor uses too (`fixToFixedPoint`), with each fix applied. */
function fixUntilStable(text: string, analysis: Analysis, options: AnalyzeOptions): { text: string; analysis: Analysis; applied: readonly AppliedFix[] } {
  return fixToFixedPoint(text, (next) => analyze(next, options), analysis);
}

/**
 * Compiler-style lines. Hints (the quiet, fixable spacing and apostrophe suggestions that an editor shows as
 * dots) are only counted unless asked for: listed one per line they would bury the findings that matter.
 */
function printText(files: readonly CheckedFile[], showHints: boolean, unread: number): void {
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  const usable = files.filter((file) => file.checked);
  for (const file of usable) {
    const shown = showHints ? file.analysis : { ...file.analysis, findings: file.analysis.findings.filter((finding) => finding.severity !== 'hint') };
    for (const line of toTextLines(file.path, shown)) process.stdout.write(`${line}\n`);
    for (const finding of file.analysis.findings) counts[finding.severity]++;
  }
  process.stdout.write(`${summaryLine(counts, usable.length, files.length - usable.length + unread, showHints)}\n`);
}

/** « 1 erreur, 2 avertissements, 0 information dans 3 fichiers… »; the files not checked are named as such. */
function summaryLine(counts: Record<'error' | 'warning' | 'information' | 'hint', number>, checked: number, notChecked: number, showHints: boolean): string {
  const skipped = notChecked === 0 ? '' : `${pluralFr(notChecked, 'fichier non contrôlé', 'fichiers non contrôlés')} (voir les messages d’erreur)`;
  if (checked === 0) return `Aucun fichier contrôlé${skipped ? ` : ${skipped}` : ''}.`;
  const parts = [severityCount('error', counts.error), severityCount('warning', counts.warning), severityCount('information', counts.information)];
  const hints =
    counts.hint === 0
      ? ''
      : showHints
        ? `, ${severityCount('hint', counts.hint)}`
        : ` (et ${pluralFr(counts.hint, 'suggestion discrète', 'suggestions discrètes')} : --suggestions pour les afficher)`;
  const files = ` dans ${pluralFr(checked, 'fichier', 'fichiers')}`;
  const counted = showHints ? `${parts.join(', ')}${hints}${files}` : `${parts.join(', ')}${files}${hints}`;
  return `${counted}${skipped ? ` ; ${skipped}` : ''}.`;
}

/** The file's text, a content problem (binary, bad encoding) to report as a finding, or undefined after an I/O error. */
function readText(path: string): string | { message: string } | undefined {
  try {
    if (statSync(path).isDirectory()) {
      process.stderr.write(`qe-check : « ${path} » est un dossier ; indiquez les fichiers à contrôler.\n`);
      return undefined;
    }
    const bytes = readFileSync(path);
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) withBom.add(path);
    const decoded = decodeBytes(bytes);
    return decoded.ok ? decoded.text : { message: decoded.message };
  } catch (error) {
    process.stderr.write(`qe-check : impossible de lire « ${path} » (${describeIoError(error)}).\n`);
    return undefined;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export function describeIoError(error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
      return 'fichier introuvable';
    case 'EACCES':
    case 'EPERM':
      return 'accès refusé';
    case 'EISDIR':
      return 'c’est un dossier';
    default:
      return code ?? (error instanceof Error ? error.message : String(error));
  }
}

function translateArgError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1];
  if (/Unknown option/i.test(message)) return `Option inconnue « ${option ?? message} ».`;
  if (/argument missing/i.test(message)) return `L’option « ${option ?? ''} » attend une valeur.`;
  return `Arguments invalides (${message}).`;
}

async function run(): Promise<void> {
  loadLiteralFilters();
  try {
    process.exitCode = await main(process.argv.slice(2), spelling);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`qe-check : ${error.message}\n\n${usage}\n`);
    } else {
      process.stderr.write(`qe-check : erreur inattendue (${error instanceof Error ? error.message : String(error)}).\n`);
    }
    process.exitCode = 2;
  }
}

// Spelling is loaded once before checking; without its dictionary the other rules still run.
function spelling(): Promise<SpellChecker | undefined> {
  return loadSpellChecker().then(
    (checker) => checker,
    (error: unknown) => {
      process.stderr.write(`qe-check : orthographe désactivée (${error instanceof Error ? error.message : String(error)}).\n`);
      return undefined;
    },
  );
}

void run();
