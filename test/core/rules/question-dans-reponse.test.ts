import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/question-dans-reponse';
import { checkAnswer, texts } from './helpers';

describe('question-dans-reponse', () => {
  it('phrase interrogative hors citation', () => {
    const seen = checkAnswer(rule, 'Le plan est prêt. Faut-il aller plus loin ? Le Gouvernement le pense.');
    assert.deepEqual(texts(seen), ['Faut-il aller plus loin ?']);
    assert.equal(seen[0]!.severity, 'warning');
  });

  it('ignore les citations et les titres entre guillemets', () => {
    assert.deepEqual(checkAnswer(rule, 'Le rapport « Quelle fin de vie pour demain ? » est paru.'), []);
  });
});
