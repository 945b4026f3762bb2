import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/personne-grammaticale';
import { checkAnswer, texts } from './helpers';

describe('personne-grammaticale', () => {
  it('première et deuxième personnes, apostrophe, ouverture archaïque', () => {
    const seen = checkAnswer(rule, "Réponse. - Je vous remercie. Mes services et nos équipes l'ont vu ; nous recueillons des données. Monsieur le député, votre question est utile.");
    assert.deepEqual(texts(seen), ['Réponse. -', 'Je', 'vous', 'Mes', 'nos', 'nous', 'Monsieur le député', 'votre']);
    assert.ok(seen.every((finding) => finding.severity === 'information'));
  });

  it('ignore la troisième personne, notre pays, chez nous, Me et les citations', () => {
    assert.deepEqual(checkAnswer(rule, "Le ministère agit pour notre pays et nos concitoyens ; chez nous ; Me Dupont ; « nous agirons » a dit le maire."), []);
  });
});
