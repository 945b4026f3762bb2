/**
 * Micro benchmark of the French prose parser.
 * Run: npx tsx bench/prose.bench.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParseLatin } from 'parse-latin';
import { segmentSentences, segmentSentencesChunked } from '../server/src/core/prose/parse-french';

const root = join(__dirname, '..');
const seed = readFileSync(join(root, 'examples', 'sources', 'qe-15-24191.md'), 'utf8');
const from = seed.indexOf('#### Texte de la réponse') + '#### Texte de la réponse'.length;
const seedAnswer = seed.slice(from, seed.indexOf('## Données clés')).trim();

const answers = readFileSync(join(root, 'test', 'core', 'prose', 'fixtures', 'an-17-qa.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as { answer: string | null }).answer ?? '')
  .filter((answer) => answer !== '');

const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;
const parts: string[] = [];
let total = 0;
for (let i = 0; total < 50_000; i++) {
  const answer = answers[i % answers.length];
  parts.push(answer);
  total += countWords(answer);
}
const big = parts.join('\n\n');

function median(fn: () => void, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const latin = new ParseLatin();
// Warm up the JIT and the character table.
for (let i = 0; i < 20; i++) segmentSentences(seedAnswer);
segmentSentences(big);

const rows: Array<[string, number]> = [
  [`seed answer (${countWords(seedAnswer)} words, ${seedAnswer.length} chars): segmentSentences`, median(() => segmentSentences(seedAnswer), 200)],
  [`seed answer: parse-latin tokenizeParagraph (reference)`, median(() => latin.tokenizeParagraph(seedAnswer), 200)],
  [`${countWords(big)} words (${big.length} chars): segmentSentences`, median(() => segmentSentences(big), 9)],
  [`${countWords(big)} words: segmentSentences without chunking`, median(() => segmentSentencesChunked(big, Infinity), 5)],
  [`${countWords(big)} words: parse-latin tokenizeParagraph (reference)`, median(() => latin.tokenizeParagraph(big), 5)],
];
for (const [label, ms] of rows) console.log(`${ms.toFixed(3).padStart(9)} ms  median  ${label}`);
