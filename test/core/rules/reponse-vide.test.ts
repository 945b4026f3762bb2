import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/reponse-vide';
import { check, checkAnswer } from './helpers';

describe('reponse-vide', () => {
  it('vide : erreur sur le titre de la section', () => {
    const text = '---\nnumero: 1\n---\n\n# Question\n\nLe député interroge le ministre.\n\n# Réponse\n\n';
    const seen = check(rule, text);
    assert.equal(seen.length, 1);
    assert.equal(seen[0]!.text, '# Réponse');
    assert.equal(seen[0]!.severity, 'error');
  });

  it('moins de 25 mots : erreur ; moins de 60 : avertissement', () => {
    assert.equal(checkAnswer(rule, 'Le Gouvernement étudie la question.')[0]!.severity, 'error');
    const thirty = Array.from({ length: 30 }, (_, i) => `mot${i}`).join(' ') + '.';
    assert.equal(checkAnswer(rule, thirty)[0]!.severity, 'warning');
    assert.deepEqual(checkAnswer(rule, Array.from({ length: 61 }, () => 'mot').join(' ') + '.'), []);
  });
});
