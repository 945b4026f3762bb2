import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/espaces-multiples';
import { checkAnswer, fixedAnswer, texts } from './helpers';

describe('espaces-multiples', () => {
  it('texte réel (QE 6277) : deux espaces après un point, en information (jo)', () => {
    const text = "avec un projet de création d'USP.  Les efforts se poursuivent.";
    const seen = checkAnswer(rule, text);
    assert.deepEqual(texts(seen), ['  ']);
    assert.equal(seen[0]!.severity, 'information');
    assert.equal(fixedAnswer(rule, text), "avec un projet de création d'USP. Les efforts se poursuivent.");
  });

  it('garde l’espace insécable quand elle fait partie de la suite, et signale les tabulations', () => {
    assert.equal(fixedAnswer(rule, 'le montant \u00A0: élevé'), 'le montant\u00A0: élevé');
    assert.deepEqual(texts(checkAnswer(rule, 'la\tMIPROF')), ['\t']);
  });

  it('est un avertissement dans le profil imprimerie-nationale', () => {
    assert.equal(checkAnswer(rule, 'la  MIPROF', { profile: 'imprimerie-nationale' })[0]!.severity, 'warning');
  });

  it('ne signale rien dans un texte correct', () => {
    assert.deepEqual(checkAnswer(rule, 'La MIPROF coordonne le plan.'), []);
  });
});
