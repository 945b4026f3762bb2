import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/nbsp-nombre-unite';
import { checkAnswer, fixedAnswer, texts } from './helpers';

describe('nbsp-nombre-unite', () => {
  it('texte réel (QE 3029) : nombre et unité séparés par une espace ordinaire, indication (jo) avec correction', () => {
    const text = 'avec un ratio de 17,8 lits pour 100 000 habitants.';
    const seen = checkAnswer(rule, text);
    assert.deepEqual(texts(seen), ['17,8 lits', '100 000 habitants']);
    assert.deepEqual(seen.map((finding) => finding.severity), ['hint', 'hint']);
    assert.equal(fixedAnswer(rule, text), 'avec un ratio de 17,8\u00A0lits pour 100 000\u00A0habitants.');
  });

  it('est un avertissement dans le profil imprimerie-nationale', () => {
    assert.equal(checkAnswer(rule, 'durant 21 jours.', { profile: 'imprimerie-nationale' })[0]!.severity, 'warning');
  });

  it("s'applique à la question en information au plus (exemple : 26 ans, 22 millions)", () => {
    const question = 'La traite affecterait 22 millions de personnes, dont une jeune femme de 26 ans.';
    const seen = checkAnswer(rule, 'Rien à signaler.', { question, profile: 'imprimerie-nationale' });
    assert.deepEqual(texts(seen), ['22 millions', '26 ans']);
    assert.ok(seen.every((finding) => finding.severity === 'information'));
  });

  it('ignore les années, numéros d’articles, intervalles, espaces insécables et le % collé (pourcentage-format)', () => {
    assert.deepEqual(checkAnswer(rule, 'En 2018 les mesures, article 53 de la loi, 2019-2021, 26\u00A0ans et 15%.'), []);
  });
});
