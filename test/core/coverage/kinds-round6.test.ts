/**
 * Issue 10, sixth round on kinds (QUESTION-FORMS.md §10.1): a support the State could give is what the Government
 * will do (`mesures`), not what the law allows, even when a modal carries it in a relative clause (« l'accompagnement
 * qui pourrait être apporté par le Gouvernement », « le soutien que pourrait apporter l'État »); with a local giver
 * (« l'aide qui pourrait être apportée par la commune ») the law's reading stays. Found on a real published answer
 * judged by hand (judge-A: the request was typed droit, with the message « ni règle citée ni conclusion »).
 * Hand-made requests in the forms deputies use; each form has a counterpart that keeps its reading.
 */
import assert from 'node:assert/strict';
import { extract } from './helpers';

const opening = "M. Jean Durand attire l'attention de M. le ministre de l'agriculture sur la situation des aviculteurs touchés par la grippe aviaire.";

function kindsOf(request: string): string[] {
  return extract(`${opening} ${request}`).map((sub) => sub.kind);
}

describe('coverage: sixth round on kinds (hand-made, §10.1)', () => {
  describe('a support the State could give, in a relative clause, is a measure', () => {
    for (const request of [
      "Il lui demande de bien vouloir lui indiquer l'accompagnement qui pourrait être apporté par le Gouvernement pour tenir compte de la situation financière de ces aviculteurs.",
      "Il souhaite connaître l'appui qui pourrait être apporté aux éleveurs pour reconstituer leurs cheptels.",
      "Il souhaite connaître le soutien que pourrait apporter l'État aux communes sinistrées.",
      "Il lui demande quelles aides pourraient être accordées par l'État à ces exploitants.",
    ]) {
      it(`mesures : « ${request} »`, () => assert.deepEqual(kindsOf(request), ['mesures']));
    }
  });
  describe('counterparts: the law for someone else keeps droit', () => {
    for (const request of [
      "Il lui demande quelle aide pourrait être apportée par la commune à cette association.",
      "Il lui demande si une aide peut être accordée par la commune à cette association.",
      "Il lui demande si l'exploitant peut être indemnisé par son assureur.",
      "Il lui demande quelles mesures peuvent être prises par le maire.",
    ]) {
      it(`droit : « ${request} »`, () => assert.deepEqual(kindsOf(request), ['droit']));
    }
  });
});
