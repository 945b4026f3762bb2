import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/sigle-forme';
import { checkAnswer, fixedAnswer, texts } from './helpers';

describe('sigle-forme', () => {
  it('points, espaces, pluriel, casse', () => {
    const answer = 'La S.N.C.F. et la C N C D H, des ONGs et des EHPADs ; la MiProf.';
    const seen = checkAnswer(rule, answer);
    assert.deepEqual(texts(seen), ['S.N.C.F.', 'C N C D H', 'ONGs', 'EHPADs', 'MiProf']);
    assert.ok(seen.every((finding) => finding.severity === 'error'));
    assert.equal(fixedAnswer(rule, answer), 'La SNCF et la CNCDH, des ONG et des EHPAD ; la MIPROF.');
  });

  it('accepte les formes enregistrées et les initiales', () => {
    assert.deepEqual(checkAnswer(rule, "L'INCa, l'Urssaf, la Miprof, J.-P. Dupont, la DGFiP."), []);
  });
});
