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

  it('correction : insère le développement du glossaire (sigle employé plus d’une fois)', () => {
    assert.equal(
      fixedAnswer(rule, 'Les recommandations de la CNCDH sont suivies. La CNCDH suit.'),
      "Les recommandations de la Commission nationale consultative des droits de l'homme (CNCDH) sont suivies. La CNCDH suit.",
    );
  });

  it('sigle employé une seule fois : remplacé par le nom développé, sans sigle que sigle-coherence signalerait', () => {
    assert.equal(fixedAnswer(rule, 'Les recommandations de la CNCDH sont suivies.'), "Les recommandations de la Commission nationale consultative des droits de l'homme sont suivies.");
  });

  describe('le développement s’accorde au déterminant (pluriel, féminin, élision)', () => {
    const cases: [string, string | undefined][] = [
      ['Les ARS agissent. Les ARS suivent.', 'Les agences régionales de santé (ARS) agissent. Les ARS suivent.'],
      ['Les CCAS agissent. Les CCAS suivent.', "Les centres communaux d'action sociale (CCAS) agissent. Les CCAS suivent."],
      ['Les CPTS agissent. Les CPTS suivent.', 'Les communautés professionnelles territoriales de santé (CPTS) agissent. Les CPTS suivent.'],
      ['Les DREAL agissent. Les DREAL suivent.', "Les directions régionales de l'environnement, de l'aménagement et du logement (DREAL) agissent. Les DREAL suivent."],
      ['Le rôle des EPCI croît. Les EPCI suivent.', 'Le rôle des établissements publics de coopération intercommunale (EPCI) croît. Les EPCI suivent.'],
      ['Aux ARS revient ce rôle. Les ARS suivent.', 'Aux agences régionales de santé (ARS) revient ce rôle. Les ARS suivent.'],
      ['Ces nouvelles CPTS agissent. Les CPTS suivent.', 'Ces nouvelles communautés professionnelles territoriales de santé (CPTS) agissent. Les CPTS suivent.'],
      ["L'ARS agit. L'ARS suit.", "L'agence régionale de santé (ARS) agit. L'ARS suit."],
      ['Une CPTS agit. La CPTS suit.', 'Une communauté professionnelle territoriale de santé (CPTS) agit. La CPTS suit.'],
      ['Un MNA est accueilli. Les MNA sont accueillis.', 'Un mineur non accompagné (MNA) est accueilli. Les MNA sont accueillis.'],
      // Undecidable or disagreeing: no automatic fix.
      ['La création de CPTS progresse. Les CPTS suivent.', undefined],
      ['Le CPTS agit. Les CPTS suivent.', undefined],
      ['Le EPCI agit. Les EPCI suivent.', undefined],
      ["Les AESH et l'AESH agissent. L'AESH suit.", 'Les accompagnants des élèves en situation de handicap (AESH) et l\'AESH agissent. L\'AESH suit.'],
    ];
    for (const [answer, expected] of cases) {
      it(answer, () => {
        const seen = checkAnswer(rule, answer);
        assert.ok(seen.length > 0, 'signalé');
        if (expected === undefined) {
          assert.equal(seen[0]!.finding.fixes, undefined);
          assert.match(seen[0]!.message, /accordé au contexte/);
        } else assert.equal(fixedAnswer(rule, answer), expected);
      });
    }
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

  it('juridiction d’une citation de jurisprudence (CE, TA, CAA… suivis d’une date, d’un n° ou de « req. ») : pas un sigle à développer', () => {
    const answer =
      'Le juge l’a rappelé (CE, 12 mai 2004, Commune de Saint-Denis, n° 245678) puis (TA Lyon, 4 juin 2001) et (CAA Paris, 3 mars 2010, req. n° 08PA01234), enfin (CE, Ass., 9 novembre 1973).';
    assert.deepEqual(checkAnswer(rule, answer), []);
    assert.deepEqual(texts(checkAnswer(rule, 'Le TA est saisi. Le TA statue.')), ['TA', 'TA'], 'hors citation, le sigle reste signalé');
  });

  it('citations à mois abrégé et siège précédé de « de » (« CE, 25 juill. 1980 », « TA de Strasbourg, … »)', () => {
    assert.deepEqual(checkAnswer(rule, 'Voir (CE 2 oct. 1992, Cne de Donneville c/ Harrau, n° 90134 ; CE, 25 juill. 1980, Sandré) et (TA de Strasbourg, 9 février 1978, Jierry).'), []);
  });
});
