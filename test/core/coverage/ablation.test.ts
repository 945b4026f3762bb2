/**
 * Ablation on hand-made answers (issue 10): a complete answer answers its request; the same answer without the
 * passage that answers must be flagged, and not be read as answering by a figure, a programme or a reminder
 * that stands elsewhere in it. Each case pairs the two, so that a rule that flags everything fails too.
 */
import assert from 'node:assert/strict';
import { run } from './helpers';

interface AblationCase {
  readonly question: string;
  readonly answer: string;
  /** The passage that answers, removed for the ablation. */
  readonly passage: string;
}

function statuses(question: string, answer: string): string[] {
  return run(question, answer).subQuestions.map((sub) => `${sub.kind}/${sub.status}`);
}

/** Complete: every sub-question answered; without the passage: the one it answered is flagged. */
function assertAblation({ question, answer, passage }: AblationCase, kind: string): void {
  assert.ok(answer.includes(passage), 'le passage doit figurer dans la réponse');
  assert.deepEqual(statuses(question, answer), [`${kind}/answered`]);
  const without = statuses(question, answer.replace(passage, ' '));
  assert.equal(without.length, 1);
  assert.notEqual(without[0], `${kind}/answered`, `sans le passage : ${without.join(' ')}`);
}

describe('coverage ablation: without the passage that answers, the request is flagged', () => {
  it('a count asked (« le nombre de gardes champêtres ») is not answered by a training time', () => {
    assertAblation(
      {
        question: "M. Jean Dupont attire l'attention de M. le ministre de l'intérieur sur les gardes champêtres. Il lui demande de bien vouloir lui indiquer le nombre de gardes champêtres en fonction dans les communes rurales.",
        answer: "Les gardes champêtres sont des agents de police municipale régis par le code de la sécurité intérieure. Au 1er janvier 2023, 702 gardes champêtres étaient en fonction dans les communes rurales. Leur formation initiale dure 120 heures et leur statut a été réformé par la loi du 25 mai 2021.",
        passage: 'Au 1er janvier 2023, 702 gardes champêtres étaient en fonction dans les communes rurales.',
      },
      'chiffres',
    );
  });

  it('a count of places is not answered by the amount of a plan', () => {
    assertAblation(
      {
        question: "Mme Anne Martin attire l'attention de Mme la ministre des solidarités sur l'accueil des enfants handicapés. Elle lui demande combien de places en institut médico-éducatif ont été créées depuis 2020.",
        answer: "L'accueil des enfants en situation de handicap est une priorité du Gouvernement. Depuis 2020, 1 850 places en institut médico-éducatif ont été créées. Le plan de création de solutions nouvelles est doté de 1,5 milliard d'euros pour les instituts et services médico-sociaux.",
        passage: 'Depuis 2020, 1 850 places en institut médico-éducatif ont été créées.',
      },
      'chiffres',
    );
  });

  it('a cost asked is not answered by a number of beneficiaries or a share', () => {
    assertAblation(
      {
        question: "M. Paul Durand demande à M. le ministre de l'économie quel est le coût pour l'État du crédit d'impôt en faveur des jeunes entreprises innovantes.",
        answer: "Le crédit d'impôt en faveur des jeunes entreprises innovantes a été créé par la loi de finances pour 2004. Son coût pour l'État s'est élevé à 240 millions d'euros en 2023. Environ 3 800 entreprises en ont bénéficié, dont 60 % dans le secteur du numérique.",
        passage: "Son coût pour l'État s'est élevé à 240 millions d'euros en 2023.",
      },
      'chiffres',
    );
  });

  it('a count is still answered by a count, a share or a figure stated without its unit', () => {
    const question = "M. Paul Durand demande à Mme la ministre du travail combien de bénéficiaires compte l'allocation de solidarité.";
    assert.deepEqual(statuses(question, 'Au 31 décembre 2023, les bénéficiaires de cette prestation étaient 412 350.'), ['chiffres/answered']);
    assert.deepEqual(statuses(question, "Les bénéficiaires de l'allocation représentent 12 % des demandeurs d'emploi indemnisés."), ['chiffres/answered']);
    // An amount in millions of euros, written « M€ », is an amount: it answers a cost, not a count.
    const cost = "M. Paul Durand demande à Mme la ministre du travail quel est le coût de l'allocation de solidarité.";
    assert.deepEqual(statuses(cost, "Le coût de l'allocation de solidarité atteint 480 M€ en 2023."), ['chiffres/answered']);
    assert.notEqual(statuses(question, "Le coût de l'allocation de solidarité atteint 480 M€ en 2023.")[0], 'chiffres/answered');
    // The counted noun says what is counted, even when the request also speaks of money.
    const projects = "M. Paul Durand demande à M. le ministre de la transition écologique combien de projets ont bénéficié d'un financement du fonds vert.";
    assert.deepEqual(statuses(projects, "En 2023, 4 200 projets ont bénéficié d'un financement du fonds vert."), ['chiffres/answered']);
    assert.notEqual(statuses(projects, "Le fonds vert a financé les projets à hauteur de 2 milliards d'euros en 2023.")[0], 'chiffres/answered');
  });

  it('the measures asked are not answered by a fund with its credits on another subject', () => {
    assertAblation(
      {
        question: "Mme Claire Petit attire l'attention de M. le ministre de l'agriculture sur la prédation du loup. Elle lui demande quelles mesures il entend prendre pour protéger les troupeaux.",
        answer: "Le nouveau plan national d'actions sur le loup prévoit le financement à 80 % des moyens de protection des troupeaux : chiens de protection, clôtures électrifiées et gardiennage.\n\nLa population de loups est suivie par l'Office français de la biodiversité. Par ailleurs, le Gouvernement a consacré 30 M€ au fonds de soutien à la filière laitière en 2023.",
        passage: "Le nouveau plan national d'actions sur le loup prévoit le financement à 80 % des moyens de protection des troupeaux : chiens de protection, clôtures électrifiées et gardiennage.",
      },
      'mesures',
    );
  });

  it('« Il convient de rappeler que… » introduces a fact, not the view asked', () => {
    assertAblation(
      {
        question: "M. Luc Bernard demande à M. le ministre de l'éducation nationale quelle est sa position sur l'installation de caméras de vidéoprotection dans les établissements scolaires.",
        answer: "Il convient de rappeler que l'installation de caméras de vidéoprotection dans les établissements scolaires est encadrée par le code de la sécurité intérieure. Le Gouvernement estime que la vidéoprotection aux abords des établissements contribue à la sécurité des élèves, mais qu'elle n'a pas sa place dans les salles de classe. Les collectivités peuvent solliciter le fonds interministériel de prévention de la délinquance.",
        passage: "Le Gouvernement estime que la vidéoprotection aux abords des établissements contribue à la sécurité des élèves, mais qu'elle n'a pas sa place dans les salles de classe.",
      },
      'position',
    );
    // After the reminder, a view stated in the same sentence still counts.
    const question = "M. Luc Bernard demande à M. le ministre de l'éducation nationale quelle est sa position sur l'installation de caméras de vidéoprotection dans les établissements scolaires.";
    assert.deepEqual(statuses(question, "Il convient de rappeler que le Gouvernement est attaché à la sécurité des établissements scolaires et favorable aux caméras de vidéoprotection à leurs abords."), ['position/answered']);
  });

  it('a rule « prévue à l’article » is where the law is written, not the intention asked', () => {
    assertAblation(
      {
        question: "M. Jean Dupont demande à M. le ministre de l'intérieur s'il envisage d'étendre la protection fonctionnelle aux conseillers municipaux dépourvus de délégation.",
        answer: "La protection fonctionnelle des élus locaux est prévue à l'article L. 2123-35 du code général des collectivités territoriales. Elle bénéficie au maire ainsi qu'aux adjoints et conseillers municipaux ayant reçu délégation. Le Gouvernement n'envisage pas de l'étendre aux conseillers municipaux dépourvus de délégation, qui n'exercent pas de fonctions exécutives.",
        passage: "Le Gouvernement n'envisage pas de l'étendre aux conseillers municipaux dépourvus de délégation, qui n'exercent pas de fonctions exécutives.",
      },
      'intention',
    );
    // « Il est prévu de… » is still an intention.
    const question = "M. Pierre Leroy demande à Mme la ministre de la transition écologique si elle entend maintenir l'aide à l'achat de vélos à assistance électrique pour les ménages modestes.";
    assert.deepEqual(statuses(question, "Il est prévu de maintenir en 2025 l'aide à l'achat de vélos à assistance électrique pour les ménages modestes."), ['intention/answered']);
  });

  it('« le ministre rappelle que… » recalls the rule, it does not give the view asked', () => {
    assertAblation(
      {
        question: "Mme Anne Martin demande à M. le ministre de l'agriculture quelle est la position du Gouvernement sur l'usage des drones pour l'épandage de produits phytosanitaires.",
        answer: "Le ministre rappelle que l'épandage de produits phytosanitaires par drone est encadré par l'article L. 253-8 du code rural. Le Gouvernement est favorable à une expérimentation encadrée de l'usage des drones pour l'épandage sur les parcelles en forte pente, où il réduit l'exposition des opérateurs. Les résultats de l'expérimentation seront évalués par l'Anses.",
        passage: "Le Gouvernement est favorable à une expérimentation encadrée de l'usage des drones pour l'épandage sur les parcelles en forte pente, où il réduit l'exposition des opérateurs.",
      },
      'position',
    );
  });

  it('the date in the name of another text (« la loi du 2 août 2021 ») is not the date asked for a décret', () => {
    assertAblation(
      {
        question: "M. Jean Dupont demande à M. le ministre du travail dans quel délai sera publié le décret d'application de la loi relative à la médecine du travail.",
        answer: "La loi n° 2021-1018 du 2 août 2021 pour renforcer la prévention en santé au travail renvoie plusieurs mesures à un décret en Conseil d'État. Ce décret sera publié au cours du premier semestre 2025, après la consultation des partenaires sociaux. Le projet de décret d'application a été présenté au conseil d'orientation des conditions de travail.",
        passage: "Ce décret sera publié au cours du premier semestre 2025, après la consultation des partenaires sociaux.",
      },
      'calendrier',
    );
    // The date of the very text asked about answers: it has been issued.
    const question = "M. Jean Dupont demande à M. le ministre du travail dans quel délai sera publié le décret d'application de la loi relative à la médecine du travail.";
    assert.deepEqual(statuses(question, "Le décret d'application n° 2022-679 du 26 avril 2022 relatif à la médecine du travail a été publié au Journal officiel."), ['calendrier/answered']);
  });

  it('a reflection on another subject does not answer « l’intérêt qui s’attacherait à moderniser… »', () => {
    const question = "Mme Claire Petit attire l'attention de M. le ministre de l'intérieur sur l'intérêt qui s'attacherait à moderniser le statut des gardes champêtres.";
    assertAblation(
      {
        question,
        answer: "Les gardes champêtres sont régis par le décret n° 94-731 du 24 août 1994 portant statut particulier de leur cadre d'emplois. Une réflexion est actuellement engagée sur la modernisation de ce statut, en lien avec les associations d'élus. Par ailleurs, une étude est menée sur l'armement des polices municipales.",
        passage: "Une réflexion est actuellement engagée sur la modernisation de ce statut, en lien avec les associations d'élus.",
      },
      'intention',
    );
    // A reflection that takes up the sentence before it by a demonstrative (« ces règles ») is on the object.
    const answer = "Les gardes champêtres sont régis par un statut particulier qui n'a pas été revu depuis 1994. Aussi, une réflexion est-elle actuellement engagée afin de moderniser ces règles.";
    assert.deepEqual(statuses(question, answer), ['intention/answered']);
  });

  it('what the law forbids (« une commune ne peut pas… ») is not the intention asked; the refusal that takes up « ces règles » is', () => {
    assertAblation(
      {
        question: "M. Jean Dupont demande à M. le ministre de l'intérieur s'il envisage d'autoriser les communes à fermer les chemins ruraux à la circulation des promeneurs.",
        answer: "Les chemins ruraux appartiennent au domaine privé de la commune et sont affectés à l'usage du public, en vertu de l'article L. 161-1 du code rural et de la pêche maritime. Une commune ne peut pas fermer un chemin rural à la circulation des promeneurs, sauf pour des motifs de sécurité ou de préservation de l'environnement. Le Gouvernement n'envisage pas de modifier ces règles, qui garantissent l'accès de tous aux espaces naturels.",
        passage: "Le Gouvernement n'envisage pas de modifier ces règles, qui garantissent l'accès de tous aux espaces naturels.",
      },
      'intention',
    );
    // A conclusion drawn from the law (« ne peut donc ») still answers, as a refusal.
    const question = "M. Jean Dupont demande à M. le ministre de l'intérieur s'il envisage de permettre aux communes de fermer les chemins ruraux aux promeneurs.";
    assert.deepEqual(statuses(question, "Affectés à l'usage du public, les chemins ruraux ne peuvent donc pas être fermés aux promeneurs par les communes."), ['intention/answered']);
  });

  it('what a law provides (« elle prévoit que… ») is not the intention asked', () => {
    assertAblation(
      {
        question: "Mme Anne Martin demande à Mme la ministre du travail si elle entend étendre le congé de proche aidant aux aidants de personnes âgées non dépendantes.",
        answer: "Le congé de proche aidant a été créé par la loi du 28 décembre 2015. Elle prévoit que le congé bénéficie aux salariés qui accompagnent une personne handicapée ou en perte d'autonomie d'une particulière gravité. Il n'est pas envisagé d'étendre le congé de proche aidant aux aidants de personnes âgées non dépendantes, la loi ciblant les situations de perte d'autonomie.",
        passage: "Il n'est pas envisagé d'étendre le congé de proche aidant aux aidants de personnes âgées non dépendantes, la loi ciblant les situations de perte d'autonomie.",
      },
      'intention',
    );
  });

  it('a report cited as a source (« selon le rapport de… ») is not a measure', () => {
    const question = "M. Pierre Leroy demande à M. le ministre de la santé quelles mesures le Gouvernement entend prendre pour lutter contre la désertification médicale en zone rurale.";
    assertAblation(
      {
        question,
        answer: "La lutte contre la désertification médicale est une priorité du Gouvernement. Le plan d'accès aux soins a créé 400 postes de médecins salariés dans les zones rurales, financés à hauteur de 50 M€. Selon le rapport de la direction de la recherche publié en 2023, les zones rurales restent les plus touchées par la désertification médicale.",
        passage: "Le plan d'accès aux soins a créé 400 postes de médecins salariés dans les zones rurales, financés à hauteur de 50 M€.",
      },
      'mesures',
    );
    // A report the Government commissions is a measure.
    assert.deepEqual(statuses(question, "Un rapport sur la désertification médicale en zone rurale a été commandé à l'inspection générale des affaires sociales."), ['mesures/answered']);
  });
  it('a legal request (« si un agent peut cumuler… ») is not answered by the rule cited on another act (« peut être autorisé à exercer »)', () => {
    assertAblation(
      {
        question: "M. Louis Bernard attire l'attention de M. le ministre de la fonction publique sur le cumul d'activités. Il lui demande si un agent public à temps complet peut cumuler son emploi avec une activité rémunérée de guide touristique.",
        answer: "Aux termes de l'article L. 123-7 du code général de la fonction publique, l'agent public peut être autorisé par l'autorité hiérarchique dont il relève à exercer à titre accessoire une activité, lucrative ou non, auprès d'une personne publique ou privée. La liste des activités susceptibles d'être ainsi autorisées est fixée par le décret n° 2020-69 du 30 janvier 2020. L'agent peut donc cumuler son emploi avec une activité rémunérée de guide touristique, sous réserve d'avoir obtenu l'autorisation préalable de son employeur.",
        passage: "L'agent peut donc cumuler son emploi avec une activité rémunérée de guide touristique, sous réserve d'avoir obtenu l'autorisation préalable de son employeur.",
      },
      'droit',
    );
  });

  it('« si une commune peut refuser… » is not answered by the rule on what the commune may grant', () => {
    assertAblation(
      {
        question: "Mme Claire Petit interroge M. le ministre de l'intérieur sur l'occupation du domaine public. Elle lui demande si une commune peut refuser de renouveler une autorisation d'occupation du domaine public accordée à un commerçant.",
        answer: "En application de l'article L. 2122-2 du code général de la propriété des personnes publiques, l'occupation du domaine public ne peut être que temporaire. Conformément à l'article L. 2125-1 du même code, elle donne lieu au paiement d'une redevance que la commune peut moduler selon l'avantage procuré à l'occupant. Il en résulte que la commune peut refuser de renouveler l'autorisation, pour un motif d'intérêt général, sans que le commerçant puisse se prévaloir d'un droit acquis.",
        passage: "Il en résulte que la commune peut refuser de renouveler l'autorisation, pour un motif d'intérêt général, sans que le commerçant puisse se prévaloir d'un droit acquis.",
      },
      'droit',
    );
  });
  it('the answer that says the question again (« Par question écrite du…, M. X a appelé… », « Vous m’interrogez… ») gives no date', () => {
    assertAblation(
      {
        question: "M. Pierre Morel attire l'attention de M. le ministre de la transition écologique sur les compteurs d'eau individuels. Il lui demande quand sera publié le décret d'application relatif à l'individualisation des compteurs d'eau.",
        answer: "Par question écrite du 3 mars 2024, M. Morel a appelé l'attention du Gouvernement sur la publication du décret d'application relatif à l'individualisation des compteurs d'eau. Le décret d'application relatif à l'individualisation des compteurs d'eau sera publié en juin 2025. Il fait l'objet d'une concertation avec les bailleurs.",
        passage: "Le décret d'application relatif à l'individualisation des compteurs d'eau sera publié en juin 2025.",
      },
      'calendrier',
    );
    const question = "M. Pierre Morel demande à M. le ministre de l'économie combien d'entreprises ont bénéficié du prêt garanti par l'État dans le département de la Creuse.";
    const restated = "Vous m'interrogez sur les 1 200 entreprises qui auraient bénéficié du prêt garanti par l'État dans le département de la Creuse. Le prêt garanti par l'État a été ouvert à toutes les entreprises.";
    assert.notEqual(statuses(question, restated)[0], 'chiffres/answered');
  });
  it('the year in a budget law’s name (« la loi de finances pour 2021 ») is not the date asked', () => {
    assertAblation(
      {
        question: "Mme Sophie Lenoir attire l'attention de M. le ministre de l'économie sur l'aide à la rénovation des commerces ruraux. Elle lui demande à quelle date sera publié l'arrêté fixant le montant de cette aide.",
        answer: "L'aide à la rénovation des commerces ruraux a été créée par la loi de finances pour 2021. L'arrêté fixant le montant de cette aide sera publié en mars 2025. Il est en cours de signature.",
        passage: "L'arrêté fixant le montant de cette aide sera publié en mars 2025.",
      },
      'calendrier',
    );
  });
  it('« le nombre de contrats » is not answered by a count of other things (apprentis, stagiaires) or a share of hirings', () => {
    const question = "M. Marc Henry attire l'attention de Mme la ministre du travail sur l'alternance dans l'industrie. Il lui demande le nombre de contrats de professionnalisation signés en 2023 dans l'industrie.";
    assertAblation(
      {
        question,
        answer: "En 2023, 85 000 contrats de professionnalisation ont été signés dans l'industrie. L'industrie a recruté en 2023 plus de 30 000 apprentis et 12 000 stagiaires. La professionnalisation y est encouragée par une aide de 6 000 euros.",
        passage: "En 2023, 85 000 contrats de professionnalisation ont été signés dans l'industrie.",
      },
      'chiffres',
    );
    assert.notEqual(statuses(question, "Dans l'industrie, les entreprises de moins de cinquante salariés représentent 30 % des embauches en professionnalisation signées en 2023. Le Gouvernement s'est fixé l'objectif de 200 000 entrées en professionnalisation par an dans l'industrie.")[0], 'chiffres/answered');
    // The count said of the thing asked, or a bare figure of the sentence's subject, still answers.
    assert.deepEqual(statuses(question, "Le nombre de contrats de professionnalisation signés en 2023 dans l'industrie s'élève à 85 000. Ce chiffre est en hausse."), ['chiffres/answered']);
    assert.deepEqual(statuses(question, "Les contrats de professionnalisation signés en 2023 dans l'industrie étaient 85 000 en fin d'année, dont 40 % dans la métallurgie."), ['chiffres/answered']);
  });
  it('the span of a plan (« pour la période 2021-2031 ») is not the date asked for a publication', () => {
    const question = "M. Hugo Marchand attire l'attention de M. le ministre du logement sur la sobriété foncière. Il lui demande à quelle date sera publiée la liste des projets d'intérêt régional.";
    assertAblation(
      {
        question,
        answer: "La liste des projets d'intérêt régional sera publiée en septembre 2025. Le forfait attribué aux projets d'intérêt régional, fixé à 10 000 hectares pour la période 2021-2031, est réparti entre les régions.",
        passage: "La liste des projets d'intérêt régional sera publiée en septembre 2025.",
      },
      'calendrier',
    );
    // A schedule asked (« selon quel calendrier ») is still answered by the span of the plan.
    const schedule = "M. Hugo Marchand attire l'attention de M. le ministre du logement sur la sobriété foncière. Il lui demande selon quel calendrier le forfait des projets d'intérêt régional sera mis en œuvre.";
    assert.deepEqual(statuses(schedule, "Le forfait des projets d'intérêt régional sera mis en œuvre pour la période 2021-2031."), ['calendrier/answered']);
  });
  it('« quels sont les recours dont dispose… » is answered by a remedy, not by any rule cited in the answer', () => {
    const question = "Mme Julie Roux attire l'attention de M. le ministre de l'intérieur sur les droits des élus d'opposition. Elle lui demande si le maire peut refuser de communiquer aux conseillers municipaux les projets de contrats de service public et, dans la négative, quels sont les recours dont disposent les conseillers municipaux concernés.";
    const answer = "Aux termes de l'article L. 2121-12 du code général des collectivités territoriales, les projets de contrats de service public sont consultables par tout conseiller municipal à la mairie. Le maire ne peut donc pas refuser de communiquer ces projets aux conseillers municipaux. Les conseillers municipaux concernés peuvent former un recours pour excès de pouvoir contre ce refus devant le tribunal administratif.";
    const passage = 'Les conseillers municipaux concernés peuvent former un recours pour excès de pouvoir contre ce refus devant le tribunal administratif.';
    assert.deepEqual(statuses(question, answer), ['droit/answered', 'droit/answered']);
    const without = statuses(question, answer.replace(passage, ' '));
    assert.deepEqual(without[0], 'droit/answered');
    assert.notEqual(without[1], 'droit/answered', `sans le passage : ${without.join(' ')}`);
  });
});
