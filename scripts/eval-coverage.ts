/**
 * Evaluation of sub-question coverage, each set on its own (never pooled):
 *
 * 1. the earlier self-labelled dev-set (test/fixtures/coverage/dev-set.json), which the rules were written from;
 * 2. coverage-dev (data/corpus/coverage-dev), real AN and Sénat questions labelled independently, in two halves
 *    fixed by a hash of the id: « tune » (read while writing cues) and « held-out » (never read while writing
 *    rules: the leave-one-set-out figure). Its discrepancies are listed only with --show-held-out.
 * 3–9. the measuring sets of data/corpus/measure-sets (see its README): three hand-written sets labelled blind, two
 *    of them read while writing rules since, real even-year questions in two halves, one read, one not, two sets
 *    of real questions gathered to write rules (regression only), and real questions labelled blind (reserved).
 *    What no rule writer has read is reported without its discrepancies (unless --show-held-out).
 *
 * Measures: extraction P/R/F1 (sub-questions matched by word overlap with the labelled text, questions without
 * an answer included), kind accuracy, status accuracy, flag F1 (partial or unanswered), ablation (without the
 * passage carrying the evidence, an answered sub-question must be flagged).
 *
 *   npm run eval:coverage [-- --verbose] [-- --show-held-out]
 */
import { evaluateCoverageDev, evaluateDevSet, evaluateMeasureSet, formatMetrics, halfOf, seenInOpenData, type Metrics } from './eval-coverage-lib';

const root = process.cwd();
const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
const showHeldOut = process.argv.includes('--show-held-out');

function print(title: string, metrics: Metrics, listProblems: boolean): void {
  console.log(formatMetrics(title, metrics, listProblems));
  if (listProblems && metrics.problems.length) {
    console.log(`  Écarts (${metrics.problems.length}) :`);
    for (const problem of verbose ? metrics.problems : metrics.problems.slice(0, 30)) console.log(`    - ${problem}`);
  }
  console.log('');
}

print('1. Jeu de développement initial (auto-étiqueté, textes d’écriture des règles)', evaluateDevSet(root), true);
print('2a. coverage-dev, moitié « réglage » (lue pour écrire les indices)', evaluateCoverageDev(root, 'tune'), true);
const seenHeldOut = [...seenInOpenData(root)].filter((id) => halfOf(id) === 'held-out');
print(
  `2b. coverage-dev, moitié « réservée » (jamais lue : chiffre laisser-un-jeu-de-côté${seenHeldOut.length ? ` ; écartée(s) car aussi notice open data lue pour écrire les règles : ${seenHeldOut.join(', ')}` : ''})`,
  evaluateCoverageDev(root, 'held-out'),
  showHeldOut,
);
print('2. coverage-dev entier (pour mémoire, les deux moitiés)', evaluateCoverageDev(root, 'all'), false);
print('3. synth-set-1 (écrit à la main, étiqueté à l’aveugle ; lu pour écrire des règles depuis le 7 décembre)', evaluateMeasureSet(root, 'synth-set-1'), verbose);
print('4. synth-set-2 (écrit à la main, étiqueté à l’aveugle ; lu pour écrire des règles depuis le 7 décembre au soir)', evaluateMeasureSet(root, 'synth-set-2'), verbose);
print('5. synth-set-3 (écrit à la main, étiqueté à l’aveugle ; réservé : jamais lu pour écrire des règles)', evaluateMeasureSet(root, 'synth-set-3'), showHeldOut);
print('6a. real-q-even, 1re moitié (questions réelles des années paires ; lue pour écrire des règles)', evaluateMeasureSet(root, 'real-q-even', 'odd'), verbose);
print('6b. real-q-even, 2e moitié (questions réelles des années paires ; réservée : jamais lue pour écrire des règles)', evaluateMeasureSet(root, 'real-q-even', 'even'), showHeldOut);
print('7. real-q-odd (questions réelles des années impaires ; réunies et lues pour écrire des règles : non-régression, pas une mesure à l’aveugle)', evaluateMeasureSet(root, 'real-q-odd'), verbose);
print('8. real-q-mixed (70 questions réelles de 1988 à 2021 ; réunies et lues pour écrire des règles : non-régression, pas une mesure à l’aveugle)', evaluateMeasureSet(root, 'real-q-mixed'), verbose);
print('9. real-q-blind (52 questions réelles de 1988 à 2023, étiquetées à l’aveugle ; réservé : jamais lu pour écrire des règles)', evaluateMeasureSet(root, 'real-q-blind'), showHeldOut);
