import { strict as assert } from 'node:assert';
import { analyze } from '../../../server/src/core';
import { publicationText, publishedTypography } from '../../../server/src/core/publish/plain-text';

const visible = (text: string) => text.replace(/\u00a0/g, '⍽').replace(/\u202f/g, '·');

describe('texte prêt à publier : typographie partout, erreurs restantes', () => {
  it('espaces insécables des nombres, des unités, après « n° » et les civilités, partout', () => {
    assert.equal(
      visible(publishedTypography("Ce sont 100 millions d'euros pour 1 000 000 de personnes, soit 3 % ; la loi n° 2016-87 et M. Dupont.")),
      'Ce sont 100⍽millions d’euros pour 1·000·000 de personnes, soit 3⍽%·; la loi n°⍽2016-87 et M.⍽Dupont.',
    );
    assert.equal(visible(publishedTypography('En 2020 les 45 lits, art. 3, p. 12 ; 12 345,5 euros.')), 'En 2020 les 45⍽lits, art.⍽3, p.⍽12·; 12·345,5⍽euros.');
  });

  it('erreurs restantes : listées avec leur ligne (le texte est un brouillon)', () => {
    const text = '---\nnumero: 1\n---\n\n# Question\n\nQuestion ?\n\n# Réponse\n\nLe 3ème plan national de lutte contre les violences faites aux femmes est adopté ; il prévoit des mesures de prévention, d’accompagnement des victimes et de formation des professionnels de santé et de justice dans chaque département.\n';
    const result = publicationText(analyze(text));
    assert.deepEqual(result.errors.length, 1);
    assert.match(result.errors[0]!, /^ligne 11 : « 3ème » : abréviation fautive/);
    assert.ok(result.warnings.includes('1 erreur reste signalée dans le dossier.'));
    const clean = publicationText(analyze(text.replace('3ème', 'troisième')));
    assert.deepEqual(clean.errors, []);
  });
});
