import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/monnaie-format';
import { checkAnswer, fixedAnswer, texts } from './helpers';

describe('monnaie-format', () => {
  it('textes réels (QE 1173, 3029) : « 43,5 M€ », « 100 M€ »', () => {
    const text = 'renforcées à hauteur de 43,5 M€ et de 100 M€ et de 1,2 Md€.';
    const seen = checkAnswer(rule, text);
    assert.deepEqual(texts(seen), ['43,5 M€', '100 M€', '1,2 Md€']);
    assert.equal(seen[0]!.severity, 'warning');
    assert.equal(fixedAnswer(rule, text), 'renforcées à hauteur de 43,5\u00A0millions d’euros et de 100\u00A0millions d’euros et de 1,2\u00A0milliard d’euros.');
  });

  it('symbole avant le nombre, k€ et « millions euros »', () => {
    assert.equal(fixedAnswer(rule, 'un coût de €15 et 15 k€ soit 3 millions euros.'), 'un coût de 15\u00A0€ et 15\u202F000\u00A0€ soit 3 millions d’euros.');
  });

  it("réglage apostrophe « droite » : la correction écrit « d'euros »", () => {
    assert.equal(fixedAnswer(rule, 'soit 100 M€.', { style: { apostrophe: 'droite' } }), "soit 100\u00A0millions d'euros.");
  });

  it('accepte les formes correctes', () => {
    assert.deepEqual(checkAnswer(rule, "80 millions d'euros, 1,1 milliard d'euros, 15 €, des centimes d'euro."), []);
  });
});
