/**
 * Forms in which real published answers answer (issue 10, QUESTION-FORMS.md §5 and §10): figures in words, a view refused in an impersonal administrative form, a mechanism by its basis and procedure, the date of an act already published, a time limit for « dans quel délai », an improvement already made, the measures of a two-request question in the answer's own words, the subject named by its acronym, « et dans quels délais », the view of a two-request question in the answer's own words, more administrative refusals, a legal conclusion later in the paragraph, a pact or a single desk as named measures, a figure the administration cannot isolate, a creation or removal already done or moot, views given by the ministry named in full, a welcome, an appraisal, an intention to act answered by measures taken, a count or share in words, a cause for « les raisons de », a remedy for « quels recours ».
 * Hand-made answers in the style of ministries; each case fails without the change it guards, and each has a
 * counterpart (the answering passage removed, or a passage that does not answer) that stays flagged.
 */
import assert from 'node:assert/strict';
import { run } from './helpers';

const flags = (question: string, answer: string) =>
  run(question, answer)
    .findings.filter((finding) => finding.rule === 'sous-question-sans-reponse' || finding.rule === 'sous-question-partielle')
    .map((finding) => finding.message);
const statuses = (question: string, answer: string) => run(question, answer).subQuestions.map((sub) => `${sub.kind}/${sub.status}`);

describe('coverage: forms of published answers', () => {
  describe('a count given in words (« deux mille médecins »)', () => {
    const question =
      "Mme Sophie Bernard interroge M. le ministre des armées sur les effectifs du service de santé des armées. Elle lui demande combien de médecins militaires sont actuellement en poste.";

    it('a number in words with « mille » or « cent » answers « combien »', () => {
      const answer =
        "Au 1er janvier 2023, le service de santé des armées comptait un peu plus de deux mille médecins, dont environ six cents affectés dans les hôpitaux d'instruction des armées.";
      assert.deepEqual(statuses(question, answer), ['chiffres/answered']);
    });

    it('counterpart: the same passage without its figure is flagged', () => {
      const answer = "Le service de santé des armées emploie des médecins dans les hôpitaux d'instruction des armées et les centres médicaux des armées, dont il assure le soutien.";
      assert.equal(flags(question, answer).length, 1);
    });

    it('counterpart: an amount in words does not count doctors', () => {
      const answer = "Le service de santé des armées bénéficie de deux cents millions d'euros de crédits pour ses hôpitaux et ses médecins.";
      assert.equal(flags(question, answer).length, 1);
    });
  });
  describe('a view refused in an impersonal administrative form (« ne paraît pas proportionnée »)', () => {
    const question =
      "Mme Anne Rey attire l'attention de M. le ministre de la santé sur la vente de protoxyde d'azote aux mineurs. Elle lui demande quelle est sa position sur une interdiction totale de la vente de ce produit.";
    const law = "La loi n° 2021-695 du 1er juin 2021 interdit déjà la vente de protoxyde d'azote aux mineurs, quel que soit le conditionnement.";

    it('« ne paraît pas proportionnée » gives the view asked', () => {
      const view = "Une interdiction totale de la vente aux majeurs ne paraît pas proportionnée, ce gaz ayant des usages alimentaires et médicaux légitimes.";
      assert.deepEqual(statuses(question, `${law} ${view}`), ['position/answered']);
    });

    it('counterpart: the law recalled without a view is flagged, and the message names the object of the view', () => {
      assert.deepEqual(flags(question, `${law} Ce gaz a des usages alimentaires et médicaux.`), [
        'Sous-question 1 (position) : aucune appréciation attribuée au Gouvernement sur « une interdiction totale de la vente de ce produit ».',
      ]);
    });
  });
  describe('a mechanism described by its basis and its procedure (« sur la base d’un barème fixé par arrêté », « est déposée auprès de »)', () => {
    const question =
      "M. René Morel interroge M. le ministre de l'agriculture sur l'indemnisation des éleveurs victimes de la fièvre catarrhale ovine. Il lui demande selon quelles modalités les éleveurs seront indemnisés.";

    it('the basis and the procedure answer « selon quelles modalités »', () => {
      const answer =
        "Les éleveurs dont les animaux sont morts de la maladie sont indemnisés par l'État sur la base d'un barème forfaitaire par animal fixé par arrêté. La demande est déposée auprès de la direction départementale chargée de la protection des populations.";
      assert.deepEqual(statuses(question, answer), ['modalites/answered']);
    });

    it('counterpart: « seront indemnisés par l’État » without how stays partial', () => {
      const answer = "La fièvre catarrhale ovine a durement touché les élevages cette année. Les éleveurs dont les animaux sont morts de la maladie seront indemnisés par l'État.";
      assert.deepEqual(flags(question, answer), ['Sous-question 1 (modalités) : le mécanisme (qui, comment, sur quelle base) n’est pas décrit.']);
    });
  });
  describe('« quand sera publié » answered by the date on which the act was published', () => {
    const question =
      "M. Paul Girard demande à M. le ministre de la santé quand sera publié l'arrêté fixant la liste des vaccins obligatoires pour les professionnels de santé.";
    const opinion = 'La Haute Autorité de santé a rendu son avis le 21 mars 2023.';

    it('« a été publié au Journal officiel du 4 août 2023 » answers', () => {
      assert.deepEqual(statuses(question, `${opinion} L'arrêté correspondant a été publié au Journal officiel du 4 août 2023.`), ['calendrier/answered']);
    });

    it('counterparts: the act in preparation, or the date of another text, leave it flagged', () => {
      // The text's progress is about the request: partial, and the message says that the date is missing (the one date
      // of the answer is the opinion's, not the act's).
      assert.deepEqual(flags(question, `${opinion} L'arrêté correspondant est en cours de préparation.`), ['Sous-question 1 (calendrier) : aucune date précise pour ce qui est demandé : celles de la réponse portent sur autre chose.']);
      assert.deepEqual(flags(question, "L'arrêté correspondant est en cours de préparation."), ['Sous-question 1 (calendrier) : aucune date précise dans la réponse.']);
      assert.equal(flags(question, "L'arrêté sera pris en application de la loi du 2 août 2021 relative à la gestion de la crise sanitaire.").length, 1);
    });
  });

  describe('« dans quel délai » answered by a time limit (« dans un délai maximal de trente jours »)', () => {
    const question =
      "M. Jean-Louis Masson demande à M. le ministre de l'intérieur si le maire est tenu de convoquer le conseil municipal à la demande du tiers des conseillers et, dans l'affirmative, dans quel délai.";

    it('the rule with its time limit answers both requests', () => {
      const answer =
        "Aux termes de l'article L. 2121-9 du code général des collectivités territoriales, le maire est tenu de convoquer le conseil municipal dans un délai maximal de trente jours quand la demande motivée lui en est faite par le tiers au moins des membres du conseil municipal en exercice.";
      assert.deepEqual(statuses(question, answer), ['droit/answered', 'calendrier/answered']);
    });

    it('counterpart: the rule without its time limit leaves the delay flagged', () => {
      const answer =
        "Aux termes de l'article L. 2121-9 du code général des collectivités territoriales, le maire est tenu de convoquer le conseil municipal quand la demande motivée lui en est faite par le tiers au moins des membres du conseil municipal en exercice.";
      assert.deepEqual(flags(question, answer), ['Sous-question 2 (calendrier) : aucune date précise dans la réponse.']);
    });

    it('counterpart: for an act of the Government, a relative time is no date', () => {
      const asked = "M. Paul Durand interroge M. le ministre de l'économie sur le décret d'application de la loi relative aux commerces de proximité. Il lui demande dans quel délai ce décret sera publié.";
      assert.equal(flags(asked, "Le projet de décret d'application a été soumis au Conseil d'État ; il sera publié dans un délai de deux mois.").length, 1);
    });
  });
  describe('an improvement asked, answered by the improvement already made in other words', () => {
    const question =
      "Mme Nadia Lopez attire l'attention de Mme la ministre du travail sur la situation des aidants familiaux. Elle lui demande si le Gouvernement entend améliorer l'indemnisation du congé de proche aidant.";
    const scheme =
      "Depuis le 1er octobre 2020, le congé de proche aidant est indemnisé par l'allocation journalière du proche aidant, versée par les caisses d'allocations familiales.";

    it('« son montant a été revalorisé », in the sentence after the scheme, answers « s’il entend améliorer »', () => {
      assert.deepEqual(statuses(question, `${scheme} Son montant a été revalorisé au 1er janvier 2022 et aligné sur le SMIC, soit 62,44 euros par jour.`), ['intention/answered']);
    });

    it('counterparts: the scheme alone, or another improvement introduced by « par ailleurs », stay partial', () => {
      const message = 'Sous-question 1 (intention) : la réponse ne dit ni oui ni non sur « améliorer l\'indemnisation du congé de proche aidant ».';
      assert.deepEqual(flags(question, scheme), [message]);
      assert.deepEqual(flags(question, `${scheme} Par ailleurs, les droits à la retraite des aidants ont été renforcés.`), [message]);
    });
  });
  describe('a question with two requests: the measures asked are the concrete measures that are not the other request’s passage', () => {
    const question =
      "M. Bernard Vidal attire l'attention de M. le ministre de l'intérieur sur l'insécurité dans les transports en commun. Il lui demande quelles mesures il compte prendre pour assurer la sécurité des usagers et s'il envisage d'augmenter les effectifs de police affectés aux gares.";
    const priority = 'La sécurité dans les transports collectifs est une priorité du Gouvernement.';
    const law =
      "La loi n° 2021-646 du 25 mai 2021 a permis aux agents des services internes de sécurité de la SNCF et de la RATP d'exercer leurs missions en civil et de procéder à des palpations.";
    const refusal =
      "Le Gouvernement n'envisage pas de créer des unités de police dédiées aux gares : la brigade des réseaux franciliens et les compagnies républicaines de sécurité interviennent déjà sur l'ensemble du réseau.";

    it('a law named with its number and date answers the measures, the refusal the intention', () => {
      assert.deepEqual(statuses(question, `${priority} ${law} ${refusal}`), ['mesures/answered', 'intention/answered']);
    });

    it('ablation: without the law, the measures are flagged (the refusal, the other request’s passage, does not stand in)', () => {
      assert.deepEqual(statuses(question, `${priority} ${refusal}`), ['mesures/unanswered', 'intention/answered']);
    });
  });
  describe('the subject named by its acronym, and « et dans quels délais » asked of the measures before it', () => {
    const question =
      "Mme Sarah Lenoir attire l'attention de M. le ministre de l'éducation nationale sur la pénurie d'accompagnants d'élèves en situation de handicap. Elle lui demande quelles mesures il entend prendre pour renforcer l'attractivité de ce métier et dans quels délais.";
    const measures = "les AESH bénéficient d'une grille indiciaire revalorisée et d'une indemnité de fonction de 1 529 euros par an.";

    it('« les AESH » are the accompagnants of the question; the date of the measures answers « dans quels délais »', () => {
      assert.deepEqual(statuses(question, `Depuis la rentrée 2023, ${measures}`), ['mesures/answered', 'calendrier/answered']);
    });

    it('counterpart: the measures without their date leave the calendar partial', () => {
      assert.deepEqual(flags(question, `Les ${measures.slice(4)}`), ['Sous-question 2 (calendrier) : aucune date précise dans la réponse.']);
    });

    it('counterpart: the acronym in a sentence without a measure answers nothing (it counts as one word)', () => {
      assert.deepEqual(statuses(question, 'Les AESH exercent une mission essentielle auprès des élèves. Le ministère y est très attentif.'), ['mesures/unanswered', 'calendrier/unanswered']);
    });
  });
  describe('a question with two requests: the view in the answer’s own words', () => {
    const question =
      "M. Yann Leclerc attire l'attention de Mme la ministre de la transition écologique sur le développement de l'éolien en mer. Il lui demande son avis sur les conséquences de ces projets pour la pêche et s'il entend associer davantage les pêcheurs à la planification.";
    const concern = 'Le Gouvernement est conscient des inquiétudes exprimées par les professionnels de la pêche.';
    const studies = "Les études conduites sur les parcs existants montrent que la cohabitation est possible, sous réserve d'adapter les règles de navigation.";
    const bodies =
      "Les comités régionaux des pêches sont désormais membres de droit des instances de concertation mises en place pour chaque façade maritime, en application du décret n° 2022-1234 du 12 septembre 2022.";
    const view = "Le Gouvernement considère que la pêche et l'éolien en mer peuvent cohabiter, sous réserve d'adapter les règles de navigation dans les parcs.";

    it('« le Gouvernement considère que… », sharing one word of the request, gives the view asked', () => {
      assert.equal(statuses(question, `${view} ${bodies}`)[0], 'position/answered');
    });

    it('ablation: without it, an acknowledgement of the concern (« est conscient des inquiétudes ») gives no view', () => {
      assert.equal(statuses(question, `${concern} ${studies} ${bodies}`)[0], 'position/unanswered');
    });
  });
  describe('more administrative refusals to « s’il envisage de… »', () => {
    const question =
      "M. Marc Durand attire l'attention de M. le ministre de l'économie sur la fiscalité des dons aux associations. Il lui demande s'il envisage de porter à 75 % le taux de la réduction d'impôt pour les dons aux associations sportives.";
    const rule =
      "Les dons aux associations sportives ouvrent droit à une réduction d'impôt de 66 % de leur montant, dans la limite de 20 % du revenu imposable, en application de l'article 200 du code général des impôts.";
    const refusals = [
      'Le relèvement de ce taux ne fait pas partie des orientations du Gouvernement.',
      'Cette proposition ne peut recevoir un avis favorable.',
      'Le Gouvernement reste attaché à la stabilité de ce dispositif, qui a fait ses preuves.',
      'Une telle extension aurait un coût budgétaire important et ne serait pas cohérente avec la logique du taux majoré.',
      'Le maintien du taux actuel apparaît dès lors préférable.',
    ];
    for (const refusal of refusals) {
      it(`« ${refusal} » is a no`, () => {
        assert.deepEqual(statuses(question, `${rule} ${refusal}`), ['intention/answered']);
      });
    }

    it('counterparts: the rule alone, an attachment to something else, a coherence stated, stay partial', () => {
      for (const other of ['', ' Le Gouvernement reste attaché au soutien des associations sportives.', ' Ce dispositif est cohérent avec la logique du taux majoré.']) {
        assert.deepEqual(statuses(question, `${rule}${other}`), ['intention/partial']);
      }
    });
  });
  describe('a legal conclusion later in the paragraph that names the case by a word of the request', () => {
    const question = "M. Jean-Louis Masson demande à M. le ministre de l'intérieur si le conseil municipal peut se réunir en visioconférence.";
    const rule = "L'article L. 2121-7 du code général des collectivités territoriales dispose que le conseil municipal se réunit et délibère à la mairie de la commune.";
    const conclusion = "Le recours à la visioconférence, autorisé à titre dérogatoire pendant l'état d'urgence sanitaire, n'est plus possible depuis la fin de ce régime.";

    it('« n’est plus possible » concludes on « si le conseil municipal peut… »', () => {
      assert.deepEqual(statuses(question, `${rule} ${conclusion}`), ['droit/answered']);
    });

    it('ablation: the rule without the conclusion stays partial, and says that the answer does not conclude', () => {
      assert.deepEqual(flags(question, rule), ['Sous-question 1 (droit applicable) : la règle est citée mais la réponse ne conclut pas sur le cas posé (oui, non, à quelles conditions).']);
    });
  });
  describe('a pact, a single desk, a « Pass’ » are named measures', () => {
    const question =
      "Mme Claire Aubert attire l'attention de M. le ministre de l'agriculture sur l'installation des jeunes agriculteurs. Elle lui demande quelles mesures il entend prendre pour favoriser le renouvellement des générations en agriculture.";

    it('« le pacte d’orientation pour le renouvellement des générations » answers', () => {
      const answer = "Le renouvellement des générations est au cœur du pacte d'orientation pour le renouvellement des générations en agriculture, présenté en 2023.";
      assert.deepEqual(statuses(question, answer), ['mesures/answered']);
    });

    it('counterparts: an attention without a measure stays partial; « le passage » is no « Pass’ »', () => {
      const message = 'Sous-question 1 (mesures) : aucune mesure nommée (texte, plan, fonds, montant, instance…) dans la réponse.';
      assert.deepEqual(flags(question, 'Le renouvellement des générations en agriculture est un enjeu majeur pour le Gouvernement, qui y est très attentif.'), [message]);
      assert.deepEqual(flags(question, 'Le renouvellement des générations en agriculture passe par le passage de relais entre cédants et repreneurs.'), [message]);
    });
  });
  describe('a figure that the administration says it cannot isolate (« ne dispose pas d’un suivi permettant d’isoler »)', () => {
    const question =
      "Mme Laure Vidal interroge M. le ministre de l'intérieur sur les permis de conduire. Elle lui demande quel est le coût pour l'État de l'organisation de l'examen.";

    it('the explicit statement that the figure is not available answers', () => {
      const answer = "Le ministère ne dispose pas d'un suivi analytique permettant d'isoler le coût de l'organisation de l'examen.";
      assert.deepEqual(statuses(question, answer), ['chiffres/answered']);
    });

    it('counterpart: who pays, without a figure, stays partial', () => {
      assert.deepEqual(flags(question, "Le coût de l'organisation de l'examen est pris en charge par le budget du ministère."), [
        'Sous-question 1 (chiffres) : aucun chiffre avec son unité dans la réponse.',
      ]);
    });
  });
  describe('a creation or a removal asked, answered by what was done or by a rule that makes it moot', () => {
    const question =
      "M. Paul Mercier attire l'attention de M. le garde des sceaux sur les violences intrafamiliales. Il lui demande s'il envisage d'instaurer des juridictions spécialisées dans le traitement de ces violences.";
    const tax = "Mme Lise Carré attire l'attention de M. le ministre de l'économie sur la taxe sur les logements vacants. Elle lui demande s'il entend supprimer cette taxe dans les communes rurales.";
    const scope = "La taxe sur les logements vacants s'applique dans les zones d'urbanisation continue de plus de 50 000 habitants.";

    it('« a institué des pôles spécialisés » answers « s’il envisage d’instaurer des juridictions spécialisées »', () => {
      const answer =
        "La loi n° 2023-1251 du 22 décembre 2023 a institué des pôles spécialisés dans les violences intrafamiliales au sein des tribunaux judiciaires. Ces pôles ont été mis en place au 1er janvier 2024 dans l'ensemble des juridictions.";
      assert.deepEqual(statuses(question, answer), ['intention/answered']);
    });

    it('counterpart: an attention without anything done stays partial', () => {
      assert.equal(flags(question, "Les violences intrafamiliales font l'objet d'une attention constante du ministère de la justice, qui suit l'évolution des procédures dans les tribunaux.").length, 1);
    });

    it('« elle ne s’applique donc pas dans les communes rurales » answers « s’il entend la supprimer dans les communes rurales »', () => {
      assert.deepEqual(statuses(tax, `${scope} Elle ne s'applique donc pas dans les communes rurales.`), ['intention/answered']);
      assert.equal(statuses(tax, scope)[0], 'intention/partial');
    });

    it('counterpart: to « étendre », that it does not apply is the premise, not the answer', () => {
      assert.equal(statuses(tax.replace('supprimer cette taxe dans', 'étendre cette taxe aux'), `${scope} Elle ne s'applique donc pas dans les communes rurales.`)[0], 'intention/partial');
    });
  });
  describe('a view given by the ministry named in full, a welcome, or an impersonal appraisal', () => {
    const question =
      "M. Hugo Lambert attire l'attention de M. le ministre de l'agriculture sur l'étiquetage de l'origine des viandes dans la restauration collective. Il lui demande quelle est sa position sur l'extension de cette obligation à la restauration commerciale.";
    const rule = "Le décret n° 2022-65 du 26 janvier 2022 impose l'indication de l'origine des viandes dans la restauration collective et commerciale.";
    const views = [
      "Le ministère de l'agriculture soutient pleinement cette démarche.",
      'Le Gouvernement se félicite de cette avancée.',
      "Cette mesure constitue une avancée importante pour l'information des consommateurs.",
    ];
    for (const view of views) {
      it(`« ${view} » gives the view asked`, () => {
        assert.deepEqual(statuses(question, `${rule} ${view}`), ['position/answered']);
      });
    }

    it('counterparts: the rule alone, a reminder by the minister named in full, a neutral « constitue une étape », stay partial', () => {
      for (const other of [
        '',
        " Le ministre de l'agriculture rappelle que l'origine des viandes doit être indiquée dans la restauration collective.",
        " Cette procédure constitue une étape de l'instruction des demandes d'extension.",
      ]) {
        assert.deepEqual(statuses(question, `${rule}${other}`), ['position/partial']);
      }
    });
  });
  describe('an intention to act at all (« s’il entend prendre des mesures », « s’il compte agir ») answered by measures taken', () => {
    const question =
      "Mme Inès Morin attire l'attention de M. le ministre de la transition écologique sur les nuisances sonores des deux-roues motorisés. Elle lui demande s'il entend prendre des mesures pour lutter contre ces nuisances.";
    const trial = 'Depuis 2022, des radars sonores sont expérimentés dans huit villes, dont Paris, Nice et Toulouse.';
    const decree =
      "Le décret n° 2022-1355 du 24 octobre 2022 a fixé le cadre de cette expérimentation, qui pourra conduire à la verbalisation automatique des véhicules trop bruyants.";

    it('a decree with its date on the subject is the yes', () => {
      assert.deepEqual(statuses(question, `${trial} ${decree}`), ['intention/answered']);
      assert.deepEqual(statuses(question.replace("s'il entend prendre des mesures pour lutter contre", 'si le Gouvernement compte agir pour réduire'), `${trial} ${decree}`), ['intention/answered']);
    });

    it('ablation: without the decree, still neither yes nor no', () => {
      assert.deepEqual(flags(question, trial), ['Sous-question 1 (intention) : la réponse ne dit ni oui ni non sur « prendre des mesures pour lutter contre ces nuisances ».']);
    });
  });
  describe('a count or a share in words (« plus d’un million de jeunes », « la moitié des communes »)', () => {
    const count = "M. Thomas Brun attire l'attention de Mme la ministre des sports sur le Pass'Sport. Il lui demande combien de jeunes en ont bénéficié en 2023.";
    const share =
      "Mme Anne Royer interroge M. le ministre de l'intérieur sur la vidéoprotection. Elle lui demande quelle part des communes rurales est équipée d'un système de vidéoprotection.";

    it('they answer « combien » and « quelle part »', () => {
      assert.deepEqual(statuses(count, "En 2023, le Pass'Sport a bénéficié à plus d'un million de jeunes."), ['chiffres/answered']);
      assert.deepEqual(statuses(share, "Selon les données recueillies par les préfectures, la moitié des communes rurales disposent aujourd'hui d'au moins une caméra de vidéoprotection."), ['chiffres/answered']);
    });

    it('counterparts: « de nombreux jeunes », a fund without a share, stay partial', () => {
      assert.deepEqual(statuses(count, "Le Pass'Sport a bénéficié à de nombreux jeunes, inscrits dans les clubs de toutes les disciplines."), ['chiffres/partial']);
      assert.deepEqual(statuses(share, 'Les communes rurales peuvent bénéficier du fonds interministériel de prévention de la délinquance pour s\'équiper en vidéoprotection.'), ['chiffres/partial']);
    });
  });
  describe('« les raisons de… » answered by a cause in the answer’s words (« s’expliquent par », « compte tenu de », « du fait de »)', () => {
    const question =
      "M. Rémi Faure attire l'attention de M. le ministre de l'économie sur la fermeture de trésoreries dans les zones rurales. Il lui demande les raisons de ces fermetures.";
    const context = 'Depuis 2019, le réseau des finances publiques a été profondément réorganisé.';

    it('a cause that names the request answers', () => {
      for (const cause of [
        "Ces fermetures s'expliquent par la dématérialisation des démarches fiscales, qui a réduit de moitié la fréquentation des guichets.",
        'Compte tenu de la baisse de la fréquentation des guichets, ces trésoreries ont été regroupées.',
        "Eu égard à la baisse d'activité, le réseau des trésoreries a été réorganisé.",
      ]) {
        assert.deepEqual(statuses(question, `${context} ${cause}`), ['modalites/answered']);
      }
    });

    it('ablation: without the cause, or with an arrangement that gives none, it is flagged', () => {
      assert.equal(flags(question, context).length, 1);
      assert.equal(flags(question, `${context} Dans le cadre du nouveau réseau de proximité, des conseillers aux décideurs locaux sont installés auprès des élus.`).length, 1);
    });
  });
  describe('« le cas échéant, quels recours » answered by the remedy (« peut saisir le conseil de prud’hommes »)', () => {
    const question =
      "Mme Julie Gros attire l'attention de Mme la ministre du travail sur le télétravail. Elle lui demande si un employeur peut refuser le télétravail à un salarié et, le cas échéant, quels recours sont ouverts au salarié.";
    const rule =
      "L'article L. 1222-9 du code du travail prévoit que l'employeur qui refuse d'accorder le bénéfice du télétravail à un salarié occupant un poste éligible motive sa réponse. Le refus est donc possible, à condition d'être motivé.";

    it('the remedy answers the open legal request', () => {
      assert.deepEqual(statuses(question, `${rule} Le salarié peut saisir le conseil de prud'hommes s'il estime que ce refus est discriminatoire ou abusif.`), ['droit/answered', 'droit/answered']);
    });

    it('ablation: without it the request is flagged; a new request to the employer is no remedy', () => {
      assert.deepEqual(statuses(question, rule), ['droit/answered', 'droit/unanswered']);
      assert.deepEqual(flags(question, `${rule} Le salarié peut saisir son employeur d'une nouvelle demande après un délai de six mois.`), [
        'Sous-question 2 (droit applicable) : aucune voie de recours (juge, recours, saisine) n’est indiquée.',
      ]);
    });
  });
});
