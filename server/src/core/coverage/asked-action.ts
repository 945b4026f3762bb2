/**
 * The action asked (`intention`, `mesures`): explicit answers, the action done, improved, created or removed,
 * extended to others, or echoed by the answer.
 */

import { answerForm, isPendingStudy, isReflection } from './evidence';
import { type ExtractedSubQuestion } from './extract';
import { isContentWord, keysMatch, termKey } from './stem';
import { foldForSearch } from '../text/fold';
import { lazyRx } from './regex';
import { tokenize } from './text';
import { AnswerIndex, genericKeys } from './answer-index';
import { excerpt } from './messages';

/**
 * A conditional request whose previous request has lost its passage keeps its own answer: a sentence in an
 * explicit answer form of its kind (a refusal, a competence given to another, a measure already taken), so
 * that deleting the passage of the first request does not flag the second.
 */
export function explicitAnswers(index: AnswerIndex, sub: ExtractedSubQuestion): number[] {
  if (sub.kind !== 'intention' && sub.kind !== 'position') return [];
  return index.sentences.flatMap((sentence, position) => (answerForm(sub.kind, sentence.folded) !== undefined ? [position] : []));
}

/** The action asked of the Government (« s'il entend renforcer les contrôles » → « renforcer »). */
const askedAction = lazyRx(
  "\\b(?:entend|entendrait|envisage|envisagerait|compte|compterait|souhaite|prévoit|projette|a l'intention|a-t-il l'intention|s'engage|s'engagerait|va|ira)\\s+(?:de\\s+|d')?(?:(?:le|la|les|l'|y|en|se|s'|lui|leur)\\s*)?(\\p{L}{5,}(?:er|ir|re))\\b",
);
const auxiliary = lazyRx("\\b(?:sera|seront|serait|seraient|a été|ont été|va être|vont être|vient d'être|viennent d'être|est désormais|sont désormais|a|ont|avons|ai|sera bientôt|seront bientôt|sera prochainement|seront prochainement)\\s+(?:\\p{L}+\\s+)?$");

/**
 * An improvement asked (« s'il entend améliorer l'indemnisation », « renforcer », « revaloriser », « étendre ») is
 * answered by an improvement done or decided in other words (« son montant a été revalorisé », « a été porté à 66
 * jours », « ont été étendues », « sera relevé »).
 */
const improvementAsked = lazyRx("^(?:améliorer|renforcer|revaloriser|augmenter|accroître|relever|étendre|élargir|simplifier|faciliter|développer|soutenir|accompagner|assouplir|alléger)$");
const doneAuxiliary = "\\b(?:a|ont|sera|seront|vient d'être|viennent d'être|est désormais|sont désormais)\\s+(?:été\\s+)?(?:(?:également|ainsi|récemment|considérablement|nettement|encore|par ailleurs|en outre|progressivement|déjà)\\s+)?";
export const improvementDone = lazyRx(
  `${doneAuxiliary}(?:revalorisée?s?|relevée?s?|augmentée?s?|portée?s?\\s+à|étendue?s?|élargie?s?|renforcée?s?|améliorée?s?|simplifiée?s?|doublée?s?|triplée?s?|accrue?s?|assouplie?s?|allégée?s?)\\b`,
);
/** The same for a creation asked (« s'il envisage d'instaurer… » → « a été institué par le décret du… »), and a removal. */
const creationAsked = lazyRx("^(?:créer|instaurer|instituer|mettre|établir|introduire|ouvrir|lancer)$");
export const creationDone = lazyRx(`${doneAuxiliary}(?:créée?s?|instituée?s?|instaurée?s?|mise?s?\\s+en\\s+place|introduite?s?|ouverte?s?|lancée?s?)\\b`);
const removalAsked = lazyRx("^(?:supprimer|abroger|réduire|diminuer|abaisser|limiter|plafonner)$");
export const removalDone = lazyRx(`${doneAuxiliary}(?:supprimée?s?|abrogée?s?|réduite?s?|diminuée?s?|abaissée?s?|limitée?s?|plafonnée?s?)\\b`);
/** What the request would remove does not apply to the case (« elle ne s'applique donc pas dans les communes rurales »): nothing to remove. */
export const notApplicable = lazyRx("\\b(?:ne\\s+s'appliquen?t?\\s+(?:donc\\s+|dès lors\\s+|ainsi\\s+)?pas|n'(?:est|sont)\\s+(?:donc\\s+|dès lors\\s+)?pas\\s+(?:applicables?|due?s?|perçue?s?|exigible?s?))\\b");

/** A compound past (« a ajusté », « ont été unifiées », « est entré en vigueur »): something done. */
const doneForm = lazyRx("\\b(?:a|ont)\\s+(?:(?:déjà|récemment|ainsi|notamment|également|alors|aussitôt)\\s+)?(?:été\\s+)?\\p{L}{3,}(?:é|ée|és|ées|i|ie|is|ies|it|u|ue|us|ues)\\b|\\b(?:est|sont)\\s+entrée?s?\\s+en\\s+vigueur\\b");
const negated = lazyRx("\\bn'(?:a|ont|est|sont)\\s+pas\\b|\\bne\\s+[\\p{L}']+\\s+(?:pas|plus|jamais)\\b");

/**
 * The asked action as the aim of what was done (« Pour corriger cet écart, le décret du … a modifié le barème »,
 * « Afin d'harmoniser ces règles, le décret … a unifié… »): a yes by the fact. A study or a reflection for that aim
 * (« une étude a été lancée »), a wish (« il conviendrait de… ») or a negation is not.
 */
function servesAskedAction(verb: string, folded: string): boolean {
  // One pattern for every verb (no compilation per sentence): the verb after « pour / afin de » is compared by its key.
  purposeClause().lastIndex = 0;
  for (let purpose = purposeClause().exec(folded); purpose; purpose = purposeClause().exec(folded)) {
    if (!keysMatch(termKey(purpose[1]!), termKey(verb))) continue;
    const rest = folded.slice(purpose.index + purpose[0].length);
    return doneForm().test(rest) && !negated().test(rest) && !isReflection(folded) && !isPendingStudy(folded);
  }
  return false;
}
const purposeClause = lazyRx("\\b(?:pour\\s+|afin\\s+d(?:e\\s+|'))(?:(?:le|la|les|l'|y|en|se|s')\\s*)?(\\p{L}+)", 'g');

/**
 * The beneficiaries of an extension asked (« étendre le chèque énergie aux retraités modestes » → retraités,
 * modestes), as word keys: the content words after « aux / au / à la / à l' / à » that follow the verb of extension.
 */
const extensionAsked = lazyRx("\\b(?:étendre|élargir|ouvrir|accorder|attribuer)\\b[^,;?]{0,120}?\\s(aux|au|à la|à l'|à)\\s*([^,;?]{3,80})");
export function beneficiariesAsked(requestFolded: string): string[] {
  const found = extensionAsked().exec(requestFolded);
  if (!found) return [];
  return tokenize(found[2]!)
    .map((token) => token.text)
    .filter((word) => isContentWord(word) && !genericKeys.has(termKey(word)))
    .slice(0, 3)
    .map((word) => termKey(word));
}
export function beneficiaryLabel(text: string): string {
  const found = extensionAsked().exec(foldForSearch(text));
  if (!found) return '';
  // « aux » and the beneficiaries after it, whatever the spaces between (the folded text keeps the offsets).
  const start = found.index + found[0].slice(0, found[0].length - found[2]!.length).trimEnd().length - found[1]!.length;
  return excerpt(text.slice(start, found.index + found[0].length).trim(), 60);
}
/** An extension done in the answer and whom it names (« étendu aux étudiants boursiers »). */
const extensionDone = lazyRx("\\b(?:étendue?s?|élargie?s?|ouverte?s?|accordée?s?|attribuée?s?)\\s+(?:(?:également|désormais|ainsi|aussi|en\\s+\\d{4})\\s+)?(?:aux|au|à la|à l'|à)\\s*((?:(?!(?:en|dans|depuis|par|pour|et|sur|avec|dès|afin|lorsqu\\p{L}*|sous|selon)\\b)[\\p{L}'-]+\\s*){1,4})");
export function extendedToOthers(folded: string, asked: readonly string[]): boolean {
  const found = extensionDone().exec(folded);
  if (!found) return false;
  const keys = tokenize(folded).map((token) => termKey(token.text));
  return !asked.some((key) => keys.some((other) => keysMatch(key, other)));
}
export function extensionTarget(text: string): string {
  const found = extensionDone().exec(foldForSearch(text));
  return found ? text.slice(found.index, found.index + found[0].length).trim() : '';
}

/**
 * The asked action announced or done in the answer (« les contrôles seront renforcés », « a été renforcé », « le
 * Gouvernement renforcera »): an explicit yes to « s'il entend renforcer », without « le Gouvernement entend ».
 */
/** « si l'État compensera intégralement… », « s'il modifiera… »: the Government's act asked in the future or conditional. */
const futureAction = lazyRx("^(?:si\\s+(?:l'état|le gouvernement|la ministre|le ministre)|s'il|s'ils)\\s+(?:(?:ne\\s+)?(?:le|la|les|l'|y|en|lui|leur)\\s*)?(\\p{L}{3,}[ei])ra(?:it|ient|nt)?\\b");

export function echoesAskedAction(request: string, folded: string): boolean {
  const future = futureAction().exec(request.trimStart())?.[1];
  const verb = askedAction().exec(request)?.[1] ?? (future === undefined ? undefined : `${future}r`);
  if (!verb) return false;
  if (servesAskedAction(verb, folded)) return true;
  if ((improvementAsked().test(verb) && improvementDone().test(folded)) || (creationAsked().test(verb) && creationDone().test(folded)) || (removalAsked().test(verb) && (removalDone().test(folded) || notApplicable().test(folded)))) return true;
  const stem = verb.slice(0, -2);
  const words = /\p{L}+/gu;
  for (let match = words.exec(folded); match; match = words.exec(folded)) {
    const word = match[0];
    if (!word.startsWith(stem)) continue;
    const ending = word.slice(stem.length);
    if (/^e?r(?:a|ont|ai|ons)$/u.test(ending)) return true;
    if (/^(?:e|ee|es|ees|i|ie|is|ies|u|ue|us|ues)$/u.test(ending) && auxiliary().test(folded.slice(Math.max(0, match.index - 30), match.index))) return true;
  }
  return false;
}
