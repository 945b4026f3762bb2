import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/pleonasme';
import { checkAnswer, fixedAnswer, texts } from './helpers';

describe('pleonasme', () => {
  it('corrige en supprimant la partie redondante', () => {
    const answer = "Il faut prévoir à l'avance, puis ensuite réitérer à nouveau, voire même collaborer ensemble, dans le cas échéant.";
    const seen = checkAnswer(rule, answer);
    assert.deepEqual(texts(seen), ["prévoir à l'avance", 'puis ensuite', 'réitérer à nouveau', 'voire même', 'collaborer ensemble', 'dans le cas échéant']);
    assert.equal(fixedAnswer(rule, answer), 'Il faut prévoir, puis réitérer, voire collaborer, le cas échéant.');
  });

  it('faux prétexte : suggestion', () => {
    assert.deepEqual(checkAnswer(rule, 'Sous un faux prétexte.').map((finding) => finding.severity), ['hint']);
  });

  it('ignore les tournures correctes', () => {
    assert.deepEqual(checkAnswer(rule, 'Le cas échéant, puis le comité ; car le plan ; les perspectives du plan.'), []);
  });
});
