import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/sigle-coherence';
import { checkAnswer, fixedAnswer, texts } from './helpers';

describe('sigle-coherence', () => {
  it('deux graphies du même sigle (ANSES / Anses)', () => {
    const answer = "L'Agence nationale de sécurité sanitaire de l'alimentation, de l'environnement et du travail (ANSES) publie. L'Anses conclut.";
    const seen = checkAnswer(rule, answer);
    assert.deepEqual(texts(seen), ['Anses']);
    assert.match(fixedAnswer(rule, answer), /L'ANSES conclut\./);
  });

  it('nom écrit en toutes lettres puis abrégé sans définition (TEH du sample)', () => {
    const answer = 'La lutte contre la traite des êtres humains est une priorité. Un guide sur la TEH est en cours.';
    const seen = checkAnswer(rule, answer);
    assert.deepEqual(texts(seen), ['TEH']);
    assert.equal(fixedAnswer(rule, answer), 'La lutte contre la traite des êtres humains est une priorité. Un guide sur la traite des êtres humains est en cours.');
  });

  it('sigle défini mais jamais réemployé ; sigle développé deux fois', () => {
    assert.equal(fixedAnswer(rule, "L'Institut national du cancer (INCa) publie un rapport."), "L'Institut national du cancer publie un rapport.");
    const twice = checkAnswer(rule, 'La Haute Autorité de santé (HAS) recommande. La HAS publie. La Haute Autorité de santé (HAS) confirme.');
    assert.equal(twice.length, 1);
    assert.match(twice[0]!.message, /déjà développé/);
  });

  it('organisme disparu (glossaire)', () => {
    const seen = checkAnswer(rule, "L'observatoire national de la délinquance et des réponses pénales (ONDRP) a publié. L'ONDRP a fermé.");
    assert.ok(seen.some((finding) => /n'existe plus/.test(finding.message)));
  });

  it('nom écrit puis abrégé : le remplacement s’accorde au déterminant, ou n’est pas proposé', () => {
    assert.equal(
      fixedAnswer(rule, 'Chaque agence régionale de santé agit. Les ARS financent les projets.'),
      'Chaque agence régionale de santé agit. Les agences régionales de santé financent les projets.',
    );
    const seen = checkAnswer(rule, 'Chaque agence régionale de santé agit. La création de ARS est prévue.');
    assert.equal(seen.length, 1);
    assert.equal(seen[0]!.finding.fixes, undefined);
  });
});

