/**
 * What an independent review of this stop's coverage changes found (issue 10, trust first): a request plainly left
 * unanswered must not be called answered. Hand-made answers in the style of ministries; each case failed before
 * its fix, and each has its counterpart.
 */
import assert from 'node:assert/strict';
import { run } from './helpers';

const statuses = (question: string, answer: string) => run(question, answer).subQuestions.map((sub) => `${sub.kind}/${sub.status}`);

describe('coverage: what the review of the merged state found', () => {
  describe('a negation in a relative clause is no « non » to a yes/no request', () => {
    const question = "M. Paul Dupont demande à M. le ministre de la transition écologique s'il entend étendre la prime à la conversion aux véhicules d'occasion et, si oui, selon quel calendrier.";

    it('« …, qui n’en bénéficient pas aujourd’hui » leaves the calendar asked (no date: partial)', () => {
      const answer = "Le Gouvernement entend étendre la prime à la conversion aux véhicules d'occasion, qui n'en bénéficient pas aujourd'hui. Cette extension fera l'objet d'une concertation avec les professionnels de l'automobile.";
      assert.deepEqual(statuses(question, answer), ['intention/answered', 'calendrier/partial']);
    });

    it('« où aucune brigade ne sera fermée » neither', () => {
      const asked = "Mme Anne Martin demande à M. le ministre de l'intérieur s'il envisage de renforcer les effectifs de gendarmerie dans les zones rurales et, dans l'affirmative, dans quels délais.";
      const answer = "Le ministère envisage de renforcer les effectifs de gendarmerie dans les zones rurales, où aucune brigade ne sera fermée. Les modalités de ce renforcement sont à l'étude.";
      assert.deepEqual(statuses(asked, answer), ['intention/answered', 'calendrier/partial']);
    });

    it('counterpart: a no in the main clause still makes the conditional request without object', () => {
      const answer = "Le Gouvernement n'entend pas étendre la prime à la conversion aux véhicules d'occasion, dont le coût serait trop élevé.";
      assert.deepEqual(statuses(question, answer), ['intention/answered', 'calendrier/answered']);
    });
  });

  describe('« quels recours » needs a remedy, not any « former » or « contester »', () => {
    const question = "M. Luc Durand demande à Mme la ministre de la fonction publique quels sont les recours dont disposent les agents publics dont la demande de mutation a été refusée.";

    it('« peuvent former une nouvelle demande de mutation » is no remedy, and the message says what is missing', () => {
      const analysis = run(question, 'Les agents publics peuvent former une nouvelle demande de mutation lors de la campagne suivante. La mobilité des agents est une priorité du ministère.');
      assert.deepEqual(analysis.subQuestions.map((sub) => `${sub.kind}/${sub.status}`), ['droit/partial']);
      const message = analysis.findings.find((finding) => finding.rule === 'sous-question-partielle')?.message ?? '';
      assert.match(message, /aucune voie de recours/);
    });

    it('counterpart: « former un recours gracieux » is one', () => {
      const answer = 'Le refus de mutation est une décision administrative. Les agents publics peuvent former un recours gracieux auprès de leur administration puis un recours pour excès de pouvoir devant le tribunal administratif.';
      assert.deepEqual(statuses(question, answer), ['droit/answered']);
    });
  });

  describe('« dans quel délai le décret sera publié » asks a date, not a legal time limit', () => {
    it('the Conseil d’État’s two months for its opinion do not answer it', () => {
      const question = "Mme Claire Leroy interroge M. le ministre de la transition écologique sur la loi sur l'eau. Elle lui demande dans quel délai le décret d'application de cette loi sera publié.";
      const answer = "Le décret d'application de la loi sur l'eau doit encore être soumis au Conseil d'État, qui dispose d'un délai de deux mois pour rendre son avis.";
      assert.deepEqual(statuses(question, answer), ['calendrier/partial']);
    });

    it('counterpart: a legal time limit answers « dans quel délai le maire est tenu de convoquer » (a legal duration: droit, §10.1)', () => {
      const question = "M. Jean Petit interroge M. le ministre de l'intérieur sur le fonctionnement des conseils municipaux. Il lui demande dans quel délai le maire est tenu de convoquer le conseil municipal lorsque le tiers de ses membres en fait la demande.";
      const answer = "Aux termes de l'article L. 2121-9 du code général des collectivités territoriales, le maire est tenu de convoquer le conseil municipal dans un délai maximal de trente jours quand la demande motivée lui en est faite par le tiers au moins des membres du conseil municipal.";
      assert.deepEqual(statuses(question, answer), ['droit/answered']);
    });
  });
});
