/**
 * Answer forms of published answers that answer without the request's words (issue 10, flags judged wrong by an
 * independent reader): an explicit refusal with a linking adverb, an attribution of competence, a programme and
 * its credits, a count, a legal qualification or an impersonal view for a position, a measure already taken for a
 * conditional request, a reflection engaged for a request that asks neither yes nor no, and an enumeration of
 * qualifiers with one left implicit. Each answer is hand-made; each case has its counterpart that is still
 * flagged, so that the forms do not answer everything.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/index';
import { hover } from '../../../server/src/core/hover';
import { dossier, run } from './helpers';

const statuses = (question: string, answer: string) => run(question, answer).subQuestions.map((sub) => `${sub.kind}/${sub.status}`);
const flags = (question: string, answer: string) =>
  run(question, answer)
    .findings.filter((finding) => finding.rule === 'sous-question-sans-reponse' || finding.rule === 'sous-question-partielle')
    .map((finding) => finding.message);

describe('coverage: answer forms that answer without the request’s words', () => {
  it('a refusal with a linking adverb (« il n’est donc pas possible d’y déroger ») answers an intention', () => {
    const question = "M. Jean Dupont attire l'attention de M. le ministre de l'intérieur sur la durée exigée pour l'honorariat des adjoints. Il lui demande s'il ne serait pas possible de déroger à cette règle pour un adjoint ayant accompli deux mandats.";
    const answer = "L'article L. 2122-35 du code général des collectivités territoriales exige dix-huit ans de fonctions municipales pour l'honorariat. En l'état des textes, il n'est donc pas possible d'y déroger pour un adjoint qui n'aurait accompli que deux mandats.";
    assert.deepEqual(statuses(question, answer), ['intention/answered']);
    // Without the refusal, the same answer is neither yes nor no.
    const silent = "L'article L. 2122-35 du code général des collectivités territoriales exige dix-huit ans de fonctions municipales pour l'honorariat des adjoints ayant accompli plusieurs mandats.";
    assert.deepEqual(statuses(question, silent), ['intention/partial']);
  });

  it('an attribution of competence with its rule answers a legal request (« relève de la compétence exclusive du maire »)', () => {
    const question = "M. Jean Dupont demande à M. le ministre de l'intérieur si le préfet peut fixer les horaires d'ouverture d'un cimetière communal.";
    const answer = "En application de l'article L. 2213-8 du code général des collectivités territoriales, la police des funérailles et des cimetières relève de la compétence exclusive du maire.";
    assert.deepEqual(statuses(question, answer), ['droit/answered']);
    const ruleOnly = "L'article L. 2213-8 du code général des collectivités territoriales traite de la police des funérailles et des cimetières.";
    assert.deepEqual(statuses(question, ruleOnly), ['droit/partial']);
  });

  it('an attribution of exclusive competence to the commune answers « s’il envisage de proposer aux communes »', () => {
    const question = "M. Jean Dupont demande à M. le ministre de l'intérieur s'il envisage de proposer aux communes de renommer les places portant le nom de dirigeants étrangers contestés.";
    const answer = "Depuis la loi du 2 mars 1982, les délibérations des conseils municipaux sont exécutoires de plein droit. La dénomination des places étant une compétence exclusivement municipale, l'initiative de les renommer appartient aux seules communes.";
    assert.deepEqual(statuses(question, answer), ['intention/answered']);
    const rule = "Depuis la loi du 2 mars 1982, les délibérations des conseils municipaux sont exécutoires de plein droit dès leur transmission au préfet, qui vérifie la dénomination des places.";
    assert.deepEqual(statuses(question, rule), ['intention/partial']);
  });

  it('a programme and its credits answer « quels moyens … pour y accéder » (no word of the request in it)', () => {
    const question = "Mme Anne Martin appelle l'attention de Mme la ministre de la santé sur l'accès aux soins de réadaptation. Elle souhaite savoir quels moyens financiers et humains Mme la ministre compte mettre en place pour permettre aux patients d'y accéder partout sur le territoire.";
    const answer = "Le plan national de réadaptation 2024-2028 prévoit 80 M€ supplémentaires chaque année. Des équipes mobiles et des professionnels formés seront déployés dans chaque région.";
    assert.deepEqual(statuses(question, answer), ['mesures/answered']);
    assert.deepEqual(flags(question, answer), []);
    // Without a programme or an amount, nothing answers.
    const vague = "La réadaptation est un enjeu important pour les personnes malades et leurs proches.";
    assert.deepEqual(statuses(question, vague), ['mesures/unanswered']);
  });

  it('a count answers « combien » when a word of the request is in its sentence, among other requests', () => {
    const question = "M. Paul Durand demande à Mme la ministre du travail combien de bénéficiaires compte l'allocation de solidarité et s'il entend en revaloriser le montant.";
    const answer = "Au 31 décembre 2023, les bénéficiaires de cette prestation étaient 412 350. Le Gouvernement n'entend pas modifier le barème cette année.";
    const result = run(question, answer).subQuestions;
    assert.equal(result.length, 2);
    assert.equal(result[0]!.kind, 'chiffres');
    assert.equal(result[0]!.status, 'answered');
    // A figure on something else (a cost for « combien de bénéficiaires ») does not answer the count.
    const cost = "Le coût de l'allocation atteint 2 300 000 euros. Le Gouvernement n'entend pas modifier le barème cette année.";
    assert.notEqual(run(question, cost).subQuestions[0]!.status, 'answered');
    // A sentence without a figure does not answer the count.
    const noFigure = "Les bénéficiaires de cette prestation sont suivis par les caisses. Le Gouvernement n'entend pas modifier le barème cette année.";
    assert.notEqual(run(question, noFigure).subQuestions[0]!.status, 'answered');
  });

  it('a legal qualification of the practice answers a view asked of the minister; a measure already taken answers the conditional request after it', () => {
    const question = "M. Jean Dupont appelle l'attention de M. le ministre de l'intérieur sur les gyrophares que l'on voit sur les voitures de certains élus locaux. Il lui demande si de telles pratiques ne lui semblent pas abusives et s'il ne lui paraîtrait pas opportun, le cas échéant, d'inviter les intéressés à respecter la réglementation.";
    const answer = "L'usage de gyrophares sur les voitures particulières est en principe interdit. Seuls les véhicules d'intérêt général prioritaires en sont dotés. Ces règles ont été rappelées aux préfets par une circulaire du 12 mars 2019 largement diffusée.";
    assert.deepEqual(statuses(question, answer), ['position/answered', 'intention/answered']);
    // Without the qualification and the measure, both stay flagged.
    const context = "Seuls les véhicules d'intérêt général prioritaires sont dotés de gyrophares sur leurs voitures.";
    assert.ok(statuses(question, context).every((status) => !status.endsWith('/answered')), statuses(question, context).join(' '));
  });

  it('an impersonal view (« serait de nature à méconnaître ») answers « sa position »', () => {
    const question = "M. Jean Dupont demande à M. le ministre de l'économie sa position sur une harmonisation nationale des tarifs de l'eau.";
    const answer = "Une harmonisation nationale des tarifs de l'eau pourrait réduire certains écarts, mais elle serait de nature à méconnaître le principe de libre administration des collectivités territoriales.";
    assert.deepEqual(statuses(question, answer), ['position/answered']);
    const facts = "Les tarifs de l'eau sont fixés par chaque collectivité territoriale compétente, et une harmonisation nationale réduirait certains écarts.";
    assert.deepEqual(statuses(question, facts), ['position/partial']);
  });

  it('a reflection engaged answers « l’intérêt qui s’attacherait à … », not « s’il envisage … »', () => {
    const interest = "M. Jean Dupont appelle l'attention de M. le ministre de l'intérieur sur l'intérêt qui s'attacherait à moderniser les règles relatives au port de l'écharpe par les adjoints.";
    const answer = "L'article R. 2122-4 du code général des collectivités territoriales ne règle le port de l'écharpe que pour les maires, non pour les adjoints. Aussi, une réflexion est-elle actuellement engagée afin de déterminer les modalités d'un texte réglementaire.";
    assert.deepEqual(statuses(interest, answer), ['intention/answered']);
    const yesNo = "M. Jean Dupont demande à M. le ministre de l'intérieur s'il envisage de moderniser les règles relatives au port de l'écharpe par les adjoints.";
    assert.deepEqual(statuses(yesNo, answer), ['intention/partial']);
  });

  it('one qualifier of three left implicit is not flagged; two of three are', () => {
    const question = "M. Jean Dupont demande à Mme la ministre de la santé quelles garanties juridiques, éthiques et pratiques le Gouvernement entend mettre en place pour encadrer le nouveau certificat.";
    const oneImplicit = "Le nouveau certificat ne modifie pas le statut juridique de l'acte, prévu par le code de la santé publique. En pratique, une notice détaillée accompagnera le certificat.";
    assert.deepEqual(flags(question, oneImplicit), []);
    const twoMissing = "Le nouveau certificat ne modifie pas le statut juridique de l'acte, prévu par le code de la santé publique.";
    const messages = flags(question, twoMissing);
    assert.equal(messages.length, 1);
    assert.match(messages[0]!, /éthiques et pratiques/u);
  });

  it('« dès lors que » states a condition, not a conclusion: without the conclusion, a legal request is flagged', () => {
    const question = "M. Jean Dupont demande à M. le ministre de l'intérieur si un ancien maire, devenu conseiller municipal, peut recevoir l'honorariat.";
    const condition = "En application de l'article L. 2122-35 du code général des collectivités territoriales, l'honorariat est conféré aux anciens maires. Les fonctions de conseiller municipal sont comptées dès lors que l'intéressé a exercé les fonctions de maire.";
    assert.deepEqual(statuses(question, condition), ['droit/partial']);
    const conclusion = `${condition} Dès lors, rien ne s'oppose à ce qu'un ancien maire devenu conseiller municipal reçoive l'honorariat.`;
    assert.deepEqual(statuses(question, conclusion), ['droit/answered']);
  });

  it('the hover says which form answers (competence of others, legal qualification, measure already taken)', () => {
    const question = "M. Jean Dupont demande à M. le ministre de l'intérieur s'il envisage de proposer aux communes de renommer les places portant le nom de dirigeants étrangers contestés.";
    const answer = "La dénomination des places étant une compétence exclusivement municipale, l'initiative de les renommer appartient aux seules communes.";
    const text = dossier(question, answer);
    const markdown = hover(analyze(text), text.indexOf("s'il envisage") + 3, {} as never)!.markdown;
    assert.match(markdown, /Pourquoi ce passage compte : la compétence est attribuée à un autre que l’État/u);
    const view = "M. Jean Dupont appelle l'attention de M. le ministre de l'intérieur sur les gyrophares que l'on voit sur les voitures de certains élus locaux. Il lui demande si de telles pratiques ne lui semblent pas abusives et s'il ne lui paraîtrait pas opportun, le cas échéant, d'inviter les intéressés à respecter la réglementation.";
    const qualified = "L'usage de gyrophares sur les voitures particulières est en principe interdit. Seuls les véhicules d'intérêt général prioritaires en sont dotés. Ces règles ont été rappelées aux préfets par une circulaire du 12 mars 2019 largement diffusée.";
    const both = dossier(view, qualified);
    const analysis = analyze(both);
    assert.match(hover(analysis, both.indexOf('si de telles') + 3, {} as never)!.markdown, /Pourquoi ce passage compte : une qualification juridique de la pratique/u);
    assert.match(hover(analysis, both.indexOf("s'il ne lui") + 3, {} as never)!.markdown, /Pourquoi ce passage compte : une mesure déjà prise/u);
  });

  it('a legal request on a predicate (« susceptible d’annulation ») is not concluded by « Ainsi, » or case law on another point', () => {
    const question = "M. Jean Dupont demande à M. le ministre de l'intérieur si la délibération du conseil municipal fixant les tarifs de la cantine scolaire est susceptible d'annulation lorsque les conseillers n'ont pas reçu la note de synthèse.";
    const rule = "L'article L. 2121-12 du code général des collectivités territoriales impose l'envoi d'une note explicative de synthèse avec la convocation des conseillers municipaux. Ainsi, les conseillers municipaux ont le droit d'être informés des affaires soumises à délibération. Le Conseil d'État a considéré que cette note doit permettre aux conseillers de connaître le contexte des tarifs proposés.";
    const conclusion = ' Par suite, une délibération adoptée sans cette note est entachée d’irrégularité et encourt l’annulation.';
    assert.deepEqual(statuses(question, rule + conclusion), ['droit/answered']);
    // Without the conclusion on the nullity asked, the rule restated and case law on the note do not answer.
    assert.deepEqual(statuses(question, rule), ['droit/partial']);
    assert.match(flags(question, rule).join(' '), /ne conclut pas sur le cas posé/u);
    // A conclusion word of the answer's own (« donc ») still concludes without repeating the predicate.
    const own = "L'article L. 1411-5 du code général des collectivités territoriales fixe la composition de la commission d'appel d'offres. Les conseillers municipaux qui n'en sont pas membres n'ont donc pas accès à ses réunions.";
    assert.deepEqual(statuses("M. Jean Dupont demande à M. le ministre de l'intérieur si un conseiller municipal peut assister aux réunions de la commission d'appel d'offres.", own), ['droit/answered']);
  });

  it('a permission answers a question on a prohibition, and case law on another case does not', () => {
    const question = "M. Jean Dupont demande à M. le ministre de l'intérieur si la loi interdit aux communes de prêter une salle municipale à une association cultuelle.";
    const caseLaw = " Le Conseil d'État a jugé que la subvention accordée par une commune à une association cultuelle pour la construction d'un édifice du culte était illégale.";
    const permission = " En conséquence, une commune peut mettre une salle à la disposition d'une association cultuelle dans les conditions prévues à l'article L. 2144-3 du code général des collectivités territoriales.";
    const rule = "L'article 2 de la loi du 9 décembre 1905 pose le principe de l'interdiction du subventionnement des cultes.";
    assert.deepEqual(statuses(question, rule + permission + caseLaw), ['droit/answered']);
    // Case law concludes, but on the legality of a subsidy, not on the prohibition asked.
    assert.deepEqual(statuses(question, rule + caseLaw), ['droit/partial']);
  });


  it('without the passage that answers, a refusal elsewhere that shares only a generic word (« situation ») does not answer', () => {
    const question = "M. Jean Dupont appelle l'attention de M. le ministre de l'agriculture sur la situation des apiculteurs confrontés au frelon asiatique. Il lui demande s'il envisage de classer ce prédateur parmi les dangers sanitaires de première catégorie.";
    const passage = "Le classement du frelon asiatique en danger sanitaire de première catégorie n'est pas envisagé, car il ne permettrait pas d'éradiquer l'espèce. ";
    const rest = "La situation des exploitations agricoles fait l'objet d'un suivi attentif. Le Gouvernement n'envisage pas de modifier les aides à la situation des exploitations en 2025. Les crédits de l'enseignement agricole sont maintenus.";
    assert.deepEqual(statuses(question, passage + rest), ['intention/answered']);
    assert.deepEqual(statuses(question, rest), ['intention/unanswered']);
    // A refusal that names the request's own object (« frelon ») still answers without the request's other words.
    const onObject = "La situation des exploitations agricoles fait l'objet d'un suivi attentif. Il n'est pas envisagé de durcir la lutte contre le frelon par un nouveau classement. Les crédits de l'enseignement agricole sont maintenus.";
    assert.deepEqual(statuses(question, onObject), ['intention/answered']);
  });
});

