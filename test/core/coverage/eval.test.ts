/**
 * Eval-backed floors: the figures of `npm run eval:coverage` on each set (never pooled) must not fall below the
 * levels reached when issue 10 was closed, less a margin. Raising a figure is fine (then raise its floor);
 * a rule change that loses ground on real questions fails here.
 */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { evaluateCoverageDev, evaluateDevSet, figures, halfOf, seenInOpenData, type Figures } from '../../../scripts/eval-coverage-lib';

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
});
