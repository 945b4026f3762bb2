/**
 * Issue 10 experiment: trains a small learned kind model (`scripts/kind-model.ts`) from labelled text that is in
 * the repository only, and compares it with the hand-written cues:
 *
 * - the « tune » half of coverage-dev (never the held-out half: `halfOf` of `eval-coverage-lib.ts`);
 * - the earlier dev-set (test/fixtures/coverage/dev-set.json: the extracted sub-question that holds each anchor);
 * - the hand-made expectations of the coverage tests (`'kind | text'` strings in test/core/coverage/*.test.ts).
 *
 *   npx tsx scripts/train-kinds.ts --cv                      # 5-fold cross-validated accuracy on the examples
 *   npx tsx scripts/train-kinds.ts [nb] --out model.json       # writes the weights (logistic regression by default)
 *   npx tsx scripts/train-kinds.ts --compare [--set DIR]...    # rules / model / rules + model, kind accuracy
 *
 * `--compare` prints kind accuracy (counts only, never a text) on the dev-set, the tune half, the held-out half and
 * each `--set DIR` (a directory with `questions.jsonl` and `labels.jsonl` in the coverage-dev format, e.g. a
 * measuring set kept outside the repository), for: the rules alone; the model alone; the model where the rules
 * find no cue of their own (`classify` undefined); the model as a tie-breaker between the kinds of several cues;
 * the model wherever its probability reaches a threshold. The result (issue 10, nb10): the model does not land.
 * With every readable measuring set and leave-one-set-out (kd6): `scripts/kinds-loso.ts`, the same result.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../server/src/core/index';
import { foldForSearch } from '../server/src/core/text/fold';
import { kindFeatures, predictKind, type KindModel } from './kind-model';
import type { SubQuestionKind } from '../server/src/core/coverage/types';
import { classify, cueKinds } from '../server/src/core/coverage/kinds';
import { dossierOf, halfOf, loadCoverageDev, matchThreshold, overlap } from './eval-coverage-lib';

export interface Example {
  readonly text: string;
  readonly kind: SubQuestionKind;
  readonly source: string;
}

const kindNames: readonly SubQuestionKind[] = ['calendrier', 'chiffres', 'mesures', 'modalites', 'intention', 'position', 'droit', 'articulation', 'autre'];

/** Every labelled example in the repository that a rule writer may read (never the held-out half). */
export function trainingExamples(root: string): Example[] {
  const examples: Example[] = [];
  for (const { question, labels } of loadCoverageDev(root)) {
    if (halfOf(question.id) !== 'tune') continue;
    for (const sub of labels.subQuestions) examples.push({ text: foldForSearch(sub.text), kind: sub.kind, source: 'tune' });
  }
  const devSet = JSON.parse(readFileSync(resolve(root, 'test/fixtures/coverage/dev-set.json'), 'utf8')) as {
    entries: { file?: string; question?: string; subQuestions: { anchor: string; kind: SubQuestionKind }[] }[];
  };
  for (const entry of devSet.entries) {
    const text = entry.file ? readFileSync(resolve(root, 'data', entry.file), 'utf8') : dossierOf(entry.question ?? '', null);
    const predicted = analyze(text).subQuestions;
    for (const gold of entry.subQuestions) {
      const anchor = foldForSearch(gold.anchor);
      const found = predicted.find((sub) => foldForSearch(sub.text).includes(anchor));
      examples.push({ text: found ? foldForSearch(found.text) : anchor, kind: gold.kind, source: 'dev-set' });
    }
  }
  const testDir = resolve(root, 'test/core/coverage');
  const quoted = new RegExp(`'(${kindNames.join('|')}) \\| ((?:[^'\\\\]|\\\\.)+)'|"(${kindNames.join('|')}) \\| ((?:[^"\\\\]|\\\\.)+)"`, 'gu');
  for (const name of readdirSync(testDir).filter((file) => file.endsWith('.test.ts')).sort()) {
    const source = readFileSync(resolve(testDir, name), 'utf8');
    for (const match of source.matchAll(quoted)) {
      const kind = (match[1] ?? match[3]) as SubQuestionKind;
      const text = (match[2] ?? match[4])!.replace(/\\(.)/gu, '$1');
      if (text.includes('${')) continue;
      examples.push({ text: foldForSearch(text), kind, source: `test:${name}` });
    }
  }
  // One example per text (a test may repeat a case); none that is labelled in the held-out half only (a question of
  // the earlier dev-set is also in the held-out half).
  const tune = new Set(examples.filter((example) => example.source === 'tune').map((example) => example.text));
  const heldOut = new Set(
    loadCoverageDev(root)
      .filter(({ question }) => halfOf(question.id) === 'held-out')
      .flatMap(({ labels }) => labels.subQuestions.map((sub) => foldForSearch(sub.text)))
      .filter((text) => !tune.has(text)),
  );
  const seen = new Set<string>();
  return examples.filter((example) => !heldOut.has(example.text) && !seen.has(example.text) && seen.add(example.text));
}

interface Encoded {
  readonly features: readonly number[];
  readonly kind: number;
}

function encode(examples: readonly Example[], kinds: readonly SubQuestionKind[], minCount: number): { vocabulary: string[]; data: Encoded[] } {
  const counts = new Map<string, number>();
  const featureSets = examples.map((example) => kindFeatures(example.text));
  for (const features of featureSets) for (const feature of features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const vocabulary = [...counts].filter(([, count]) => count >= minCount).map(([feature]) => feature).sort();
  const index = new Map(vocabulary.map((feature, i) => [feature, i]));
  const data = featureSets.map((features, i) => ({
    features: features.map((feature) => index.get(feature)).filter((i): i is number => i !== undefined),
    kind: kinds.indexOf(examples[i]!.kind),
  }));
  return { vocabulary, data };
}

/** Multinomial logistic regression, L2-regularised, full-batch gradient descent (binary features). */
function trainLogistic(data: readonly Encoded[], features: number, classes: number, lambda = 0.01, epochs = 300, rate = 0.5): { bias: number[]; weights: number[][] } {
  const weights = Array.from({ length: features }, () => new Array<number>(classes).fill(0));
  const bias = new Array<number>(classes).fill(0);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const gradW = Array.from({ length: features }, () => new Array<number>(classes).fill(0));
    const gradB = new Array<number>(classes).fill(0);
    for (const { features: xs, kind } of data) {
      const scores = [...bias];
      for (const f of xs) for (let k = 0; k < classes; k++) scores[k]! += weights[f]![k]!;
      const top = Math.max(...scores);
      const exp = scores.map((s) => Math.exp(s - top));
      const sum = exp.reduce((a, b) => a + b, 0);
      for (let k = 0; k < classes; k++) {
        const error = exp[k]! / sum - (k === kind ? 1 : 0);
        gradB[k]! += error;
        for (const f of xs) gradW[f]![k]! += error;
      }
    }
    const n = data.length;
    for (let k = 0; k < classes; k++) bias[k]! -= (rate * gradB[k]!) / n;
    for (let f = 0; f < features; f++) for (let k = 0; k < classes; k++) weights[f]![k]! -= rate * (gradW[f]![k]! / n + lambda * weights[f]![k]!);
  }
  return { bias, weights };
}

/** Multinomial naive Bayes over feature presence, Laplace smoothing, as a linear model (log-probabilities). */
function trainBayes(data: readonly Encoded[], features: number, classes: number, alpha = 0.5): { bias: number[]; weights: number[][] } {
  const docs = new Array<number>(classes).fill(0);
  const totals = new Array<number>(classes).fill(0);
  const counts = Array.from({ length: features }, () => new Array<number>(classes).fill(0));
  for (const { features: xs, kind } of data) {
    docs[kind]!++;
    for (const f of xs) {
      counts[f]![kind]!++;
      totals[kind]!++;
    }
  }
  const bias = docs.map((d) => Math.log((d + 1) / (data.length + classes)));
  const weights = counts.map((row) => row.map((c, k) => Math.log((c + alpha) / (totals[k]! + alpha * features))));
  return { bias, weights };
}

export function train(examples: readonly Example[], method: 'lr' | 'nb' = 'lr', minCount = 2): KindModel {
  const kinds = kindNames.filter((kind) => examples.some((example) => example.kind === kind));
  const { vocabulary, data } = encode(examples, kinds, minCount);
  const { bias, weights } = (method === 'lr' ? trainLogistic : trainBayes)(data, vocabulary.length, kinds.length);
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  const table: Record<string, number[]> = {};
  vocabulary.forEach((feature, f) => {
    const row = weights[f]!.map(round);
    if (row.some((w) => w !== 0)) table[feature] = row;
  });
  return { kinds, bias: bias.map(round), weights: table };
}

function crossValidate(examples: readonly Example[], method: 'lr' | 'nb'): string {
  let right = 0;
  for (let fold = 0; fold < 5; fold++) {
    const trainSet = examples.filter((_, i) => i % 5 !== fold);
    const model = train(trainSet, method);
    examples.forEach((example, i) => {
      if (i % 5 === fold && predictKind(model, example.text).kind === example.kind) right++;
    });
  }
  return `${method}: exactitude en validation croisée (5 plis) ${(right / examples.length).toFixed(3)} (${right}/${examples.length})`;
}

interface Row {
  readonly text: string;
  readonly rule: SubQuestionKind;
  readonly gold: SubQuestionKind;
}

interface LabelledQuestion {
  readonly question: string;
  readonly answer: string | null;
  readonly subs: readonly { text: string; kind: SubQuestionKind }[];
}

/** Matched sub-questions (gold text ↔ extracted text by word overlap, best first, one to one) and their kinds. */
function rowsOf(items: readonly LabelledQuestion[]): Row[] {
  const rows: Row[] = [];
  for (const item of items) {
    const predicted = analyze(dossierOf(item.question, item.answer)).subQuestions;
    const pairs = item.subs.flatMap((sub, g) => predicted.map((candidate, p) => ({ g, p, score: overlap(sub.text, candidate.text) })));
    const usedGold = new Set<number>();
    const usedPredicted = new Set<number>();
    for (const { g, p } of pairs.filter((pair) => pair.score >= matchThreshold).sort((a, b) => b.score - a.score)) {
      if (usedGold.has(g) || usedPredicted.has(p)) continue;
      usedGold.add(g);
      usedPredicted.add(p);
      rows.push({ text: foldForSearch(predicted[p]!.text), rule: predicted[p]!.kind, gold: item.subs[g]!.kind });
    }
  }
  return rows;
}

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

function externalSet(dir: string): LabelledQuestion[] {
  const labels = new Map(readJsonl<{ id: string; subQuestions: { text: string; kind: SubQuestionKind }[] }>(resolve(dir, 'labels.jsonl')).map((entry) => [entry.id, entry.subQuestions]));
  return readJsonl<{ id: string; question: string; answer?: string | null }>(resolve(dir, 'questions.jsonl')).map((q) => ({ question: q.question, answer: q.answer ?? null, subs: labels.get(q.id) ?? [] }));
}

function devSetRows(root: string): Row[] {
  const devSet = JSON.parse(readFileSync(resolve(root, 'test/fixtures/coverage/dev-set.json'), 'utf8')) as {
    entries: { file?: string; question?: string; subQuestions: { anchor: string; kind: SubQuestionKind }[] }[];
  };
  const rows: Row[] = [];
  for (const entry of devSet.entries) {
    const text = entry.file ? readFileSync(resolve(root, 'data', entry.file), 'utf8') : dossierOf(entry.question ?? '', null);
    const predicted = analyze(text).subQuestions;
    const used = new Set<number>();
    for (const gold of entry.subQuestions) {
      const anchor = foldForSearch(gold.anchor);
      const found = predicted.findIndex((sub, i) => !used.has(i) && foldForSearch(sub.text).includes(anchor));
      if (found < 0) continue;
      used.add(found);
      rows.push({ text: foldForSearch(predicted[found]!.text), rule: predicted[found]!.kind, gold: gold.kind });
    }
  }
  return rows;
}

function variants(model: KindModel): [string, (row: Row) => SubQuestionKind][] {
  const modelKind = (row: Row): SubQuestionKind => predictKind(model, row.text).kind;
  const result: [string, (row: Row) => SubQuestionKind][] = [
    ['règles seules', (row) => row.rule],
    ['modèle seul', modelKind],
    ['modèle si aucun indice', (row) => (classify(row.text) === undefined ? modelKind(row) : row.rule)],
    ['modèle entre indices', (row) => {
      const found = new Set(cueKinds(row.text));
      const kind = modelKind(row);
      return found.size >= 2 && found.has(kind) ? kind : row.rule;
    }],
  ];
  for (const threshold of [0.7, 0.8, 0.9]) {
    result.push([`modèle si p ≥ ${threshold}`, (row) => {
      const { kind, p } = predictKind(model, row.text);
      return p >= threshold ? kind : row.rule;
    }]);
  }
  return result;
}

function compare(root: string, examples: readonly Example[], sets: readonly string[]): void {
  const coverage = loadCoverageDev(root);
  const half = (name: 'tune' | 'held-out'): LabelledQuestion[] =>
    coverage.filter(({ question }) => halfOf(question.id) === name).map(({ question, labels }) => ({ question: question.question, answer: question.answer, subs: labels.subQuestions }));
  const measured: [string, Row[]][] = [
    ['dev-set', devSetRows(root)],
    ['réglage', rowsOf(half('tune'))],
    ['réservée', rowsOf(half('held-out'))],
    ...sets.map((dir): [string, Row[]] => [dir.replace(/\/+$/u, '').split('/').pop()!, rowsOf(externalSet(dir))]),
  ];
  for (const method of ['lr', 'nb'] as const) {
    const model = train(examples, method);
    console.log(`== ${method === 'lr' ? 'régression logistique' : 'Bayes naïf'} (${Object.keys(model.weights).length} traits)`);
    for (const [name, choose] of variants(model)) {
      const cells = measured.map(([set, rows]) => {
        const right = rows.filter((row) => choose(row) === row.gold).length;
        return `${set} ${(right / rows.length).toFixed(3)} (${right}/${rows.length})`;
      });
      console.log(`  ${name.padEnd(24)} ${cells.join('   ')}`);
    }
  }
}

if (require.main === module) {
  const root = resolve(__dirname, '..');
  const args = process.argv.slice(2);
  const method = args.includes('nb') ? 'nb' : 'lr';
  const examples = trainingExamples(root);
  const bySource = new Map<string, number>();
  for (const example of examples) bySource.set(example.source.replace(/:.*/u, ''), (bySource.get(example.source.replace(/:.*/u, '')) ?? 0) + 1);
  console.log(`${examples.length} exemples : ${[...bySource].map(([source, n]) => `${source} ${n}`).join(', ')}`);
  if (args.includes('--cv')) {
    console.log(crossValidate(examples, 'lr'));
    console.log(crossValidate(examples, 'nb'));
  } else if (args.includes('--compare')) {
    const sets = args.flatMap((arg, i) => (args[i - 1] === '--set' ? [arg] : []));
    const missing = sets.find((dir) => !existsSync(resolve(dir, 'labels.jsonl')));
    if (missing) throw new Error(`jeu introuvable : ${missing} (labels.jsonl et questions.jsonl attendus)`);
    compare(root, examples, sets);
  } else if (args.includes('--out')) {
    const out = args[args.indexOf('--out') + 1]!;
    const model = train(examples, method);
    writeFileSync(out, `${JSON.stringify(model)}\n`);
    console.log(`${Object.keys(model.weights).length} traits → ${out}`);
  } else {
    console.log('Usage : npx tsx scripts/train-kinds.ts --cv | --compare [--set DIR]… | [nb] --out modele.json');
  }
}
