import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/citation-article-code';
import { checkAnswer, fixedAnswer, texts } from './helpers';

describe('citation-article-code', () => {
  it('L2333-64, L.2333-64, art L 123-4, Code du travail (profil jo)', () => {
    const answer = "L'article L2333-64, l'article L.2333-64, l'art L 123-4 et l'article R. 4127-37 du Code du travail.";
    const seen = checkAnswer(rule, answer);
    assert.deepEqual(texts(seen), ['L', 'L.', 'art', 'L ', 'C']);
    assert.equal(
      fixedAnswer(rule, answer),
      "L'article L.\u00A02333-64, l'article L.\u00A02333-64, l'article L.\u00A0123-4 et l'article R. 4127-37 du code du travail.",
    );
  });

  it('profil imprimerie-nationale : Code du travail', () => {
    const seen = checkAnswer(rule, "L'article L. 1 du code du travail.", { profile: 'imprimerie-nationale' });
    assert.deepEqual(texts(seen), ['c']);
  });

  it('pluriel et « et s. »', () => {
    assert.equal(
      fixedAnswer(rule, "Selon l'article L. 2333-64 et L. 2531-2 et s. du code général des collectivités territoriales."),
      'Selon les articles L. 2333-64 et L. 2531-2 et suivants du code général des collectivités territoriales.',
    );
  });

  it('accepte la forme réelle correcte (AN 14-103711QE)', () => {
    assert.deepEqual(checkAnswer(rule, 'Aux termes des articles L. 2333-64 et L. 2531-2 et suivants du code général des collectivités territoriales, article 34 de la Constitution.'), []);
  });
});
