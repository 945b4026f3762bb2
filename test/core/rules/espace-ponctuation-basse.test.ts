import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/espace-ponctuation-basse';
import { checkAnswer, fixedAnswer, texts } from './helpers';

describe('espace-ponctuation-basse', () => {
  it('signale une espace avant la virgule, le point ou la parenthèse fermante, et après la parenthèse ouvrante', () => {
    const text = 'les associations , les collectivités ( et les acteurs ) du territoire .';
    const seen = checkAnswer(rule, text);
    assert.deepEqual(texts(seen), [' ,', '( ', ' )', ' .']);
    assert.equal(seen[0]!.severity, 'warning');
    assert.equal(fixedAnswer(rule, text), 'les associations, les collectivités (et les acteurs) du territoire.');
  });

  it('est une erreur dans le profil imprimerie-nationale', () => {
    assert.equal(checkAnswer(rule, 'les associations , les collectivités.', { profile: 'imprimerie-nationale' })[0]!.severity, 'error');
  });

  it('ne signale pas « , … » (texte réel QE 11494), les décimales ni les domaines', () => {
    assert.deepEqual(checkAnswer(rule, 'les circonstances du décès (mort naturelle, accident, complication de soins médicaux, …). Voir .5 et service-public.fr.'), []);
  });
});
