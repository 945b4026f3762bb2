/**
 * I1 `reponse-vide`: an empty answer, or a short one that answers none of the question's requests. Length alone
 * proves nothing (a 45-word answer can answer fully, a referral answers elsewhere), so a short answer is judged by
 * the sub-question coverage: silent when it answers a request or refers to another answer. The answer is due and
 * published in the JO (RAN art. 135, RS art. 75).
 */
import { analyzeCoverage } from '../../coverage/analyze';
import { findReferral } from '../../coverage/referral';
import { leadingWords } from '../../findings/finding';
import type { Rule } from '../rule';

const minWords = 25;
const shortWords = 60;

export const rule: Rule<number> = {
  meta: {
    id: 'reponse-vide',
    severity: 'error',
    title: 'Réponse vide ou trop courte',
    description:
      "Signale une réponse vide, faite seulement d'espaces, ou courte et qui n'apporte l'élément attendu pour aucune des demandes de la question : erreur sous 25 mots, avertissement sous 60 mots. " +
      "Une réponse courte qui répond, ou qui renvoie à la réponse faite à une autre question (règle « reponse-par-renvoi »), n'est pas signalée ; sans demande reconnue dans la question, seule une réponse de moins de 25 mots l'est, en avertissement. " +
      "La réponse est due et publiée au Journal officiel (règlement de l'Assemblée nationale, article 135 ; règlement du Sénat, article 75).",
    fixable: false,
    group: 'I',
  },
  // Per answer paragraph (cached by the incremental checker): its words, so that `check` does not walk every word
  // of the answer on every keystroke.
  collectFacts(context) {
    const { view } = context;
    let words = 0;
    if (view.section !== 'answer') return words;
    for (const sentence of view.paragraph.sentences) for (const word of sentence.words) if (word.kind === 'word' || word.kind === 'number') words++;
    return words;
  },
  check(context) {
    const answer = context.document.answer;
    if (!answer) return;
    let words = 0;
    for (const { facts } of context.facts) words += facts;
    const range = answer.headingRange ?? (answer.paragraphs[0]?.range ?? answer.range);
    if (words === 0) {
      context.report({ range, message: 'La réponse est vide : rédiger le texte de la réponse.' });
      return;
    }
    if (words >= shortWords || findReferral(answer)) return;
    const first = answer.paragraphs[0]!.range;
    // About the whole answer: the heading « # Réponse » is underlined, not the first paragraph.
    const anchor = answer.headingRange ?? leadingWords(context.document.text, first);
    const plural = words > 1 ? 's' : '';
    const subQuestions = analyzeCoverage(context.document).subQuestions;
    if (subQuestions.length === 0) {
      // Without a recognised request, only a very short answer is worth a look.
      if (words < minWords) context.report({ range: first, anchor, message: `La réponse ne compte que ${words} mot${plural} : vérifier qu'elle répond à la question.`, severity: context.severity === 'error' ? 'warning' : context.severity });
      return;
    }
    if (subQuestions.some((sub) => sub.status === 'answered')) return;
    // « ne … aucune » for several requests; « ne … pas » for one.
    const lacks = subQuestions.length > 1 ? `n'apporte l'élément attendu pour aucune des ${subQuestions.length} demandes de la question` : "n'apporte pas l'élément attendu pour la demande de la question";
    context.report({
      range: first,
      anchor,
      message: `La réponse ne compte que ${words} mot${plural} et ${lacks} : la compléter.`,
      ...(words >= minWords ? { severity: context.severity === 'error' ? 'warning' : context.severity } : {}),
    });
  },
};
