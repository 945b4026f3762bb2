import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/reponse-vide';
import { check, checkAnswer, dossier } from './helpers';

describe('reponse-vide', () => {
  it('vide : erreur sur le titre de la section', () => {
    const text = '---\nnumero: 1\n---\n\n# Question\n\nLe député interroge le ministre.\n\n# Réponse\n\n';
    const seen = check(rule, text);
    assert.equal(seen.length, 1);
    assert.equal(seen[0]!.text, '# Réponse');
    assert.equal(seen[0]!.severity, 'error');
  });

  it('sans demande reconnue dans la question : avertissement sous 25 mots seulement', () => {
    assert.equal(checkAnswer(rule, 'Le Gouvernement étudie la question.')[0]!.severity, 'warning');
    const thirty = Array.from({ length: 30 }, (_, i) => `mot${i}`).join(' ') + '.';
    assert.deepEqual(checkAnswer(rule, thirty), []);
  });

  it('courte et sans réponse à la demande : erreur sous 25 mots, avertissement sous 60 ; rien au-delà', () => {
    const question = 'Le député interroge le ministre sur les maternités. Il lui demande quelles mesures il entend prendre pour les maternités rurales.';
    assert.equal(check(rule, dossier('Le Gouvernement étudie la question.', { question }))[0]!.severity, 'error');
    const thirty = `${Array.from({ length: 30 }, (_, i) => `mot${i}`).join(' ')}.`;
    assert.equal(check(rule, dossier(thirty, { question }))[0]!.severity, 'warning');
    assert.deepEqual(check(rule, dossier(`${Array.from({ length: 61 }, () => 'mot').join(' ')}.`, { question })), []);
  });
});
