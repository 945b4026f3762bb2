import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/apostrophe-typographique';
import { checkAnswer, fixedAnswer, texts } from './helpers';

describe('apostrophe-typographique', () => {
  it("signale l'apostrophe droite en indication (jo) et en information (imprimerie-nationale)", () => {
    const text = "les acteurs de l'Etat et jusqu'à aujourd'hui.";
    const seen = checkAnswer(rule, text);
    assert.deepEqual(texts(seen), ["'", "'", "'"]);
    assert.deepEqual(seen.map((finding) => finding.start - seen[0]!.start), [0, 14, 24]);
    assert.ok(seen.every((finding) => finding.severity === 'hint'));
    assert.ok(checkAnswer(rule, text, { profile: 'imprimerie-nationale' }).every((finding) => finding.severity === 'information'));
    assert.equal(fixedAnswer(rule, text), 'les acteurs de l’Etat et jusqu’à aujourd’hui.');
  });

  it('avertit quand la réponse mélange les deux apostrophes', () => {
    const seen = checkAnswer(rule, "l’État et l'Europe.");
    assert.deepEqual(texts(seen), ["'"]);
    assert.equal(seen[0]!.severity, 'warning');
  });

  it("accepte l'apostrophe typographique et ignore le code et les adresses", () => {
    assert.deepEqual(checkAnswer(rule, 'l’État et `l\'objet` sur https://example.fr/l\'a.'), []);
  });
});

describe('apostrophe-typographique (réglage apostrophe)', () => {
  it("« typographique » : avertissement ; « droite » : signale « ’ » et corrige vers « ' »", () => {
    const typographic = checkAnswer(rule, "l'État et l’Europe.", { style: { apostrophe: 'typographique' } });
    assert.deepEqual(typographic.map((finding) => [finding.text, finding.severity]), [["'", 'warning']]);
    const straight = checkAnswer(rule, "l'État et l’Europe.", { style: { apostrophe: 'droite' } });
    assert.deepEqual(straight.map((finding) => [finding.text, finding.severity]), [['’', 'warning']]);
    assert.equal(fixedAnswer(rule, "l'État et l’Europe.", { style: { apostrophe: 'droite' } }), "l'État et l'Europe.");
  });
});
