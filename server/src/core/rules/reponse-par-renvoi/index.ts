/**
 * `reponse-par-renvoi`: an answer that answers by referring to the answer to another question (« … est invité à
 * se reporter à la réponse faite à la question écrite n° 4512 »). A normal published form (QUESTION-FORMS.md
 * §10.3): reported once, as information, naming the question, so that the drafter checks that the answer referred
 * to does cover this question's requests. Coverage then lists no misses and `reponse-vide` stays silent.
 */
import { findReferral } from '../../coverage/referral';
import type { Rule } from '../rule';

export const rule: Rule = {
  meta: {
    id: 'reponse-par-renvoi',
    severity: 'information',
    title: 'Réponse par renvoi à une autre question',
    description:
      "Signale une réponse qui renvoie à la réponse faite à une autre question (« … est invité à se reporter à la réponse à la question écrite n° … »). " +
      "C'est une forme publiée normale : le texte ne répond pas lui-même, les demandes de la question sont traitées dans la réponse citée. " +
      "Le contrôle des sous-questions ne signale alors aucun manque et la règle « reponse-vide » ne s'applique pas ; vérifiez que la réponse citée couvre bien chaque demande.",
    fixable: false,
    group: 'I',
  },
  check(context) {
    const referral = findReferral(context.document.answer);
    if (!referral) return;
    const chamber = referral.chambre === 'Sénat' ? ' (Sénat)' : referral.chambre === 'AN' ? ' (Assemblée nationale)' : '';
    context.report({
      range: referral.range,
      message: `Réponse par renvoi à la question n° ${referral.numero}${chamber} : le texte ne répond pas lui-même ; vérifiez que la réponse à cette question couvre chaque demande.`,
    });
  },
};
