/**
 * Forms of published answers that main flagged although they answer, and messages that said something false
 * (issue 10; hand-made from the forms a judge found in real 2016 answers and from probes, not from a labelled set).
 * Each case that now answers has a counterpart that must stay flagged.
 *
 * Tried and withdrawn after an independent review (rev-cv18, 67 probes): an increase stated in figures (« en hausse de
 * 4 % ») as the yes to « augmenter », « ne permettrait pas de » as the Government's view, and a procedure described
 * (« attribués par les préfectures après un appel à candidatures ») as the answer to « selon quelles modalités » a
 * commune may…: each answered more requests wrongly than it rightly did (what rose was another budget or the demand;
 * whose view it was; the procedure of another act). The last block keeps the reviewer's counterexamples.
 */
import assert from 'node:assert/strict';
import { extract, run } from './helpers';

function statuses(question: string, answer: string): string[] {
  return run(question, answer).subQuestions.map((sub) => `${sub.kind}/${sub.status}`);
}

function coverageMessages(question: string, answer: string): string[] {
  return run(question, answer)
    .findings.filter((finding) => finding.rule.startsWith('sous-question'))
    .map((finding) => finding.message);
}




describe('coverage messages: what they say of the answer is true', () => {
  it('a count asked, figures of other things given: not « aucun chiffre avec son unité dans la réponse »', () => {
    const question =
      "M. Luc Bernard attire l'attention de Mme la ministre de la culture sur les radios associatives. Il lui demande quel est le montant de l'enveloppe du fonds de soutien à l'expression radiophonique prévue pour 2017.";
    const answer =
      "Le fonds de soutien à l'expression radiophonique accompagne près de 700 radios associatives, dont 40 % en zone rurale. Le ministère reste attentif à leur situation et examinera leurs demandes dans le cadre de la préparation du budget.";
    const messages = coverageMessages(question, answer);
    assert.equal(messages.length, 1);
    assert.doesNotMatch(messages[0]!, /dans la réponse/u);
    assert.match(messages[0]!, /aucun chiffre avec son unité sur ce qui est demandé/u);
  });

  it('counterpart: an answer without any figure still says so', () => {
    const question =
      "M. Luc Bernard attire l'attention de Mme la ministre de la culture sur les radios associatives. Il lui demande quel est le montant de l'enveloppe du fonds de soutien à l'expression radiophonique prévue pour 2017.";
    const answer = "Le fonds de soutien à l'expression radiophonique accompagne les radios associatives. Le ministère reste attentif à leur situation.";
    assert.match(coverageMessages(question, answer)[0] ?? '', /aucun chiffre avec son unité dans la réponse/u);
  });
});

describe('coverage: an open intention (« quelles sont ses intentions pour… ») asks what the Government will do, not a yes or a no', () => {
  const question =
    "M. Luc Bernard attire l'attention de Mme la ministre de la culture sur la situation financière des festivals de musique. Il lui demande quelles sont ses intentions pour assurer la pérennité de ces festivals.";

  it('« Le ministère maintiendra en 2016 son soutien aux festivals … et lancera une concertation » answers', () => {
    const answer =
      "Les festivals constituent un élément important de la vie culturelle des territoires. Le ministère maintiendra en 2016 son soutien aux festivals au niveau de 2015, soit 25 millions d'euros, et lancera une concertation avec les collectivités sur leur financement.";
    assert.deepEqual(statuses(question, answer), ['intention/answered']);
  });

  it('« cet effort sera reconduit » answers « les intentions du Gouvernement afin d’assurer le soutien financier »', () => {
    const support =
      "M. Luc Bernard attire l'attention de Mme la ministre de la culture sur la situation financière des festivals de musique. Il lui demande de lui faire connaître les intentions du Gouvernement afin d'assurer le soutien financier de l'État à ces festivals.";
    const answer =
      "En 2015, l'État a consacré 25 millions d'euros au soutien des festivals, dont 3 millions d'euros au titre d'un fonds d'urgence. En 2016, cet effort sera reconduit pour le même montant.";
    assert.deepEqual(statuses(support, answer), ['intention/answered']);
  });

  it('the announcement in the next sentence, with the Government as its subject, answers (« Le Gouvernement veillera à… »)', () => {
    const status =
      "Mme Claire Petit attire l'attention de M. le ministre de l'intérieur sur les élus locaux. Elle lui demande quelles sont les intentions du Gouvernement en matière de statut de l'élu local.";
    const answer =
      "La loi portant création d'un statut de l'élu local, adoptée en 2025, revalorise les indemnités des maires des communes de moins de 20 000 habitants. Le Gouvernement veillera à la publication rapide de ses décrets d'application.";
    assert.deepEqual(statuses(status, answer), ['intention/answered']);
  });

  it('counterpart: a reflection that may be engaged, without a decision, announces nothing', () => {
    const delays =
      "Mme Claire Petit attire l'attention de M. le ministre de la justice sur les délais de jugement. Elle lui demande quelles sont ses intentions pour réduire les délais de jugement devant les tribunaux judiciaires.";
    const answer = "Les délais de jugement demeurent trop longs, en particulier en matière civile. Une réflexion pourrait être engagée sur l'organisation des juridictions, mais aucune décision n'a été prise à ce stade.";
    assert.deepEqual(statuses(delays, answer), ['intention/partial']);
  });

  it('counterpart: a description without anything announced stays flagged, and the message does not ask for a yes or a no', () => {
    const answer = 'Les festivals constituent un élément important de la vie culturelle des territoires. Ils attirent chaque année plusieurs millions de spectateurs.';
    assert.deepEqual(statuses(question, answer), ['intention/partial']);
    assert.deepEqual(coverageMessages(question, answer), [
      'Sous-question 1 (intention) : la réponse n’annonce pas ce que le Gouvernement entend faire sur « assurer la pérennité de ces festivals ».',
    ]);
  });

  it('counterpart: a yes/no intention (« s’il entend… ») still needs its yes or no', () => {
    const yesNo =
      "M. Luc Bernard attire l'attention de Mme la ministre de la culture sur la situation financière des festivals de musique. Il lui demande s'il entend créer un fonds national de garantie pour les festivals.";
    const answer = 'Les festivals constituent un élément important de la vie culturelle des territoires. Le ministère poursuivra son dialogue avec les organisateurs.';
    assert.notEqual(statuses(yesNo, answer)[0], 'intention/answered');
  });
});

describe('coverage kinds: a modal whose agent is the Government asks for measures, not the law (§10.1)', () => {
  it('« l’accompagnement qui pourrait être apporté par le Gouvernement aux communes » is mesures', () => {
    const [sub] = extract(
      "M. Paul Martin attire l'attention de M. le ministre de l'intérieur sur les communes touchées par les inondations. Il souhaiterait connaître l'accompagnement qui pourrait être apporté par le Gouvernement aux communes sinistrées.",
    );
    assert.equal(sub?.kind, 'mesures');
  });

  it('counterpart: what may be done by the maire stays droit', () => {
    const [sub] = extract(
      "M. Paul Martin attire l'attention de M. le ministre de l'intérieur sur les communes touchées par les inondations. Il souhaiterait connaître les mesures qui peuvent être prises par le maire en cas de crue.",
    );
    assert.equal(sub?.kind, 'droit');
  });
});

describe('coverage: withdrawn forms stay flagged on the reviewer’s counterexamples (rev-cv18)', () => {
  it('« en hausse de 4 % » said of another budget in the same sentence is no yes to « augmenter les crédits des monuments historiques »', () => {
    const question =
      "Mme Claire Petit attire l'attention de Mme la ministre de la culture sur l'état du patrimoine religieux des communes rurales. Elle lui demande si le Gouvernement envisage d'augmenter les crédits consacrés aux monuments historiques en 2026.";
    const answer =
      "Le ministère de la culture est pleinement mobilisé en faveur du patrimoine. Dans le projet de loi de finances pour 2026, les crédits consacrés aux monuments historiques sont stabilisés, tandis que ceux du spectacle vivant sont en hausse de 4 % par rapport à 2025.";
    assert.notEqual(statuses(question, answer)[0], 'intention/answered');
  });
});

describe('coverage: the date of the event asked, in another word of its family (« sera rétablie » → « ont repris le 12 décembre 2024 »)', () => {
  const question =
    "Mme Claire Petit attire l'attention de M. le ministre des transports sur la ligne ferroviaire entre Clermont-Ferrand et Béziers. Elle lui demande à quelle date la circulation des trains sera rétablie sur cette ligne.";

  it('« Les circulations ont repris le 12 décembre 2024 » answers', () => {
    const answer =
      "À la suite de l'éboulement survenu en janvier 2024, des travaux de confortement de la paroi ont été engagés par SNCF Réseau pour un montant de 4 millions d'euros. Les circulations ont repris le 12 décembre 2024, avec le service annuel.";
    assert.deepEqual(statuses(question, answer), ['calendrier/answered']);
  });

  it('counterpart: the date of another event of the same thing (« interrompue le 12 janvier ») does not', () => {
    const answer =
      "La circulation a été interrompue le 12 janvier 2024 à la suite d'un éboulement. Des travaux de confortement de la paroi ont été engagés par SNCF Réseau pour un montant de 4 millions d'euros.";
    assert.notEqual(statuses(question, answer)[0], 'calendrier/answered');
  });

  it('counterpart: the event named without its date is partial, and the message does not deny the answer’s other dates', () => {
    const answer =
      "Des travaux de confortement de la paroi ont été engagés par SNCF Réseau en mars 2024. La reprise des circulations dépendra des conclusions de l'expertise géotechnique en cours.";
    assert.deepEqual(statuses(question, answer), ['calendrier/partial']);
    assert.deepEqual(coverageMessages(question, answer), [
      'Sous-question 1 (calendrier) : aucune date précise pour ce qui est demandé : celles de la réponse portent sur autre chose.',
    ]);
  });
});

describe('coverage: measures named as a scheme created (« …, créé en 2023, … ») or financed (« seront financés d’ici 2027 »)', () => {
  const question =
    "M. Paul Martin attire l'attention de M. le ministre de la santé sur les déserts médicaux. Il lui demande quelles mesures le Gouvernement compte prendre pour favoriser l'installation des médecins dans les zones sous-denses.";

  it('the sentence in the request’s words names a scheme created in 2023: answered', () => {
    const answer =
      "Plusieurs leviers ont été mobilisés. La loi du 27 décembre 2023 visant à améliorer l'accès aux soins par l'engagement territorial des professionnels a renforcé la permanence des soins. Le contrat de début d'exercice, créé en 2023, offre une rémunération complémentaire aux jeunes médecins qui s'installent dans ces zones. Enfin, 4 000 assistants médicaux supplémentaires seront financés d'ici 2027.";
    assert.deepEqual(statuses(question, answer), ['mesures/answered']);
  });

  it('counterpart: the same sentence without a scheme named or created stays flagged', () => {
    const answer =
      "La démographie médicale est une préoccupation constante du Gouvernement. Les jeunes médecins qui s'installent dans ces zones restent trop peu nombreux au regard des besoins.";
    assert.notEqual(statuses(question, answer)[0], 'mesures/answered');
  });
});

describe('coverage: a view that follows the sentence on the object (« Le Gouvernement considère toutefois que… »)', () => {
  const question =
    "M. Paul Martin attire l'attention de M. le ministre de l'intérieur sur les conditions d'accueil dans les préfectures. Il lui demande quelle appréciation il porte sur la dématérialisation des demandes de titres de séjour.";

  it('answers', () => {
    const answer =
      "La dématérialisation des démarches est effective depuis 2021 pour la plupart des titres de séjour. Le Gouvernement considère toutefois qu'un accompagnement des usagers les plus éloignés du numérique demeure indispensable.";
    assert.deepEqual(statuses(question, answer), ['position/answered']);
  });

  it('counterpart: a view on another point, without a word that takes up the sentence before, does not', () => {
    const answer =
      'La dématérialisation des démarches est effective depuis 2021 pour la plupart des titres de séjour. Le Gouvernement considère que la lutte contre la fraude documentaire constitue une priorité.';
    assert.notEqual(statuses(question, answer)[0], 'position/answered');
  });
});

describe('coverage: « prend le relais » says how two schemes fit together (articulation)', () => {
  const question =
    "Mme Claire Petit attire l'attention de M. le ministre du logement sur l'investissement locatif. Elle lui demande comment s'articule le prêt à taux zéro avec le dispositif Denormandie.";

  it('« Le dispositif Denormandie … prend le relais du prêt à taux zéro … » answers', () => {
    const answer = "Le dispositif Denormandie, applicable jusqu'au 31 décembre 2027, prend le relais du prêt à taux zéro dans les quartiers anciens des villes moyennes.";
    assert.deepEqual(statuses(question, answer), ['articulation/answered']);
  });

  it('counterpart: each scheme described on its own stays partial', () => {
    const answer =
      "Le dispositif Denormandie ouvre droit à une réduction d'impôt pour l'achat d'un logement ancien à rénover. Le prêt à taux zéro, accordé sous conditions de ressources, finance l'accession à la propriété.";
    assert.deepEqual(statuses(question, answer), ['articulation/partial']);
  });
});

describe('coverage: an impersonal yes or no right after the sentence on the object (« Il n’est pas envisagé de… »)', () => {
  const question =
    "M. Paul Martin attire l'attention de M. le ministre de l'éducation nationale sur les classes uniques. Il lui demande si le Gouvernement compte maintenir les classes uniques en milieu rural.";

  it('answers', () => {
    const answer =
      "Les classes uniques, qui regroupent tous les niveaux de l'école élémentaire, sont un élément du maillage scolaire rural. Il n'est pas envisagé de remettre en cause leur existence : leur maintien est examiné au cas par cas dans le cadre de la carte scolaire.";
    assert.deepEqual(statuses(question, answer), ['intention/answered']);
  });

  it('counterpart: the description alone gives no yes or no', () => {
    const answer =
      "Les classes uniques, qui regroupent tous les niveaux de l'école élémentaire, sont un élément du maillage scolaire rural. Leur situation est examinée au cas par cas dans le cadre de la carte scolaire.";
    assert.deepEqual(statuses(question, answer), ['intention/partial']);
  });
});
