/**
 * Issue 10 experiment (nb10): the learned kind model of `scripts/train-kinds.ts` trains only on labelled text a
 * rule writer may read (the tune half of coverage-dev, the dev-set, the tests' hand-made cases), never on the
 * held-out half, and reads kinds as a linear model. It does not land in the checker (see the script's header).
 */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { foldForSearch } from '../../../server/src/core/text/fold';
import { cueKinds } from '../../../server/src/core/coverage/kinds';
import { halfOf, loadCoverageDev } from '../../../scripts/eval-coverage-lib';
import { kindFeatures, predictKind } from '../../../scripts/kind-model';
import { train, trainingExamples } from '../../../scripts/train-kinds';

const root = resolve(__dirname, '../../..');

describe('coverage: learned kind model (experiment, scripts/train-kinds.ts)', function () {
  this.timeout(60_000);
  const examples = trainingExamples(root);

  it('trains on the tune half, the dev-set and the tests, never on the held-out half', () => {
    const textsOf = (half: string): string[] =>
      loadCoverageDev(root)
        .filter(({ question }) => halfOf(question.id) === half)
        .flatMap(({ labels }) => labels.subQuestions.map((sub) => foldForSearch(sub.text)));
    // A text labelled in both halves is the tune half's too.
    const tune = new Set(textsOf('tune'));
    const heldOut = new Set(textsOf('held-out').filter((text) => !tune.has(text)));
    assert.ok(heldOut.size > 0);
    assert.deepEqual(examples.filter((example) => heldOut.has(example.text)).map((example) => example.text), []);
    for (const source of ['tune', 'dev-set', 'test:kind-boundaries.test.ts']) assert.ok(examples.some((example) => example.source === source), source);
  });

  it('reads who is the subject and the first words of a request', () => {
    const features = kindFeatures(foldForSearch("s'il entend prendre des mesures"));
    assert.ok(features.includes('s:government'));
    assert.ok(features.includes("p0:s'"));
    assert.ok(kindFeatures(foldForSearch('si le maire peut refuser')).includes('s:local'));
  });

  it('learns the kinds of its examples (a linear model, not a lookup)', () => {
    const model = train(examples, 'lr');
    const right = examples.filter((example) => predictKind(model, example.text).kind === example.kind).length;
    assert.ok(right / examples.length > 0.9, `${right}/${examples.length}`);
    assert.equal(predictKind(model, foldForSearch('dans quels délais ce décret sera publié')).kind, 'calendrier');
  });

  it('lists the kinds of every cue of a request (the tie-breaker variant)', () => {
    assert.deepEqual(cueKinds(foldForSearch('quand et combien de postes seront créés')).sort(), ['calendrier', 'chiffres']);
  });
});
