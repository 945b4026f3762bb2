import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/minuscule-mois-jours';
import { checkAnswer, fixedAnswer, texts } from './helpers';

describe('minuscule-mois-jours', () => {
  it('met en minuscule un mois ou un jour après un quantième ou un mot de date', () => {
    const text = 'le 18 Octobre 2019, depuis Janvier et ce Mardi.';
    assert.deepEqual(texts(checkAnswer(rule, text)), ['Octobre', 'Janvier', 'Mardi']);
    assert.equal(fixedAnswer(rule, text), 'le 18 octobre 2019, depuis janvier et ce mardi.');
  });

  it('laisse le début de phrase et les noms propres', () => {
    assert.deepEqual(checkAnswer(rule, 'Vendredi 18 octobre 2019, rue du 4-Septembre, le Mardi gras, la monarchie de Juillet, Véronique Avril.'), []);
  });
});
