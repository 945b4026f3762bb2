import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/anglicisme-legistique';
import { checkAnswer, fixedAnswer, texts } from './helpers';

describe('anglicisme-legistique', () => {
  it('impacter, générer, en charge de, en capacité de', () => {
    const answer = 'Les mesures impactant les collectivités génèrent des coûts ; la direction en charge de la protection est en capacité de répondre.';
    const seen = checkAnswer(rule, answer);
    assert.deepEqual(texts(seen), ['impactant', 'génèrent', 'en charge', 'en capacité']);
    assert.equal(fixedAnswer(rule, answer), 'Les mesures touchant les collectivités engendrent des coûts ; la direction chargée de la protection est en mesure de répondre.');
  });

  it('générer des recettes : suggestion ; présumer que : information', () => {
    const seen = checkAnswer(rule, 'La taxe générera des recettes. On présume que la mesure suffira.');
    assert.deepEqual(seen.map((finding) => finding.severity), ['hint', 'information']);
  });

  it('ignore la prise en charge, le nom impact, en charge sans complément', () => {
    assert.deepEqual(checkAnswer(rule, "La prise en charge des patients, pris en charge de façon précoce ; l'étude d'impact ; les impacts ; le véhicule en charge."), []);
  });

  it('accord de « chargé » et « responsable » : pluriel, féminin ; sans déterminant, pas de correction automatique', () => {
    assert.equal(fixedAnswer(rule, 'Les services en responsabilité de la gestion agissent.'), 'Les services responsables de la gestion agissent.');
    assert.equal(fixedAnswer(rule, 'La direction en charge de la santé agit.'), 'La direction chargée de la santé agit.');
    const seen = checkAnswer(rule, 'Mme Dupont, en charge de la santé, agit.');
    assert.equal(seen.length, 1);
    assert.equal(seen[0]!.finding.fixes, undefined);
  });
});
