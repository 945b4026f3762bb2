import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/ordinal-en-toutes-lettres';
import { checkAnswer, fixedAnswer, texts } from './helpers';

describe('ordinal-en-toutes-lettres', () => {
  it('exemple : « Le 1er plan d’action national » → « Le premier plan… », « du 2nd plan » → « du deuxième plan »', () => {
    const text = "Le 1er plan d'action national a acté la formation. La mise en œuvre du 2nd plan et la 3e mesure.";
    const seen = checkAnswer(rule, text);
    assert.deepEqual(texts(seen), ['1er', '2nd', '3e']);
    assert.equal(seen[0]!.severity, 'hint');
    assert.equal(fixedAnswer(rule, text), "Le premier plan d'action national a acté la formation. La mise en œuvre du deuxième plan et la troisième mesure.");
  });

  it('met la majuscule en début de phrase', () => {
    assert.equal(fixedAnswer(rule, '1re étape : former.'), 'Première étape : former.');
  });

  it('laisse les dates, siècles, circonscriptions et législatures', () => {
    assert.deepEqual(checkAnswer(rule, 'le 1er janvier, le XXIe siècle, la 3e circonscription, la 15e législature, le 1er et le 2e.'), []);
  });

  it('déterminant et suffixe en désaccord (« la 1er mesure ») : pas de correction', () => {
    const seen = checkAnswer(rule, 'La 1er mesure est prise.');
    assert.equal(seen.length, 1);
    assert.deepEqual(seen[0]!.finding.fixes, undefined);
  });
});
