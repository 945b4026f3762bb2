import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/citation-decret-arrete-circulaire';
import { checkAnswer, fixedAnswer, texts } from './helpers';

describe('citation-decret-arrete-circulaire', () => {
  it('décret sans numéro, arrêté sans objet, circulaire sans date, date sans année', () => {
    const answer = "Le décret du 3 août 2016 et l'arrêté du 5 mai 2020 sont parus. La circulaire n° 2002-070 s'applique, comme le décret n° 2016-1 du 3 août.";
    const seen = checkAnswer(rule, answer);
    assert.deepEqual(texts(seen), ['décret du 3 août 2016', 'arrêté du 5 mai 2020', 'circulaire n° 2002-070', '3 août']);
    assert.ok(seen.every((finding) => finding.severity === 'warning'));
  });

  it('actes européens', () => {
    assert.equal(fixedAnswer(rule, 'La directive n° 2011/36/UE et le règlement UE 2016/679.'), 'La directive 2011/36/UE et le règlement (UE) 2016/679.');
  });

  it('accepte les citations complètes (réelles)', () => {
    const answer =
      "La circulaire n° 2002-070 du 4 avril 2002 portant sur la formation, le décret n° 2013-7 du 3 janvier 2013 et l'arrêté du 5 mai 2020 relatif aux soins. L'arrêté du 5 mai 2020 précité.";
    assert.deepEqual(checkAnswer(rule, answer), []);
  });

  it('texte ancien cité par sa date (avant 1945, sans numéro) : citation juridique complète', () => {
    assert.deepEqual(checkAnswer(rule, 'Le décret du 17 juin 1854 et le décret-loi du 29 octobre 1936 restent cités.'), []);
    assert.equal(checkAnswer(rule, 'Le décret du 17 juin 1954 est cité.').length, 1);
  });
});
