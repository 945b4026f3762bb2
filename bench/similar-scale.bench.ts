/**
 * The earlier-questions index at the scale of a legislature (issue 14, part 5), on the bundles as shipped:
 *   npx tsx bench/similar-scale.bench.ts [--records N] [--queries N]     (10,000 records by default; 100,000 for the issue)
 *
 * A corpus of N generated records (bench/similar-corpus.ts: the real texts of `data/` recombined, distinct), plus
 * one broken file, is written into a temporary folder (removed at the end). Then:
 * - the language server (stdio) is asked `qe/similar` for the first time: the index process (a child of the
 *   server) builds the index; build time (wall, and CPU of the index process), its peak memory (VmHWM), the
 *   keystroke latency (didChange + pull diagnostics on a 1,000-word dossier) before and during the build;
 * - resident memory (VmRSS) of both processes after the build;
 * - queries through the LSP (a record of the corpus re-asked by another member: it must come first, identical);
 * - the server closed, the index process started again on its own from the saved index: time to its first
 *   answer (no corpus file read), its memory, then one-file updates (a record changed on disk, `update`).
 * No timed assertion: this prints figures, beside the issue's targets.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeTextDocumentNotification, DocumentDiagnosticRequest, type DocumentDiagnosticReport } from 'vscode-languageserver-protocol/node';
import { readDocument } from '../server/src/core/parse';
import { recordOf } from '../server/src/core/similar';
import { SimilarIndexClient } from '../server/src/node/similar-client';
import type { QueryResult, StatsResult, UpdateResult } from '../server/src/node/similar-protocol';
import { similarRequest } from '../server/src/lsp/features/similar-protocol';
import { requireBundles, serverPath } from '../test/helpers/cli';
import { pullCapabilities, TestLspClient } from '../test/helpers/lsp-client';
import { seededRandom } from '../test/helpers/random';
import { generateCorpus } from './similar-corpus';
import { distinctDossier } from './texts';

const option = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(name);
  const value = at >= 0 ? Number(process.argv[at + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const count = option('--records', 10_000);
const queries = option('--queries', 100);

const ticks = 100;
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticks;
}
function statusMb(pid: number, key: 'VmHWM' | 'VmRSS'): number {
  const kb = Number(new RegExp(`${key}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);
  return Math.round(kb / 1024);
}
/** The server's child that runs the index (the server may have other children). */
function childOf(pid: number): number | undefined {
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    for (const child of readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)) {
      if (readFileSync(`/proc/${child}/cmdline`, 'utf8').includes('similar-index')) return Number(child);
    }
  }
  return undefined;
}
function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}
const f = (value: number) => (value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0));

const rows: [string, string, string][] = [];
function row(what: string, value: string, target = ''): void {
  rows.push([what, value, target]);
  console.log(`  ${what} : ${value}${target ? `   (cible ${target})` : ''}`);
}

/** A question of the corpus asked again by another member, to another title (it must be found first, identical). */
function reAskedText(path: string): { text: string; numero: number } {
  const record = recordOf(path, readDocument(readFileSync(path, 'utf8')))!;
  const rest = record.question.slice(record.question.indexOf(' sur ') + 5);
  const text = `---\nnumero: ${900000 + (record.numero ?? 0)}\nlegislature: 17\nchambre: AN\n---\n\n# Question\n\nMme Claire Fontaine interroge M. le ministre délégué sur ${rest}\n\n# Réponse\n\nÀ rédiger.\n`;
  return { text, numero: record.numero! };
}

async function pull(client: TestLspClient, uri: string): Promise<void> {
  for (;;) {
    try {
      (await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as DocumentDiagnosticReport;
      return;
    } catch (error) {
      if ((error as { code?: number }).code !== -32802) throw error;
    }
  }
}

/** Types while `until` is pending (or `max` keys): the latency of each didChange + pull. */
async function type(client: TestLspClient, uri: string, text: string, state: { version: number }, until: Promise<unknown> | undefined, max: number): Promise<number[]> {
  const lines = text.split('\n');
  let line = lines.indexOf('# Réponse') + 2;
  while (lines[line]!.trim() === '') line++;
  let character = lines[line]!.length;
  let done = false;
  void until?.finally(() => (done = true));
  const samples: number[] = [];
  for (let i = 0; i < max && !done; i++) {
    const started = performance.now();
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: ++state.version },
      contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: 'x' }],
    });
    character++;
    await pull(client, uri);
    samples.push(performance.now() - started);
    // A typist's pace, not a flood: the index process gets the CPU between keys, as in the editor.
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
  return samples;
}

async function main(): Promise<void> {
  requireBundles();
  const indexScript = join(serverPath, '..', 'similar-index.js');
  const dir = mkdtempSync(join(tmpdir(), 'qe-bench-similaires-'));
  const corpus = join(dir, 'corpus');
  const storage = join(dir, 'stockage', 'index-questions.json');
  console.log(`Index des questions antérieures à l’échelle : ${count.toLocaleString('fr-FR')} enregistrements générés (textes réels de data/ recombinés), ${cpus().length} cœurs, charge ${loadavg().map((load) => load.toFixed(1)).join(' ')}`);
  try {
    let started = performance.now();
    const paths = generateCorpus(corpus, count);
    writeFileSync(join(corpus, 'casse.qe.md'), Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41]));
    console.log(`  (corpus écrit en ${f((performance.now() - started) / 1000)} s)`);
    const random = seededRandom(5);
    const asked = Array.from({ length: queries }, () => reAskedText(paths[Math.floor(random() * paths.length)]!));

    const client = new TestLspClient();
    client.connection.onRequest('window/workDoneProgress/create', () => null);
    let progressShown = false;
    client.connection.onNotification('$/progress', (params: { value: { kind: string } }) => {
      if (params.value.kind === 'begin') progressShown = true;
    });
    await client.initialize({ ...pullCapabilities, window: { workDoneProgress: true } }, dir);
    const dossier = distinctDossier(1_000).text;
    const typingUri = 'file:///bench/frappe.qe.md';
    await client.open(typingUri, dossier, 'qe');
    const state = { version: 1 };
    await pull(client, typingUri);
    const quiet = await type(client, typingUri, dossier, state, undefined, 60);

    const queryUri = pathToUri(join(dir, 'question.qe.md'));
    await client.open(queryUri, asked[0]!.text, 'qe');
    let queryVersion = 1;
    const ask = async (text: string) => {
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: queryUri, version: ++queryVersion }, contentChanges: [{ text }] });
      return client.connection.sendRequest(similarRequest, { uri: queryUri, corpus: [corpus], storage, limit: 10 });
    };
    started = performance.now();
    const first = ask(asked[0]!.text);
    // The index process appears with the first request.
    let indexPid: number | undefined;
    for (let i = 0; i < 100 && indexPid === undefined; i++) {
      indexPid = childOf(client.pid!);
      if (indexPid === undefined) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const during = await type(client, typingUri, dossier, state, first, 100_000);
    const firstResult = await first;
    const buildMs = performance.now() - started;
    console.log('Première construction (par le serveur de langage) :');
    row('construction, temps écoulé', `${f(buildMs / 1000)} s`, '≤ 60 s');
    row('construction, temps CPU du processus de l’index', `${f(cpuMs(indexPid!) / 1000)} s`);
    row('pic de mémoire du processus de l’index (VmHWM)', `${statusMb(indexPid!, 'VmHWM')} Mo`, '≤ 500 Mo');
    row('notification de progression affichée', progressShown ? 'oui' : 'non', 'oui');
    row('fichier illisible listé et ignoré', firstResult?.skipped.some((file) => file.path.endsWith('casse.qe.md')) ? `oui (${firstResult.indexed} questions indexées)` : 'non', 'oui');
    row('frappe → diagnostics, index au repos : médiane / p95', `${f(quantile(quiet, 0.5))} / ${f(quantile(quiet, 0.95))} ms`);
    row(`frappe → diagnostics pendant la construction (${during.length} frappes) : médiane / p95`, `${f(quantile(during, 0.5))} / ${f(quantile(during, 0.95))} ms`, 'inchangée');
    row('mémoire résidente du serveur de langage après (VmRSS)', `${statusMb(client.pid!, 'VmRSS')} Mo`);
    row('mémoire résidente du processus de l’index juste après (VmRSS)', `${statusMb(indexPid!, 'VmRSS')} Mo`);
    // V8 gives pages back to the system when the process is idle (its memory reducer): « afterwards ».
    await new Promise((resolve) => setTimeout(resolve, 15_000));
    row('mémoire résidente du processus de l’index, 15 s après (VmRSS)', `${statusMb(indexPid!, 'VmRSS')} Mo`, '≤ 200 Mo');
    row('mémoire résidente du serveur de langage, 15 s après (VmRSS)', `${statusMb(client.pid!, 'VmRSS')} Mo`);

    const times: number[] = [];
    const queryCpuBefore = cpuMs(indexPid!);
    let firstAndIdentical = 0;
    for (const { text, numero } of asked) {
      const t = performance.now();
      const result = await ask(text);
      times.push(performance.now() - t);
      if (result?.similar[0]?.numero === numero && result.similar[0].identical) firstAndIdentical++;
    }
    console.log('Recherches (via LSP : document → serveur → processus de l’index) :');
    row(`recherche, ${queries} questions reposées : médiane / p95`, `${f(quantile(times, 0.5))} / ${f(quantile(times, 0.95))} ms`, 'p95 ≤ 50 ms');
    row('  temps CPU du processus de l’index par recherche (moyenne)', `${f((cpuMs(indexPid!) - queryCpuBefore) / queries)} ms`);
    row('question reposée trouvée première et identique', `${firstAndIdentical} / ${queries}`);
    await client.close();
    // The index process saves and stops when the server's channel closes.
    for (let i = 0; i < 300 && indexPid !== undefined && existsPid(indexPid); i++) await new Promise((resolve) => setTimeout(resolve, 50));

    console.log('Redémarrage depuis l’index enregistré, puis mises à jour d’un fichier :');
    const index = new SimilarIndexClient({ script: indexScript });
    try {
      const key = { roots: [corpus], storage };
      const record = recordOf('q.qe.md', readDocument(asked[1]!.text))!;
      started = performance.now();
      const again = await index.request<QueryResult>({ kind: 'query', corpus: key, record, limit: 10 });
      row('redémarrage : première réponse', `${f((performance.now() - started) / 1000)} s (CPU ${f(cpuMs(index.pid!) / 1000)} s ; ${again.indexed} questions, aucun fichier du corpus relu)`, 'pas de reconstruction');
      await new Promise((resolve) => setTimeout(resolve, 15_000));
      row('mémoire résidente du processus de l’index redémarré, 15 s après (VmRSS / VmHWM)', `${statusMb(index.pid!, 'VmRSS')} / ${statusMb(index.pid!, 'VmHWM')} Mo`, '≤ 200 Mo');
      const stats = await index.request<StatsResult>({ kind: 'stats' });
      row('  dont tas JavaScript utilisé', `${Math.round(stats.heapUsed / 1048576)} Mo`);
      const updates: number[] = [];
      const updateCpuBefore = cpuMs(index.pid!);
      for (let i = 0; i < 30; i++) {
        const path = paths[Math.floor(random() * paths.length)]!;
        writeFileSync(path, readFileSync(path, 'utf8').replace(/(Question écrite n° \d+|"analyse":")/u, `$1 `));
        const t = performance.now();
        const result = await index.request<UpdateResult>({ kind: 'update', corpus: key, paths: [path] });
        updates.push(performance.now() - t);
        if (result.changed !== 1) throw new Error(`mise à jour de ${path} : ${JSON.stringify(result)}`);
      }
      row('mise à jour d’un fichier (30 fichiers) : médiane / p95', `${f(quantile(updates, 0.5))} / ${f(quantile(updates, 0.95))} ms`, '≤ 50 ms');
      row('  temps CPU du processus de l’index par mise à jour (moyenne)', `${f((cpuMs(index.pid!) - updateCpuBefore) / updates.length)} ms`);
      const directCpuBefore = cpuMs(index.pid!);
      const direct: number[] = [];
      for (const { text } of asked) {
        const query = recordOf('q.qe.md', readDocument(text))!;
        const t = performance.now();
        await index.request<QueryResult>({ kind: 'query', corpus: key, record: query, limit: 10 });
        direct.push(performance.now() - t);
      }
      row('recherche adressée au processus de l’index : médiane / p95', `${f(quantile(direct, 0.5))} / ${f(quantile(direct, 0.95))} ms`, 'p95 ≤ 50 ms');
      row('  temps CPU du processus de l’index par recherche (moyenne)', `${f((cpuMs(index.pid!) - directCpuBefore) / direct.length)} ms`);
    } finally {
      index.dispose();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`(charge en fin de mesure : ${loadavg().map((load) => load.toFixed(1)).join(' ')})`);
}

function existsPid(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function pathToUri(path: string): string {
  return pathToFileURL(path).href;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
