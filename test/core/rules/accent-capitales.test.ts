import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/accent-capitales';
import { checkAnswer, fixedAnswer, texts } from './helpers';

describe('accent-capitales', () => {
  it("exemple : « les acteurs de l'Etat » → « l'État »", () => {
    const seen = checkAnswer(rule, "les acteurs de l'Etat et le Conseil d'Etat.");
    assert.deepEqual(texts(seen), ['Etat', 'Etat']);
    assert.equal(seen[0]!.severity, 'error');
    assert.equal(fixedAnswer(rule, "les acteurs de l'Etat."), "les acteurs de l'État.");
  });

  it('textes réels : « A l’automne 2025 » (QE 11494), « des Equipes mobiles » (QE 6277)', () => {
    assert.deepEqual(texts(checkAnswer(rule, "A l'automne 2025, des travaux ont été lancés. A compter de 2025, les Equipes mobiles sont renforcées.")), ['A', 'A', 'Equipes']);
    assert.equal(fixedAnswer(rule, 'pour renforcer les moyens des Equipes mobiles.'), 'pour renforcer les moyens des Équipes mobiles.');
  });

  it('mots entièrement en capitales et formes fléchies', () => {
    assert.deepEqual(texts(checkAnswer(rule, 'Le titre « LES ECOLES PUBLIQUES » et les Etablissements publics ; la loi ELAN.')), ['ECOLES', 'Etablissements']);
  });

  it('ne signale pas Europe, Emploi, les sigles, la catégorie A ni les noms propres sans accent', () => {
    assert.deepEqual(checkAnswer(rule, 'Europe, Emploi, Agence, EDF, Emmanuel, la catégorie A de la fonction publique, Orléans.'), []);
  });
});
