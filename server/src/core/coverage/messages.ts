/**
 * The French wording of the coverage messages: a vague date, what is missing by kind, what a request is about,
 * excerpts and joined lists.
 */

import { missingEvidence } from './evidence';
import { type ExtractedSubQuestion } from './extract';
import { foldForSearch } from '../text/fold';
import { lazyRx } from './regex';
import { AnswerIndex } from './answer-index';

/** A time said without a date (RULES C4): « prochainement », « dans les prochains mois », « d'ici la fin de l'année ». */
const vagueTime = lazyRx(
  "\\b(?:prochainement|bientôt|rapidement|dès que possible|dans les meilleurs délais|dans les plus brefs délais|à (?:brève|courte) échéance|à (?:court|moyen|long) terme|dans (?:les|des) (?:prochaine?s|tout prochains?|mois|semaines|jours)(?:\\s+(?:jours|semaines|mois|années))?(?:\\s+(?:qui viennent|à venir))?|d'ici (?:la fin de l'année|l'été|l'automne|l'hiver|le printemps|la rentrée)(?!\\s+(?:19|20)\\d{2})|avant (?:la fin de l'année|l'été|l'automne|l'hiver|la rentrée)(?!\\s+(?:19|20)\\d{2}))",
);

/**
 * For a calendar request, the vague time the answer gives instead of a date, quoted, so that the drafter sees
 * what to replace (« aucune date précise : « prochainement » n'est pas une date »).
 */
export function vagueNote(index: AnswerIndex, sub: ExtractedSubQuestion, positions: readonly number[]): string {
  if (sub.kind !== 'calendrier') return '';
  for (const position of positions) {
    const found = vagueTime().exec(index.sentences[position]!.folded);
    if (found) return ` : « ${index.sentences[position]!.text.slice(found.index, found.index + found[0].length)} » n’est pas une date`;
  }
  return '';
}

export function missingFor(sub: ExtractedSubQuestion): string {
  switch (sub.kind) {
    case 'calendrier':
      return 'aucune date précise';
    case 'chiffres':
      return 'aucun chiffre avec son unité';
    case 'mesures':
      return 'aucune mesure nommée';
    default:
      return missingEvidence[sub.kind];
  }
}

/** The verb of will before the action asked (« s'il envisage de », « s'il ne lui paraîtrait pas opportun, le cas échéant, d' »). */
export const intentionCue = lazyRx(
  "\\b(?:entend\\p{L}*|envisag\\p{L}*|compte|compterait|souhaite\\p{L}*|prévoi\\p{L}*|prévu|projett?\\p{L}*|l'intention|s'engage\\p{L}*|opportun|possible|souhaitable|utile|nécessaire|favorable)\\b(?:\\s*,\\s*le cas échéant\\s*,)?\\s*(?:de\\s+|d'|à\\s+)?(?=\\p{L})",
);

/** The opening of a request for a view (« sa position sur », « son sentiment quant à »), before its object. */
const viewOpening = lazyRx("^(?:(?:de\\s+)?(?:lui\\s+)?(?:faire\\s+)?(?:connaître|préciser|indiquer)\\s+)?(?:(?:quel|quelle)\\s+est\\s+)?(?:sa|son|leur|la)\\s+(?:position|sentiment|avis|analyse|appréciation|interprétation|point de vue)(?:\\s+du gouvernement)?\\s+(?:sur|quant à|concernant|à l'égard d|au sujet d|s'agissant d|en ce qui concerne)\\s*");

/** « quelles sont ses intentions pour », « les intentions du Gouvernement afin de »: the object follows. */
const intentionsAsked = lazyRx("^\\s*(?:quelles?\\s+(?:sont|seraient)\\s+)?(?:ses|les|leurs)\\s+intentions(?:\\s+du\\s+gouvernement)?\\s*(?:pour|afin\\s+d(?:e|')|en\\s+vue\\s+d(?:e|')|quant\\s+(?:à|au|aux)|sur|concernant|en\\s+matière\\s+d(?:e|')|s'agissant\\s+d(?:e|u|es|'))\\s*");

/**
 * What a yes/no or a view is missing on, quoted for the message (« … ne dit ni oui ni non sur « étendre ce crédit
 * d'impôt aux retraités » »): the asked action and its object for an intention, the object of a view. Empty for
 * the other kinds, whose evidence names its own object (a date, a figure, a measure).
 */
export function onWhat(sub: ExtractedSubQuestion): string {
  if (sub.kind !== 'intention' && sub.kind !== 'position') return '';
  const folded = foldForSearch(sub.text);
  let from = 0;
  const action = sub.kind === 'intention' ? (intentionCue().exec(folded) ?? intentionsAsked().exec(folded)) : null;
  if (action) from = action.index + action[0].length;
  else {
    const opening = viewOpening().exec(folded.trimStart());
    if (opening) from = folded.length - folded.trimStart().length + opening[0].length;
  }
  const object = sub.text.slice(from).trim();
  return object.length >= 8 ? ` sur « ${excerpt(object, 80)} »` : '';
}

export function unansweredText(sub: ExtractedSubQuestion): string {
  // A conjunct is quoted with the governor it shares (« la réglementation applicable aux sépultures … »).
  return `aucun passage de la réponse ne traite de « ${excerpt(sub.governed ?? sub.text)} »`;
}

export function excerpt(text: string, max = 90): string {
  const clean = text.replace(/\s+/gu, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.lastIndexOf(' ', max);
  return `${clean.slice(0, cut > 40 ? cut : max)}…`;
}

/** Numbered items of one noun said once: « les mesures 16 et 19 » rather than « la mesure 16 et la mesure 19 ». */
export function joinItems(labels: readonly string[]): string {
  const parts = labels.map((label) => /^la (\p{L}+) (\S+)$/u.exec(label));
  const noun = parts[0]?.[1];
  if (labels.length < 2 || !noun || parts.some((part) => part?.[1] !== noun)) return joinFrench(labels);
  return `les ${/[sx]$/u.test(noun) ? noun : `${noun}s`} ${joinFrench(parts.map((part) => part![2]!))}`;
}

export function joinFrench(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

// ---------------------------------------------------------------------------------------------------------
// Directives
