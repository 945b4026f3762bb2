import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/sigle-non-developpe';
import { check, checkAnswer, dossier, fixedAnswer, texts } from './helpers';
import { runRules } from '../../../server/src/core/rules/run';
import { documentOf } from './helpers';
import { defaultStyleSettings } from '../../../server/src/core/config/settings';

describe('sigle-non-developpe', () => {
  it('sigle inconnu du texte, développé plus loin : seules les occurrences avant la définition', () => {
    const answer = 'La CNCDH a rendu un avis. La Commission nationale consultative des droits de l’homme (CNCDH) le confirme. La CNCDH suit.';
    const seen = checkAnswer(rule, answer);
    assert.deepEqual(texts(seen), ['CNCDH']);
    assert.equal(seen[0]!.severity, 'warning');
    assert.match(seen[0]!.message, /Commission nationale consultative des droits de l'homme/);
  });

  it('correction : insère le développement du glossaire', () => {
    assert.equal(fixedAnswer(rule, 'Les recommandations de la CNCDH sont suivies.'), "Les recommandations de la Commission nationale consultative des droits de l'homme (CNCDH) sont suivies.");
  });

  it('sigle ambigu : une correction par sens', () => {
    const seen = checkAnswer(rule, 'Les recommandations du GRETA sont suivies.');
    assert.equal(seen[0]!.finding.fixes?.length, 2);
  });

  it('formes de définition reconnues (dont MIPROF du sample, SIGLE (Nom), apposition)', () => {
    const answer =
      "La Mission interministérielle de protection des femmes contre les violences et la lutte contre la traite des êtres humains (MIPROF) agit. La MIPROF pilote. L'ONPE (Observatoire national de la protection de l'enfance) publie ; l'ONPE, Observatoire national de la protection de l'enfance, publie.";
    assert.deepEqual(checkAnswer(rule, answer), []);
  });

  it('sigles d’usage courant et mots admis du guide de style', () => {
    assert.deepEqual(checkAnswer(rule, 'La TVA, la SNCF et l’INSEE.'), []);
    const text = dossier('Le XYZT agit.');
    const findings = runRules(documentOf(text), { profile: 'jo', severities: {}, style: { ...defaultStyleSettings, motsAcceptes: new Set(['XYZT']) } }, [rule]);
    assert.deepEqual(findings, []);
  });

  it('nom d’association (ECPAT) : information', () => {
    const seen = checkAnswer(rule, "Un projet porté par l'association ECPAT a été retenu.");
    assert.deepEqual(texts(seen), ['ECPAT']);
    assert.equal(seen[0]!.severity, 'information');
    assert.deepEqual(checkAnswer(rule, "Un projet porté par l'association ECPAT France a été retenu."), []);
  });

  it('ignore chiffres romains, titres en capitales et sigles de la question', () => {
    assert.deepEqual(check(rule, dossier('Au XXIe siècle, le titre IV. LE PLAN NATIONAL CONTRE LA TRAITE.', { question: 'La CNCDH a rendu un avis.' })), []);
  });
});
