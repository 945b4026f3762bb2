import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/guillemets-francais';
import { checkAnswer, fixedAnswer, texts } from './helpers';

describe('guillemets-francais', () => {
  it('texte réel (QE 1173) : guillemets droits remplacés par des guillemets français', () => {
    const text = 'pour corriger les effets de "reste à charge" pour le patient.';
    const seen = checkAnswer(rule, text);
    assert.deepEqual(texts(seen), ['"reste à charge"']);
    assert.equal(seen[0]!.severity, 'error');
    assert.equal(fixedAnswer(rule, text), 'pour corriger les effets de «\u00A0reste à charge\u00A0» pour le patient.');
  });

  it('guillemets anglais et paire dépareillée', () => {
    assert.equal(fixedAnswer(rule, 'le “bouclier tarifaire” est prolongé.'), 'le «\u00A0bouclier tarifaire\u00A0» est prolongé.');
    assert.deepEqual(texts(checkAnswer(rule, 'le "bouclier” est prolongé.')), ['"bouclier”']);
  });

  it('signale un guillemet resté seul, sans correction', () => {
    const seen = checkAnswer(rule, 'le "bouclier tarifaire est prolongé.');
    assert.deepEqual(texts(seen), ['"']);
    assert.equal(seen[0]!.fixed, undefined);
  });

  it('ignore le signe pouce, le code et les guillemets à l’intérieur de « … »', () => {
    assert.deepEqual(checkAnswer(rule, 'un écran de 27" et `"code"` et « le “plan” ».'), []);
  });
});
