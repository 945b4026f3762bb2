import { analyze, type Analysis } from '../../../server/src/core/index';
import { extractSubQuestions, type ExtractedSubQuestion } from '../../../server/src/core/coverage';

/** A native dossier with a question and (optionally) an answer. */
export function dossier(question: string, answer?: string): string {
  return `# Question\n\n${question}\n${answer === undefined ? '' : `\n# Réponse\n\n${answer}\n`}`;
}

/** Sub-questions extracted from a question text. */
export function extract(question: string): ExtractedSubQuestion[] {
  const { document } = analyze(dossier(question));
  if (!document.question) throw new Error('pas de section Question');
  return extractSubQuestions(document.question);
}

export function run(question: string, answer: string): Analysis {
  return analyze(dossier(question, answer));
}

/** Each sub-question as `kind/status` (« droit/answered »). */
export function statuses(question: string, answer: string): string[] {
  return run(question, answer).subQuestions.map((sub) => `${sub.kind}/${sub.status}`);
}

export const opening = "M. Jean Dupont attire l'attention de Mme la ministre de la santé sur la situation des hôpitaux de proximité.";
