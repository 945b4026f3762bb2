import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/majuscule-etat';
import { checkAnswer, fixedAnswer, texts } from './helpers';

describe('majuscule-etat', () => {
  it("signale « état » quand il désigne l'institution", () => {
    const text = "les acteurs de l'état, la secrétaire d'état, les états membres et l'état de droit.";
    assert.deepEqual(texts(checkAnswer(rule, text)), ['état', 'état', 'états', 'état']);
    assert.equal(fixedAnswer(rule, text), "les acteurs de l'État, la secrétaire d'État, les États membres et l'État de droit.");
  });

  it("laisse en minuscule l'état de santé, l'état des lieux, en l'état, l'état civil, l'état d'urgence", () => {
    assert.deepEqual(checkAnswer(rule, "Compte tenu de l'état de santé, de l'état des lieux, en l'état, pour l'état civil, par l'état d'urgence, en bon état."), []);
  });
});

describe('majuscule-etat (texte réel)', () => {
  it("question AN 17-357 : « sur l'état catastrophique des unités » n'est pas l'institution", () => {
    assert.deepEqual(checkAnswer(rule, "Elle attire l'attention sur l'état catastrophique des unités de soins palliatifs."), []);
    assert.deepEqual(texts(checkAnswer(rule, "Les crédits de l'état et l'aide de l'état aux communes.")), ['état', 'état']);
  });
});
