/**
 * Benchmark of the spelling check and of the rules of groups D to J:
 * - load time and memory of hunspell (WASM) + dictionary-fr (target < 300 ms, < 100 MB), in this fresh process;
 * - warm median time of the D–J rules on the seed, without and with spelling (target: well under 10 ms);
 * - one pass of the D–J rules on a 50,000-word document (target < 1 s).
 *   npx tsx bench/spelling.bench.ts
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze } from '../server/src/core/index';
import { runRules } from '../server/src/core/rules/run';
import { rules } from '../server/src/core/rules/registry';
import { defaultStyleSettings } from '../server/src/core/config/settings';
import { loadSpellChecker, spellingLoadStats } from '../server/src/node/spelling';
import { groupDJ } from '../test/core/rules/house-style-ids-d-j';
import type { QeDocument } from '../server/src/core/model/types';
import type { SpellChecker } from '../server/src/core/spelling/spell-checker';

const shared = resolve(__dirname, '..', 'data');
const seed = readFileSync(resolve(shared, 'seeds/qe-15-24191.md'), 'utf8');
const ours = new Set<string>(groupDJ);
const djRules = rules.filter((rule) => ours.has(rule.meta.id));

function median(run: () => void, iterations: number): { median: number; p95: number } {
  for (let i = 0; i < Math.min(20, iterations); i++) run();
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, p95: times[Math.floor(times.length * 0.95)]! };
}

function check(document: QeDocument, spellChecker?: SpellChecker): number {
  const style = { ...defaultStyleSettings, ...(spellChecker ? { spellChecker } : {}) };
  return runRules(document, { profile: 'jo', severities: {}, style }, djRules).length;
}

async function main(): Promise<void> {
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const spellChecker = await loadSpellChecker();
  const loadMs = performance.now() - started;
  global.gc?.();
  const rssAfter = process.memoryUsage().rss;
  const heapAfter = process.memoryUsage().heapUsed;
  console.log(`Chargement de hunspell + dictionary-fr : ${loadMs.toFixed(0)} ms (cible < 300 ms) — dossier ${spellingLoadStats()?.dictionaryDir}`);
  console.log(`Mémoire : RSS +${((rssAfter - rssBefore) / 1e6).toFixed(1)} Mo (total ${(rssAfter / 1e6).toFixed(0)} Mo, cible < 100 Mo), tas JS +${((heapAfter - heapBefore) / 1e6).toFixed(1)} Mo`);

  const document = analyze(seed).document;
  const without = median(() => check(document), 300);
  const withSpelling = median(() => check(document, spellChecker), 300);
  console.log(`Règles D à J sur la réponse d'exemple (${djRules.length} règles, ${check(document)} constats) : médiane ${without.median.toFixed(2)} ms, p95 ${without.p95.toFixed(2)} ms`);
  console.log(`… avec l'orthographe (cache chaud) : médiane ${withSpelling.median.toFixed(2)} ms, p95 ${withSpelling.p95.toFixed(2)} ms`);
  const full = median(() => analyze(seed, { spellChecker }), 50);
  console.log(`analyze() complet de la réponse d'exemple, toutes règles, orthographe comprise : médiane ${full.median.toFixed(2)} ms`);

  // A 50,000-word document: the seed's answer repeated.
  const answer = document.answer!.paragraphs.map((paragraph) => paragraph.text).join('\n\n');
  const answerWords = answer.split(/\s+/).length;
  const big = `---\nnumero: 1\n---\n\n# Question\n\n${document.question!.paragraphs[0]!.text}\n\n# Réponse\n\n${Array.from({ length: Math.ceil(50_000 / answerWords) }, () => answer).join('\n\n')}\n`;
  const bigDocument = analyze(big, { severities: Object.fromEntries(rules.map((rule) => [rule.meta.id, 'off'])) }).document;
  let start = performance.now();
  const bigCount = check(bigDocument);
  const bigMs = performance.now() - start;
  start = performance.now();
  check(bigDocument, spellChecker);
  const bigSpellMs = performance.now() - start;
  console.log(`Document de ${(Math.ceil(50_000 / answerWords) * answerWords).toLocaleString('fr-FR')} mots : règles D à J ${bigMs.toFixed(0)} ms (${bigCount} constats), avec l'orthographe ${bigSpellMs.toFixed(0)} ms (cible < 1 s)`);
}

void main();
