/**
 * Messages that said something false, and the forms tried for issue 10 in December 2026 (hand-made from the forms a
 * judge found in real 2016 answers and from probes, not from a labelled set).
 *
 * Tried and withdrawn after three independent reviews (rev-cv18, rev2-cv18, rev3-cv18: 203 probes in all), because each
 * answered more requests wrongly than it rightly did: an increase stated in figures (« en hausse de 4 % ») as the yes to
 * « augmenter »; « ne permettrait pas de » as the Government's view; a procedure described as the answer to « selon
 * quelles modalités » a commune may…; any future act (« veillera », « poursuivra ») as the answer to « quelles sont ses
 * intentions »; a modal whose agent is the Government as `mesures`; a date beside a word of the event's family
 * (« ont repris le 12 décembre ») as the date asked; a scheme « créé en 2023 » or « seront financés » as a measure;
 * « Le Gouvernement considère toutefois » after the sentence on the object as the view; « prend le relais », « au lieu
 * de », « substitution » as a relation; « Il n'est pas envisagé de » after the sentence on the object as the yes or no.
 * The last block keeps some of the reviewers' counterexamples.
 */
import assert from 'node:assert/strict';
import { run, statuses } from './helpers';

function coverageMessages(question: string, answer: string): string[] {
  return run(question, answer)
    .findings.filter((finding) => finding.rule.startsWith('sous-question'))
    .map((finding) => finding.message);
}

describe('coverage messages: what they say of the answer is true', () => {
  const amount =
    "M. Luc Bernard attire l'attention de Mme la ministre de la culture sur les radios associatives. Il lui demande quel est le montant de l'enveloppe du fonds de soutien à l'expression radiophonique prévue pour 2017.";

  it('a count asked, figures of other things given: not « aucun chiffre avec son unité dans la réponse »', () => {
    const answer =
      "Le fonds de soutien à l'expression radiophonique accompagne près de 700 radios associatives, dont 40 % en zone rurale. Le ministère reste attentif à leur situation et examinera leurs demandes dans le cadre de la préparation du budget.";
    const messages = coverageMessages(amount, answer);
    assert.equal(messages.length, 1);
    assert.doesNotMatch(messages[0]!, /dans la réponse/u);
    assert.match(messages[0]!, /aucun chiffre avec son unité sur ce qui est demandé/u);
  });

  it('counterpart: an answer without any figure still says so', () => {
    const answer = "Le fonds de soutien à l'expression radiophonique accompagne les radios associatives. Le ministère reste attentif à leur situation.";
    assert.match(coverageMessages(amount, answer)[0] ?? '', /aucun chiffre avec son unité dans la réponse/u);
  });

  it('« quelles sont ses intentions pour… » is not told that the answer « ne dit ni oui ni non »', () => {
    const question =
      "M. Luc Bernard attire l'attention de Mme la ministre de la culture sur la situation financière des festivals de musique. Il lui demande quelles sont ses intentions pour assurer la pérennité de ces festivals.";
    const answer = 'Les festivals constituent un élément important de la vie culturelle des territoires. Ils attirent chaque année plusieurs millions de spectateurs.';
    assert.deepEqual(statuses(question, answer), ['intention/partial']);
    assert.deepEqual(coverageMessages(question, answer), [
      'Sous-question 1 (intention) : la réponse n’annonce pas ce que le Gouvernement entend faire sur « assurer la pérennité de ces festivals ».',
    ]);
  });

  it('counterpart: a yes/no intention (« s’il entend… ») is still told that the yes or no is missing', () => {
    const question =
      "M. Luc Bernard attire l'attention de Mme la ministre de la culture sur la situation financière des festivals de musique. Il lui demande s'il entend créer un fonds national de garantie pour les festivals.";
    const answer = 'Les festivals constituent un élément important de la vie culturelle des territoires. Ils attirent chaque année plusieurs millions de spectateurs.';
    assert.match(coverageMessages(question, answer)[0] ?? '', /ne dit ni oui ni non/u);
  });
});

describe('coverage: the event asked named in another word of its family, without a date, is partial, not « no passage »', () => {
  const question =
    "Mme Claire Petit attire l'attention de M. le ministre des transports sur la ligne ferroviaire entre Clermont-Ferrand et Béziers. Elle lui demande à quelle date la circulation des trains sera rétablie sur cette ligne.";

  it('« La reprise des circulations dépendra de l’expertise »: partial, and the message does not deny the answer’s other dates', () => {
    const answer =
      "Des travaux de confortement de la paroi ont été engagés par SNCF Réseau en mars 2024. La reprise des circulations dépendra des conclusions de l'expertise géotechnique en cours.";
    assert.deepEqual(statuses(question, answer), ['calendrier/partial']);
    assert.deepEqual(coverageMessages(question, answer), [
      'Sous-question 1 (calendrier) : aucune date précise pour ce qui est demandé : celles de la réponse portent sur autre chose.',
    ]);
  });

  it('counterpart (rev2-cv18): a date beside the event word may be another event’s; such a sentence is not taken', () => {
    const answer =
      "La circulation, suspendue depuis le 14 janvier 2024 à la suite d'un éboulement, ne reprendra qu'à l'issue de l'expertise géotechnique. Des travaux de confortement ont été engagés par SNCF Réseau.";
    assert.notEqual(statuses(question, answer)[0], 'calendrier/answered');
  });
});

describe('coverage: withdrawn forms stay flagged on the reviewers’ counterexamples (rev-cv18, rev3-cv18)', () => {
  it('« en hausse de 4 % » said of another budget in the same sentence is no yes to « augmenter les crédits des monuments historiques »', () => {
    const question =
      "Mme Claire Petit attire l'attention de Mme la ministre de la culture sur l'état du patrimoine religieux des communes rurales. Elle lui demande si le Gouvernement envisage d'augmenter les crédits consacrés aux monuments historiques en 2026.";
    const answer =
      "Le ministère de la culture est pleinement mobilisé en faveur du patrimoine. Dans le projet de loi de finances pour 2026, les crédits consacrés aux monuments historiques sont stabilisés, tandis que ceux du spectacle vivant sont en hausse de 4 % par rapport à 2025.";
    assert.notEqual(statuses(question, answer)[0], 'intention/answered');
  });

  it('« Il n’est pas envisagé de » something else is no reply to « s’il entend rétablir la demi-part des veuves »', () => {
    const question =
      "M. Paul Martin attire l'attention de M. le ministre de l'économie sur la fiscalité des veuves. Il lui demande s'il entend rétablir la demi-part fiscale des veuves.";
    const answer =
      "La demi-part fiscale dont bénéficiaient les veuves a été supprimée par la loi de finances pour 2009, avec une période transitoire. Il n'est pas envisagé de modifier le plafonnement du quotient familial.";
    assert.notEqual(statuses(question, answer)[0], 'intention/answered');
  });
});
