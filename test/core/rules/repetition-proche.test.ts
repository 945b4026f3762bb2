import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/repetition-proche';
import { check, checkAnswer, dossier } from './helpers';

describe('repetition-proche', () => {
  it('mot répété sept fois : un constat sur la première occurrence, les autres en lieux liés', () => {
    const filler = 'Le Gouvernement agit avec constance et méthode dans ce domaine important pour tous les acteurs concernés.';
    const answer = Array.from({ length: 7 }, (_, i) => `La formation numéro ${i} compte. ${filler}`).join(' ');
    const seen = checkAnswer(rule, answer);
    const formation = seen.filter((finding) => /formation/.test(finding.message));
    assert.equal(formation.length, 1);
    assert.equal(formation[0]!.text, 'formation');
    assert.equal(formation[0]!.finding.related?.length, 6);
    assert.equal(formation[0]!.severity, 'information');
  });

  it('mot répété des centaines de fois : le nombre dans le message, vingt lieux liés au plus', () => {
    const answer = Array.from({ length: 300 }, (_, i) => `La formation ${i} est utile.`).join(' ');
    const formation = checkAnswer(rule, answer).filter((finding) => /formation/.test(finding.message));
    assert.equal(formation.length, 1);
    assert.match(formation[0]!.finding.message, /revient 300 fois/);
    assert.equal(formation[0]!.finding.related?.length, 20);
  });

  it('trois fois en moins de 25 mots', () => {
    const seen = checkAnswer(rule, 'Le dispositif est utile. Le dispositif est suivi. Le dispositif est évalué.');
    assert.equal(seen.length, 1);
    assert.equal(seen[0]!.text, 'dispositif');
  });

  it('termes du titre, expressions figées, unités et noms propres exclus', () => {
    const answer = 'La prise en charge palliative est assurée. La prise en charge est suivie. La prise en charge est évaluée. 17 lits, 18 lits, 19 lits. Paris, Paris, Paris.';
    assert.deepEqual(check(rule, dossier(answer, { front: 'titre: Soins palliatifs et prise en charge' })), []);
  });
});
