import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/reformulation-question';
import { check, dossier } from './helpers';

const question =
  "M. Patrice Anato interroge Mme la secrétaire d'État sur le second plan d'action national contre la traite des êtres humains. La mesure 16 prévoit de mettre en place un mécanisme national de référence qui prendrait la forme d'une circulaire interministérielle comportant une liste non limitative d'indicateurs.";

describe('reformulation-question', () => {
  it('début de réponse recopié', () => {
    const answer = "La mesure 16 prévoit de mettre en place un mécanisme national de référence qui prendrait la forme d'une circulaire interministérielle. Elle sera publiée en 2020.";
    const seen = check(rule, dossier(answer, { question }));
    assert.equal(seen.length, 1);
    assert.equal(seen[0]!.severity, 'information');
    assert.ok(seen[0]!.text.startsWith('La mesure 16'));
  });

  it('formule d’ouverture admise une fois, réponse propre', () => {
    const answer = "L'honorable parlementaire interroge sur le second plan d'action national contre la traite des êtres humains. Le plan compte 45 mesures, dont la circulaire prévue en 2020.";
    assert.deepEqual(check(rule, dossier(answer, { question })), []);
  });
});
