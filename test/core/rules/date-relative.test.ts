import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/date-relative';
import { checkAnswer, fixedAnswer, texts } from './helpers';

const published = 'publicationReponse:\n  date: 2019-11-19';

describe('date-relative', () => {
  it('exemple : « le 18 octobre dernier » → « le 18 octobre 2019 » (date de publication de la réponse)', () => {
    const text = 'Le plan, présenté par la secrétaire d’État le 18 octobre dernier, poursuit cet effort.';
    const seen = checkAnswer(rule, text, { front: published });
    assert.deepEqual(texts(seen), ['le 18 octobre dernier']);
    assert.equal(seen[0]!.severity, 'warning');
    assert.equal(fixedAnswer(rule, text, { front: published }), 'Le plan, présenté par la secrétaire d’État le 18 octobre 2019, poursuit cet effort.');
  });

  it('prochain, mois seul, et date de la question plus deux mois à défaut', () => {
    assert.equal(fixedAnswer(rule, 'le 2 novembre prochain et en février dernier.', { front: published }), 'le 2 novembre 2020 et en février 2019.');
    assert.equal(fixedAnswer(rule, 'en décembre prochain.', { front: 'publicationQuestion:\n  date: 2019-11-05' }), 'en décembre 2020.');
  });

  it('sans date de référence : signalé sans correction', () => {
    const seen = checkAnswer(rule, 'le 18 octobre dernier.');
    assert.equal(seen.length, 1);
    assert.equal(seen[0]!.fixed, undefined);
  });

  it('textes réels : « dans les prochains mois » (avertissement), « actuellement », « aujourd’hui » (information)', () => {
    const seen = checkAnswer(rule, "14 projets seront accompagnés dans les prochains mois. L'attribution est aujourd'hui conditionnée et actuellement en cours.");
    assert.deepEqual(texts(seen), ['dans les prochains mois', "aujourd'hui", 'actuellement']);
    assert.deepEqual(seen.map((finding) => finding.severity), ['warning', 'information', 'information']);
  });

  it('ignore « le dernier rapport », « ce dernier », « en dernier lieu », « d’ores et déjà »', () => {
    assert.deepEqual(checkAnswer(rule, 'le dernier rapport, ce dernier, en dernier lieu, d’ores et déjà, le 18 octobre 2019.'), []);
  });
});
