import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/paires-non-fermees';
import { checkAnswer, texts } from './helpers';

describe('paires-non-fermees', () => {
  it('texte réel (QE 5116) : un guillemet ouvrant jamais fermé', () => {
    const text = 'La HAS dans son guide « Comment mettre en œuvre une sédation, précise que « La sédation est la recherche ». De plus, le site.';
    const seen = checkAnswer(rule, text);
    assert.deepEqual(texts(seen), ['«']);
    assert.equal(seen[0]!.start, seen[0]!.finding.range.start);
    assert.equal(seen[0]!.severity, 'warning');
    assert.ok(seen[0]!.message.includes('jamais fermé'));
  });

  it('parenthèse fermante sans ouvrante, crochet ouvert', () => {
    assert.deepEqual(texts(checkAnswer(rule, 'les mesures) et [les actions.')), [')', '[']);
  });

  it("ignore les étiquettes d'énumération et les paires équilibrées", () => {
    assert.deepEqual(checkAnswer(rule, 'Il faut : a) former ; 1°) sensibiliser ; 2) agir (vite) « ensemble ».'), []);
  });

  it('« (10°) », « (a) » : parenthèses appariées autour d’une étiquette', () => {
    assert.deepEqual(checkAnswer(rule, "Dans les conditions de l'article L. 2541-12 (10°) du code et du (a) ci-dessus."), []);
  });
});
