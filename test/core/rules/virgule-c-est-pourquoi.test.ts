import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/virgule-c-est-pourquoi';
import { checkAnswer, fixedAnswer, texts } from './helpers';

describe('virgule-c-est-pourquoi', () => {
  it('exemple du sample', () => {
    const answer = "C'est pourquoi, le gouvernement, à travers ce nouveau plan d'action, s'engage à soutenir les projets.";
    const seen = checkAnswer(rule, answer);
    assert.deepEqual(texts(seen), [',']);
    assert.equal(seen[0]!.severity, 'hint');
    assert.equal(fixedAnswer(rule, answer), "C'est pourquoi le gouvernement, à travers ce nouveau plan d'action, s'engage à soutenir les projets.");
  });

  it('incise ouverte et fermée, sans virgule : rien', () => {
    assert.deepEqual(checkAnswer(rule, "C'est pourquoi, dès 2020, le plan sera évalué. C'est pourquoi le plan est évalué. C’est pourquoi, en 2021, il a été revu."), []);
  });
});
