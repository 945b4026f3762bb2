/**
 * `npm run bench`: speed and memory of the checker, as an editor and a pipeline see it, beside Grammalecte.
 *
 * - cold start: spawn the language server (stdio, with the heap limits the VS Code client gives it), initialize,
 *   open the seed, pull diagnostics;
 * - warm full check of the seed (in process, no cache);
 * - per-keystroke latency through the LSP: 200 characters typed in a 1,000- and a 5,000-word dossier, each
 *   sent as an incremental `didChange` followed by a pull-diagnostics request, as VS Code does;
 * - full check of a 50,000-word dossier (in process, no cache) and through the LSP (open, then one keystroke);
 * - peak memory (VmHWM) of the server and of `qe-check`;
 * - `qe-check` and `grammalecte-cli` on the same files, in the same run, with the ratio (`qe-check --sans-grammaire`:
 *   the house style alone; `qe-check` with its grammar check is a row of its own);
 * - with Grammalecte installed: keystroke latency with and without the grammar check (J1 `accord-delegue`, which
 *   runs in the background), and Grammalecte's latency per paragraph through our driver.
 *
 * Bundles must be built (`npm run bench` runs esbuild first). No timed assertion: this prints figures.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem, platform, release } from 'node:os';
import { join } from 'node:path';
import {
  DidChangeTextDocumentNotification,
  DocumentDiagnosticRequest,
  type DocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';
import { analyze } from '../server/src/core';
import { defaultStyleSettings } from '../server/src/core/config/settings';
import { buildDocument } from '../server/src/core/model/build';
import { readDocument } from '../server/src/core/parse';
import { runRules } from '../server/src/core/rules/run';
import { cliPath, requireBundles } from '../test/helpers/cli';
import { GrammarEngine } from '../server/src/node/grammar/engine';
import { grammarParagraphs } from '../server/src/core/grammar';
import { readSeed } from '../test/helpers/corpus';
import { pullCapabilities, TestLspClient } from '../test/helpers/lsp-client';
import { countWords, dossierOfLength } from '../test/robustness/dossiers';

const quick = process.argv.includes('--quick');
const runs = { cold: quick ? 3 : 9, seed: quick ? 20 : 100, big: quick ? 3 : 7, cli: quick ? 2 : 5, cli50k: quick ? 1 : 5 };

interface Row {
  readonly what: string;
  readonly median: string;
  readonly p95: string;
  readonly target: string;
  readonly verdict: string;
}

const rows: Row[] = [];

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

const ms = (value: number) => {
  const digits = value < 10 ? 2 : value < 100 ? 1 : 0;
  return `${value.toLocaleString('fr-FR', { minimumFractionDigits: digits, maximumFractionDigits: digits })} ms`;
};
const mb = (kb: number) => `${Math.round(kb / 1024)} Mo`;

function record(what: string, samples: readonly number[], target?: { max: number; on: 'median' | 'p95' | 'both'; p95?: number }): void {
  const median = quantile(samples, 0.5);
  const p95 = quantile(samples, 0.95);
  let verdict = '';
  let targetText = '';
  if (target) {
    const okMedian = median <= target.max;
    const okP95 = p95 <= (target.p95 ?? target.max);
    const ok = target.on === 'median' ? okMedian : target.on === 'p95' ? okP95 : okMedian && okP95;
    targetText = target.on === 'both' ? `p50 ≤ ${target.max} ms, p95 ≤ ${target.p95} ms` : `≤ ${target.max.toLocaleString('fr-FR')} ms`;
    verdict = ok ? 'atteint' : 'MANQUÉ';
  }
  rows.push({ what: `${what} (n = ${samples.length})`, median: ms(median), p95: ms(p95), target: targetText, verdict });
  process.stderr.write(`  ${what}: médiane ${ms(median)}, p95 ${ms(p95)}\n`);
}

/** CPU time (ms, user + system) a live process has used so far: robust to other processes on the machine. */
function cpuMs(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  // utime and stime are fields 14 and 15 of /proc/PID/stat (11 and 12 after the command name), in clock ticks.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}

const ticksPerSecond = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** Peak resident memory (kB) of a live process. */
function peakKb(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN);
}

async function pull(client: TestLspClient, uri: string): Promise<number> {
  for (;;) {
    try {
      const report = (await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as DocumentDiagnosticReport;
      return report.kind === 'full' ? report.items.length : 0;
    } catch (error) {
      // ServerCancelled with retrigger: ask again, as VS Code does.
      if ((error as { code?: number }).code !== -32802) throw error;
    }
  }
}

/** V8 heap limits the VS Code client passes to the server (`execArgv` in client/src/extension.ts). */
const heapFlags = '--max-old-space-size=256 --max-semi-space-size=2';

/**
 * Starts the server as the VS Code client does: with its heap limits. Without `grammar`, Grammalecte is not
 * looked for (a path that does not exist: the grammar check is off, as on a machine without it).
 */
function startServer(grammar = false): TestLspClient {
  const saved = process.env.NODE_OPTIONS;
  process.env.NODE_OPTIONS = heapFlags;
  try {
    const client = new TestLspClient();
    if (!grammar) {
      client.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
        params.items.map((item) => (item.section === 'qe.grammalecte' ? { chemin: '/sans/grammalecte' } : null)),
      );
    }
    return client;
  } finally {
    if (saved === undefined) delete process.env.NODE_OPTIONS;
    else process.env.NODE_OPTIONS = saved;
  }
}

function serverPid(client: TestLspClient): number | undefined {
  return (client as unknown as { child: { pid?: number } }).child.pid;
}

async function coldStart(seed: string): Promise<void> {
  const samples: number[] = [];
  for (let i = 0; i < runs.cold; i++) {
    const started = performance.now();
    const client = startServer();
    await client.initialize(pullCapabilities);
    const uri = 'file:///bench/seed.md';
    await client.open(uri, seed, 'qe');
    await pull(client, uri);
    samples.push(performance.now() - started);
    await client.close();
  }
  record('Démarrage à froid du serveur → premiers diagnostics (graine)', samples, { max: 400, on: 'median' });
}

function warmSeed(seed: string): void {
  for (let i = 0; i < 10; i++) analyze(seed);
  const samples: number[] = [];
  for (let i = 0; i < runs.seed; i++) {
    const started = performance.now();
    analyze(seed);
    samples.push(performance.now() - started);
  }
  record('Contrôle complet à chaud de la graine (en processus)', samples);

  // The house-style rules alone, on an already built model (issue 4's budget: under 10 ms warm).
  const document = buildDocument(readDocument(seed));
  const settings = { profile: 'jo' as const, severities: {}, style: { ...defaultStyleSettings } };
  for (let i = 0; i < 10; i++) runRules(document, settings);
  const styleSamples: number[] = [];
  for (let i = 0; i < runs.seed; i++) {
    const started = performance.now();
    runRules(document, settings);
    styleSamples.push(performance.now() - started);
  }
  record('Style maison seul sur la graine (toutes les règles, modèle déjà construit, sans cache)', styleSamples, { max: 10, on: 'median' });
}


const typed = 'Le ministère rappelle que les crédits ouverts en 2024, soit 12 millions d’euros, financent ces mesures. ';

/** Types 200 characters in the middle of the answer, one didChange + pull per character. */
async function keystrokes(label: string, text: string, target?: { max: number; p95: number }, grammar = false): Promise<number> {
  const client = startServer(grammar);
  await client.initialize(pullCapabilities);
  const uri = `file:///bench/${label}.qe.md`;
  await client.open(uri, text, 'qe');
  await pull(client, uri);
  const lines = text.split('\n');
  const answerLine = lines.indexOf('# Réponse');
  // A paragraph line in the middle of the answer; type at its end (a sentence being written).
  let line = answerLine + 2 + Math.floor((lines.length - answerLine - 6) / 2);
  while (lines[line]!.trim() === '') line++;
  let character = lines[line]!.length;
  const samples: number[] = [];
  const pid = serverPid(client);
  const cpuBefore = cpuMs(pid);
  let version = 1;
  for (let i = 0; i < 200; i++) {
    const char = typed[i % typed.length]!;
    version++;
    const started = performance.now();
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: char }],
    });
    await pull(client, uri);
    samples.push(performance.now() - started);
    character += char.length;
  }
  const words = countWords(text);
  const cpuPerKeystroke = (cpuMs(pid) - cpuBefore) / samples.length;
  const peak = peakKb(pid);
  await client.close();
  const withGrammar = grammar ? ', avec Grammalecte (en arrière-plan)' : '';
  record(`Frappe → diagnostics via LSP, ${words.toLocaleString('fr-FR')} mots, 200 frappes${withGrammar}`, samples, target ? { ...target, on: 'both' } : undefined);
  rows.push({ what: `  temps CPU du serveur par frappe (moyenne, tous ses fils : GC et compilation compris), ${words.toLocaleString('fr-FR')} mots`, median: ms(cpuPerKeystroke), p95: '', target: '', verdict: '' });
  return peak;
}

async function bigThroughLsp(text: string): Promise<number> {
  const client = startServer();
  await client.initialize(pullCapabilities);
  const uri = 'file:///bench/50k.qe.md';
  let started = performance.now();
  await client.open(uri, text, 'qe');
  await pull(client, uri);
  const open = performance.now() - started;
  const samples: number[] = [];
  const lines = text.split('\n');
  const line = lines.length - 8;
  const pid = serverPid(client);
  const cpuBefore = cpuMs(pid);
  for (let i = 0; i < 20; i++) {
    started = performance.now();
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: i + 2 },
      contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' }],
    });
    await pull(client, uri);
    samples.push(performance.now() - started);
  }
  const cpuPerKeystroke = (cpuMs(pid) - cpuBefore) / samples.length;
  const peak = peakKb(pid);
  await client.close();
  rows.push({ what: 'Ouverture via LSP, 50 000 mots (n = 1)', median: ms(open), p95: '', target: '', verdict: '' });
  record('Frappe → diagnostics via LSP, 50 000 mots, 20 frappes', samples);
  rows.push({ what: '  temps CPU du serveur par frappe (moyenne, tous ses fils : GC et compilation compris), 50 000 mots', median: ms(cpuPerKeystroke), p95: '', target: '', verdict: '' });
  return peak;
}

function bigInProcess(text: string): void {
  const samples: number[] = [];
  analyze(text);
  for (let i = 0; i < runs.big; i++) {
    const started = performance.now();
    analyze(text);
    samples.push(performance.now() - started);
  }
  record(`Contrôle complet, ${countWords(text).toLocaleString('fr-FR')} mots (en processus, sans cache)`, samples, { max: 1000, on: 'median' });
}

/** Grammalecte through our driver: start, then each answer paragraph of a dossier checked once (no cache). */
async function grammarLatency(text: string): Promise<void> {
  const engine = new GrammarEngine();
  const started = performance.now();
  const status = await engine.ensureStarted();
  const startMs = performance.now() - started;
  if (status.state !== 'actif') {
    engine.dispose();
    return;
  }
  const samples: number[] = [];
  for (const paragraph of grammarParagraphs(analyze(text).document)) {
    const before = performance.now();
    await engine.check(paragraph.text);
    samples.push(performance.now() - before);
  }
  engine.dispose();
  rows.push({ what: 'Démarrage de Grammalecte (pilote, chargement du moteur ; n = 1)', median: ms(startMs), p95: '', target: '', verdict: '' });
  record(`Grammalecte par paragraphe de réponse (${countWords(text).toLocaleString('fr-FR')} mots, premier contrôle, sans cache)`, samples);
}

interface ProcessRun {
  readonly ms: number;
  readonly peakKb: number;
}

/** Wall time and peak memory of a command (GNU time when present). */
function timeCommand(command: string, args: readonly string[]): ProcessRun {
  const hasTime = spawnSync('/usr/bin/time', ['--version']).status === 0;
  const started = performance.now();
  const result = hasTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 })
    : spawnSync(command, args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const elapsed = performance.now() - started;
  if (result.error) throw result.error;
  const lines = (result.stderr ?? '').trim().split('\n');
  return { ms: elapsed, peakKb: hasTime ? Number(lines[lines.length - 1]) : NaN };
}

function grammalecteAvailable(): boolean {
  try {
    execFileSync('grammalecte-cli', ['-h'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

interface Comparison {
  readonly label: string;
  readonly qe: number;
  readonly qePeak: number;
  readonly grammalecte?: number;
  readonly grammalectePeak?: number;
}

function compareWithGrammalecte(files: readonly { label: string; path: string; runs: number }[], withGrammalecte: boolean): Comparison[] {
  const result: Comparison[] = [];
  for (const file of files) {
    const qe: ProcessRun[] = [];
    const gr: ProcessRun[] = [];
    for (let i = 0; i < file.runs; i++) {
      qe.push(timeCommand(process.execPath, [cliPath, '--format', 'json', '--sans-grammaire', file.path]));
      if (withGrammalecte) gr.push(timeCommand('grammalecte-cli', ['-f', file.path, '-j']));
    }
    const median = (values: ProcessRun[], pick: (run: ProcessRun) => number) => quantile(values.map(pick), 0.5);
    result.push({
      label: file.label,
      qe: median(qe, (run) => run.ms),
      qePeak: Math.max(...qe.map((run) => run.peakKb)),
      ...(withGrammalecte ? { grammalecte: median(gr, (run) => run.ms), grammalectePeak: Math.max(...gr.map((run) => run.peakKb)) } : {}),
    });
    process.stderr.write(`  qe-check / grammalecte-cli, ${file.label} : fait\n`);
  }
  return result;
}

async function main(): Promise<void> {
  requireBundles();
  const seed = readSeed();
  const dir = mkdtempSync(join(tmpdir(), 'qe-bench-'));
  const texts = { k1: dossierOfLength(1000), k5: dossierOfLength(5000), k50: dossierOfLength(50000) };
  const files = [
    { label: `graine (${countWords(seed).toLocaleString('fr-FR')} mots)`, path: join(dir, 'graine.md'), text: seed, runs: runs.cli },
    { label: `${countWords(texts.k1).toLocaleString('fr-FR')} mots`, path: join(dir, '1k.qe.md'), text: texts.k1, runs: runs.cli },
    { label: `${countWords(texts.k5).toLocaleString('fr-FR')} mots`, path: join(dir, '5k.qe.md'), text: texts.k5, runs: runs.cli },
    { label: `${countWords(texts.k50).toLocaleString('fr-FR')} mots`, path: join(dir, '50k.qe.md'), text: texts.k50, runs: runs.cli50k },
  ];
  for (const file of files) writeFileSync(file.path, file.text);

  process.stderr.write('Mesures en cours…\n');
  await coldStart(seed);
  warmSeed(seed);
  const peak1k = await keystrokes('1k', texts.k1, { max: 10, p95: 30 });
  const peak5k = await keystrokes('5k', texts.k5);
  bigInProcess(texts.k50);
  const peak50k = await bigThroughLsp(texts.k50);

  const withGrammalecte = grammalecteAvailable();
  if (withGrammalecte) {
    await keystrokes('1k-grammaire', texts.k1, { max: 10, p95: 30 }, true);
    await grammarLatency(texts.k1);
  }
  const comparisons = compareWithGrammalecte(files, withGrammalecte);
  const cliPeak = Math.max(...comparisons.map((comparison) => comparison.qePeak));

  const cpu = cpus();
  const out: string[] = [];
  out.push(`Machine : ${cpu[0]?.model ?? 'inconnu'} × ${cpu.length} cœurs, ${(totalmem() / 2 ** 30).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Gio de mémoire, ${platform()} ${release()}, Node ${process.version}${quick ? ' (mode --quick)' : ''}`);
  const load = loadavg().map((value) => value.toFixed(1).replace('.', ','));
  out.push(`Charge moyenne au moment de la mesure (1, 5, 15 min) : ${load.join(' · ')}${loadavg()[0]! > cpu.length ? ' — machine chargée par d’autres processus : les latences (temps réel) en souffrent, le temps CPU du serveur non' : ''}`);
  out.push('');
  out.push('| Mesure | Médiane | p95 | Cible | Verdict |');
  out.push('|---|---:|---:|---|---|');
  for (const row of rows) out.push(`| ${row.what} | ${row.median} | ${row.p95} | ${row.target} | ${row.verdict} |`);
  // The target is the editor's case, a dossier of about 1,000 words; 5,000 and 50,000 words are shown beside it.
  out.push(`| Mémoire maximale du serveur (VmHWM ; 1 000, 5 000 puis 50 000 mots ; cible sur 1 000 mots) | ${mb(peak1k)} · ${mb(peak5k)} · ${mb(peak50k)} | | ≤ 150 Mo | ${peak1k <= 150 * 1024 ? 'atteint' : 'MANQUÉ'} |`);
  out.push(`| Mémoire maximale de qe-check (50 000 mots) | ${mb(cliPeak)} | | ≤ 150 Mo | ${cliPeak <= 150 * 1024 ? 'atteint' : 'MANQUÉ'} |`);
  out.push('');
  if (!withGrammalecte) {
    out.push('grammalecte-cli est absent (paquet Debian `grammalecte-cli` : `apt-get install grammalecte-cli`) : la colonne Grammalecte est omise.');
    out.push('');
  }
  out.push(`| Fichier (processus complet, médiane) | qe-check --format json | ${withGrammalecte ? 'grammalecte-cli -f -j | Rapport | Mémoire qe-check / Grammalecte |' : 'Mémoire qe-check |'}`);
  out.push(`|---|---:|${withGrammalecte ? '---:|---:|---|' : '---|'}`);
  for (const comparison of comparisons) {
    if (comparison.grammalecte !== undefined) {
      const ratio = comparison.grammalecte / comparison.qe;
      const target = comparison === comparisons[comparisons.length - 1] ? ` (cible ≥ 5× : ${ratio >= 5 ? 'atteint' : 'MANQUÉ'})` : '';
      const factor = (value: number) => value.toLocaleString('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
      const compared = ratio >= 1 ? `${factor(ratio)}× plus rapide` : `${factor(1 / ratio)}× plus lent`;
      out.push(`| ${comparison.label} | ${ms(comparison.qe)} | ${ms(comparison.grammalecte)} | ${compared}${target} | ${mb(comparison.qePeak)} / ${mb(comparison.grammalectePeak ?? NaN)} |`);
    } else {
      out.push(`| ${comparison.label} | ${ms(comparison.qe)} | ${mb(comparison.qePeak)} |`);
    }
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench : échec (${error instanceof Error ? error.stack ?? error.message : String(error)})\n`);
  process.exitCode = 1;
});
