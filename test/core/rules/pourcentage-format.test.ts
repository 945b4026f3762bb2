import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/pourcentage-format';
import { checkAnswer, fixedAnswer, texts } from './helpers';

describe('pourcentage-format', () => {
  it('signe collé, signe + collé, « pourcents »', () => {
    const text = 'une hausse de 15%, soit +3 % et dix pourcents.';
    assert.deepEqual(texts(checkAnswer(rule, text)), ['5%', '+3', 'pourcents']);
    assert.equal(fixedAnswer(rule, text), 'une hausse de 15\u00A0%, soit +\u00A03 % et dix pour cent.');
  });

  it('mélange de « pour cent » et de « % », en information', () => {
    const seen = checkAnswer(rule, 'dix pour cent des agents et 15 % des cadres.');
    assert.deepEqual(texts(seen), ['pour cent']);
    assert.equal(seen[0]!.severity, 'information');
  });

  it('ignore les formes correctes et les adresses encodées', () => {
    assert.deepEqual(checkAnswer(rule, 'près de 60 %, 50\u00A0% et https://example.fr/a%20b.'), []);
  });
});
