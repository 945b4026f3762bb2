import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/civilite-abreviation';
import { checkAnswer, fixedAnswer, texts } from './helpers';

describe('civilite-abreviation', () => {
  it('Mr, Mme., M sans point, Mlle, Madame en toutes lettres', () => {
    const answer = 'Mr Dupont a reçu Mme. Durand, M Martin et Mlle Petit ; Madame Leroy était présente.';
    const seen = checkAnswer(rule, answer);
    assert.deepEqual(texts(seen), ['Mr', 'Mme.', 'M', 'Mlle', 'Madame']);
    assert.ok(seen.every((finding) => finding.severity === 'error'));
    assert.equal(fixedAnswer(rule, answer), 'M. Dupont a reçu Mme Durand, M. Martin et Mme Petit ; Mme Leroy était présente.');
  });

  it('range exact de « Mr »', () => {
    const seen = checkAnswer(rule, 'Selon Mr Dupont, rien.');
    assert.equal(seen.length, 1);
    assert.equal(seen[0]!.end - seen[0]!.start, 2);
    assert.match(seen[0]!.message, /M\. »/);
  });

  it('accepte M., Mme, Me, Madame la ministre, les citations et M comme lettre', () => {
    assert.deepEqual(checkAnswer(rule, "M. Dupont, Mme Durand, Me Petit et Madame la ministre ; « Mr Smith said » ; la taille M ; Monsieur le député."), []);
  });
});
