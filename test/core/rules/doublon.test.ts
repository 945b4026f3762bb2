import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/doublon';
import { checkAnswer, fixedAnswer, texts } from './helpers';

describe('doublon', () => {
  it('mot répété : erreur, suppression du second', () => {
    const answer = 'Le le plan de de formation.';
    const seen = checkAnswer(rule, answer);
    assert.deepEqual(texts(seen), ['le', 'de']);
    assert.ok(seen.every((finding) => finding.severity === 'error'));
    assert.equal(fixedAnswer(rule, answer), 'Le plan de formation.');
  });

  it('triple répétition : deux constats', () => {
    assert.equal(checkAnswer(rule, 'Le plan de de de formation.').length, 2);
  });

  it('nous nous, vous vous, l’est est, ponctuation entre les mots', () => {
    assert.deepEqual(checkAnswer(rule, "Nous nous engageons ; vous vous souvenez ; si elle l'est est une autre affaire ; le plan. Plan national."), []);
  });
});
