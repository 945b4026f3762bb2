import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../server/src/core/index';
import { groupABC } from './house-style-ids';

const shared = join(__dirname, '..', '..', '..', 'data');
const seedPath = join(shared, 'seeds', 'qe-15-24191.md');

describe('réponse d’exemple (Q 24191) : constats des groupes A à C', () => {
  const text = readFileSync(seedPath, 'utf8');
  const ours = new Set<string>(groupABC);
  const findings = analyze(text).findings.filter((finding) => ours.has(finding.rule));
  const at = (rule: string) =>
    findings.filter((finding) => finding.rule === rule).map((finding) => [finding.range.start, text.slice(finding.range.start, finding.range.end), finding.severity]);

  it('accent-capitales : « l’Etat » → « l’État »', () => {
    assert.deepEqual(at('accent-capitales'), [[4913, 'Etat', 'error']]);
    assert.deepEqual(findings.find((finding) => finding.rule === 'accent-capitales')!.fixes![0]!.edits, [{ range: { start: 4913, end: 4914 }, newText: 'É' }]);
  });

  it('majuscule-gouvernement ×2 : « C’est pourquoi, le gouvernement », « la volonté du gouvernement »', () => {
    assert.deepEqual(at('majuscule-gouvernement'), [
      [4938, 'gouvernement', 'error'],
      [5729, 'gouvernement', 'error'],
    ]);
    assert.match(text.slice(4915, 4950), /C'est pourquoi, le gouvernement/);
    assert.match(text.slice(5700, 5741), /volonté du gouvernement$/);
  });

  it('ordinal-abreviation : « 2nd » ×5 dans la réponse (la sixième occurrence du tableau est le titre « Second plan »)', () => {
    assert.deepEqual(at('ordinal-abreviation'), [2311, 2978, 4759, 5447, 5642].map((start) => [start, '2nd', 'error']));
    for (const finding of findings.filter((f) => f.rule === 'ordinal-abreviation')) {
      // A wrong « 2nd » says nothing sure of the gender: « deuxième » and « 2e » agree with both.
      assert.deepEqual(finding.fixes!.map((fix) => fix.edits[0]!.newText), ['deuxième', 'e']);
    }
  });

  it('ordinal-en-toutes-lettres : « 1er plan » ×3 et « 2nd plan » ×5', () => {
    assert.deepEqual(
      at('ordinal-en-toutes-lettres'),
      [
        [2311, '2nd'],
        [2874, '1er'],
        [2978, '2nd'],
        [3368, '1er'],
        [3714, '1er'],
        [4759, '2nd'],
        [5447, '2nd'],
        [5642, '2nd'],
      ].map(([start, ordinal]) => [start, ordinal, 'hint']),
    );
  });

  it('date-relative : « le 18 octobre dernier » → 2019 (réponse publiée le 19 novembre 2019)', () => {
    assert.deepEqual(at('date-relative'), [
      [3018, 'le 18 octobre dernier', 'warning'],
      [4017, "en cours d'élaboration", 'information'],
    ]);
    const finding = findings.find((f) => f.rule === 'date-relative')!;
    assert.deepEqual(finding.fixes![0]!.edits, [{ range: { start: 3032, end: 3039 }, newText: '2019' }]);
  });

  it('saut-de-paragraphe-dans-phrase : « afin que tous les professionnels⏎⏎disposent » (coupure enregistrée dans paragraph.breaks)', () => {
    assert.deepEqual(at('saut-de-paragraphe-dans-phrase'), [[3928, '\n\n', 'warning']]);
    assert.equal(text.slice(3900, 3928).endsWith('tous les professionnels'), true);
  });

  it('question (lecture seule) : « une nigériane » en information, nombres et unités en indication', () => {
    assert.deepEqual(at('majuscule-gentile'), [[946, 'nigériane', 'information']]);
    assert.deepEqual(at('nbsp-nombre-unite'), [
      [518, '22 millions', 'hint'],
      [584, '32 milliards', 'hint'],
      [959, '26 ans', 'hint'],
    ]);
  });

  it('apostrophe-typographique : chaque apostrophe droite de la réponse en indication, rien d’autre', () => {
    const apostrophes = findings.filter((finding) => finding.rule === 'apostrophe-typographique');
    const answer = analyze(text).document.answer!;
    const expected = [...answer.text.matchAll(/(?<![\p{L}])(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu|quelqu|aujourd)'(?=\p{L})/giu)].length;
    assert.equal(apostrophes.length, expected);
    assert.ok(apostrophes.every((finding) => finding.severity === 'hint' && text.slice(finding.range.start, finding.range.end) === "'"));
    const others = findings.filter((finding) => !['accent-capitales', 'majuscule-gouvernement', 'ordinal-abreviation', 'ordinal-en-toutes-lettres', 'date-relative', 'saut-de-paragraphe-dans-phrase', 'majuscule-gentile', 'nbsp-nombre-unite', 'apostrophe-typographique'].includes(finding.rule));
    assert.deepEqual(others.map((finding) => finding.rule), []);
  });
});
