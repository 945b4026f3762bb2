import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/virgule-decimale';
import { checkAnswer, fixedAnswer, texts } from './helpers';

describe('virgule-decimale', () => {
  it('signale un point décimal et le remplace par une virgule', () => {
    const text = 'une hausse de 3.5 % et 1.25 million.';
    assert.deepEqual(texts(checkAnswer(rule, text)), ['3.5', '1.25']);
    assert.equal(fixedAnswer(rule, text), 'une hausse de 3,5 % et 1,25 million.');
  });

  it('ignore milliers pointés, numéros de plan, dates pointées, versions et adresses', () => {
    assert.deepEqual(checkAnswer(rule, 'soit 1.500 agents, la mesure 1.2, le point 3.3.1, le 18.10.2019, la version 2.1, www.data.gouv.fr.'), []);
  });

  it('texte réel (QE 5337) : « 1,1 milliard » est correct', () => {
    assert.deepEqual(checkAnswer(rule, "un financement à hauteur de 1,1 milliard d'euros."), []);
  });
});
