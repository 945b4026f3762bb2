import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/espace-reservee';
import { checkAnswer, texts } from './helpers';

describe('espace-reservee', () => {
  it('marques de travail et espaces réservées', () => {
    const answer = 'TODO vérifier. Le décret du xx/xx/20xx, n° XXXX, [à compléter], ?? (à vérifier) {{montant}} [[voir DGCS]] ~~ancien texte~~ NB : à revoir. Le montant est de … euros.';
    const seen = checkAnswer(rule, answer);
    assert.deepEqual(texts(seen), ['TODO', 'xx/xx/20xx', 'n° XXXX', '[à compléter]', '??', '(à vérifier)', '{{montant}}', '[[voir DGCS]]', '~~ancien texte~~', 'NB :', '…']);
    assert.ok(seen.every((finding) => finding.severity === 'error'));
  });

  it('accepte l’élision […] dans une citation, XXe siècle, les points de suspension collés', () => {
    assert.deepEqual(checkAnswer(rule, 'La circulaire dispose : « les services […] veillent ». Au XXe siècle, les partenaires…'), []);
  });
});
