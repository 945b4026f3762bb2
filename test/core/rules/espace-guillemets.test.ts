import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/espace-guillemets';
import { checkAnswer, fixedAnswer, texts } from './helpers';

describe('espace-guillemets', () => {
  it('signale des guillemets collés au texte, en erreur', () => {
    const seen = checkAnswer(rule, 'le «versement transport» est dû.');
    assert.deepEqual(texts(seen), ['«', '»']);
    assert.ok(seen.every((finding) => finding.severity === 'error'));
    assert.equal(fixedAnswer(rule, 'le «versement transport» est dû.'), 'le «\u00A0versement transport\u00A0» est dû.');
  });

  it('texte réel (QE 3029) : espaces ordinaires en indication (jo) ou erreur (imprimerie-nationale)', () => {
    const text = 'La formation spécialisée transversale « médecine palliative » ouvre un nombre de postes.';
    const seen = checkAnswer(rule, text);
    assert.deepEqual(texts(seen), ['« ', ' »']);
    assert.deepEqual(seen.map((finding) => finding.severity), ['hint', 'hint']);
    assert.deepEqual(checkAnswer(rule, text, { profile: 'imprimerie-nationale' }).map((finding) => finding.severity), ['error', 'error']);
    assert.equal(fixedAnswer(rule, text), 'La formation spécialisée transversale «\u00A0médecine palliative\u00A0» ouvre un nombre de postes.');
  });

  it('accepte les espaces insécables et un paragraphe qui commence par »', () => {
    assert.deepEqual(checkAnswer(rule, 'le «\u00A0versement\u00A0» et le «\u202Fplan\u202F».'), []);
    assert.deepEqual(checkAnswer(rule, '» suite du dialogue.'), []);
  });

  it("ne signale pas une citation de la question dans la réponse (masquée)", () => {
    const question = 'Il demande si « la réforme est enterrée définitivement » ou non.';
    assert.deepEqual(checkAnswer(rule, 'Il est inexact que « la réforme est enterrée définitivement ».', { question }), []);
  });
});
