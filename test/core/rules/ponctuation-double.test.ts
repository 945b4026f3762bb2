import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/ponctuation-double';
import { checkAnswer, fixedAnswer, texts } from './helpers';

describe('ponctuation-double', () => {
  it('signale et corrige les signes doublés (réel : « actuelles,, » AN 9-48450QE)', () => {
    const text = 'les règles actuelles,, les mesures.. la fin,. Pourquoi?. La suite;. Fin. .';
    assert.deepEqual(texts(checkAnswer(rule, text)), [',,', '..', ',.', '?.', ';.', '. .']);
    assert.equal(fixedAnswer(rule, text), 'les règles actuelles, les mesures. la fin. Pourquoi? La suite. Fin.');
  });

  it('ignore « etc. » en fin de phrase, les points de suspension et « …? »', () => {
    assert.deepEqual(checkAnswer(rule, 'les partenaires, etc. Les autres… Vraiment…? Les points...'), []);
  });
});
