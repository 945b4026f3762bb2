/**
 * Conditional requests answered by the answer to their parent (QUESTION-FORMS.md §10.4, issue 10): « dans
 * l'affirmative, selon quel calendrier » after a no, « dans la négative, s'il entend… » after a yes, are without
 * object, and the answer to the parent is their answer. Hand-made answers in the style of ministries; each case
 * fails without the change it guards, and each has a counterpart that stays flagged.
 */
import assert from 'node:assert/strict';
import { run } from './helpers';

const flags = (question: string, answer: string) =>
  run(question, answer)
    .findings.filter((finding) => finding.rule === 'sous-question-sans-reponse' || finding.rule === 'sous-question-partielle')
    .map((finding) => finding.message);
const statuses = (question: string, answer: string) => run(question, answer).subQuestions.map((sub) => `${sub.kind}/${sub.status}`);

describe('coverage: conditional requests answered by the answer to their parent', () => {
  describe('« dans l’affirmative, selon quel calendrier » after a no', () => {
    const question =
      "M. Henri Blanc interroge M. le ministre de l'agriculture sur les haies bocagères. Il lui demande s'il envisage de créer une aide spécifique à la plantation de haies et, dans l'affirmative, selon quel calendrier.";
    const context = "La plantation de haies est déjà soutenue par le programme « Plantons des haies » du plan France Relance, doté de 50 millions d'euros.";
    const refusal = "Il n'est pas envisagé de créer une aide supplémentaire, ce programme répondant aux besoins exprimés.";

    it('the no answers the calendar too', () => {
      assert.deepEqual(statuses(question, `${context} ${refusal}`), ['intention/answered', 'calendrier/answered']);
    });

    it('the hover says why: the condition is not met', () => {
      const analysis = run(question, `${context} ${refusal}`);
      const evidence = analysis.subQuestions[1]!.evidence;
      assert.equal(evidence.length, 1);
      assert.match(analysis.document.text.slice(evidence[0]!.start, evidence[0]!.end), /^Il n'est pas envisagé/u);
    });

    it('counterpart: a yes without a date leaves the calendar partial, and says no date is given', () => {
      const yes = "Le Gouvernement envisage de créer une aide spécifique à la plantation de haies, dont les modalités sont en cours de définition.";
      assert.deepEqual(flags(question, `${context} ${yes}`), ['Sous-question 2 (calendrier) : aucune date précise dans la réponse.']);
    });

    it('ablation: without the no, both requests are flagged', () => {
      assert.equal(flags(question, context).length, 2);
    });
  });

  describe('« dans la négative, s’il entend… » after a yes', () => {
    const question =
      "Mme Lucie Moreau demande à M. le ministre de l'éducation nationale si les enseignants contractuels bénéficient de la prime d'équipement informatique et, dans la négative, s'il entend leur en étendre le bénéfice.";
    const rule = "La prime d'équipement informatique instituée par le décret n° 2020-1524 du 5 décembre 2020 est versée aux enseignants titulaires et aux contractuels exerçant des fonctions d'enseignement.";

    it('the yes answers the conditional request', () => {
      const yes = 'Les enseignants contractuels en bénéficient donc dans les mêmes conditions que les titulaires.';
      assert.deepEqual(statuses(question, `${rule} ${yes}`), ['droit/answered', 'intention/answered']);
    });

    it('counterpart: after a no, the legal no is the condition met, not the answer on the extension', () => {
      const answer =
        "La prime d'équipement informatique instituée par le décret n° 2020-1524 du 5 décembre 2020 est réservée aux enseignants titulaires. Les enseignants contractuels ne peuvent donc pas en bénéficier.";
      assert.deepEqual(statuses(question, answer), ['droit/answered', 'intention/unanswered']);
      const refusal = " Il n'est pas envisagé d'étendre cette prime aux contractuels, qui bénéficient par ailleurs d'une revalorisation de leur rémunération.";
      assert.deepEqual(statuses(question, answer + refusal), ['droit/answered', 'intention/answered']);
    });

    it('ablation: without the conclusion, both requests are flagged', () => {
      assert.equal(flags(question, rule.replace('et aux contractuels exerçant des fonctions d\'enseignement', '')).length, 2);
    });
  });
  describe('a permission said by a double negation is a yes (« aucune disposition n’interdit »)', () => {
    const question =
      "M. Jean-Louis Masson demande à M. le ministre de l'intérieur si un conseiller municipal peut être rémunéré par une association subventionnée par la commune et, dans la négative, s'il envisage de modifier la législation.";

    it('« aucune disposition législative n’interdit » answers the request and makes « dans la négative » without object', () => {
      const answer =
        "Aucune disposition législative n'interdit à un conseiller municipal d'être salarié d'une association subventionnée par la commune. L'intéressé doit toutefois s'abstenir de prendre part aux délibérations relatives à cette association, sous peine de prise illégale d'intérêts au sens de l'article 432-12 du code pénal.";
      assert.deepEqual(statuses(question, answer), ['droit/answered', 'intention/answered']);
    });

    it('counterpart: after a legal no, the request to change the law needs its own answer', () => {
      const answer =
        "L'article 432-12 du code pénal réprime la prise illégale d'intérêts. Un conseiller municipal ne peut donc être rémunéré par une association subventionnée par la commune lorsqu'il participe aux délibérations qui la concernent.";
      assert.equal(statuses(question, answer)[1], 'intention/unanswered');
    });
  });
});
