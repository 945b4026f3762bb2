import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/tiret-incise-liste';
import { checkAnswer, fixedAnswer, texts } from './helpers';

describe('tiret-incise-liste', () => {
  it("remplace le trait d'union d'incise par un tiret demi-cadratin", () => {
    const text = 'les mineurs - en particulier isolés - sont protégés.';
    assert.deepEqual(texts(checkAnswer(rule, text)), ['-', '-']);
    assert.equal(fixedAnswer(rule, text), 'les mineurs – en particulier isolés – sont protégés.');
  });

  it("signale un élément de liste ouvert par un trait d'union", () => {
    const text = 'Les mesures sont :\n- la formation ;\n- la sensibilisation.';
    assert.deepEqual(texts(checkAnswer(rule, text)), ['-', '-']);
    assert.equal(fixedAnswer(rule, text), 'Les mesures sont :\n– la formation ;\n– la sensibilisation.');
  });

  it('ignore mots composés, intervalles, numéros de textes et « -t-il »', () => {
    assert.deepEqual(checkAnswer(rule, 'En Seine-Saint-Denis, de 2019 - 2021, la loi n° 2019-1234, l’article L. 123-4, peut-être, a-t-il dit.'), []);
  });
});
