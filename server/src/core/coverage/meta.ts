import type { RuleMeta } from '../rules/rule';

export const unansweredRule = 'sous-question-sans-reponse';
export const partialRule = 'sous-question-partielle';
export const noRequestRule = 'aucune-demande-reconnue';

/** Catalog entry I4 (`sous-question-couverte`), reported as two findings by status. */
export const coverageRuleMeta: readonly RuleMeta[] = [
  {
    id: unansweredRule,
    severity: 'warning',
    title: 'Sous-question sans réponse',
    description:
      'Une demande de la question (calendrier, chiffres, mesures, intention, position, droit applicable, articulation…) ' +
      'n’est traitée par aucun passage de la réponse. Une réponse bien écrite qui ne répond pas est le pire résultat pour ' +
      'un ministère. Pour laisser une sous-question sans réponse à dessein, ajoutez « <!-- qe: sans-reponse Q2 : motif --> » ; ' +
      'pour signaler qu’un paragraphe y répond, placez « <!-- qe: repond Q2 --> » avant lui. Sont aussi signalées les directives ' +
      '« sans-reponse » sans motif et celles qui désignent une sous-question inexistante.',
    fixable: false,
    group: 'I',
  },
  {
    id: partialRule,
    severity: 'information',
    title: 'Sous-question partiellement traitée',
    description:
      'La réponse aborde la demande sans apporter l’élément que son type exige : une date absolue pour un calendrier, ' +
      'un chiffre avec son unité, une mesure nommée, un oui ou un non explicite, une appréciation du Gouvernement, une ' +
      'référence juridique précise, les deux termes d’une comparaison et leur relation ; ou elle ne traite qu’une partie ' +
      'des éléments énumérés (par exemple une seule des deux mesures visées par « ces mesures »).',
    fixable: false,
    group: 'I',
  },
  {
    id: noRequestRule,
    severity: 'information',
    title: 'Aucune demande reconnue dans la question',
    description:
      'Aucune demande (formule « il lui demande… », question directe, objet de l’interpellation) n’a été repérée dans la ' +
      'question : le contrôle des sous-questions n’a pas pu s’appliquer, et le signaler évite de croire que tout est ' +
      'couvert. Pour un rappel (« rappelle … les termes de sa question n° … »), le message nomme la question rappelée, ' +
      'dont les demandes sont à traiter.',
    fixable: false,
    group: 'I',
  },
];
