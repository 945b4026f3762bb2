import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/tiers-nommement-designe';
import { check, checkAnswer, dossier, texts } from './helpers';

describe('tiers-nommement-designe', () => {
  it('exemple de la question : information seulement', () => {
    const question = "C'était la fiche de Jessica Edosomwan, une nigériane de 26 ans soupçonnée d'être membre d'un réseau de proxénétisme.";
    const seen = check(rule, dossier('La réponse ne nomme personne.', { question }));
    assert.deepEqual(texts(seen), ['Jessica Edosomwan']);
    assert.equal(seen[0]!.severity, 'information');
  });

  it('dans la réponse : avertissement', () => {
    const seen = checkAnswer(rule, 'Marc Dubois, condamné en 2019 pour escroquerie, a fait appel.');
    assert.deepEqual(texts(seen), ['Marc Dubois']);
    assert.equal(seen[0]!.severity, 'warning');
  });

  it('ignore les noms sans accusation et les élus', () => {
    assert.deepEqual(checkAnswer(rule, 'Marc Dubois a reçu un prix. La ministre Agnès Buzyn a porté plainte contre X.'), []);
  });
});
