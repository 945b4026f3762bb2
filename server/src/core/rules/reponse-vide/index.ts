/**
 * I1 `reponse-vide`: an empty answer, or one too short to answer anything: an error under 25 words, a warning
 * under 60. The answer is due and published in the JO (RAN art. 135, RS art. 75).
 */
import { leadingWords } from '../../findings/finding';
import type { Rule } from '../rule';

export const minWords = 25;
export const shortWords = 60;

export const rule: Rule<number> = {
  meta: {
    id: 'reponse-vide',
    severity: 'error',
    title: 'Réponse vide ou trop courte',
    description:
      "Signale une réponse vide, faite seulement d'espaces, ou trop courte pour répondre : erreur sous 25 mots, avertissement sous 60 mots. La réponse est due et publiée au Journal officiel (règlement de l'Assemblée nationale, article 135 ; règlement du Sénat, article 75).",
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
    } else if (words < minWords) {
      context.report({ range: answer.paragraphs[0]!.range, anchor: answer.headingRange ?? leadingWords(context.document.text, answer.paragraphs[0]!.range), message: `La réponse ne compte que ${words} mot${words > 1 ? 's' : ''} : elle ne peut pas répondre à la question (minimum ${minWords} mots).` });
    } else if (words < shortWords) {
      context.report({
        range: answer.paragraphs[0]!.range,
        // About the whole answer: the heading « # Réponse » is underlined, not the first paragraph.
        anchor: answer.headingRange ?? leadingWords(context.document.text, answer.paragraphs[0]!.range),
        message: `La réponse ne compte que ${words} mots : vérifier qu'elle répond à chaque point de la question.`,
        severity: context.severity === 'error' ? 'warning' : context.severity,
      });
    }
  },
};
