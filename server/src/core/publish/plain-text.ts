/**
 * The answer as it is published: plain text, no markup, no internal notes, no links, no directives, with the
 * published typography (typographic apostrophe, non-breaking spaces before high punctuation, inside French
 * quotation marks, in and after numbers, after « n° » and civilities; ellipsis character). Built from the document model, whose paragraphs are already plain text.
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
  /**
   * The errors still reported (« ligne 12 : message »): the text is then a draft, not ready to publish; the
   * editor asks before copying it.
   */
  readonly errors: readonly string[];
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
  text = numberSpaces(text, narrow);
  // A mark at the very start of the paragraph keeps no space before it.
  return text.replace(/^[\u00a0\u202f]+/, '');
}

/** Words a number quantifies, kept on its line (« 100 millions », « 3 ans », « 12 lits »). */
const counted =
  'millions?|milliards?|milliers?|centaines?|dizaines?|euros?|€|%|‰|km|m|cm|mm|m2|m²|m3|ha|kg|g|t|l|h|min|s|ans?|mois|semaines?|jours?|heures?|minutes?|places?|lits?|postes?|personnes?|agents?|emplois?|communes?|départements?|établissements?|projets?|mesures?|habitants?|patients?|victimes?|enfants?|élèves?|structures?|sites?|ETP';

/**
 * Non-breaking spaces of the published text around numbers, everywhere alike: thousands groups (« 1 000 000 »,
 * narrow), a number and what it counts (« 100 millions », « 3 % »), « n° », « art. », « p. » and a civility
 * before what follows (« n° 2016-87 », « M. Dupont »).
 */
function numberSpaces(text: string, narrow: string): string {
  return text
    .replace(/(?<=(?<![\d.,])\d{1,3})[ \u00a0\u202f](?=\d{3}(?!\d))/gu, narrow)
    .replace(/(?<=\d)[ \u00a0\u202f](?=\d{3}(?!\d))/gu, narrow)
    .replace(new RegExp(`(?<=\\d)[ \\u202f](?=(?:${counted})(?![\\p{L}\\d]))`, 'gu'), NBSP)
    .replace(/(?<![\p{L}])(n°|nos|no|art\.|p\.|pp\.|M\.|MM\.|Mme|Mmes|Me|Dr|Pr)[ \u202f](?=[\p{L}\d])/gu, (_match, word: string) => `${word}${NBSP}`);
}

export function publicationText(analysis: Analysis, options: PublicationOptions = {}): PublicationText {
  const answer = analysis.document.answer;
  const warnings: string[] = [];
  if (!answer || answer.paragraphs.length === 0) {
    return { text: '', warnings: ['Le dossier ne contient pas de réponse à publier.'], errors: [] };
  }
  const unanswered = analysis.subQuestions.filter((subQuestion) => subQuestion.status === 'unanswered').map((subQuestion) => subQuestion.id);
  if (unanswered.length > 0) warnings.push(`Sous-questions sans réponse : ${unanswered.join(', ')}.`);
  const errorFindings = analysis.findings.filter((finding) => finding.severity === 'error');
  const errors = errorFindings.length;
  if (errors > 0) warnings.push(`${errors} erreur${errors > 1 ? 's restent signalées' : ' reste signalée'} dans le dossier.`);
  const lineOf = (offset: number) => analysis.document.text.slice(0, offset).split('\n').length;
  const errorList = errorFindings.map((finding) => `ligne ${lineOf(finding.range.start)} : ${finding.message}`);
  const text = answer.paragraphs
    .map((paragraph) => publishedTypography(paragraph.text, options))
    .filter((paragraph) => paragraph.length > 0)
    .join('\n\n');
  return { text, warnings, errors: errorList };
}
