import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/heure-format';
import { checkAnswer, fixedAnswer, texts } from './helpers';

describe('heure-format', () => {
  it('écrit « 14 h 30 » avec des espaces insécables', () => {
    const text = 'à 14h30, à 9H, à 18:45 et à 8h.';
    const seen = checkAnswer(rule, text);
    assert.deepEqual(texts(seen), ['14h30', '9H', '18:45', '8h']);
    assert.equal(seen[0]!.severity, 'error');
    assert.equal(fixedAnswer(rule, text), 'à 14\u00A0h\u00A030, à 9\u00A0h, à 18\u00A0h\u00A045 et à 8\u00A0h.');
  });

  it('« 24h/24 » en information', () => {
    const seen = checkAnswer(rule, 'un accueil 24h/24.');
    assert.deepEqual(texts(seen), ['24h/24']);
    assert.equal(seen[0]!.severity, 'information');
    assert.equal(fixedAnswer(rule, 'un accueil 24h/24.'), 'un accueil 24 heures sur 24.');
  });

  it('ignore les heures correctes, les échelles et les adresses', () => {
    assert.deepEqual(checkAnswer(rule, 'à 14 h 30, à 9\u00A0h, une carte au 1:25 000, https://example.fr/14h30.'), []);
  });
});
