/**
 * Wrong flags found by an independent review of the first round of coverage changes of 7 December (second stop):
 * a mechanism blanked as if it were a legal basis (« sur la base de la population »), the inverted clitic form of
 * whom a rule is for (« peuvent en bénéficier le conjoint… »), a judgement asked (« s'il est normal que… ») answered
 * by the law's conclusion, « de quelle manière » read like « comment », two verbs taken for one because they share
 * four letters (« conserve » / « consulter »), and conditions said with « si » or « sur simple demande ». Each form
 * has a counterpart that must stay flagged. The sentences are the reviewer's, written for these tests.
 */
import assert from 'node:assert/strict';
import { run } from './helpers';

const statuses = (question: string, answer: string) => run(question, answer).subQuestions.map((sub) => `${sub.kind}/${sub.status}`);
const flags = (question: string, answer: string) =>
  run(question, answer)
    .findings.filter((finding) => finding.rule === 'sous-question-partielle' || finding.rule === 'sous-question-sans-reponse')
    .map((finding) => finding.message);

describe('coverage: review of the first round (7 December, second stop)', () => {
  describe('« selon quelles modalités »: a mechanism is not a legal basis', () => {
    const cases: [string, string][] = [
      [
        'M. Paul Leroy demande à M. le ministre de la transition écologique selon quelles modalités les crédits du fonds vert sont répartis entre les départements.',
        "Les enveloppes départementales du fonds vert sont notifiées chaque année aux préfets dans le cadre d'une circulaire, sur la base de la population et du nombre de communes rurales de chaque département.",
      ],
      [
        "M. Paul Leroy demande à M. le ministre de l'intérieur selon quelles modalités la dotation de solidarité rurale est calculée.",
        "Conformément à l'article L. 2334-22 du code général des collectivités territoriales, la fraction péréquation de la dotation est déterminée à partir du potentiel financier par habitant, de la longueur de voirie et du nombre d'élèves.",
      ],
      [
        'M. Paul Leroy demande à Mme la ministre de la culture selon quelles modalités les subventions du plan cathédrales sont attribuées.',
        "Dans le cadre du plan de relance, les subventions sont allouées aux propriétaires publics à l'issue d'un appel à candidatures, chaque dossier étant examiné par une commission régionale.",
      ],
      [
        "M. Paul Leroy demande à M. le ministre de l'intérieur selon quelles modalités les compensations sont prévues pour les communes touchées par la suppression de la taxe d'habitation.",
        "En application de l'article 16 de la loi de finances pour 2020, les communes perçoivent la part départementale de la taxe foncière, corrigée par un coefficient correcteur qui neutralise les écarts.",
      ],
    ];
    for (const [question, answer] of cases) {
      it(`no flag: « ${answer.slice(0, 70)}… »`, () => {
        assert.deepEqual(flags(question, answer), []);
      });
    }
    it('counterpart: the legal basis alone stays partial, and the message quotes the process asked, not « sont prévues »', () => {
      const question = "M. Paul Leroy demande à M. le ministre de l'intérieur selon quelles modalités les compensations sont prévues et sont versées aux communes.";
      const messages = flags(question, "En application de l'article 16 de la loi de finances pour 2020, le montant des compensations figure au budget de l'État.");
      assert.equal(messages.length, 1);
      assert.match(messages[0]!, /« sont versées »/u);
    });
  });

  describe('whom a rule is for, said in the inverted form', () => {
    it('« peuvent en bénéficier le conjoint survivant… » answers « quelles personnes peuvent bénéficier… »', () => {
      const question = 'Mme Claire Durand demande à M. le ministre du travail quelles personnes peuvent bénéficier de la pension de réversion du régime général.';
      const answer = "Aux termes de l'article L. 353-1 du code de la sécurité sociale, peuvent en bénéficier le conjoint survivant et l'ex-conjoint divorcé, sous condition d'âge et de ressources.";
      assert.deepEqual(flags(question, answer), []);
    });
    it('« peuvent y prétendre le maire, les adjoints… » answers « quels élus peuvent percevoir… »', () => {
      const question = "Mme Claire Durand demande à M. le ministre de l'intérieur quels élus peuvent percevoir une indemnité de fonction.";
      const answer =
        "Aux termes des articles L. 2123-20 et suivants du code général des collectivités territoriales, peuvent y prétendre le maire, les adjoints et, sous conditions, les conseillers municipaux titulaires d'une délégation.";
      assert.deepEqual(flags(question, answer), []);
    });
  });

  describe('a judgement asked, answered by the law and its conclusion', () => {
    it('« s’il est normal qu’une commune doive payer… » ← « La commune de résidence n’est donc pas tenue de payer… »', () => {
      const question =
        "M. Luc Bernard demande à M. le ministre de l'éducation nationale s'il est normal qu'une commune doive payer la totalité des frais de scolarité d'un enfant scolarisé dans une autre commune.";
      const answer =
        "L'article L. 212-8 du code de l'éducation prévoit que la répartition des dépenses de fonctionnement se fait par accord entre la commune d'accueil et la commune de résidence. À défaut d'accord, la contribution de chaque commune est fixée par le préfet. La commune de résidence n'est donc pas tenue de payer la totalité des frais.";
      assert.deepEqual(statuses(question, answer), ['position/answered']);
    });
    it('« s’il est d’accord avec l’interprétation… » ← « …l’interprétation de l’administration est conforme à la loi »', () => {
      const question =
        "M. Luc Bernard demande à M. le ministre de l'économie s'il est d'accord avec l'interprétation retenue par l'administration fiscale, selon laquelle l'abattement ne s'applique pas aux donations entre concubins.";
      const answer =
        "L'article 790 E du code général des impôts réserve l'abattement aux donations consenties au conjoint ou au partenaire lié par un pacte civil de solidarité. Les concubins n'en bénéficient donc pas, et l'interprétation de l'administration est conforme à la loi.";
      assert.deepEqual(flags(question, answer), []);
    });
    it('counterpart: the law described without a conclusion on the case stays flagged', () => {
      const question =
        "M. Luc Bernard demande à M. le ministre de l'éducation nationale s'il est normal qu'une commune doive payer la totalité des frais de scolarité d'un enfant scolarisé dans une autre commune.";
      const answer = "Les dépenses de fonctionnement des écoles publiques sont une charge des communes. Le ministère publie chaque année une note sur les effectifs scolaires.";
      assert.equal(flags(question, answer).length, 1);
    });
  });

  it('« de quelle manière » and « comment » after « dans l’affirmative » are read alike', () => {
    const question = (how: string) => `M. Jean Martin demande à M. le ministre de l'intérieur si une commune peut vendre un chemin rural et, dans l'affirmative, ${how}.`;
    const answer = 'Une commune peut vendre un chemin rural. La vente se fait devant notaire.';
    assert.deepEqual(statuses(question('de quelle manière'), answer), statuses(question('comment'), answer));
  });

  describe('the verb of a right restated', () => {
    it('« peut consulter ses droits » does not conclude on « conserve ses droits » (four shared letters are not the same verb)', () => {
      const question = "Mme Claire Durand demande à Mme la ministre de la fonction publique si un fonctionnaire placé en disponibilité conserve ses droits à l'avancement.";
      const answer =
        "L'article L. 514-8 du code général de la fonction publique prévoit que le fonctionnaire placé en disponibilité peut consulter ses droits à l'avancement sur l'espace numérique de son administration.";
      assert.deepEqual(statuses(question, answer), ['droit/partial']);
    });
    it('« l’article … prévoit que le fonctionnaire … conserve ses droits à l’avancement » states the predicate asked, affirmed or denied', () => {
      const question = "Mme Claire Durand demande à Mme la ministre de la fonction publique si un fonctionnaire placé en disponibilité pour élever un enfant conserve ses droits à l'avancement.";
      for (const verb of ['conserve', 'ne conserve pas']) {
        const answer = `L'article L. 514-8 du code général de la fonction publique prévoit que le fonctionnaire placé en disponibilité pour élever un enfant ${verb} ses droits à l'avancement, dans la limite de cinq ans.`;
        assert.deepEqual(statuses(question, answer), ['droit/answered'], verb);
      }
    });
    it('counterpart: the same rule cited for another act on the same object stays partial', () => {
      const question = "Mme Claire Durand demande à Mme la ministre de la fonction publique si un fonctionnaire placé en disponibilité pour élever un enfant conserve ses droits à l'avancement.";
      const answer = "L'article L. 514-8 du code général de la fonction publique prévoit que le fonctionnaire placé en disponibilité peut demander un relevé de ses droits à l'avancement.";
      assert.deepEqual(statuses(question, answer), ['droit/partial']);
    });
    it('« peuvent acquérir de nouveaux droits » concludes on « acquiert de nouveaux droits » (an irregular verb)', () => {
      const question = "M. Marc Simon demande à M. le ministre du travail si un retraité en cumul emploi-retraite acquiert de nouveaux droits à pension au titre des cotisations versées.";
      const answer =
        "En application de l'article L. 161-22-1 A du code de la sécurité sociale, les assurés en cumul emploi-retraite peuvent acquérir de nouveaux droits à pension au titre des cotisations versées sur leurs revenus d'activité.";
      assert.deepEqual(statuses(question, answer), ['droit/answered']);
    });
  });

  describe('conditions said with « si » or « sur simple demande »', () => {
    it('« s’il en a informé son autorité… et si… » gives the conditions asked', () => {
      const question =
        "Mme Anne Petit demande à M. le ministre de l'intérieur si un agent contractuel peut cumuler son emploi avec une activité privée lucrative et, dans l'affirmative, sous quelles conditions.";
      const answer =
        "Aux termes de l'article L. 123-7 du code général de la fonction publique, un agent contractuel peut exercer une activité accessoire lucrative, s'il en a informé son autorité hiérarchique et si cette activité est compatible avec ses fonctions.";
      assert.equal(statuses(question, answer)[1], 'droit/answered');
    });
    it('« sur simple demande écrite au maire » gives the conditions asked', () => {
      const question =
        "Mme Anne Petit demande à M. le ministre de l'intérieur si un conseiller municipal peut consulter les contrats passés par la commune et, dans l'affirmative, dans quelles conditions.";
      const answer =
        "Aux termes de l'article L. 2121-13 du code général des collectivités territoriales, tout membre du conseil municipal a le droit d'être informé des affaires de la commune qui font l'objet d'une délibération. Il peut donc consulter les contrats en mairie, aux heures d'ouverture des services et sur simple demande écrite au maire.";
      assert.deepEqual(flags(question, answer), []);
    });
    it('counterpart: « si » as an adverb of degree (« si important ») is no condition', () => {
      const question =
        "Mme Anne Petit demande à M. le ministre de l'intérieur si un agent contractuel peut cumuler son emploi avec une activité privée lucrative et, dans l'affirmative, sous quelles conditions.";
      const answer =
        "Aux termes de l'article L. 123-7 du code général de la fonction publique, un agent contractuel peut exercer une activité accessoire lucrative. Ce sujet est si important que le ministère publie chaque année un guide.";
      assert.equal(statuses(question, answer)[1], 'droit/partial');
    });
  });

  describe('second review: false flags of the second round', () => {
    const cases: [string, string, string][] = [
      [
        'a judgement asked as a risk (« si cette réforme ne risque pas de pénaliser… ») answered by the conclusion',
        "M. Paul Martin attire l'attention de M. le ministre de l'économie sur la réforme de la taxe d'habitation. Il lui demande si cette réforme ne risque pas de pénaliser les communes rurales.",
        "La suppression de la taxe d'habitation sur les résidences principales est intégralement compensée aux communes par le transfert de la part départementale de la taxe foncière, corrigé par un coefficient correcteur. Aucune commune n'est donc pénalisée.",
      ],
      [
        'a local count beside a national total',
        "M. Paul Martin attire l'attention de Mme la ministre de la culture sur les monuments. Il lui demande le nombre d'édifices protégés dans le département de l'Yonne.",
        "Le département de l'Yonne compte 1 120 édifices protégés au titre des monuments historiques, soit 2,5 % des 45 000 monuments protégés au niveau national.",
      ],
      [
        'the region asked named without « dans la région »',
        "M. Paul Martin attire l'attention de Mme la ministre chargée des collectivités. Il lui demande de lui indiquer le nombre de communes nouvelles créées en 2023 dans la région Normandie.",
        'En Normandie, 6 communes nouvelles ont été créées en 2023, sur un total de 43 au niveau national.',
      ],
      [
        'a yearly figure for a count asked « chaque année »',
        "M. Paul Martin attire l'attention de M. le ministre de l'intérieur sur les contrôles routiers. Il lui demande de lui indiquer le nombre de contrôles d'alcoolémie réalisés chaque année dans le département du Nord.",
        "Dans le département du Nord, les forces de l'ordre réalisent environ 150 000 contrôles d'alcoolémie par an.",
      ],
      [
        'a financial support named by its endowments (DETR, DSIL)',
        "M. Paul Martin attire l'attention de M. le ministre de la transition écologique sur la rénovation des écoles rurales. Il lui demande quelles mesures il entend prendre pour accompagner financièrement les communes rurales dans la rénovation de leurs écoles.",
        'Pour accompagner les communes rurales dans la rénovation de leurs écoles, les préfets mobilisent en priorité la DETR et la DSIL ; le programme EduRénov de la Banque des territoires complète ce soutien.',
      ],
    ];
    for (const [name, question, answer] of cases) {
      it(`no flag: ${name}`, () => {
        assert.deepEqual(flags(question, answer), []);
      });
    }
    it('counterpart: a national figure alone does not answer a count asked for one département', () => {
      const question = "M. Paul Martin attire l'attention de Mme la ministre de la culture sur les monuments. Il lui demande le nombre d'édifices protégés dans le département de l'Yonne.";
      assert.equal(flags(question, 'La France compte 45 000 monuments protégés au niveau national.').length, 1);
    });
    it('counterpart: a yearly pace does not answer a count asked without a period', () => {
      const question = "M. Paul Martin attire l'attention de M. le ministre de la transition écologique sur les bornes de recharge. Il lui demande combien de bornes de recharge ont été installées dans le département du Nord depuis 2020.";
      assert.equal(flags(question, "Dans le département du Nord, l'objectif est d'installer 800 bornes de recharge par an.").length, 1);
    });
  });
});
