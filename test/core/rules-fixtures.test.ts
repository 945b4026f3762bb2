/**
 * Runs every per-rule fixture of `test/fixtures/rules/` (format: its README): the findings of the fixture's
 * rule (and of the rules its markers name) must be exactly the marked ones, and applying their fixes must give
 * the golden `.fixed.qe.md` file, on which nothing fixable is left. `QE_UPDATE_GOLDEN=1` writes the goldens.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { ruleMeta } from '../../server/src/core';
import { checkedFindings, compareWithMarkers, fixCheckedUntilStable, fixtureNames, readFixture } from '../helpers/rule-fixtures';

const update = process.env.QE_UPDATE_GOLDEN === '1';

describe('fixtures des règles (test/fixtures/rules)', () => {
  const names = fixtureNames();

  it('contient des fixtures', () => {
    assert.ok(names.length >= 3, `au moins 3 fixtures attendues, ${names.length} trouvées`);
  });

  for (const name of names) {
    describe(name, () => {
      const fixture = readFixture(name);

      it('nomme une règle connue et des marqueurs lisibles', () => {
        assert.ok(ruleMeta(fixture.rule), `règle inconnue « ${fixture.rule} » (le nom du fichier commence par l'identifiant de la règle)`);
        for (const id of fixture.checked) assert.ok(ruleMeta(id), `marqueur : règle inconnue « ${id} »`);
        assert.deepEqual(fixture.problems, []);
        assert.ok(fixture.expected.length > 0 || name.includes('.sans-signalement.'), 'aucun marqueur « attendu » : nommez la fixture <id>.sans-signalement.qe.md si elle ne doit rien signaler');
      });

      it('signale exactement les constats marqués', () => {
        const differences = compareWithMarkers(fixture, checkedFindings(fixture, fixture.text));
        assert.deepEqual(differences, [], `\n${differences.join('\n')}`);
      });

      it('corrige comme le fichier de référence, sans rien laisser de corrigible', () => {
        const fixable = checkedFindings(fixture, fixture.text).some((finding) => finding.fixes?.length);
        const { text: fixed, passes } = fixCheckedUntilStable(fixture);
        assert.ok(passes < 10, 'les corrections ne se stabilisent pas en 10 passes');
        if (!fixable) {
          assert.ok(!existsSync(fixture.goldenPath), 'fichier de référence corrigé présent alors que rien n’est corrigible');
          return;
        }
        if (update) writeFileSync(fixture.goldenPath, fixed);
        assert.ok(existsSync(fixture.goldenPath), `fichier de référence absent : ${fixture.goldenPath} (QE_UPDATE_GOLDEN=1 pour l’écrire, puis relisez-le)`);
        assert.equal(fixed, readFileSync(fixture.goldenPath, 'utf8'));
        const left = checkedFindings(fixture, fixed).filter((finding) => finding.fixes?.length);
        assert.deepEqual(left.map((finding) => `${finding.rule} : ${finding.message}`), []);
      });
    });
  }
});
