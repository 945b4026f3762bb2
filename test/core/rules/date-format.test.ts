import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/date-format';
import { checkAnswer, fixedAnswer, texts } from './helpers';

describe('date-format', () => {
  it('écrit en lettres les dates numériques', () => {
    const text = 'le 18/10/2019, le 2019-10-18 et le 01.03.2024.';
    assert.deepEqual(texts(checkAnswer(rule, text)), ['18/10/2019', '2019-10-18', '01.03.2024']);
    assert.equal(fixedAnswer(rule, text), 'le 18 octobre 2019, le 18 octobre 2019 et le 1er mars 2024.');
  });

  it('corrige « 1 janvier », « 01 janvier » et le zéro initial', () => {
    const text = 'le 1 janvier 2023, le 01 février et le 03 mars.';
    assert.deepEqual(texts(checkAnswer(rule, text)), ['1', '01', '03']);
    assert.equal(fixedAnswer(rule, text), 'le 1er janvier 2023, le 1er février et le 3 mars.');
  });

  it('signale les dates impossibles et le jour de la semaine faux', () => {
    assert.deepEqual(texts(checkAnswer(rule, 'le 31 avril, le 29 février 2023, le lundi 18 octobre 2019.')), ['31 avril', '29 février 2023', 'lundi']);
  });

  it('accepte les dates correctes, les numéros de textes et les périodes (exemple : vendredi 18 octobre 2019)', () => {
    assert.deepEqual(checkAnswer(rule, 'Vendredi 18 octobre 2019, la circulaire n° 2002-070 du 4 avril 2002, le plan 2019-2021, le 29 février 2024.'), []);
  });
});
