import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/et-ou-barre-oblique';
import { checkAnswer, fixedAnswer, texts } from './helpers';

describe('et-ou-barre-oblique', () => {
  it('et/ou et barre oblique entre deux mots (AN 14-103711QE : « logés/transportés »)', () => {
    const answer = 'Les personnels logés/transportés et/ou indemnisés.';
    const seen = checkAnswer(rule, answer);
    assert.deepEqual(texts(seen), ['logés/transportés', 'et/ou']);
    assert.equal(seen[0]!.start + 'logés/transportés'.length, seen[0]!.end);
    assert.equal(fixedAnswer(rule, answer), 'Les personnels logés ou transportés ou indemnisés.');
  });

  it('ignore unités, fractions, références européennes et dates', () => {
    assert.deepEqual(checkAnswer(rule, 'À 90 km/h, 0,35 euro/kilomètre, 24h/24, la directive 2011/36/UE, le 18/10/2019, la DGOS/DGS.'), []);
  });

  it('« c/ » (contre) dans le nom d’une affaire n’est pas signalé', () => {
    assert.deepEqual(checkAnswer(rule, 'Voir TA de Strasbourg, 9 février 1978, Jierry c/commune de Lobsann, et CE, M. Libeau c/Devos.'), []);
  });
});
