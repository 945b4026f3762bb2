/**
 * Forms of published answers that main flagged although they answer, and messages that said something false
 * (issue 10; hand-made from the forms a judge found in real 2016 answers and from probes, not from a labelled set).
 * Each case that now answers has a counterpart that must stay flagged.
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

describe('coverage: an increase asked, answered by the increase stated (« en hausse de 4 % », « une dotation augmentée »)', () => {
  const credits =
    "Mme Claire Petit attire l'attention de Mme la ministre de la culture sur le patrimoine religieux. Elle lui demande si le Gouvernement envisage d'augmenter les crédits consacrés aux monuments historiques en 2026.";
  const fund =
    "Mme Claire Petit attire l'attention de Mme la ministre de la culture sur les radios associatives. Elle lui demande s'il entend renforcer le soutien apporté au fonds de soutien à l'expression radiophonique en 2025.";

  it('« s’élèveront en 2026 à 550 millions d’euros, en hausse de 4 % » is a yes', () => {
    const answer =
      "Les crédits du programme 175 « Patrimoines » consacrés aux monuments historiques s'élèveront en 2026 à 550 millions d'euros, en hausse de 4 % par rapport à 2025. Cette progression permettra de poursuivre les chantiers engagés.";
    assert.deepEqual(statuses(credits, answer), ['intention/answered']);
  });

  it('« veillera à ce que ce fonds bénéficie d’une dotation augmentée » is a yes', () => {
    const answer =
      "Le fonds de soutien à l'expression radiophonique locale accompagne près de 700 radios associatives. Le ministère veillera à ce que ce fonds bénéficie en 2025 d'une dotation augmentée, afin de tenir compte de l'inflation.";
    assert.deepEqual(statuses(fund, answer), ['intention/answered']);
  });

  it('counterpart: a decrease is no yes', () => {
    const answer =
      "Les crédits du programme 175 « Patrimoines » consacrés aux monuments historiques s'élèveront en 2026 à 520 millions d'euros, en baisse de 2 % par rapport à 2025. Cette évolution tient compte du redressement des finances publiques.";
    assert.deepEqual(statuses(credits, answer), ['intention/partial']);
  });

  it('counterpart: the increase of another budget in the next sentence is no yes', () => {
    const answer =
      "Le fonds de soutien à l'expression radiophonique locale accompagne près de 700 radios associatives. Les crédits de l'audiovisuel public seront en hausse de 3 % en 2025.";
    assert.deepEqual(statuses(fund, answer), ['intention/partial']);
  });
});

describe('coverage: a view given as what the measure asked would not allow (« ne permettrait pas de »)', () => {
  const question =
    "Mme Claire Petit attire l'attention de M. le ministre de l'éducation nationale sur les fermetures de classes en milieu rural. Elle lui demande quelle est sa position sur l'instauration d'un moratoire sur les fermetures de classes dans les communes de moins de 5 000 habitants.";

  it('« un moratoire général … ne permettrait pas d’adapter la carte scolaire » gives the view', () => {
    const answer =
      "Le Gouvernement est attaché à la qualité de l'offre éducative dans les territoires ruraux. Toutefois, un moratoire général sur les fermetures de classes ne permettrait pas d'adapter la carte scolaire à l'évolution démographique, qui se traduit par une baisse de 8 % des effectifs du premier degré d'ici 2027.";
    assert.deepEqual(statuses(question, answer), ['position/answered']);
  });

  it('counterpart: figures and an observatory, without a view on the moratorium, give none', () => {
    const answer =
      "Les effectifs du premier degré diminueront de 8 % d'ici 2027. Les observatoires des dynamiques rurales, installés dans chaque département, permettent d'anticiper ces évolutions sur trois ans avec les élus.";
    assert.notEqual(statuses(question, answer)[0], 'position/answered');
  });
});

describe('coverage: « selon quelles modalités une commune peut… » answered by the procedure described', () => {
  const question =
    "M. Luc Bernard attire l'attention de M. le ministre de l'intérieur sur la délivrance des cartes nationales d'identité. Il lui demande selon quelles modalités les communes non équipées de dispositifs de recueil peuvent en obtenir un.";

  it('who decides, after what and on what basis, answers without a text cited', () => {
    const answer =
      "Les dispositifs de recueil sont attribués par les préfectures, après un appel à candidatures auprès des communes. Les demandes sont examinées au regard du nombre de titres délivrés, de la distance avec la mairie équipée la plus proche et des délais de rendez-vous constatés.";
    assert.deepEqual(statuses(question, answer), ['droit/answered']);
  });

  it('counterpart: a general statement on the service stays flagged', () => {
    const answer =
      "Les dispositifs de recueil constituent un élément essentiel du service public de proximité. Le Gouvernement est attentif à la situation des communes rurales, dont les habitants doivent parfois parcourir de longues distances.";
    assert.notEqual(statuses(question, answer)[0], 'droit/answered');
  });
});

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
