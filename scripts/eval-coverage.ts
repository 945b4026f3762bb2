/**
 * Evaluation of sub-question coverage on the hand-labelled development set (test/fixtures/coverage/dev-set.json):
 * extraction precision / recall / F1, kind accuracy, status accuracy, and the ablation test (deleting the answer
 * sentences that carry a sub-question's evidence must make it `partial` or `unanswered`).
 *
 *   npm run eval:coverage
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../server/src/core/index';
import { extractSubQuestions } from '../server/src/core/coverage';
import type { CoverageStatus, SubQuestion, SubQuestionKind } from '../server/src/core/coverage/types';

interface GoldSubQuestion {
  readonly anchor: string;
  readonly kind: SubQuestionKind;
  readonly status?: CoverageStatus;
}

interface Entry {
  readonly id: string;
  readonly source: string;
  readonly file?: string;
  readonly question?: string;
  readonly subQuestions: readonly GoldSubQuestion[];
}

interface Predicted {
  readonly id: string;
  readonly text: string;
  readonly kind: SubQuestionKind;
  readonly status?: CoverageStatus;
  readonly evidence: SubQuestion['evidence'];
}

const root = process.cwd();
const shared = resolve(root, 'data');
const devSet = JSON.parse(readFileSync(resolve(root, 'test/fixtures/coverage/dev-set.json'), 'utf8')) as { entries: Entry[] };
const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');

const norm = (text: string): string => text.toLowerCase().replace(/[’]/gu, "'").replace(/\s+/gu, ' ');

function textOf(entry: Entry): string {
  if (entry.file) return readFileSync(resolve(shared, entry.file), 'utf8');
  return `# Question\n\n${entry.question ?? ''}\n`;
}

function predict(text: string): { predicted: Predicted[]; hasAnswer: boolean } {
  const analysis = analyze(text);
  const { document } = analysis;
  if (document.question && document.answer) return { predicted: [...analysis.subQuestions], hasAnswer: true };
  if (!document.question) return { predicted: [], hasAnswer: false };
  return {
    predicted: extractSubQuestions(document.question).map((sub) => ({ id: sub.id, text: sub.text, kind: sub.kind, evidence: [] })),
    hasAnswer: false,
  };
}

/** Gold index → predicted index, matching in order on the anchor. */
function align(gold: readonly GoldSubQuestion[], predicted: readonly Predicted[]): Map<number, number> {
  const used = new Set<number>();
  const pairs = new Map<number, number>();
  gold.forEach((sub, goldIndex) => {
    const found = predicted.findIndex((candidate, index) => !used.has(index) && norm(candidate.text).includes(norm(sub.anchor)));
    if (found >= 0) {
      used.add(found);
      pairs.set(goldIndex, found);
    }
  });
  return pairs;
}

function without(text: string, ranges: readonly { start: number; end: number }[]): string {
  let result = text;
  for (const range of [...ranges].sort((a, b) => b.start - a.start)) result = result.slice(0, range.start) + result.slice(range.end);
  return result;
}

let goldCount = 0;
let predictedCount = 0;
let matchedCount = 0;
let kindCorrect = 0;
let statusGold = 0;
let statusCorrect = 0;
let ablationTrials = 0;
let ablationPassed = 0;
let strictTrials = 0;
let strictPassed = 0;
const problems: string[] = [];
const confusion = new Map<string, number>();

for (const entry of devSet.entries) {
  const text = textOf(entry);
  const { predicted, hasAnswer } = predict(text);
  const pairs = align(entry.subQuestions, predicted);
  goldCount += entry.subQuestions.length;
  predictedCount += predicted.length;
  matchedCount += pairs.size;
  entry.subQuestions.forEach((gold, goldIndex) => {
    const found = pairs.get(goldIndex);
    const candidate = found === undefined ? undefined : predicted[found];
    if (gold.status) statusGold++;
    if (!candidate) {
      problems.push(`${entry.id}: sous-question non extraite « ${gold.anchor} »`);
      return;
    }
    if (candidate.kind === gold.kind) kindCorrect++;
    else {
      problems.push(`${entry.id} ${candidate.id}: type ${candidate.kind} au lieu de ${gold.kind}`);
      const key = `${gold.kind}→${candidate.kind}`;
      confusion.set(key, (confusion.get(key) ?? 0) + 1);
    }
    if (gold.status) {
      if (candidate.status === gold.status) statusCorrect++;
      else problems.push(`${entry.id} ${candidate.id}: statut ${candidate.status ?? '—'} au lieu de ${gold.status}`);
    }
  });
  predicted.forEach((candidate, index) => {
    if (![...pairs.values()].includes(index)) problems.push(`${entry.id} ${candidate.id}: sous-question en trop « ${candidate.text} »`);
  });
  if (!hasAnswer) continue;
  // Ablation: delete the sentences that carry each sub-question's evidence and analyse again.
  for (const candidate of predicted) {
    if (candidate.evidence.length === 0 || candidate.status === 'unanswered') continue;
    const after = predict(without(text, candidate.evidence)).predicted.find((sub) => sub.id === candidate.id && norm(sub.text) === norm(candidate.text));
    const status = after?.status ?? 'unanswered';
    if (candidate.status === 'answered') {
      ablationTrials++;
      if (status !== 'answered') ablationPassed++;
      else problems.push(`${entry.id} ${candidate.id}: reste « answered » sans ses ${candidate.evidence.length} phrase(s) d'évidence`);
    } else {
      strictTrials++;
      if (status === 'unanswered') strictPassed++;
    }
  }
}

const precision = predictedCount ? matchedCount / predictedCount : 0;
const recall = goldCount ? matchedCount / goldCount : 0;
const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
const pct = (value: number): string => value.toFixed(3);

console.log(`Jeu de développement : ${devSet.entries.length} questions, ${goldCount} sous-questions étiquetées (${statusGold} avec statut)`);
console.log(`Extraction   précision ${pct(precision)} (${matchedCount}/${predictedCount})   rappel ${pct(recall)} (${matchedCount}/${goldCount})   F1 ${pct(f1)}   [cible F1 ≥ 0,9]`);
console.log(`Type         exactitude ${pct(matchedCount ? kindCorrect / matchedCount : 0)} (${kindCorrect}/${matchedCount})   [cible ≥ 0,85]`);
console.log(`Statut       exactitude ${pct(statusGold ? statusCorrect / statusGold : 0)} (${statusCorrect}/${statusGold})   [cible ≥ 0,8]`);
console.log(
  `Ablation     rappel ${pct(ablationTrials ? ablationPassed / ablationTrials : 0)} (${ablationPassed}/${ablationTrials} sous-questions « answered » deviennent « partial » ou « unanswered »)   [cible ≥ 0,9]`,
);
console.log(`             (information : ${strictPassed}/${strictTrials} sous-questions « partial » deviennent « unanswered » sans leurs phrases d'évidence)`);
if (confusion.size) console.log(`Confusions de type : ${[...confusion].map(([key, count]) => `${key} ×${count}`).join(', ')}`);
if (problems.length) {
  console.log(`\nÉcarts (${problems.length}) :`);
  for (const problem of verbose ? problems : problems.slice(0, 30)) console.log(`  - ${problem}`);
}
