import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/abreviations-courantes';
import { checkAnswer, fixedAnswer, texts } from './helpers';

describe('abreviations-courantes', () => {
  it('etc sans point, sans virgule, cf, càd, e.g., art.', () => {
    const answer = 'Les partenaires etc. sont associés (cf le rapport), càd les associations, e.g. la Croix-Rouge, selon l\'art. L. 123-4, etc';
    const seen = checkAnswer(rule, answer);
    assert.deepEqual(texts(seen), [' ', 'cf', 'càd', 'e.g.', 'art.', 'etc']);
    assert.equal(
      fixedAnswer(rule, answer),
      "Les partenaires, etc. sont associés (cf. le rapport), c'est-à-dire les associations, par exemple la Croix-Rouge, selon l'article L. 123-4, etc.",
    );
  });

  it('vs, &, qqn, env.', () => {
    assert.deepEqual(texts(checkAnswer(rule, 'le public vs le privé, les usagers & les agents, qqn, env. 30 personnes.')), ['vs', '&', 'qqn', 'env.']);
  });

  it('accepte etc. précédé d’une virgule, cf., Procter & Gamble', () => {
    assert.deepEqual(checkAnswer(rule, 'Les partenaires, etc. Voir cf. ci-dessus ; Procter & Gamble.'), []);
  });
});
