import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/titre-feminise';
import { checkAnswer, fixedAnswer, texts } from './helpers';

describe('titre-feminise', () => {
  it('Mme le ministre, Madame le préfet', () => {
    const answer = 'Mme le ministre a saisi Madame le préfet.';
    const seen = checkAnswer(rule, answer);
    assert.deepEqual(texts(seen), ['le ministre', 'le préfet']);
    assert.equal(fixedAnswer(rule, answer), 'Mme la ministre a saisi Madame la préfète.');
  });

  it('accord : « Mme X, ministre chargé de »', () => {
    const answer = "Mme Marlène Schiappa, secrétaire d'État chargé de l'égalité, a présenté le plan.";
    assert.deepEqual(texts(checkAnswer(rule, answer)), ['chargé']);
    assert.equal(fixedAnswer(rule, answer), "Mme Marlène Schiappa, secrétaire d'État chargée de l'égalité, a présenté le plan.");
  });

  it('accepte la forme correcte de la question et le masculin générique', () => {
    assert.deepEqual(checkAnswer(rule, "Mme la secrétaire d'État auprès du Premier ministre, chargée de l'égalité. Le ministre chargé de la santé fixe la liste."), []);
  });
});
