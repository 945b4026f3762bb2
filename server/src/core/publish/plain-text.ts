/**
 * The answer as it is published: plain text, no markup, no internal notes, no links, no directives, with the
 * published typography (typographic apostrophe, non-breaking spaces before high punctuation and inside French
 * quotation marks, ellipsis character). Built from the document model, whose paragraphs are already plain text.
 */
import type { Analysis } from '../index';
import type { ApostropheSetting } from '../config/settings';

export interface PublicationOptions {
  /** `droite` keeps straight apostrophes; anything else makes them typographic (’). */
  readonly apostrophe?: ApostropheSetting;
  /** U+202F (narrow) before ; ! ? and U+00A0 before : (the JO practice). When false, U+00A0 everywhere. */
  readonly narrowSpaces?: boolean;
}

export interface PublicationText {
  readonly text: string;
  /** French warnings (no answer, unanswered sub-questions). */
  readonly warnings: readonly string[];
}

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** Published typography on one paragraph of plain text. */
export function publishedTypography(paragraph: string, options: PublicationOptions = {}): string {
  const narrow = options.narrowSpaces ?? true ? NNBSP : NBSP;
  let text = paragraph.replace(/\s*\n\s*/g, ' ').replace(/[ \t]{2,}/g, ' ').trim();
  if (options.apostrophe !== 'droite') text = text.replace(/(?<=[\p{L}\p{N}])'(?=[\p{L}\p{N}])/gu, '’');
  text = text.replace(/\.\.\./g, '…');
  // High punctuation: one non-breaking space before, none doubled (not inside URLs or times like 10:30).
  text = text.replace(/[ \u00a0\u202f]*([;!?])/gu, (_match, mark: string) => `${narrow}${mark}`);
  text = text.replace(/(?<!\d)[ \u00a0\u202f]*:(?!\d|\/\/)/gu, `${NBSP}:`);
  text = text.replace(/«[ \u00a0\u202f]*/g, `«${NBSP}`).replace(/[ \u00a0\u202f]*»/g, `${NBSP}»`);
  // A mark at the very start of the paragraph keeps no space before it.
  return text.replace(/^[\u00a0\u202f]+/, '');
}

export function publicationText(analysis: Analysis, options: PublicationOptions = {}): PublicationText {
  const answer = analysis.document.answer;
  const warnings: string[] = [];
  if (!answer || answer.paragraphs.length === 0) {
    return { text: '', warnings: ['Le dossier ne contient pas de réponse à publier.'] };
  }
  const unanswered = analysis.subQuestions.filter((subQuestion) => subQuestion.status === 'unanswered').map((subQuestion) => subQuestion.id);
  if (unanswered.length > 0) warnings.push(`Sous-questions sans réponse : ${unanswered.join(', ')}.`);
  const errors = analysis.findings.filter((finding) => finding.severity === 'error').length;
  if (errors > 0) warnings.push(`${errors} erreur${errors > 1 ? 's' : ''} restent signalées dans le dossier.`);
  const text = answer.paragraphs
    .map((paragraph) => publishedTypography(paragraph.text, options))
    .filter((paragraph) => paragraph.length > 0)
    .join('\n\n');
  return { text, warnings };
}
