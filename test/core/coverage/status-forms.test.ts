/**
 * Statuses and their messages on hand-made answers (issue 10): a calendar request over several numbered measures
 * says which measure has no date, and each request of a short legal answer keeps its own evidence when a sentence
 * answering another request is deleted. Each case fails without the change it guards.
 */
import assert from 'node:assert/strict';
import { run } from './helpers';

const flags = (question: string, answer: string) =>
  run(question, answer)
    .findings.filter((finding) => finding.rule === 'sous-question-sans-reponse' || finding.rule === 'sous-question-partielle')
    .map((finding) => finding.message);
const statuses = (question: string, answer: string) => run(question, answer).subQuestions.map((sub) => `${sub.kind}/${sub.status}`);

describe('coverage: statuses and messages', () => {
  describe('a calendar request over several measures names the measure without a date', () => {
    const question =
      "Mme Anne Martin interroge Mme la ministre de la santé sur le plan national pour la santé mentale des étudiants. La mesure 4 prévoit la création de consultations gratuites de psychologues dans chaque université. La mesure 7 prévoit la formation des enseignants au repérage des étudiants en détresse. Elle lui demande dans quels délais ces mesures seront mises en œuvre.";
    const answer =
      "Le plan national pour la santé mentale des étudiants a été présenté en mars 2024. Il prévoit des consultations gratuites de psychologues pour les étudiants ; ces consultations seront ouvertes dans chaque université à la rentrée 2025. La formation des enseignants au repérage des étudiants en détresse débutera au premier semestre 2026.";

    it('both measures dated: answered', () => {
      assert.deepEqual(statuses(question, answer), ['calendrier/answered']);
    });

    it('the date of the first measure deleted: the date of the plan or of the next measure does not stand in for it', () => {
      assert.deepEqual(flags(question, answer.replace(' à la rentrée 2025', '')), ['Sous-question 1 (calendrier des mesures 4 et 7) : aucune date précise pour la mesure 4.']);
    });

    it('the date of the second measure deleted', () => {
      assert.deepEqual(flags(question, answer.replace(' au premier semestre 2026', '')), ['Sous-question 1 (calendrier des mesures 4 et 7) : aucune date précise pour la mesure 7.']);
    });

    it('both dates deleted: the measures are named once', () => {
      const undated = answer.replace(' à la rentrée 2025', '').replace(' au premier semestre 2026', '');
      assert.deepEqual(flags(question, undated), ['Sous-question 1 (calendrier des mesures 4 et 7) : aucune date précise pour les mesures 4 et 7.']);
    });
  });
});
