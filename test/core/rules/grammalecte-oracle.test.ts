/**
 * Grammalecte, the maintainers' oracle: one `--fix` pass (`fixToFixedPoint`) adds no grammar error on the real
 * texts, nor on texts made of the contexts the agreeing fixes handle (plural, feminine, elision). Runs when
 * `grammalecte-cli` is installed (the integrator's machine); skipped, with the reason, where it is not.
 */
import assert from 'node:assert/strict';
import { compare, grammalecte, realTexts } from '../../../scripts/grammalecte-fix-check';

const contexts = [
  'Les ARS et les CPTS agissent ensemble ; les ARS financent les CPTS.',
  'Aux CCAS et des EPCI reviennent ces tâches ; les CCAS et les EPCI s’y emploient.',
  'La DREAL instruit le dossier, la DREAL le transmet. Un MNA est accueilli ; les MNA le sont tous.',
  'La 2nd réunion s’est tenue ; les 2nds rapports sont rendus. La direction en charge de la santé agit.',
  'Les directions en charge des territoires agissent. La deadline est fixée. L’État consacre 3 M€ aux associations.',
].join('\n\n');

describe('Grammalecte avant et après « tout corriger » (oracle des mainteneurs)', function () {
  this.timeout(180_000);
  before(function () {
    if (!grammalecte) this.skip(); // grammalecte-cli absent: nothing to compare with.
  });

  it('aucune erreur de grammaire ajoutée par les corrections (textes réels et contextes d’accord)', () => {
    const texts = new Map([...realTexts()].filter(([name]) => !name.startsWith('dev-')));
    texts.set('contextes', `---\nnumero: 1\n---\n\n# Question\n\nQuestion ?\n\n# Réponse\n\n${contexts}\n`);
    const rows = compare(texts);
    assert.ok(rows.find((row) => row.name === 'contextes')!.changes >= 8, 'les contextes sont corrigés');
    assert.deepEqual(
      rows.filter((row) => row.added.length > 0).map((row) => `${row.name} : ${row.added.join(' ; ')}`),
      [],
    );
  });
});
