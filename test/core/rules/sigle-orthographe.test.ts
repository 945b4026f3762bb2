import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/sigle-orthographe';
import { checkAnswer, fixedAnswer, texts } from './helpers';

describe('sigle-orthographe', () => {
  it('URSAFF → URSSAF (réponse publiée AN 14-103711QE)', () => {
    const answer = 'Les cotisations versées aux URSAFF sont dues.';
    const seen = checkAnswer(rule, answer);
    assert.deepEqual(texts(seen), ['URSAFF']);
    assert.equal(fixedAnswer(rule, answer), 'Les cotisations versées aux URSSAF sont dues.');
  });

  it('ignore les sigles enregistrés, définis dans le texte, courts', () => {
    assert.deepEqual(checkAnswer(rule, 'La CNAF, la CNAM, la ZZR et le Comité national de suivi (CNSX).'), []);
  });
});
