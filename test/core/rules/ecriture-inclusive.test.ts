import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/ecriture-inclusive';
import { checkAnswer, fixedAnswer, texts } from './helpers';

describe('ecriture-inclusive', () => {
  it('point médian, points, parenthèses, tirets, E capitale, néologismes', () => {
    const answer = 'Les professionnel·le·s, les député.e.s, les candidat(e)s, les salarié-e-s, les étudiantEs et iels.';
    const seen = checkAnswer(rule, answer);
    assert.deepEqual(texts(seen), ['professionnel·le·s', 'député.e.s', 'candidat(e)s', 'salarié-e-s', 'étudiantEs', 'iels']);
    assert.ok(seen.every((finding) => finding.severity === 'error'));
    assert.equal(fixedAnswer(rule, 'Tou·te·s les professionnel·le·s.'), 'Tous les professionnels.');
  });

  it('barre oblique : « salarié/e/s »', () => {
    assert.deepEqual(texts(checkAnswer(rule, 'Les salarié/e/s et les élu/e/s.')), ['salarié/e/s', 'élu/e/s']);
  });

  it('le « (s) » de nombre est une information', () => {
    const seen = checkAnswer(rule, 'Le ou les candidat(s) retenu(s).');
    assert.deepEqual(texts(seen), ['candidat(s)', 'retenu(s)']);
    assert.ok(seen.every((finding) => finding.severity === 'information'));
  });

  it('ignore M., c.-à-d., noms de domaine, noms de lieux et -t-elle', () => {
    assert.deepEqual(checkAnswer(rule, "M. Dupont, c.-à-d. service-public.fr, Seine-Saint-Denis ; a-t-elle répondu ? Le taux est de 3.5."), []);
  });
});
