/**
 * Benchmark: median warm time of sub-question coverage (extraction + matching + evidence) on the seed.
 *   npx tsx bench/coverage.bench.ts
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze } from '../server/src/core/index';
import { analyzeCoverage } from '../server/src/core/coverage';

const shared = resolve(__dirname, '..', 'data');
const text = readFileSync(resolve(shared, 'seeds/qe-15-24191.md'), 'utf8');
const { document } = analyze(text);

for (let i = 0; i < 50; i++) analyzeCoverage(document);
const times: number[] = [];
for (let i = 0; i < 500; i++) {
  const start = performance.now();
  analyzeCoverage(document);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
const p95 = times[Math.floor(times.length * 0.95)]!;
const result = analyzeCoverage(document);
console.log(`Couverture des sous-questions, seed (${result.subQuestions.length} sous-questions, ${document.answer?.paragraphs.flatMap((p) => p.sentences).length ?? 0} phrases de réponse)`);
console.log(`médiane à chaud : ${median.toFixed(3)} ms   p95 : ${p95.toFixed(3)} ms   (${times.length} itérations, cible < 5 ms)`);
