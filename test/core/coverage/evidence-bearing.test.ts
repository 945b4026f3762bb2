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

    it('counterpart: « à qui incombe… » answered by « il appartient au maire »', () => {
      const asked =
        "M. Paul Durand attire l'attention de M. le ministre de l'intérieur sur l'entretien des chemins ruraux. Il lui demande à qui incombe l'entretien des chemins ruraux.";
      const answer =
        "Aux termes de l'article L. 161-1 du code rural et de la pêche maritime, les chemins ruraux appartiennent au domaine privé de la commune. Il appartient au maire, au titre de ses pouvoirs de police, de veiller à leur entretien.";
      assert.deepEqual(statuses(asked, answer), ['droit/answered']);
    });
  });
});
