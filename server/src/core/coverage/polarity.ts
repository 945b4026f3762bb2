/**
 * Yes/no requests and their follow-ups: the polarity of an answer (refusal, permission), conditional follow-ups
 * (« si oui », « dans la négative »), what a bare follow-up asks, a text awaited, a bare « oui » or « non ».
 */

import { isRefusal, withoutLawStatements } from './evidence';
import { type ExtractedSubQuestion } from './extract';
import { isContentWord, termKey } from './stem';
import { foldForSearch } from '../text/fold';
import { lazyRx } from './regex';
import type { SubQuestionKind } from './types';
import { AnswerIndex, genericKeys } from './answer-index';
import { type Assessment } from './assessment';

/**
 * « dans l'affirmative comme dans la négative », « dans un cas comme dans l'autre », « en tout état de cause »: the
 * request that follows is asked whatever the answer to the previous one; it is not conditional on it.
 */
const eitherWay = lazyRx("^\\W*(?:dans l'affirmative comme dans la négative|dans la négative comme dans l'affirmative|dans un cas comme dans l'autre|en tout état de cause|en toute hypothèse|quelle que soit (?:la|sa|cette) réponse)\\b");

/** A view asked on the problem the question has set out, named by a demonstrative only (« sur ce problème »). */
export const viewOnProblem = lazyRx("\\b(?:sur|face à|quant à|concernant|à l'égard d[e']|devant)\\s+(?:ce|cette|ces|cet|un tel|une telle|de tels|de telles)\\s+(?:problèmes?|situations?|questions?|difficultés?|sujets?|dossiers?|états? de fait|constats?)\\s*$");

/** The follow-up to a proposal named by a demonstrative only (« la suite qu'il entend donner à cette proposition »). */
export const followUpOfProposal = lazyRx("\\bsuites?\\b[^;?]{0,60}?\\b(?:à|a)\\s+(?:cette|ces|cet|ce)\\s+(?:propositions?|suggestions?|demandes?|souhaits?|requêtes?|revendications?|préconisations?|recommandations?|initiatives?|idées?|v(?:œ|oe)ux)\\b");
/** The Government announces what it will do (« le Gouvernement envisage d'instituer… », « le ministère a décidé de… »). */
export const governmentAnnounces = lazyRx("\\b(?:le gouvernement|l'état|le ministère|la ministre|le ministre)\\s+(?:envisage|entend|prévoit|a décidé|décide|s'engage|compte|va|proposera|présentera|déposera)\\b");

/**
 * A request conditional on the previous one (QUESTION-FORMS.md §10.4): « le cas échéant », « si oui »…, and the
 * negative ones the extractor splits on (« si tel n'est pas le cas », « à défaut, », « sinon, »).
 */
export const conditionalForm = lazyRx("\\b(?:le cas échéant|si oui|si non|si tel est le cas|si tel n'est pas le cas|dans l'affirmative|dans la négative|dans le cas contraire|dans ce cas|en ce cas)\\b|^(?:à défaut|sinon)\\b");
/** Asked whatever the previous answer (`eitherWay`) is not conditional, though it names both branches. */
export const conditional = { test: (folded: string): boolean => conditionalForm().test(folded) && !eitherWay().test(folded) };
/** A request asked only if the answer to the previous one is yes (« si oui », « dans l'affirmative »), or only if it is no. */
const ifYes = lazyRx("^\\W*(?:si oui|si tel est le cas|dans l'affirmative|dans ce cas|en ce cas)\\b");
export const ifNo = lazyRx("^\\W*(?:si non|si tel n'est pas le cas|dans la négative|dans le cas contraire|à défaut|sinon)\\b");
/** A negation in the sentence (« ne … pas », « n'est plus », « aucun », « ne saurait », « ne peut donc être »). */
const negation = lazyRx("\\b(?:ne|n')\\s*(?:[\\p{L}'-]+\\s+){0,4}?(?:pas|plus|nullement|jamais|guère)\\b|\\baucune?\\b|\\bne\\s+(?:saurait|sauraient|peut|peuvent|pourrait|pourraient|pourra|pourront)\\b");

/** A permission said by a double negation (« aucune disposition n'interdit », « rien ne s'oppose à », « n'est pas exclu »): a yes. */
const permission = lazyRx(
  "\\b(?:aucune?\\s+(?:disposition|texte|règle|principe)s?(?:\\s+[\\p{L}'-]+){0,3}?\\s+n'(?:interdit|empêche|s'oppose|fait obstacle|exclut|prohibe)|rien\\s+n'(?:interdit|empêche|s'oppose)|rien ne s'oppose|ne (?:fait|font) pas obstacle|n'(?:est|sont) pas (?:interdite?s?|exclue?s?|prohibée?s?|incompatibles?))",
  'g',
);

/**
 * The polarity of the answer to a request (QUESTION-FORMS.md §10.4): « no » when its evidence refuses or denies, « yes »
 * when it answers without a negation; undefined when it is not answered. Only for the kinds that are answered yes or no.
 */
export type Polarity = 'yes' | 'no' | undefined;
export function polarityOf(index: AnswerIndex, kind: SubQuestionKind, result: Assessment): Polarity {
  if (result.status !== 'answered' || result.evidence.length === 0) return undefined;
  if (kind !== 'intention' && kind !== 'position' && kind !== 'droit') return undefined;
  const texts = result.evidence.map((position) => index.sentences[position]!.folded.replace(/«[^»]*»/gu, ' ').replace(permission(), ' '));
  if (texts.some((folded) => isRefusal(withoutLawStatements(folded)))) return 'no';
  // A negation inside a relative clause (« …, qui n'en bénéficient pas aujourd'hui », « où aucune brigade ne sera
  // fermée ») says nothing of the yes or no asked; when the main clause is not plainly negative, nothing is decided
  // (the conditional request is then read on its own).
  const main = texts.map((folded) => folded.replace(relativeClause(), ' '));
  if (main.some((folded) => negation().test(folded))) return 'no';
  if (texts.some((folded) => negation().test(folded))) return undefined;
  return 'yes';
}

/** A relative clause, to its next comma or the sentence's end. */
const relativeClause = lazyRx("\\b(?:qui|où|dont|lesquel\\p{L}*|auxquel\\p{L}*|desquel\\p{L}*)\\b[^,;:.]*", 'g');

/**
 * A conditional request (« si oui, selon quel calendrier », « dans la négative, s'il entend… ») whose condition the
 * answer to the previous request has ruled out: that answer is its answer (QUESTION-FORMS.md §10.4: « when the answer
 * to the first is no, the conditional one is answered by that non »). The evidence is the previous request's, so
 * that deleting it flags both.
 */
export function answeredByCondition(sub: ExtractedSubQuestion, previous: readonly number[], polarity: Polarity): Assessment | undefined {
  if (polarity === undefined || previous.length === 0) return undefined;
  const request = foldForSearch(sub.text);
  if (eitherWay().test(request)) return undefined;
  if (polarity === 'no' && ifYes().test(request)) return { status: 'answered', evidence: [...previous], missing: [], candidate: previous[0]!, reason: 'la demande précédente reçoit une réponse négative : cette demande, posée « dans l’affirmative », est sans objet' };
  if (polarity === 'yes' && ifNo().test(request)) return { status: 'answered', evidence: [...previous], missing: [], candidate: previous[0]!, reason: 'la demande précédente reçoit une réponse positive : cette demande, posée « dans la négative », est sans objet' };
  return undefined;
}

/**
 * A request that is only its interrogative (« … quelles mesures il entend prendre et dans quels délais », « selon quel
 * calendrier »): it asks about the object of the request before it, whose passage is about it too.
 */
export const bareFollowUp = lazyRx("^(?:et\\s+)?(?:dans quels? délais?|sous quels? délais?|selon quel calendrier|à quelle (?:échéance|date|période)|à quel horizon|quand|pour quel (?:montant|coût)|avec quels (?:moyens|crédits)|selon quelles modalités|comment|pourquoi)\\s*[?.]?$");

/**
 * A legal follow-up that is only its interrogative (« dans quelles conditions », « selon quelles modalités », « selon
 * quelle procédure », « sous quelles conditions »), after a request on a case (« si une commune peut… »).
 */
export const legalFollowUp = lazyRx("^(?:et\\s+)?(?:(?:dans|sous|à|a|selon|suivant)\\s+(?:quelles?|quels?)\\s+(?:conditions?|modalités|formes?|procédures?|réserves?)|selon quelle procédure|de quelle (?:manière|façon)|comment)\\s*[?.]?$");

/**
 * The process a request for modalities asks about: the participle after an auxiliary (« les crédits sont répartis »),
 * the noun after « les modalités de » (« les modalités de répartition »), the infinitive after a modal or a verb of
 * will (« comment les communes peuvent financer… »). Empty when none is found: no filter then.
 */
const processWord = lazyRx("\\b(?:(?:est|sont|sera|seront|serait|seraient|être|été)\\s+(?:\\p{L}+ment\\s+)?|(?:modalités|conditions|critères|règles)\\s+d(?:e\\s+|')(?:la\\s+|l'|leur\\s+)?|(?:peut|peuvent|doit|doivent|entend|compte|va|vont|pourrait|pourraient)\\s+)(\\p{L}{4,})", 'g');
/** Words after the auxiliary that name no process (« sont prévues », « peut être », « est nécessaire »). */
const notProcess = lazyRx("^(?:être|avoir|faire|mise?s?|prise?s?|possibles?|nécessaires?|prévue?s?|envisagée?s?|susceptibles?|tenue?s?|chargée?s?|amenée?s?|appelée?s?|conduite?s?|actuellement|aujourd'hui)$");
const namesProcess = (word: string): boolean => isContentWord(word) && !genericKeys.has(termKey(word)) && !notProcess().test(word);
export function processKeys(requestFolded: string): string[] {
  const keys: string[] = [];
  for (const match of requestFolded.matchAll(processWord())) if (namesProcess(match[1]!)) keys.push(termKey(match[1]!));
  return keys;
}
/** The request's words that name the process (« sont répartis »), quoted in the message. */
export function processLabel(text: string): string {
  const folded = foldForSearch(text);
  const found = [...folded.matchAll(processWord())].find((match) => namesProcess(match[1]!));
  return found ? `« ${text.slice(found.index, found.index + found[0].length).trim()} »` : 'ce qui est demandé';
}

/** The text a calendar request awaits (« quand sera publié l'arrêté fixant… » → « arrêté »). */
export const awaitedText = lazyRx("\\b(décret|arrêté|ordonnance|circulaire|instruction|rapport|projet de loi|loi|texte|référentiel|cahier des charges)s?\\b");
/** Where a text stands (« est en cours de préparation », « a été transmis au Conseil d'État », « est en cours d'examen »). */
export const textStatus = lazyRx("\\b(?:en cours d(?:e\\s+|')(?:préparation|élaboration|rédaction|finalisation|examen|concertation|signature|consultation|validation|publication)|(?:a|ont) été (?:transmise?s?|soumise?s?|notifiée?s?)|(?:sera|seront) (?:publiée?s?|pris|prise?s?|signée?s?)|(?:est|sont) (?:à l'étude|soumise?s?)|prochainement|dans les meilleurs délais)");

/** An intention to act at all, without a named action (« prendre des mesures pour », « agir », « intervenir »). */
export const genericAction = lazyRx("\\b(?:(?:prendre|adopter|engager|mettre en (?:œuvre|oeuvre|place))\\s+(?:des|de nouvelles|les|d'autres|toutes les)\\s+(?:mesures|dispositions|initiatives|actions)|agir|réagir)\\b");

/** A request asked as a question (« si… », « s'il… »), to which a reflection is neither yes nor no. */
/** « si cette aide sera maintenue », « si les communes seront consultées »: the future participle asked. */
export const futureRestated = lazyRx("^si\\s[^;?]{0,120}?\\b(?:sera|seront)\\s+(?:\\p{L}+ment\\s+)?(\\p{L}{4,})\\b");
/** The same future said (« sera maintenue », « ne sera pas maintenue », « sera bien maintenue »). */
export const futureSaid = lazyRx("\\b(?:sera|seront)\\s+(?:pas\\s+|bien\\s+|donc\\s+|effectivement\\s+|intégralement\\s+|également\\s+)?(\\p{L}{4,})\\b", 'g');
/** A future still asked, not said (« la question de savoir si cette aide sera maintenue … sera examinée »). */
export const futureStillAsked = lazyRx("(?:\\bsi\\s|\\bs'(?:il|ils|elle|elles)\\b|\\bla question de\\b)[^;:,.]{0,120}$");
/** A yes or a no that opens the answer on its own (« Non. », « Oui, », « Non : »). */
export const bareReply = lazyRx("^\\W{0,3}(?:oui|non)\\s*(?:[.,:;!]|$)");
export const yesNoRequest = lazyRx("^(?:si\\b|s'(?:il|ils|elle|elles)\\b)");
/** A reflection or work actually engaged (not one that « pourra être conduite »). */
export const engaged = lazyRx("\\b(?:est|sont|a été|ont été)(?:-elle|-il)?\\s+(?:actuellement\\s+|déjà\\s+|également\\s+)?(?:engagée?s?|en cours|lancée?s?|menée?s?|conduite?s?)\\b|\\b(?:a|ont)\\s+(?:engagé|lancé)\\b");
