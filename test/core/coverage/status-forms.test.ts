/**
 * Statuses and their messages on hand-made answers (issue 10): a calendar request over several numbered measures
 * says which measure has no date, and each request of a short legal answer keeps its own evidence when a sentence
 * answering another request is deleted. Each case fails without the change it guards.
 */
import assert from 'node:assert/strict';
import { termKey } from '../../../server/src/core/coverage/stem';
import { paraphraseKeys } from '../../../server/src/core/coverage/synonyms';
import { analyze } from '../../../server/src/core/index';
import { hover } from '../../../server/src/core/hover';
import { dossier, run } from './helpers';

const flags = (question: string, answer: string) =>
  run(question, answer)
    .findings.filter((finding) => finding.rule === 'sous-question-sans-reponse' || finding.rule === 'sous-question-partielle')
    .map((finding) => finding.message);
const statuses = (question: string, answer: string) => run(question, answer).subQuestions.map((sub) => `${sub.kind}/${sub.status}`);

describe('coverage: statuses and messages', () => {
  describe('a calendar request over several measures names the measure without a date', () => {
    const question =
      "Mme Anne Martin interroge Mme la ministre de la santé sur le plan national pour la santé mentale des étudiants. La mesure 4 prévoit la création de consultations gratuites de psychologues dans chaque université. La mesure 7 prévoit la formation des enseignants au repérage des étudiants en détresse. Elle lui demande dans quels délais ces mesures seront mises en œuvre.";
    const answer =
      "Le plan national pour la santé mentale des étudiants a été présenté en mars 2024. Il prévoit des consultations gratuites de psychologues pour les étudiants ; ces consultations seront ouvertes dans chaque université à la rentrée 2025. La formation des enseignants au repérage des étudiants en détresse débutera au premier semestre 2026.";

    it('both measures dated: answered', () => {
      assert.deepEqual(statuses(question, answer), ['calendrier/answered']);
    });

    it('the date of the first measure deleted: the date of the plan or of the next measure does not stand in for it', () => {
      assert.deepEqual(flags(question, answer.replace(' à la rentrée 2025', '')), ['Sous-question 1 (calendrier des mesures 4 et 7) : aucune date précise pour la mesure 4.']);
    });

    it('the date of the second measure deleted', () => {
      assert.deepEqual(flags(question, answer.replace(' au premier semestre 2026', '')), ['Sous-question 1 (calendrier des mesures 4 et 7) : aucune date précise pour la mesure 7.']);
    });

    it('both dates deleted: the measures are named once', () => {
      const undated = answer.replace(' à la rentrée 2025', '').replace(' au premier semestre 2026', '');
      assert.deepEqual(flags(question, undated), ['Sous-question 1 (calendrier des mesures 4 et 7) : aucune date précise pour les mesures 4 et 7.']);
    });
  });

  describe('a short legal answer with two requests: each request keeps its own evidence, and the message says what is missing', () => {
    const question =
      "M. Jean Dupont attire l'attention de M. le ministre de l'intérieur sur les écharpes tricolores portées par les élus locaux. Il lui demande si un conseiller municipal peut porter l'écharpe tricolore lors d'une manifestation publique. Il souhaiterait également savoir à quels élus le port de l'écharpe tricolore est réservé.";
    const rule =
      "L'article D. 2122-4 du code général des collectivités territoriales réserve le port de l'écharpe tricolore aux maires et à leurs adjoints, ainsi qu'aux conseillers municipaux lorsqu'ils remplacent le maire ou agissent par délégation.";
    const conclusion = "Un conseiller municipal qui n'exerce aucune délégation ne peut donc pas porter l'écharpe lors d'une manifestation publique.";

    it('the whole answer answers both', () => {
      assert.deepEqual(statuses(question, `${rule} ${conclusion}`), ['droit/answered', 'droit/answered']);
    });

    it('without the conclusion: the yes/no request lacks its conclusion, the request for the rule is still answered by it', () => {
      assert.deepEqual(flags(question, rule), [
        'Sous-question 1 (droit applicable) : la règle est citée mais la réponse ne conclut pas sur le cas posé (oui, non, à quelles conditions).',
      ]);
    });

    it('without the rule: the request for the rule is flagged and told that the rule is missing, not a conclusion', () => {
      assert.deepEqual(flags(question, conclusion), [
        'Sous-question 2 (droit applicable) : la règle applicable (texte, liste ou conditions) n’est pas donnée : la réponse conclut sur un cas sans dire la règle demandée.',
      ]);
    });

    it('a rule stated with its content, without a text cited, answers the request for the rule', () => {
      const stated = "Seuls les maires et leurs adjoints peuvent porter l'écharpe tricolore, les conseillers municipaux uniquement lorsqu'ils remplacent le maire.";
      assert.deepEqual(statuses(question, `${stated} ${conclusion}`), ['droit/answered', 'droit/answered']);
    });
  });

  describe('a conditional request keeps its own answer when the passage of the request before it is deleted', () => {
    const question =
      "M. Paul Durand appelle l'attention de M. le ministre de l'intérieur sur les panneaux publicitaires installés sans autorisation aux entrées de ville. Il lui demande si de telles installations ne lui semblent pas irrégulières et s'il ne lui paraîtrait pas opportun, le cas échéant, d'inviter les intéressés à se mettre en conformité.";
    const qualification = "L'installation d'un panneau publicitaire sans déclaration préalable est en principe interdite par l'article L. 581-6 du code de l'environnement.";
    const reminder = 'Ces dispositions ont été rappelées aux préfets par une instruction du 25 mars 2014 largement diffusée.';

    it('the whole answer answers both', () => {
      assert.deepEqual(statuses(question, `${qualification} ${reminder}`), ['position/answered', 'intention/answered']);
    });

    it('without the qualification, only the first request is flagged: the measure already taken still answers the second', () => {
      assert.deepEqual(statuses(question, reminder), ['position/unanswered', 'intention/answered']);
    });

    it('without the measure already taken, the second request is flagged', () => {
      assert.deepEqual(statuses(question, qualification), ['position/answered', 'intention/partial']);
    });
  });

  describe('the action asked announced or done is an explicit yes', () => {
    const question = "Mme Claire Petit attire l'attention de Mme la ministre du travail sur les stages non rémunérés. Elle lui demande si elle entend renforcer les contrôles des stages de plus de deux mois.";

    it('« ils seront renforcés » answers « s’il entend renforcer les contrôles »', () => {
      const answer = "Des contrôles ciblés ont été engagés par l'inspection du travail en 2024 ; ils seront renforcés en 2025.";
      assert.deepEqual(statuses(question, answer), ['intention/answered']);
    });

    it('the same words without the action announced are neither yes nor no', () => {
      const answer = "Des contrôles ciblés des stages de plus de deux mois relèvent de l'inspection du travail, dont les agents sont renforcés par des contrôleurs.";
      assert.deepEqual(statuses(question, answer), ['intention/partial']);
    });
  });

  describe('paraphrase: an answer may name the request’s thing with another word of administrative French', () => {
    const question =
      "Mme Anne Martin interroge Mme la ministre de la transformation et de la fonction publiques sur la laïcité dans les services publics locaux. Elle lui demande combien de fonctionnaires territoriaux ont bénéficié d'une formation à la laïcité.";

    it('« agents » answers for « fonctionnaires »: the count is found', () => {
      const answer = "Le principe de neutralité s'impose à tous les services publics. En 2023, 41 000 agents des collectivités ont suivi le module consacré à la laïcité proposé par le CNFPT.";
      assert.deepEqual(statuses(question, answer), ['chiffres/answered']);
    });

    it('without the count, the paraphrase alone does not answer', () => {
      const answer = "Le principe de neutralité s'impose à tous les services publics. Les agents des collectivités peuvent suivre le module consacré à la laïcité proposé par le CNFPT.";
      assert.deepEqual(statuses(question, answer), ['chiffres/partial']);
    });

    // Reference numbers name a text, they count nothing: « l'article 279-0 bis » read « 0 bis » as a count of « bis »,
    // and « le taux … fixé par la directive 2006/112/CE » as a count statement.
    it('an article number, a text number or a date is no count', () => {
      const legal = [
        "La formation à la laïcité des agents des collectivités est organisée en vertu de l'article 25 bis de la loi n° 83-634 du 13 juillet 1983.",
        "Les agents des collectivités sont formés à la laïcité dans les conditions prévues à l'article 279-0 bis du code, au taux fixé par la directive 2006/112/CE du 28 novembre 2006.",
        "La formation à la laïcité des agents des collectivités est régie par les articles L. 421-1 et L. 421-2 du code général de la fonction publique.",
      ];
      for (const answer of legal) assert.deepEqual(statuses(question, answer), ['chiffres/partial'], answer);
      // The same sentence with a count keeps it.
      assert.deepEqual(statuses(question, `${legal[1]} En 2023, 41 000 agents des collectivités ont suivi ce module.`), ['chiffres/answered']);
    });

    it('a hypernym of the request is answered by its members, not the reverse', () => {
      assert.ok(paraphraseKeys(termKey('collectivités')).includes(termKey('communes')));
      assert.ok(!paraphraseKeys(termKey('communes')).includes(termKey('collectivités')));
    });
  });

  describe('a calendar answered by a vague time: the message quotes it', () => {
    const question =
      "M. Paul Durand interroge M. le ministre de l'économie sur le décret d'application de l'article 12 de la loi relative aux commerces de proximité. Il lui demande dans quel délai ce décret sera publié.";

    it('« prochainement » is quoted as what is not a date', () => {
      assert.deepEqual(flags(question, "Le projet de décret d'application est en cours d'examen par le Conseil d'État ; il sera publié prochainement."), [
        'Sous-question 1 (calendrier) : aucune date précise dans la réponse : « prochainement » n’est pas une date.',
      ]);
    });

    it('no time at all: the plain message', () => {
      assert.deepEqual(flags(question, "Le projet de décret d'application a été soumis au Conseil d'État, qui l'examine."), ['Sous-question 1 (calendrier) : aucune date précise dans la réponse.']);
    });

    it('a date: answered', () => {
      assert.deepEqual(statuses(question, "Le projet de décret d'application est en cours d'examen par le Conseil d'État ; il sera publié au premier trimestre 2026."), ['calendrier/answered']);
    });
  });

  describe('a calendar request that names its measures itself', () => {
    const context =
      "Mme Anne Martin interroge Mme la ministre de la santé sur le plan national pour la santé mentale des étudiants. La mesure 4 prévoit la création de consultations gratuites de psychologues dans chaque université. La mesure 7 prévoit la formation des enseignants au repérage des étudiants en détresse.";
    const dated = 'Des consultations gratuites de psychologues seront ouvertes dans chaque université à la rentrée 2025.';
    const training = 'La formation des enseignants au repérage des étudiants en détresse débutera';

    it('« les mesures 4 et 7 »: the measures are read in the question, the one without a date is named', () => {
      const question = `${context} Elle lui demande dans quels délais les mesures 4 et 7 seront mises en œuvre.`;
      assert.deepEqual(statuses(question, `${dated} ${training} en janvier 2026.`), ['calendrier/answered']);
      assert.deepEqual(flags(question, `${dated} ${training} prochainement.`), ['Sous-question 1 (calendrier) : aucune date précise pour la mesure 7 : « prochainement » n’est pas une date.']);
    });

    it('« la création de … et la formation de … »: each measure needs its date', () => {
      const question =
        "Mme Anne Martin interroge Mme la ministre de la santé sur la santé mentale des étudiants. Elle lui demande dans quels délais la création de consultations gratuites de psychologues et la formation des enseignants au repérage des étudiants en détresse seront mises en œuvre.";
      assert.deepEqual(statuses(question, `${dated} ${training} en janvier 2026.`), ['calendrier/answered']);
      assert.deepEqual(flags(question, `${dated} ${training} prochainement.`), [
        'Sous-question 1 (calendrier) : aucune date précise pour la formation des enseignants au repérage des étudiants en… : « prochainement » n’est pas une date.',
      ]);
    });

    it('one measure with its complements is not split (« la réforme des retraites et de l’assurance chômage »), nor bare nouns', () => {
      const reform = "M. Paul Durand interroge Mme la ministre du travail sur la réforme. Il lui demande dans quels délais la réforme des retraites et de l'assurance chômage sera appliquée.";
      assert.deepEqual(statuses(reform, 'La réforme des retraites entrera en vigueur le 1er septembre 2026.'), ['calendrier/answered']);
      const nouns = 'M. Paul Durand interroge M. le ministre de la cohésion des territoires sur cette aide. Il lui demande dans quels délais les communes et les intercommunalités pourront bénéficier de cette aide.';
      assert.deepEqual(statuses(nouns, 'Les communes pourront en bénéficier dès 2026.'), ['calendrier/answered']);
    });
  });

  describe('a three-sentence legal answer (rule and list, conclusion, sanction)', () => {
    const question =
      "Mme Claire Petit attire l'attention de M. le ministre de l'intérieur sur des sociétés qui proposent aux mairies de leur vendre des plaques « véhicule municipal » munies d'un gyrophare. Elle lui demande si une telle offre est légale. Plus généralement, elle souhaiterait qu'il lui indique à quels véhicules est réservé l'usage d'un gyrophare bleu.";
    const list =
      "L'article R. 313-27 du code de la route réserve les feux spéciaux bleus aux véhicules d'intérêt général prioritaires, soit ceux de la police, de la gendarmerie, des douanes, des services d'incendie et de secours et des unités mobiles hospitalières.";
    const conclusion = "Il s'agit d'une liste limitative ; l'usage d'un gyrophare bleu par les véhicules municipaux est donc dépourvu de base légale.";
    const sanction = "Le fait d'équiper un véhicule d'un tel dispositif sans droit est puni de l'amende prévue pour les contraventions de la quatrième classe.";

    it('the whole answer, and the answer without its sanction, answer both', () => {
      assert.deepEqual(statuses(question, `${list} ${conclusion} ${sanction}`), ['droit/answered', 'droit/answered']);
      assert.deepEqual(statuses(question, `${list} ${conclusion}`), ['droit/answered', 'droit/answered']);
    });

    it('without the list, « il s’agit d’une liste limitative » does not stand in for it: the request for the rule is flagged, the conclusion still answers the other', () => {
      assert.deepEqual(flags(question, `${conclusion} ${sanction}`), [
        'Sous-question 2 (droit applicable) : la règle applicable (texte, liste ou conditions) n’est pas donnée : la réponse conclut sur un cas sans dire la règle demandée.',
      ]);
    });
  });

  describe('the rule cited in the sentence next to the one that answers', () => {
    it('a yes/no legal request: « peut » concludes when the article is cited in the sentence before', () => {
      const question = "M. Paul Durand demande à M. le ministre de l'intérieur si un conseiller municipal peut obtenir copie des documents préparatoires aux séances du conseil.";
      const conclusion = 'Un conseiller municipal peut obtenir copie des documents préparatoires aux séances du conseil, à ses frais.';
      assert.deepEqual(statuses(question, `Le droit à l'information des élus est garanti par l'article L. 2121-13 du code général des collectivités territoriales. ${conclusion}`), ['droit/answered']);
      assert.deepEqual(flags(question, `Le droit à l'information des élus est un principe ancien. ${conclusion}`), [
        'Sous-question 1 (droit applicable) : la réponse conclut sans citer la règle applicable (article, loi, décret, jurisprudence).',
      ]);
    });

    it('« Cette obligation résulte de l’article… » gives the basis of the mechanism described just before', () => {
      const question = "M. Paul Durand demande à M. le ministre de l'intérieur sous quelle forme les conseillers municipaux reçoivent les documents préparatoires aux séances du conseil.";
      const described = 'Les documents préparatoires aux séances du conseil sont adressés aux conseillers municipaux avec la convocation.';
      assert.deepEqual(statuses(question, `${described} Cette obligation résulte de l'article L. 2121-12 du code général des collectivités territoriales.`), ['modalites/answered']);
      assert.deepEqual(statuses(question, `${described} Cette pratique est ancienne.`), ['modalites/partial']);
    });
  });

  it('the hover says why the new forms count (the rule given, the action announced)', () => {
    const question =
      "M. Jean Dupont attire l'attention de M. le ministre de l'intérieur sur les écharpes tricolores. Il lui demande à quels élus le port de l'écharpe tricolore est réservé et s'il entend renforcer les contrôles de cet usage.";
    const answer =
      "L'article D. 2122-4 du code général des collectivités territoriales réserve le port de l'écharpe tricolore aux maires et à leurs adjoints. Les contrôles de cet usage seront renforcés par les préfets.";
    const text = dossier(question, answer);
    const analysis = analyze(text);
    assert.deepEqual(analysis.subQuestions.map((sub) => `${sub.kind}/${sub.status}`), ['droit/answered', 'intention/answered']);
    assert.match(hover(analysis, text.indexOf('à quels élus') + 3, {} as never)!.markdown, /Pourquoi ce passage compte : la règle applicable est donnée/u);
    assert.match(hover(analysis, text.indexOf("s'il entend") + 3, {} as never)!.markdown, /Pourquoi ce passage compte : l’action demandée est annoncée ou déjà faite/u);
  });

  describe('a legal request answered in other words keeps its own passage, not its neighbour’s', () => {
    const question =
      "M. Paul Durand attire l'attention de M. le ministre de l'intérieur sur la baignade en mer. Il lui demande si un maire peut interdire la baignade sur une plage dangereuse et quelles sanctions encourt un baigneur qui ne respecte pas cette interdiction.";
    const power =
      "En vertu de l'article L. 2213-23 du code général des collectivités territoriales, le maire exerce la police des baignades ; il peut donc interdire la baignade sur une plage dangereuse.";
    const sanction = "Le non-respect de son arrêté est puni de l'amende prévue pour les contraventions de la première classe par l'article R. 610-5 du code pénal.";

    it('the whole answer answers both', () => {
      assert.deepEqual(statuses(question, `${power} ${sanction}`), ['droit/answered', 'droit/answered']);
    });

    it('without the sentence on the mayor’s power, the sanction (cited, sharing a word) still answers the second request', () => {
      assert.deepEqual(statuses(question, sanction), ['droit/unanswered', 'droit/answered']);
    });

    it('without the sanction, the rule that answers the first request does not stand in for it', () => {
      assert.deepEqual(statuses(question, power), ['droit/answered', 'droit/unanswered']);
    });
  });
  describe('a negative conditional request (« si tel n’est pas le cas », « à défaut ») follows the answer to the request before it', () => {
    const question =
      "M. Jean Dupont attire l'attention de M. le ministre de l'agriculture sur la situation des éleveurs de montagne. Il lui demande s'il envisage de revaloriser l'indemnité compensatoire de handicaps naturels et, si tel n'est pas le cas, quelles mesures il compte prendre pour soutenir ces exploitations.";

    it('a yes to the first request: the alternative is not owed', () => {
      const answer =
        "Le Gouvernement envisage de revaloriser l'indemnité compensatoire de handicaps naturels dès la campagne 2025 : un décret en ce sens sera publié au printemps.";
      assert.deepEqual(statuses(question, answer), ['intention/answered', 'mesures/answered']);
    });

    it('a no to the first request with no measure: the alternative is flagged', () => {
      const answer = "Le Gouvernement n'envisage pas de revaloriser l'indemnité compensatoire de handicaps naturels, dont le montant a déjà été relevé en 2023.";
      const [first, second] = statuses(question, answer);
      assert.equal(first, 'intention/answered');
      assert.notEqual(second, 'mesures/answered');
    });
  });
});
