/**
 * Evidence that bears on the request (issue 10, statuses and ablation): once the passage that answers a request is
 * deleted, another sentence of the answer (a text cited on another point, the rule stated for another actor) must not
 * stand in for it, and the message says what is missing. Hand-made texts; each case fails without the change it
 * guards, and each has a counterpart that stays answered.
 */
import assert from 'node:assert/strict';
import { run } from './helpers';

const flags = (question: string, answer: string) =>
  run(question, answer)
    .findings.filter((finding) => finding.rule === 'sous-question-sans-reponse' || finding.rule === 'sous-question-partielle')
    .map((finding) => finding.message);
const statuses = (question: string, answer: string) => run(question, answer).subQuestions.map((sub) => `${sub.kind}/${sub.status}`);

describe('coverage: evidence that bears on the request', () => {
  describe('« à quelles personnes est réservé… » is answered by the rule that names them, not by a text cited on another point', () => {
    const question =
      "M. Paul Durand attire l'attention de M. le ministre de l'intérieur sur les gyrophares bleus installés sur des véhicules particuliers. Il lui demande à quelles personnes est réservé l'usage des gyrophares bleus sur les véhicules.";
    const rule =
      "L'article R. 313-27 du code de la route précise que l'usage des gyrophares bleus est interdit, sauf pour les véhicules des services de police, de gendarmerie et de lutte contre l'incendie.";
    const penalty = "L'usage illicite d'un gyrophare est puni par l'article R. 313-31 du code de la route d'une amende de quatrième classe.";

    it('the whole answer: answered, the rule with whom it is for as evidence', () => {
      const analysis = run(question, `${rule} ${penalty}`);
      assert.deepEqual(analysis.subQuestions.map((sub) => `${sub.kind}/${sub.status}`), ['droit/answered']);
    });

    it('without the persons named: the penalty cited does not say whom the rule is for', () => {
      assert.deepEqual(flags(question, `L'article R. 313-27 du code de la route précise que l'usage des gyrophares bleus est interdit. ${penalty}`), [
        'Sous-question 1 (droit applicable) : un texte est cité, mais la réponse ne dit pas à qui la règle s’applique (seuls…, réservé à…, sauf…, il appartient à…).',
      ]);
    });

    it('counterpart: « quels agents peuvent percevoir la prime » answered by the rule that names them (« versée aux agents de catégorie C », « concerne les titulaires… »)', () => {
      const asked =
        "M. Paul Durand attire l'attention de M. le ministre de la fonction publique sur la prime de revitalisation. Il lui demande quels agents peuvent percevoir la prime de revitalisation rurale.";
      const decree = "Aux termes du décret n° 2023-123 du 3 mars 2023, la prime de revitalisation rurale";
      assert.deepEqual(statuses(asked, `${decree} est versée aux agents de catégorie C affectés dans une commune rurale.`), ['droit/answered']);
      assert.deepEqual(statuses(asked, `${decree} concerne les titulaires de catégorie C.`), ['droit/answered']);
      assert.deepEqual(statuses(asked, `${decree} est revalorisée chaque année.`), ['droit/partial']);
    });

    it('counterpart: « à qui incombe l’entretien » answered by « est à la charge du propriétaire », « le propriétaire riverain doit… »', () => {
      const asked =
        "M. Paul Durand attire l'attention de M. le ministre de l'intérieur sur les haies. Il lui demande à qui incombe l'entretien des haies plantées en limite d'un chemin rural.";
      assert.deepEqual(statuses(asked, "Aux termes de l'article 671 du code civil, l'entretien des haies est à la charge du propriétaire riverain."), ['droit/answered']);
      assert.deepEqual(statuses(asked, "Aux termes de l'article 671 du code civil, le propriétaire riverain doit entretenir les haies plantées en limite du chemin."), ['droit/answered']);
    });

    it('counterpart: « qui doit payer… » (who acts, not whom a rule is for) is read as before; « c’est la commune qui… » names whom', () => {
      const asked =
        "M. Paul Durand attire l'attention de M. le ministre de l'intérieur sur les frais d'obsèques. Il lui demande qui doit payer les frais d'obsèques d'une personne dépourvue de ressources.";
      const rule = "Aux termes de l'article L. 2223-27 du code général des collectivités territoriales,";
      assert.deepEqual(statuses(asked, `${rule} le service est gratuit pour les personnes dépourvues de ressources suffisantes.`), ['droit/answered']);
      const whom = asked.replace('qui doit payer', 'à qui incombent');
      assert.deepEqual(statuses(whom, `${rule} c'est la commune qui prend en charge les frais d'obsèques.`), ['droit/answered']);
    });

    it('counterpart: « à qui incombe… » answered by « il appartient au maire »', () => {
      const asked =
        "M. Paul Durand attire l'attention de M. le ministre de l'intérieur sur l'entretien des chemins ruraux. Il lui demande à qui incombe l'entretien des chemins ruraux.";
      const answer =
        "Aux termes de l'article L. 161-1 du code rural et de la pêche maritime, les chemins ruraux appartiennent au domaine privé de la commune. Il appartient au maire, au titre de ses pouvoirs de police, de veiller à leur entretien.";
      assert.deepEqual(statuses(asked, answer), ['droit/answered']);
    });
  });

  describe('the rule stated for another actor than the one asked is no conclusion on the case (« si le maire peut… » → « le président … peut… »)', () => {
    const question =
      "M. Paul Durand attire l'attention de M. le ministre de l'intérieur sur le passage des poids lourds dans les villages. Il lui demande si le maire peut interdire la circulation des poids lourds sur une route départementale qui traverse sa commune.";
    const forPresident =
      "Aux termes de l'article L. 3221-4 du code général des collectivités territoriales, le président du conseil départemental peut interdire la circulation des poids lourds sur les routes départementales, hors agglomération.";
    const forMaire =
      "Aux termes de l'article L. 2213-1 du même code, le maire peut interdire la circulation des poids lourds sur les routes départementales à l'intérieur de l'agglomération.";

    it('the rule for the maire: answered', () => {
      assert.deepEqual(statuses(question, `${forPresident} ${forMaire}`), ['droit/answered']);
    });

    it('the rule for the président alone: partial, and the message names both actors', () => {
      assert.deepEqual(flags(question, forPresident), [
        'Sous-question 1 (droit applicable) : la règle citée vise le président, pas le maire : la réponse ne conclut pas sur le cas posé.',
      ]);
    });

    it('counterpart: « si une commune peut… » is answered by the rule for its conseil municipal', () => {
      const asked =
        "M. Paul Durand attire l'attention de M. le ministre de l'intérieur sur les biens communaux. Il lui demande si une commune peut céder gratuitement un terrain communal à une association.";
      const answer =
        "Aux termes de l'article L. 2241-1 du code général des collectivités territoriales, le conseil municipal peut céder un terrain communal à un prix inférieur à sa valeur, par une délibération motivée, lorsque la cession est justifiée par un motif d'intérêt général.";
      assert.deepEqual(statuses(asked, answer), ['droit/answered']);
    });

    it('counterpart: the subject of the clause decides (« le maire, après avis du conseil municipal, peut… » is the maire’s rule)', () => {
      const answer =
        "Aux termes de l'article L. 2213-1 du code général des collectivités territoriales, le maire, après avis du conseil municipal, peut interdire la circulation des poids lourds sur les routes départementales en agglomération.";
      assert.deepEqual(statuses(question, answer), ['droit/answered']);
    });

    it('counterpart: « tout membre du conseil municipal » is a conseiller', () => {
      const asked =
        "M. Paul Durand attire l'attention de M. le ministre de l'intérieur sur l'information des élus. Il lui demande si un conseiller municipal peut consulter les contrats de délégation de service public.";
      const answer =
        "Aux termes de l'article L. 2121-26 du code général des collectivités territoriales, tout membre du conseil municipal peut consulter les contrats de délégation de service public.";
      assert.deepEqual(statuses(asked, answer), ['droit/answered']);
    });

    it('counterpart: the actor asked named as the object of the rule (« le préfet peut suspendre le maire ») is left as before', () => {
      const asked = "M. Paul Durand attire l'attention de M. le ministre de l'intérieur sur les sanctions des élus. Il lui demande si le maire peut être suspendu de ses fonctions.";
      const answer = "Aux termes de l'article L. 2122-16 du code général des collectivités territoriales, le maire peut être suspendu par arrêté ministériel motivé pour une durée qui n'excède pas un mois.";
      assert.deepEqual(statuses(asked, answer), ['droit/answered']);
    });
  });

  describe('a short legal follow-up (« dans l’affirmative, dans quelles conditions ») reads the previous request’s passage and needs conditions', () => {
    const question =
      "M. Paul Durand attire l'attention de M. le ministre de l'intérieur sur les chemins ruraux. Il lui demande si une commune peut vendre un chemin rural à un riverain et, dans l'affirmative, dans quelles conditions.";

    it('the conditions in the sentence that answers the first request (« lorsqu’il cesse…, après enquête publique »): both answered', () => {
      const answer =
        "Aux termes de l'article L. 161-10 du code rural et de la pêche maritime, lorsqu'un chemin rural cesse d'être affecté à l'usage du public, la vente peut être décidée par le conseil municipal après enquête publique. Les propriétaires riverains sont mis en demeure d'acquérir les terrains attenants à leurs propriétés.";
      assert.deepEqual(statuses(question, answer), ['droit/answered', 'droit/answered']);
    });

    it('the conditions in the next sentence (« elle doit être précédée d’une enquête publique »): both answered', () => {
      const answer =
        "Aux termes de l'article L. 161-10 du code rural et de la pêche maritime, la vente d'un chemin rural peut être décidée par le conseil municipal. Elle doit être précédée d'une enquête publique.";
      assert.deepEqual(statuses(question, answer), ['droit/answered', 'droit/answered']);
    });

    it('counterpart: conditions said by what the act requires, or by the text that fixes them', () => {
      assert.equal(statuses(question, 'Une commune peut vendre un chemin rural. Cette vente requiert une délibération du conseil municipal.')[1], 'droit/answered');
      assert.equal(statuses(question, "Une commune peut vendre un chemin rural. Les conditions de cette vente sont fixées par l'article L. 161-10 du code rural.")[1], 'droit/answered');
    });

    it('« et, dans l’affirmative, comment »: any sentence beyond the yes says how; a bare yes says nothing of it', () => {
      const how = question.replace('dans quelles conditions', 'comment');
      assert.equal(statuses(how, 'Une commune peut vendre un chemin rural. La vente se fait devant notaire.')[1], 'droit/answered');
      assert.equal(statuses(how, 'Une commune peut donc vendre un chemin rural à un riverain.')[1], 'droit/partial');
      assert.ok(flags(how, 'Une commune peut donc vendre un chemin rural à un riverain.').includes('Sous-question 2 (droit applicable) : la manière de procéder demandée n’est pas décrite.'));
    });

    it('a bare yes without conditions: the follow-up is partial and says what is missing', () => {
      assert.deepEqual(flags(question, "Une commune peut donc vendre un chemin rural à un riverain. Les chemins ruraux sont nombreux en France."), [
        'Sous-question 2 (droit applicable) : les conditions ou la procédure demandées ne sont pas données (lorsque…, à condition que…, sous réserve de…, après…).',
      ]);
    });

    it('counterpart: a no to the first request answers the follow-up asked « dans l’affirmative »', () => {
      assert.deepEqual(statuses(question, "Aux termes de l'article L. 161-1 du code rural et de la pêche maritime, une commune ne peut donc pas vendre un chemin rural affecté à l'usage du public."), [
        'droit/answered',
        'droit/answered',
      ]);
    });
  });

  describe('« en application de » is where a rule comes from, not how the thing asked is done', () => {
    const question =
      "M. Paul Durand attire l'attention de Mme la ministre de la transition écologique sur le fonds vert. Il lui demande selon quelles modalités les crédits du fonds vert sont répartis entre les départements.";

    it('the legal basis and an endowment: partial, and the message names the process asked', () => {
      assert.deepEqual(flags(question, "En application de la loi de finances pour 2023, le fonds vert est doté de deux milliards d'euros de crédits."), [
        'Sous-question 1 (modalités) : le mécanisme (qui, comment, sur quelle base) n’est pas décrit ; un texte est cité comme fondement, mais rien n’est dit de ce qui est demandé (« sont répartis »).',
      ]);
    });

    it('counterpart: the legal basis with the process asked (« les crédits sont répartis … par le préfet de région »): answered', () => {
      assert.deepEqual(statuses(question, "En application de l'article 3 du décret du 14 mars 2023, les crédits sont répartis entre les départements par le préfet de région."), ['modalites/answered']);
    });

    it('counterpart: a mechanism said without a connector (« une enveloppe arrêtée par le préfet de région »): answered', () => {
      const answer = "Conformément à l'article 5 du décret du 3 mars 2023, les crédits du fonds vert font l'objet d'une enveloppe départementale arrêtée par le préfet de région.";
      assert.deepEqual(statuses(question, answer), ['modalites/answered']);
    });

    it('counterpart: a mechanism beside the legal basis (« afin de… »): answered', () => {
      assert.deepEqual(statuses(question, "En application de la loi de finances pour 2023, le fonds vert est doté de deux milliards d'euros de crédits, afin de soutenir en priorité les départements ruraux."), ['modalites/answered']);
    });
  });

  describe('« recours » ~ « saisir » only when the request asks for a remedy, not for « le recours à » (the use of)', () => {
    it('« limiter le recours aux agents contractuels »: a sentence on seizing a court is no passage on it', () => {
      const question =
        "M. Paul Durand attire l'attention de M. le ministre de la fonction publique sur l'emploi public local. Il lui demande s'il entend limiter le recours aux agents contractuels dans les collectivités et quel est le coût de la formation des secrétaires de mairie.";
      const answer = "Les agents peuvent saisir le tribunal administratif. La formation des secrétaires de mairie a coûté 3 millions d'euros en 2022.";
      assert.deepEqual(statuses(question, answer), ['intention/unanswered', 'chiffres/answered']);
    });

    it('counterpart: « quels recours sont ouverts au salarié » is still answered by « peut saisir le conseil de prud’hommes »', () => {
      const question =
        "M. Paul Durand attire l'attention de Mme la ministre du travail sur les sanctions disciplinaires. Il lui demande quels recours sont ouverts au salarié sanctionné par son employeur.";
      const answer = "Aux termes de l'article L. 1333-1 du code du travail, le salarié peut saisir le conseil de prud'hommes, qui apprécie la régularité de la procédure suivie et si les faits reprochés sont de nature à justifier une sanction.";
      assert.deepEqual(statuses(question, answer), ['droit/answered']);
    });
  });

  describe('an acronym is not any run of capitals: Roman numerals of a text’s parts and words in capitals stand for nothing', () => {
    const question =
      "M. Paul Durand attire l'attention de M. le ministre de l'économie sur la fiscalité des artisans. Il lui demande s'il entend baisser les impôts indirects pesant sur les artisans et combien de magasins paient la taxe sur les surfaces commerciales.";

    it('« le II de l’article 3 » is no « impôts indirects »: the request has no passage', () => {
      const answer = "Le II de l'article 3 de la loi de finances pour 2024 est applicable aux artisans. La taxe sur les surfaces commerciales est payée par 25 000 magasins en 2023.";
      assert.deepEqual(statuses(question, answer), ['intention/unanswered', 'chiffres/answered']);
    });

    it('counterpart: « les CDI » (letters that could be Roman) still stand for the « contrats à durée indéterminée » of the question', () => {
      const asked =
        "M. Paul Durand attire l'attention de Mme la ministre du travail sur l'emploi des seniors. Il lui demande s'il entend encourager les contrats à durée indéterminée pour les seniors et quel est le taux de chômage des plus de 55 ans.";
      const answer = "Le Gouvernement n'envisage pas de créer une aide spécifique aux CDI. Le taux de chômage des plus de 55 ans est de 5,6 % en 2023.";
      assert.deepEqual(statuses(asked, answer), ['intention/answered', 'chiffres/answered']);
    });
  });

  it('a French word in capitals (« NON ») stands for nothing either', () => {
    const question =
      "M. Paul Durand attire l'attention de M. le ministre de l'économie sur la fiscalité des artisans. Il lui demande s'il entend baisser les nouvelles obligations normatives des artisans et combien de magasins paient la taxe sur les surfaces commerciales.";
    const answer = "Les artisans ont dit NON lors de la consultation. La taxe sur les surfaces commerciales est payée par 25 000 magasins en 2023.";
    assert.deepEqual(statuses(question, answer), ['intention/unanswered', 'chiffres/answered']);
  });

  describe('« Ainsi, » that restates the rule is no conclusion on the case asked (a weak conclusion needs the case’s words)', () => {
    const question =
      "M. Paul Durand attire l'attention de M. le ministre de l'intérieur sur l'information des élus. Il lui demande si un conseiller municipal peut obtenir copie des factures réglées par la commune.";
    const rule =
      "L'article L. 2121-13 du code général des collectivités territoriales pose en principe que les élus ont le droit d'être informés des affaires locales qui font l'objet d'une délibération. Ainsi, tout conseiller municipal a le droit d'être informé des affaires de la commune.";
    const conclusion = "Un conseiller municipal peut donc obtenir copie des factures réglées par la commune, sous réserve de ne pas troubler le fonctionnement des services.";

    it('the whole answer: answered, the conclusion drawn as evidence', () => {
      const text = `${rule} ${conclusion}`;
      const analysis = run(question, text);
      assert.deepEqual(analysis.subQuestions.map((sub) => `${sub.kind}/${sub.status}`), ['droit/answered']);
    });

    it('without the conclusion: the restatement « Ainsi, tout conseiller a le droit d’être informé… » does not stand in for it', () => {
      assert.deepEqual(flags(question, rule), [
        'Sous-question 1 (droit applicable) : la règle est citée mais la réponse ne conclut pas sur le cas posé (oui, non, à quelles conditions).',
      ]);
    });

    it('counterpart: « Ainsi, » with the case asked (« … peut ainsi obtenir copie des factures ») concludes', () => {
      const answer = `${rule.replace(/ Ainsi,.*$/u, '')} Ainsi, un conseiller municipal peut obtenir copie des factures réglées par la commune.`;
      assert.deepEqual(statuses(question, answer), ['droit/answered']);
    });
  });

  describe('an extension asked for some beneficiaries is not answered by an extension to others', () => {
    const question =
      "M. Paul Durand attire l'attention de Mme la ministre de la transition énergétique sur la précarité énergétique. Il lui demande s'il entend étendre le chèque énergie aux retraités modestes.";

    it('« a été étendu aux étudiants boursiers »: partial, and the message names both', () => {
      assert.deepEqual(flags(question, 'Le chèque énergie a été étendu aux étudiants boursiers en 2023.'), [
        'Sous-question 1 (intention) : la réponse fait état d’une extension à d’autres bénéficiaires (« étendu aux étudiants boursiers »), pas à ceux que vise la demande (« aux retraités modestes »).',
      ]);
    });

    it('counterpart: « a été étendu aux retraités modestes » answers', () => {
      assert.deepEqual(statuses(question, 'Le chèque énergie a été étendu aux retraités modestes en 2023.'), ['intention/answered']);
    });

    it('counterpart: the beneficiaries asked named elsewhere in the answer (« les retraités modestes en bénéficient déjà »): as before', () => {
      const answer = "Les retraités modestes bénéficient déjà du chèque énergie. Le chèque énergie a été étendu aux étudiants boursiers en 2023.";
      assert.deepEqual(statuses(question, answer), ['intention/answered']);
    });

    it('counterpart: the beneficiaries asked named among wider ones (« à tous les ménages modestes, dont les retraités ») answer', () => {
      assert.deepEqual(statuses(question, 'Le chèque énergie a été étendu en 2023 à tous les ménages modestes, dont les retraités.'), ['intention/answered']);
    });
  });
});
