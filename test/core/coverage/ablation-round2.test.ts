/**
 * Ablation, second round (issue 10): a status rests on the passage that answers. Each change has a case it must flag
 * (a sentence that only shares the topic takes over once the answering passage is gone) and a counterpart that
 * answers. Hand-made sentences in general French.
 */
import assert from 'node:assert/strict';
import { run } from './helpers';

const statuses = (question: string, answer: string) => run(question, answer).subQuestions.map((sub) => `${sub.kind}/${sub.status}`);

describe('coverage: ablation, second round', () => {
  describe('« dans l’affirmative comme dans la négative, quels sont les recours… » is asked whatever the first answer: a remedy must be given', () => {
    const question =
      "M. Luc Perrin attire l'attention de M. le ministre de l'intérieur sur les associations qui demandent la mise à disposition d'une salle communale. Il lui demande si le maire peut refuser cette mise à disposition sans motif et, dans l'affirmative comme dans la négative, quels sont les recours dont disposent les associations concernées.";
    const rule =
      "Aux termes de l'article L. 2144-3 du code général des collectivités territoriales, des locaux communaux peuvent être utilisés par les associations qui en font la demande. Le maire ne peut donc refuser cette mise à disposition que pour des motifs tirés de l'administration des propriétés communales, du fonctionnement des services ou du maintien de l'ordre public.";

    it('the rule on the refusal without any remedy: the remedies stay flagged', () => {
      assert.deepEqual(statuses(question, rule), ['droit/answered', 'droit/partial']);
    });

    it('counterpart: a remedy given (« peuvent saisir le tribunal administratif ») answers', () => {
      const answer = `${rule} Les associations auxquelles un refus est opposé peuvent saisir le tribunal administratif d'un recours pour excès de pouvoir.`;
      assert.deepEqual(statuses(question, answer), ['droit/answered', 'droit/answered']);
    });
  });
});
