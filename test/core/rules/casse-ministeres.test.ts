import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/casse-ministeres';
import { checkAnswer, fixedAnswer, texts } from './helpers';

describe('casse-ministeres', () => {
  it('profil jo : noms de ministères en minuscules', () => {
    const text = "le Ministère des Solidarités et de la Santé et le ministre de l'Europe et des Affaires étrangères.";
    const seen = checkAnswer(rule, text);
    assert.deepEqual(texts(seen), ['M', 'Solidarités', 'Santé', 'Affaires']);
    assert.equal(seen[0]!.severity, 'warning');
    assert.equal(fixedAnswer(rule, text), "le ministère des solidarités et de la santé et le ministre de l'Europe et des affaires étrangères.");
  });

  it('profil imprimerie-nationale : le premier mot de chaque domaine prend la capitale', () => {
    const text = "le ministère de la santé, de l'autonomie et des personnes handicapées a répondu.";
    const seen = checkAnswer(rule, text, { profile: 'imprimerie-nationale' });
    assert.deepEqual(texts(seen), ['santé', 'autonomie', 'personnes']);
    assert.equal(fixedAnswer(rule, text, { profile: 'imprimerie-nationale' }), "le ministère de la Santé, de l'Autonomie et des Personnes handicapées a répondu.");
  });

  it('textes réels : rien à signaler en jo ; périphrase « ministère chargé de la santé » laissée en imprimerie-nationale', () => {
    const real = "ce chantier n'est pas souhaité par le ministère de la santé, de l'autonomie, des familles et des personnes handicapées. Le ministère chargé de la santé met l'accent sur la formation. Des travaux ont été lancés par le ministère de la santé et l'Institut national de la santé.";
    assert.deepEqual(checkAnswer(rule, real), []);
    assert.deepEqual(texts(checkAnswer(rule, 'Le ministère chargé de la santé met l’accent sur la formation.', { profile: 'imprimerie-nationale' })), []);
  });
});
