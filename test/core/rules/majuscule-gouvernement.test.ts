import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/majuscule-gouvernement';
import { checkAnswer, fixedAnswer, texts } from './helpers';

describe('majuscule-gouvernement', () => {
  it('exemple : « C’est pourquoi, le gouvernement », « la volonté du gouvernement »', () => {
    const text = "C'est pourquoi, le gouvernement, à travers ce plan, s'engage. Elles traduisent la volonté du gouvernement de ne rien laisser passer.";
    const seen = checkAnswer(rule, text);
    assert.deepEqual(texts(seen), ['gouvernement', 'gouvernement']);
    assert.equal(seen[0]!.severity, 'error');
    assert.equal(fixedAnswer(rule, text), "C'est pourquoi, le Gouvernement, à travers ce plan, s'engage. Elles traduisent la volonté du Gouvernement de ne rien laisser passer.");
  });

  it('ignore les autres gouvernements, les sens communs, le pluriel et les citations', () => {
    assert.deepEqual(
      checkAnswer(rule, "le gouvernement allemand, du gouvernement de la Polynésie française, le gouvernement d'entreprise, le gouvernement local, les gouvernements successifs, « le gouvernement a menti »."),
      [],
    );
  });
});
