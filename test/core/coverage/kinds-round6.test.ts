/**
 * Issue 10, sixth round on kinds (QUESTION-FORMS.md §10.1): a support the State could give is what the Government
 * will do (`mesures`), not what the law allows, even when a modal carries it in a relative clause (« l'accompagnement
 * qui pourrait être apporté par le Gouvernement », « le soutien que pourrait apporter l'État »); with a local giver
 * (« l'aide qui pourrait être apportée par la commune ») the law's reading stays. Found on a real published answer
 * judged by hand (judge-A: the request was typed droit, with the message « ni règle citée ni conclusion »).
 * Hand-made requests in the forms deputies use; each form has a counterpart that keeps its reading.
 */
import assert from 'node:assert/strict';
import { extract, statuses } from './helpers';

const opening = "M. Jean Durand attire l'attention de M. le ministre de l'agriculture sur la situation des aviculteurs touchés par la grippe aviaire.";

function kindsOf(request: string): string[] {
  return extract(`${opening} ${request}`).map((sub) => sub.kind);
}

describe('coverage: sixth round on kinds (hand-made, §10.1)', () => {
  describe('a law question about one person or with a legal basis keeps droit (review rev-kd7)', () => {
    for (const request of [
      "Il lui demande de lui préciser les indemnités de fonction qui peuvent être allouées aux élus municipaux des communes de moins de 1 000 habitants.",
      "Il lui demande de lui préciser les subventions qui peuvent être attribuées à une association cultuelle pour l'entretien d'un lieu de culte.",
      "Il lui demande de lui préciser les avantages en nature qui peuvent être consentis aux élus locaux.",
      "Il lui demande de lui préciser les autorisations spéciales d'absence qui peuvent être accordées aux agents parents d'un enfant malade.",
      "Elle lui demande de lui indiquer les délais qui pourraient être accordés à un redevable de bonne foi au titre de l'article L. 247 du livre des procédures fiscales.",
      "Il lui demande de lui préciser la protection fonctionnelle qui pourrait être accordée à cet agent, poursuivi pour des faits commis dans l'exercice de ses fonctions.",
      "Il lui demande de lui préciser le congé qui pourrait être accordé à un agent dont l'enfant est gravement malade.",
    ]) {
      it(`droit : « ${request} »`, () => assert.deepEqual(kindsOf(request), ['droit']));
    }
  });

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
  describe('a question that asks only for measures: the Government\'s action on its object opens the passage, and the measures listed after it go on with it', () => {
    const question = "M. Paul Lefebvre attire l'attention de M. le ministre de l'agriculture sur la situation des aviculteurs touchés par la grippe aviaire. Il lui demande quelles mesures le Gouvernement entend prendre pour accompagner les aviculteurs compte tenu de leur situation financière.";
    it('answered: « Le Gouvernement a mis en place un dispositif … subies par les aviculteurs. … Par ailleurs, un fonds d\'urgence de 20 millions d\'euros … »', () => {
      assert.deepEqual(statuses(question, "Le Gouvernement a mis en place un dispositif d'indemnisation des pertes économiques subies par les aviculteurs. Une avance de 50 % sera versée dès le mois de mars. Par ailleurs, un fonds d'urgence de 20 millions d'euros sera ouvert pour les exploitations les plus fragiles."), ['mesures/answered']);
    });
    const ask = (context: string, request: string): string => `M. Jean Durand attire l'attention de ${context}. Il lui demande ${request}.`;
    it('answered: « La rémunération des accompagnants a été revalorisée. Le temps de travail … sera étendu … »', () => {
      assert.deepEqual(statuses(ask("M. le ministre de l'éducation nationale sur le manque d'AESH", "quelles mesures il entend prendre pour améliorer la situation des accompagnants d'élèves en situation de handicap"), "L'école inclusive est une priorité. L'école inclusive a connu un développement considérable. La rémunération des accompagnants a été revalorisée. Le temps de travail des accompagnants sera étendu à la pause méridienne. L'école inclusive continuera de mobiliser le Gouvernement."), ['mesures/answered']);
    });
    // Review rev2-kd7: an action denied, another party's action, an action sharing only the aim verb do not answer.
    for (const [context, request, answer] of [
      ["M. le ministre de l'agriculture sur les pertes des aviculteurs", 'quelles mesures le Gouvernement entend prendre pour accompagner les aviculteurs', "L'épizootie d'influenza aviaire a durement frappé la filière. À ce jour, aucun dispositif spécifique n'a été mis en place pour les aviculteurs. La situation de la filière fait l'objet d'une attention particulière. Les services du ministère suivent l'évolution de l'épizootie."],
      ["M. le ministre de l'agriculture sur les difficultés de la filière apicole", 'quelles mesures le Gouvernement entend prendre pour soutenir les apiculteurs', "La filière apicole traverse des difficultés. La filière apicole souffre de la concurrence des miels importés. La région Bretagne a créé une aide aux apiculteurs pour l'achat de ruches. La filière apicole dispose d'une interprofession."],
      ['M. le ministre de la transition écologique sur la pollution des eaux de baignade en Bretagne par les algues vertes', 'quelles mesures il entend prendre pour lutter contre la prolifération des algues vertes', 'Le littoral breton fait l\'objet d\'un suivi attentif. Le littoral breton est particulièrement exposé. Le Gouvernement a lancé un plan de lutte contre les sargasses aux Antilles. Le littoral breton bénéficie d\'une surveillance renforcée des eaux de baignade.'],
      ['Mme la ministre des sports sur la sécurité des piscines', 'quelles mesures elle entend prendre pour renforcer la surveillance des baignades', 'Les noyades restent nombreuses chaque été. Les noyades touchent particulièrement les jeunes enfants. Les contrôles antidopage ont été renforcés lors des compétitions. Les noyades font l\'objet d\'une enquête annuelle.'],
    ] as const) {
      it(`counterpart, not answered: « ${answer.slice(0, 70)}… »`, () => {
        assert.notDeepEqual(statuses(ask(context, request), answer), ['mesures/answered']);
      });
    }
    it('counterpart: an action on another object, in none of the request\'s words, is no passage', () => {
      assert.deepEqual(statuses(question, "Le Gouvernement a mis en place un plan de soutien à la filière porcine. Une aide de 30 millions d'euros a été versée aux éleveurs de porcs en 2023."), ['mesures/unanswered']);
    });
  });
});
