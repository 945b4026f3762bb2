import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/espace-manquante-apres-ponctuation';
import { checkAnswer, fixedAnswer, texts } from './helpers';

describe('espace-manquante-apres-ponctuation', () => {
  it('signale une lettre collée à la ponctuation et insère une espace', () => {
    const text = 'les mots,les phrases;la fin.Début du texte.';
    assert.deepEqual(texts(checkAnswer(rule, text)), [',l', ';l', '.D']);
    assert.equal(fixedAnswer(rule, text), 'les mots, les phrases; la fin. Début du texte.');
  });

  it('insère une espace insécable après « M. »', () => {
    assert.deepEqual(texts(checkAnswer(rule, 'selon M.Dupont.')), ['.D']);
    assert.equal(fixedAnswer(rule, 'selon M.Dupont.'), 'selon M.\u00A0Dupont.');
  });

  it('ignore décimales, abréviations, sigles pointés, domaines, adresses et articles', () => {
    assert.deepEqual(
      checkAnswer(rule, 'Un taux de 3,5 %, c.-à-d. peu, la S.N.C.F. et service-public.fr ou contact@sante.gouv.fr, art. L. 2212-2, etc.Voir le plan.'),
      [],
    );
  });
});

describe('espace-manquante-apres-ponctuation (minuscule après le point)', () => {
  it('« ministre.mais » est signalé ; « rapport.pdf », « p.ex. », « c.-à-d. » ne le sont pas', () => {
    assert.deepEqual(texts(checkAnswer(rule, 'le Premier ministre.mais aussi le rapport.pdf, p.ex. ceci, c.-à-d. cela.')), ['.m']);
    assert.equal(fixedAnswer(rule, 'le Premier ministre.mais aussi'), 'le Premier ministre. mais aussi');
  });
});
