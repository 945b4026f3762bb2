/**
 * Eval-backed floors: the figures of `npm run eval:coverage` on each set (never pooled) must not fall below the
 * levels reached when issue 10 was closed, less a margin. Raising a figure is fine (then raise its floor);
 * a rule change that loses ground on real questions fails here.
 */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { evaluateCoverageDev, evaluateDevSet, evaluateMeasureSet, figures, halfOf, seenInOpenData, type Figures } from '../../../scripts/eval-coverage-lib';

const root = resolve(__dirname, '../../..');

function atLeast(actual: Figures, floors: Partial<Figures>, set: string): void {
  for (const [name, floor] of Object.entries(floors) as [keyof Figures, number][]) {
    assert.ok(actual[name] >= floor, `${set} : ${name} ${actual[name].toFixed(3)} < plancher ${floor}`);
  }
}

describe('coverage: figures on the labelled sets (eval:coverage)', function () {
  this.timeout(120_000);

  it('earlier dev-set (self-labelled): extraction, kinds, statuses, ablation', () => {
    atLeast(figures(evaluateDevSet(root)), { f1: 0.95, kind: 0.93, status: 0.88, flagF1: 0.9, ablation: 0.9 }, 'dev-set');
  });

  // Lowered floors (c10s, issue 10): refusals, attributions of competence and reflections engaged now answer
  // (flags judged wrong on published answers by an independent reader), where the tune half's labels say partial
  // (dev-098, dev-104, dev-122: medium / low confidence); and each answer form recognised is one more way for an
  // answer to stay answered without its labelled passage (held-out ablation 0.750 → 0.375). See
  // the closing note of branch c10s: a trade to be judged by the integrator, not a silent regression.
  it('coverage-dev, tune half: extraction (with unanswered questions), kinds, statuses, flags, ablation', () => {
    atLeast(figures(evaluateCoverageDev(root, 'tune')), { f1: 0.95, recallUnanswered: 0.95, kind: 0.93, status: 0.65, flagF1: 0.3, ablation: 0.4 }, 'coverage-dev réglage');
  });

  it('coverage-dev, held-out half (never read while writing the rules)', () => {
    atLeast(figures(evaluateCoverageDev(root, 'held-out')), { f1: 0.86, recallUnanswered: 0.77, kind: 0.8, status: 0.3, ablation: 0.35 }, 'coverage-dev réservé');
  });

  // The open-data records are the earlier dev-set's texts, read while writing rules: a held-out question that is
  // one of them under another id is not held out (dev-071 is the record QANR5L17QE11735).
  it('the held-out half leaves out the questions that are also open-data records read while writing rules', () => {
    const seen = seenInOpenData(root);
    assert.ok(seen.has('dev-071'), [...seen].join(', '));
    assert.equal(halfOf('dev-071'), 'held-out');
    const all = evaluateCoverageDev(root, 'all').questions;
    const tune = evaluateCoverageDev(root, 'tune').questions;
    const heldOut = evaluateCoverageDev(root, 'held-out').questions;
    assert.equal(tune + heldOut, all - [...seen].filter((id) => halfOf(id) === 'held-out').length);
  });

  // The measuring sets of data/corpus/measure-sets (7 December 2026): floors a little under the figures of the
  // closing merge. Sets 5 and 6b are read by no rule writer: they say what the next text will see.
  it('measuring sets: synth-set-1 and 2 (read while writing rules), synth-set-3 (reserved)', () => {
    atLeast(figures(evaluateMeasureSet(root, 'synth-set-1')), { f1: 0.95, kind: 0.93, status: 0.74, flagF1: 0.8 }, 'synth-set-1');
    atLeast(figures(evaluateMeasureSet(root, 'synth-set-2')), { f1: 0.95, kind: 0.9, status: 0.6, flagF1: 0.63 }, 'synth-set-2');
    atLeast(figures(evaluateMeasureSet(root, 'synth-set-3')), { f1: 0.95, recallUnanswered: 0.95, kind: 0.93, status: 0.74, flagF1: 0.6 }, 'synth-set-3');
  });

  it('measuring sets: real even-year questions, the half read while writing rules and the reserved half', () => {
    atLeast(figures(evaluateMeasureSet(root, 'real-q-even', 'odd')), { f1: 0.95, recallUnanswered: 0.95, kind: 0.95 }, 'real-q-even, 1re moitié');
    atLeast(figures(evaluateMeasureSet(root, 'real-q-even', 'even')), { f1: 0.9, recallUnanswered: 0.88, kind: 0.72 }, 'real-q-even, 2e moitié');
  });

  // Real odd-year questions gathered to write rules (kd4): a regression set on real text, not a blind measure.
  it('real odd-year questions read while writing rules: no regression', () => {
    atLeast(figures(evaluateMeasureSet(root, 'real-q-odd')), { f1: 0.97, recallUnanswered: 0.97, kind: 0.88 }, 'real-q-odd');
  });

  // Real questions of all years gathered to write rules (kd5, 0.949 / 0.786 before its rules, 0.972 / 0.837 after): regression only.
  it('real questions of all years read while writing rules: no regression', () => {
    atLeast(figures(evaluateMeasureSet(root, 'real-q-mixed')), { f1: 0.95, recallUnanswered: 0.95, kind: 0.81 }, 'real-q-mixed');
  });

  // Real questions labelled blind (b6, 8 December 2026: 0.931 / 0.821 on its first measure): reserved, read by no rule writer.
  it('real questions labelled blind, reserved: the figure of the next text', () => {
    atLeast(figures(evaluateMeasureSet(root, 'real-q-blind')), { f1: 0.9, recallUnanswered: 0.9, kind: 0.79 }, 'real-q-blind');
  });

  // Labels frozen before their first measure: a set is never edited to make a figure (its README says how it was made).
  it('the measuring sets are the files frozen when they were made (SHA-256)', () => {
    const frozen: Record<string, [string, string]> = {
      'synth-set-1': ['c29a2eb4b631b5981cb06eed53887262004aeb57b1031fcbf311c7d5aebb62e1', '59993ccda313f105f8a78b02b031401542c01ab64d2cbd53e6d553d481df195f'],
      'synth-set-2': ['65e26bbb130ca364bd412b5e92f2d63c898018cf3ce4d7756a86818c030a45fa', '3764a6582c228fc8eca8529751cb8c723110e69d2f3e3294ba6812d49793e252'],
      'synth-set-3': ['326f2a4b2493570eba2b1d75344b4b86e5286b073d6ea25f5ee261d38906462d', '139012a2d09d9b50a4d329cd19563376b03688f9ae2c4075545fc4b824a3e9b9'],
      'real-q-even': ['e01b1c33a406a26d71e9fb18689575d589fd8da42b3320bb3c114ee621b29fbd', '2744ef64a181b480d8b70c8101998504602e086aedee54482de58be98b9cb3f3'],
      'real-q-odd': ['0e92ffd1fd4ac275ffca6f509a6a9cb83646e7cd44e1e4e3a5253a1000015a98', '7fc8f7a9f96ebecbf2b04410505d348e39d903eecb05571f8a07ae687d88749e'],
      'real-q-mixed': ['c0c2052d9608162b867e4c389765a204ca52f1fc2612dfb312a084f2dadd53b8', '4e4a4c8d183ebc1c204022fef7233108c0a7d87028b1eab43f784b32d646237f'],
      'real-q-blind': ['32a8effc2a22c4551b71ec042f3d0f3b1448dcb69adf6b20bab2da0c4c898d75', 'ad4e27e8d7dc806b726a070455bc2a097131352411ee3ba0b75685251240bc47'],
    };
    for (const [name, [labels, questions]] of Object.entries(frozen)) {
      const digest = (file: string) => createHash('sha256').update(readFileSync(resolve(root, 'data/corpus/measure-sets', name, file))).digest('hex');
      assert.equal(digest('labels.jsonl'), labels, `${name}/labels.jsonl`);
      assert.equal(digest('questions.jsonl'), questions, `${name}/questions.jsonl`);
    }
  });
});
