import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/separateur-milliers';
import { checkAnswer, fixedAnswer, texts } from './helpers';

describe('separateur-milliers', () => {
  it('signale un nombre soudé et le groupe par espaces fines insécables', () => {
    const seen = checkAnswer(rule, 'soit 19760 fonctionnaires.');
    assert.deepEqual(texts(seen), ['19760']);
    assert.equal(seen[0]!.severity, 'error');
    assert.equal(fixedAnswer(rule, 'soit 19760 fonctionnaires.'), 'soit 19\u202F760 fonctionnaires.');
  });

  it('signale un groupement par des points', () => {
    assert.deepEqual(texts(checkAnswer(rule, 'un budget de 1.500.000 euros.')), ['1.500.000']);
    assert.equal(fixedAnswer(rule, 'un budget de 1.500.000 euros.'), 'un budget de 1\u202F500\u202F000 euros.');
  });

  it('texte réel (QE 6277) : groupement par espace ordinaire, indication (jo), erreur (imprimerie-nationale)', () => {
    const text = "un ratio inférieur à 3 lits d'USP pour 100 000 habitants.";
    const seen = checkAnswer(rule, text);
    assert.deepEqual(texts(seen), ['100 000']);
    assert.equal(seen[0]!.severity, 'hint');
    assert.equal(checkAnswer(rule, text, { profile: 'imprimerie-nationale' })[0]!.severity, 'error');
    assert.equal(fixedAnswer(rule, text), "un ratio inférieur à 3 lits d'USP pour 100\u202F000 habitants.");
  });

  it('ne groupe pas années, numéros de textes, de questions et de pages, codes postaux, NOR, téléphones', () => {
    assert.deepEqual(
      checkAnswer(rule, 'En 2019, la loi n° 2019-1480, la question n° 24191, page 10134, 75007 Paris, NOR : INTX1234567A, le 01 23 45 67 89, SIRET 12345678901234.'),
      [],
    );
  });
});
