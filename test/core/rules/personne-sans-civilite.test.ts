import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/personne-sans-civilite';
import { checkAnswer, texts } from './helpers';

describe('personne-sans-civilite', () => {
  it('exemple : « présenté par Marlène Schiappa »', () => {
    const answer = 'Le 2nd plan, présenté par Marlène Schiappa le 18 octobre dernier, poursuit cet effort.';
    const seen = checkAnswer(rule, answer);
    assert.deepEqual(texts(seen), ['Marlène Schiappa']);
    assert.equal(seen[0]!.severity, 'information');
    assert.equal(seen[0]!.finding.fixes, undefined);
  });

  it('prénom composé', () => {
    assert.deepEqual(texts(checkAnswer(rule, 'Selon Jean-Pierre Raffarin, la réforme avance.')), ['Jean-Pierre Raffarin']);
  });

  it('accepte civilité, fonction, lois, rues et établissements', () => {
    const answer =
      "Mme Marlène Schiappa, la ministre Agnès Buzyn, la loi Claude Evin, la rue Jean Jaurès, le lycée Jean Moulin, la fondation Jean Jaurès et le docteur Patrick Pelloux.";
    assert.deepEqual(checkAnswer(rule, answer), []);
  });
});
