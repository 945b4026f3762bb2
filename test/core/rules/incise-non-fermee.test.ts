import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/incise-non-fermee';
import { checkAnswer, fixedAnswer, texts } from './helpers';

describe('incise-non-fermee', () => {
  it('exemple du sample', () => {
    const answer = 'Un plan national de formation et de sensibilisation, décliné sur les territoires sera élaboré afin que tous les professionnels disposent d’un socle.';
    const seen = checkAnswer(rule, answer);
    assert.deepEqual(texts(seen), ['décliné sur les territoires']);
    assert.equal(seen[0]!.severity, 'hint');
    assert.equal(fixedAnswer(rule, answer), 'Un plan national de formation et de sensibilisation, décliné sur les territoires, sera élaboré afin que tous les professionnels disposent d’un socle.');
  });

  it('incise fermée ou sans participe : rien', () => {
    assert.deepEqual(checkAnswer(rule, 'Un plan national, décliné sur les territoires, sera élaboré. Les mesures, notamment celles du plan, sont financées.'), []);
  });
});
