/**
 * Forms of published answers that main flagged although they answer, and messages that said something false
 * (issue 10; hand-made from the forms a judge found in real 2016 answers and from probes, not from a labelled set).
 * Each case that now answers has a counterpart that must stay flagged.
 */
import assert from 'node:assert/strict';
import { run } from './helpers';

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
