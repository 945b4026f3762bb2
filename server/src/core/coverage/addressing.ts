/**
 * Which answer sentences address a sub-question: the closest ones, near its object or its request, on its
 * subject, with the sentences that continue or close them.
 */

import { citesRule, closesOnRule, conclusionOn, ownConclusionOn } from './evidence';
import { type ExtractedSubQuestion } from './extract';
import { foldForSearch } from '../text/fold';
import { lazyRx } from './regex';
import { addressThreshold, AnswerIndex, genericKeys, score } from './answer-index';
import { strongFor } from './figures';

/**
 * Sentences that share words with a request none addresses fully, kept when they are among the closest to it
 * (at least half the best score): the answer's own conclusion, not a remark further off, so that without that
 * sentence the request is flagged.
 */
export function closest(scores: readonly number[], keep: (position: number) => boolean): number[] {
  const best = scores.reduce((max, value) => Math.max(max, value), 0);
  return scores.flatMap((value, position) => (value > 0 && value >= best / 2 && keep(position) ? [position] : []));
}

/** Sentences close to the request and carrying strong evidence of its kind (`carriesStrongEvidence`). */
export function strongSentences(index: AnswerIndex, sub: ExtractedSubQuestion, scores: readonly number[]): number[] {
  return closest(scores, (position) => strongFor(index, sub, position) && sharesDistinctive(index, sub, position));
}

/**
 * A legal request none of whose sentences repeats enough of its words (« quelles sanctions encourt un baigneur qui
 * ne respecte pas cette interdiction » → « Le non-respect de son arrêté est puni de l'amende prévue… par l'article
 * R. 610-5 du code pénal »): the closest sentences that share a distinctive word with it and cite a rule are its
 * own passage, so that it does not depend on the sentence that answers the request beside it.
 */
export function citingSentences(index: AnswerIndex, sub: ExtractedSubQuestion, scores: readonly number[], siblings: ReadonlySet<number>): number[] {
  return closest(scores, (position) => !siblings.has(position) && citesRule(index.sentences[position]!.folded) && sharesDistinctive(index, sub, position));
}

/**
 * For each request of the question, the sentences that address another request by themselves (`score` ≥ 1 alone):
 * they are that request's own passage, and a fallback does not lend them to this one (when the sentence that
 * answers this request is deleted, the neighbour's rule must not stand in for it).
 */
export function siblingPassages(index: AnswerIndex, subs: readonly ExtractedSubQuestion[]): Set<number>[] {
  const own = subs.map((sub) => score(index, sub.terms, addressThreshold, foldForSearch(sub.text)).scores.flatMap((value, position) => (value >= 1 ? [position] : [])));
  return subs.map((_, self) => new Set(own.flatMap((positions, other) => (other === self ? [] : positions))));
}

/**
 * A fallback (no sentence addresses the request by its words) needs a word of this request's own object in the
 * sentence: not a generic word, and not the answer's theme (a word in more than half its sentences), which every
 * sentence shares. Without it, once the passage that answers is gone, any refusal, figure or legal qualification
 * elsewhere in the answer would be taken for the answer.
 */
export function sharesDistinctive(index: AnswerIndex, sub: ExtractedSubQuestion, position: number): boolean {
  const total = index.sentences.length;
  return sub.terms.some((term) => {
    if (genericKeys.has(term.key)) return false;
    const found = index.containing(term.key);
    return found.has(position) && (total <= 2 || found.size * 2 <= total);
  });
}

/**
 * A sentence about the request's object: it, or a sentence next to it in its paragraph, contains a word of the
 * request that is not a generic administrative word (the answer's theme counts: in the answer to a question that
 * asks one thing, the theme is that thing). A programme with its credits or a figure in a paragraph on something
 * else (« le fonds de soutien à la filière laitière » for « protéger les troupeaux ») is not the answer.
 */
export function nearObject(index: AnswerIndex, sub: ExtractedSubQuestion, position: number): boolean {
  const paragraph = index.sentences[position]!.paragraph;
  const around = [position - 1, position, position + 1].filter((near) => index.sentences[near]?.paragraph === paragraph);
  const onRequest = sub.terms.some((term) => {
    if (genericKeys.has(term.key)) return false;
    const found = index.containing(term.key);
    return around.some((near) => found.has(near));
  });
  return onRequest || index.subject.some((key) => index.containing(key).has(position));
}

/** An acknowledgement of the concern (« le Gouvernement est conscient des inquiétudes »), which gives no view and no yes or no. */
export const acknowledgement = lazyRx("\\b(?:est|reste|demeure|sont|restent)\\s+(?:pleinement\\s+|très\\s+|particulièrement\\s+)?(?:consciente?s?|attentive?s?|attentifs|sensibles?|mobilisée?s?|vigilante?s?)\\b|\\b(?:partage|comprend|entend)\\s+(?:les|ces|vos)\\s+(?:inquiétudes|préoccupations|craintes|attentes)");

/** A word of the request itself (not a generic word) in the sentence or a sentence next to it in its paragraph. */
export function nearRequest(index: AnswerIndex, sub: ExtractedSubQuestion, position: number): boolean {
  const paragraph = index.sentences[position]!.paragraph;
  const around = [position - 1, position, position + 1].filter((near) => index.sentences[near]?.paragraph === paragraph);
  return sub.terms.some((term) => !genericKeys.has(term.key) && around.some((near) => index.containing(term.key).has(near)));
}

/**
 * The sentence is on the question's subject (`nearObject`), or a sentence next to it in its paragraph names that
 * subject and the sentence does not turn to another one (« Par ailleurs, le Gouvernement a consacré 30 M€ au fonds de
 * soutien à la filière laitière »).
 */
export function onSubject(index: AnswerIndex, sub: ExtractedSubQuestion, position: number): boolean {
  if (nearObject(index, sub, position)) return true;
  const sentence = index.sentences[position]!;
  if (topicShift().test(sentence.folded)) return false;
  const around = [position - 1, position + 1].filter((near) => index.sentences[near]?.paragraph === sentence.paragraph);
  return index.subject.some((key) => !genericKeys.has(key) && around.some((near) => index.containing(key).has(near)));
}

/** An opening that turns to another subject. */
export const topicShift = lazyRx("^\\W*(?:par ailleurs|d'autre part|en outre|s'agissant d|quant à|pour ce qui (?:est|concerne)|concernant|en ce qui concerne)\\b");

/**
 * The sentence is on the request's object: it contains a word of the request or of the question's subject (generic
 * words aside), or it takes up the sentence before it in its paragraph (« conforter ces usages », « Aussi, une
 * réflexion… ») and that sentence is on the object. « Par ailleurs, une étude est menée sur… » does not.
 */
export function onObject(index: AnswerIndex, sub: ExtractedSubQuestion, position: number): boolean {
  const keys = [...sub.terms.map((term) => term.key), ...index.subject].filter((key) => !genericKeys.has(key));
  const names = (at: number) => keys.some((key) => index.containing(key).has(at));
  if (names(position)) return true;
  const sentence = index.sentences[position]!;
  const previous = index.sentences[position - 1];
  return previous !== undefined && previous.paragraph === sentence.paragraph && continues().test(sentence.folded) && names(position - 1);
}

/**
 * The addressing sentences and the sentence after each that takes it up (« Le Gouvernement n'envisage pas de modifier
 * ces règles »): an answer gives its yes or no about the rule it has just set out, without repeating its words.
 */
export function withContinuations(index: AnswerIndex, addressing: readonly number[], takesUp: (folded: string) => boolean = (folded) => continues().test(folded)): number[] {
  const found = new Set(addressing);
  for (const position of addressing) {
    const next = index.sentences[position + 1];
    if (next && next.paragraph === index.sentences[position]!.paragraph && takesUp(next.folded)) found.add(position + 1);
  }
  return [...found].sort((a, b) => a - b);
}

/**
 * The closing conclusion of the paragraph of a `droit` request's sentences (`closesOnRule`), later in it, on the
 * predicate asked; never another request's own passage.
 */
export function withClosing(index: AnswerIndex, addressing: readonly number[], request: string, siblings: ReadonlySet<number>, sub?: ExtractedSubQuestion): number[] {
  if (addressing.length === 0) return [...addressing];
  const found = new Set(addressing);
  const first = addressing[0]!;
  const paragraphs = new Set(addressing.map((position) => index.sentences[position]!.paragraph));
  for (let position = first + 1; position < index.sentences.length; position++) {
    const sentence = index.sentences[position]!;
    if (!paragraphs.has(sentence.paragraph) || found.has(position) || siblings.has(position)) continue;
    if (closesOnRule(sentence.folded) && conclusionOn(request, sentence.folded) === 'connector') found.add(position);
    // A conclusion later in the paragraph that names the case asked by a word of the request (« Le recours à la
    // visioconférence … n'est plus possible depuis… » for « si le conseil municipal peut se réunir en visioconférence »).
    else if (sub !== undefined && ownConclusionOn(request, sentence.folded) && sharesDistinctive(index, sub, position)) found.add(position);
  }
  return [...found].sort((a, b) => a - b);
}

/**
 * A sentence that takes up the one before: a demonstrative (« ces usages », « une telle dérogation »), the pronoun
 * « y » or « en » (« le Gouvernement n'y est pas favorable »), or an opening of consequence (« Aussi, »).
 */
export const continues = lazyRx(
  "\\b(?:n'y|n'en)\\s+(?:est|sont|sera|serait|a|voit|envisage|entend|prévoit)\\b|\\b(?:un tel|une telle|de tels|de telles|pareille?s?)\\s+\\p{L}{3,}|\\by\\s+(?:est|sont|sera|serait)\\s+(?:favorable|défavorable|opposée?|attachée?)\\b|\\b(?:ce|cet|cette|ces)\\s+(?!(?:sont|qui|que|dont|soit|sera|seront|serait|faisant|jour|stade|titre)\\b)\\p{L}{3,}|^\\s*(?:[-–—]\\s*)?(?:aussi|ainsi|c'est pourquoi|dès lors|dans ce cadre|à cet égard|à cette fin|en conséquence|par conséquent|de ce fait|dans cette perspective|à ce titre)\\b",
);

/**
 * A conclusion drawn from the rule just set out (« Il résulte de ces dispositions que… », « Dès lors, … », « …
 * bénéficient dès lors de cette exonération »), on the case asked (`conclusionOn`): it is about that case even
 * without its words, so that it does not depend on the next sentence, which may answer another request. A sentence
 * that only takes up a word of the rule (« cette nomination ne constitue pas… ») or contrasts with it (« en
 * revanche ») is not drawn in: it is one more statement of the rule, not the conclusion.
 */
export const concludes = lazyRx(
  "\\b(?:il\\s+(?:en\\s+)?(?:résulte|découle|ressort|s'ensuit)|dès lors(?!\\s+qu)|donc|par conséquent|en conséquence|par suite|de ce fait|dans ces conditions|de sorte que|en l'état (?:actuel )?du droit)\\b",
);
