import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/saut-de-paragraphe-dans-phrase';
import { checkAnswer, fixedAnswer } from './helpers';

describe('saut-de-paragraphe-dans-phrase', () => {
  it("exemple : « afin que tous les professionnels⏎⏎disposent » (coupure enregistrée par le modèle)", () => {
    const text = 'Un plan sera élaboré afin que tous les professionnels\n\ndisposent d’un socle commun.';
    const seen = checkAnswer(rule, text);
    assert.equal(seen.length, 1);
    assert.equal(seen[0]!.text, '\n\n');
    assert.equal(seen[0]!.severity, 'warning');
    assert.equal(fixedAnswer(rule, text), 'Un plan sera élaboré afin que tous les professionnels disposent d’un socle commun.');
  });

  it('ignore les paragraphes qui se terminent par une ponctuation ou un deux-points', () => {
    assert.deepEqual(checkAnswer(rule, 'Les mesures sont les suivantes :\n\nla formation des professionnels.\n\nFin du texte.'), []);
  });
});
