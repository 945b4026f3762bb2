import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/nombre-debut-phrase';
import { checkAnswer, texts } from './helpers';

describe('nombre-debut-phrase', () => {
  it('signale une phrase qui commence par un nombre en chiffres, en information', () => {
    const seen = checkAnswer(rule, 'Le plan est ambitieux. 45 mesures sont prévues. 14 000 agents seront formés.');
    assert.deepEqual(texts(seen), ['45', '14 000']);
    assert.equal(seen[0]!.severity, 'information');
    assert.equal(seen[0]!.fixed, undefined);
  });

  it('tolère les années et les éléments de liste', () => {
    assert.deepEqual(checkAnswer(rule, '2019 a été une année utile. Les mesures sont :\n\n12 actions de formation ;'), []);
  });
});
