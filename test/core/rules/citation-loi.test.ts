import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/citation-loi';
import { checkAnswer, fixedAnswer, texts } from './helpers';

describe('citation-loi', () => {
  it('n° manquant, capitale, année incohérente', () => {
    const answer = 'Selon la Loi 2018-771 du 5 septembre 2018, et la loi n° 2004-1484 du 30 décembre 2005, rien ne change.';
    const seen = checkAnswer(rule, answer);
    assert.deepEqual(texts(seen).sort(), ['Loi', 'Loi 2018-771', 'loi n° 2004-1484 du 30 décembre 2005']);
    assert.equal(fixedAnswer(rule, 'Selon la Loi n° 2018-771 du 5 septembre 2018, rien.'), 'Selon la loi n° 2018-771 du 5 septembre 2018, rien.');
    assert.ok(seen.every((finding) => finding.severity === 'error'));
    assert.equal(fixedAnswer(rule, 'Selon la loi 2018-771 du 5 septembre 2018, rien.'), 'Selon la loi n°\u00A02018-771 du 5 septembre 2018, rien.');
  });

  it('accepte les citations correctes (réelles) et les formes abrégées', () => {
    const answer =
      "L'article 53 de la loi n° 2004-1484 du 30 décembre 2004 de finances pour 2005 et la loi n° 78-753 du 17 juillet 1978. La loi du 2 février 2016 et la loi organique n° 2009-403 du 15 avril 2009. Loi n° 2001-2 du 3 janvier 2001.";
    assert.deepEqual(checkAnswer(rule, answer), []);
  });
});
