/**
 * Sub-question coverage (RULES.md I4): for each sub-question of the question, the answer sentences that address
 * its object (stems, prefix rule and irregular table; term weights over the answer's sentences; the next sentence
 * counts too) and the evidence its kind requires. Drafters stay in control: a paragraph tied to a sub-question by
 * `<!-- qe: repond Q1 -->` addresses it; `<!-- qe: sans-reponse Q2 : motif -->` leaves it unanswered on purpose.
 */
import { leadingWords, type Finding, type RelatedLocation } from '../findings/finding';
import type { Directive, OffsetRange, QeDocument, Section } from '../model/types';
import { announcesDate, answerForm, describesMechanismBeyondBasis, drawsOwnConclusion, asksDelay, statesCount, statesDelay, carriesEvidence, governmentActs, concreteMeasure, describesAction, figuresIn, namesMeasure, statesNoData, carriesStrongEvidence, citesRule, closesOnRule, conclusionOn, ownConclusionOn, isPendingStudy, isReflection, isRefusal, missingEvidence, refersToRequest, restatesQuestion, withoutLawStatements } from './evidence';
import { extractSubQuestions, findRecall, type ExtractedSubQuestion, type ObjectItem, type ObjectTerm } from './extract';
import { asksJudgement, injunctiveKind, kindLabels } from './kinds';
import { localActorSource } from './kind-forms';
import { noRequestRule, partialRule, unansweredRule } from './meta';
import { findReferral } from './referral';
import { isContentWord, keysMatch, termKey } from './stem';
import { paraphraseKeys, usesRecoursAsUse } from './synonyms';
import { withCalendarItems } from './calendar-items';
import { foldForSearch } from '../text/fold';
import { lazyRx, rx } from './regex';
import { tokenize } from './text';
import { dateFits, figureDimension, figureFits, subjectKeys, type FigureDimension } from './topical';
import { detach } from '../text/detach';
import type { CoverageStatus, SubQuestion, SubQuestionKind } from './types';

/** What the editor shows on a sub-question (hover) besides the JSON contract. */
export interface SubQuestionDetail extends SubQuestion {
  readonly number: number;
  /** French description of the object when anaphora was resolved (`des mesures 16 et 19`). */
  readonly objectLabel?: string;
  /** French descriptions of what the answer lacks (empty when answered). */
  readonly missing: readonly string[];
  /** The answer sentence that comes closest to addressing it. */
  readonly candidate?: OffsetRange;
  /** Set when a `sans-reponse` directive leaves it unanswered on purpose. */
  readonly deliberate?: { readonly reason: string; readonly range: OffsetRange };
  /** Answer paragraphs tied to it by a `repond` directive. */
  readonly tied: readonly OffsetRange[];
  /** Why the evidence counts (French): « la règle citée et une conclusion sur le cas posé », « un refus explicite… ». */
  readonly reason?: string;
  /** Set when the answer refers to the answer to another question. */
  readonly referral?: string;
}

export interface CoverageResult {
  readonly subQuestions: SubQuestion[];
  readonly findings: Finding[];
  readonly details: SubQuestionDetail[];
}

export { noRequestRule, partialRule, unansweredRule };

/**
 * Share of the weighted words of a sub-question's object (of one item, for « ces mesures ») that a sentence, or
 * a sentence read with the next, must contain to address it; bounded below and above by the counts next.
 */
const addressThreshold = 0.28;
const itemThreshold = 0.4;
/** Bounds of the weighted number of request words a sentence must contain. */
const minimumMatch = 1.5;
const maximumMatch = 2.5;
/** Discount of a sentence read with the next one. */
const pairFactor = 0.85;

interface AnswerSentence extends SentenceTerms {
  /** The sentence as written (same offsets as `folded`). */
  readonly text: string;
  readonly range: OffsetRange;
  readonly paragraph: number;
}

/** What the index needs of one sentence; it depends on the text alone. */
interface SentenceTerms {
  readonly folded: string;
  readonly keys: readonly string[];
  /** Whether the sentence carries the evidence of a kind of request, filled as asked. */
  readonly evidence: Map<SubQuestionKind, boolean>;
}

/**
 * Sentence terms by sentence text, kept across analyses: while the answer is typed, only the edited sentence
 * is stemmed again (stemming every sentence took ≈25 ms per keystroke on 50,000 words). Bounded by characters
 * (emptied when full); keys are copies, not slices that would keep their paragraph's text alive (`detach`).
 */
const termsMemo = new Map<string, SentenceTerms>();
const termsMemoBudget = 1 << 21;
let termsMemoChars = 0;

function sentenceTerms(text: string): SentenceTerms {
  let terms = termsMemo.get(text);
  if (!terms) {
    terms = { folded: foldForSearch(text), keys: [...new Set(tokenize(text).map((token) => termKey(token.text)))], evidence: new Map() };
    if (termsMemoChars + text.length > termsMemoBudget) {
      termsMemo.clear();
      termsMemoChars = 0;
    }
    termsMemo.set(detach(text), terms);
    termsMemoChars += text.length;
  }
  return terms;
}

/** The answer's sentences and an index from word keys to the sentences that contain them. */
class AnswerIndex {
  readonly sentences: AnswerSentence[] = [];
  /** Keys of the subject the question's opening announces (`subjectKeys`). */
  readonly subject: readonly string[];
  private readonly byKey = new Map<string, number[]>();
  private readonly matchCache = new Map<string, ReadonlySet<number>>();

  constructor(document: QeDocument) {
    this.subject = subjectKeys(document.question, (key) => !genericKeys.has(key));
    const answer = document.answer;
    if (!answer) return;
    const questionWords = document.question ? tokenize(document.question.paragraphs.map((paragraph) => paragraph.text).join(' ')).map((token) => token.text) : [];
    const acronyms = new AcronymResolver(questionWords);
    answer.paragraphs.forEach((paragraph, index) => {
      for (const sentence of paragraph.sentences) {
        const terms = sentenceTerms(sentence.text);
        const position = this.sentences.length;
        this.sentences.push({ ...terms, text: sentence.text, range: sentence.range, paragraph: index });
        const keys = [...terms.keys, ...acronyms.keys(sentence.text)];
        for (const key of keys) {
          const list = this.byKey.get(key);
          if (list) list.push(position);
          else this.byKey.set(key, [position]);
        }
      }
    });
  }

  /** Sentences containing a word of the same family as `key`. */
  containing(key: string): ReadonlySet<number> {
    const cached = this.matchCache.get(key);
    if (cached) return cached;
    const found = new Set<number>();
    for (const [candidate, positions] of this.byKey) {
      if (keysMatch(key, candidate)) for (const position of positions) found.add(position);
    }
    this.matchCache.set(key, found);
    return found;
  }

  /**
   * Sentences containing a word of the family of a request's term or a paraphrase of it (`paraphraseKeys`). A
   * paraphrase the request itself uses as another term (« automobiles … véhicule ») is that term's match, not
   * this one's: one word of the answer is not counted twice.
   */
  containingTerm(key: string, terms: readonly ObjectTerm[], recoursIsUse = false): ReadonlySet<number> {
    const own = this.containing(key);
    const others = paraphraseKeys(key, recoursIsUse).filter((alias) => !terms.some((term) => keysMatch(term.key, alias)));
    if (others.length === 0) return own;
    const found = new Set(own);
    for (const alias of others) for (const position of this.containing(alias)) found.add(position);
    return found;
  }

  /** Does this sentence carry the evidence a request of this kind needs? (remembered with the sentence) */
  carries(kind: SubQuestionKind, position: number): boolean {
    const { folded, evidence } = this.sentences[position]!;
    let value = evidence.get(kind);
    if (value === undefined) {
      value = carriesEvidence(kind, folded);
      evidence.set(kind, value);
    }
    return value;
  }

  /** Does this sentence carry strong evidence of this kind (`carriesStrongEvidence`)? */
  strong(kind: SubQuestionKind, position: number): boolean {
    return carriesStrongEvidence(kind, this.sentences[position]!.folded);
  }

  /** Weight of a term: rarer in the answer weighs more; a word absent from the answer keeps full weight. */
  weight(term: ObjectTerm): number {
    const total = this.sentences.length;
    const df = this.containing(term.key).size;
    if (df === 0 || total <= 1) return term.weight;
    const idf = Math.log(1 + total / df) / Math.log(1 + total);
    return term.weight * Math.max(0.25, Math.min(1, idf));
  }
}

/** Words skipped between the initials of an acronym (« accompagnants d'élèves en situation de handicap » → AESH). */
const acronymSkipped = new Set(['de', 'des', 'du', 'la', 'le', 'les', 'en', 'et', 'à', 'a', 'au', 'aux', 'pour', 'sur', 'dans', 'par']);
const acronymPattern = /(?<![\p{L}\p{N}])\p{Lu}{2,7}(?![\p{L}\p{N}])/gu;

/**
 * Roman numerals of a text's parts (« le II de l'article 1647 », « titre III », « chapitre XIV ») and French words in
 * capitals are no acronyms; « CDI », « CCI » (letters that could be Roman) are.
 */
const romanNumeral = /^X{0,3}(?:IX|IV|V?I{0,3})$/u;
const capitalWords = new Set(['LE', 'LA', 'LES', 'DE', 'DES', 'DU', 'ET', 'EN', 'AU', 'AUX', 'UN', 'UNE', 'OU', 'NON', 'OUI', 'PAR', 'POUR', 'SUR', 'DANS', 'AVEC', 'SANS', 'NE', 'PAS', 'EST', 'SONT', 'IL', 'ELLE', 'ILS', 'CE', 'CES', 'SA', 'SON', 'SES', 'QUI', 'QUE']);
function isAcronym(acronym: string): boolean {
  return !romanNumeral.test(acronym) && !capitalWords.has(acronym);
}

function initial(word: string): string {
  return word.normalize('NFD').charAt(0).toLowerCase();
}

/** Distinct acronyms resolved per answer: past it an acronym counts for nothing (linear time on hostile text). */
const maxAcronyms = 256;

/**
 * The head word of the question's phrase an acronym of the answer stands for (« les AESH » for « les accompagnants
 * d'élèves en situation de handicap » of the question): an answer names the subject by its acronym, and shares no
 * word with the request otherwise. The acronym's letters are the initials of consecutive words of the question,
 * short function words between them skipped. The question's initials are read once, each acronym resolved once.
 */
class AcronymResolver {
  private readonly initials: string[];
  private readonly skipped: boolean[];
  /** Positions of the question's words that may start an acronym, by initial. */
  private readonly starts = new Map<string, number[]>();
  private readonly resolved = new Map<string, string | undefined>();

  constructor(private readonly words: readonly string[]) {
    this.initials = words.map(initial);
    this.skipped = words.map((word) => acronymSkipped.has(word.toLowerCase()));
    this.initials.forEach((first, position) => {
      if (this.skipped[position]) return;
      const list = this.starts.get(first);
      if (list) list.push(position);
      else this.starts.set(first, [position]);
    });
  }

  keys(text: string): string[] {
    if (this.words.length === 0) return [];
    const found: string[] = [];
    for (const match of text.matchAll(acronymPattern)) {
      const acronym = match[0];
      if (!isAcronym(acronym)) continue;
      if (!this.resolved.has(acronym)) {
        if (this.resolved.size >= maxAcronyms) continue;
        this.resolved.set(acronym, this.resolve([...acronym.toLowerCase()]));
      }
      const key = this.resolved.get(acronym);
      if (key !== undefined) found.push(key);
    }
    return found;
  }

  private resolve(letters: readonly string[]): string | undefined {
    for (const start of this.starts.get(letters[0]!) ?? []) {
      let letter = 1;
      for (let at = start + 1; letter < letters.length && at < this.words.length; at++) {
        if (this.skipped[at]) continue;
        if (this.initials[at] !== letters[letter]) break;
        letter++;
      }
      // One word of the answer counts once: the acronym stands for its head word (« AESH » → « accompagnants »).
      if (letter === letters.length) return termKey(this.words[start]!);
    }
    return undefined;
  }
}

interface Scored {
  /** Score of each sentence alone. */
  readonly scores: number[];
  /** Sentences that address the object (alone, or with the next sentence). */
  readonly addressing: number[];
  readonly best: number;
}

function score(index: AnswerIndex, terms: readonly ObjectTerm[], share: number, request = ''): Scored {
  const recoursIsUse = usesRecoursAsUse(request);
  const count = index.sentences.length;
  const matched = new Array<number>(count).fill(0);
  const ranked = new Array<number>(count).fill(0);
  const hits: Set<number>[] = Array.from({ length: count }, () => new Set<number>());
  // Whether a sentence is on the object is judged on the request's own words, independently of the rest of
  // the answer (deleting a sentence never changes another's verdict); rarity in the answer (idf) only ranks
  // the candidates.
  let total = 0;
  terms.forEach((term, termIndex) => {
    total += term.weight;
    const rank = index.weight(term);
    for (const position of index.containingTerm(term.key, terms, recoursIsUse)) {
      matched[position]! += term.weight;
      ranked[position]! += rank;
      hits[position]!.add(termIndex);
    }
  });
  // Questions are wordier than answers, which paraphrase: a share of the request's words, within bounds.
  const needed = Math.min(total, Math.max(minimumMatch, Math.min(maximumMatch, share * total)));
  const scores = matched.map((value) => (needed > 0 ? value / needed : 0));
  const addressing: number[] = [];
  let best = -1;
  for (let i = 0; i < count; i++) {
    if (best < 0 || ranked[i]! > ranked[best]!) best = i;
    let pair = 0;
    if (i + 1 < count && needed > 0) {
      pair = matched[i]!;
      for (const termIndex of hits[i + 1]!) if (!hits[i]!.has(termIndex)) pair += terms[termIndex]!.weight;
      pair = (pairFactor * pair) / needed;
    }
    if (needed > 0 && (scores[i]! >= 1 || (pair >= 1 && scores[i]! >= 0.5))) addressing.push(i);
  }
  return { scores, addressing, best: best >= 0 && matched[best]! > 0 ? best : -1 };
}

/**
 * Sentences that share words with a request none addresses fully, kept when they are among the closest to it
 * (at least half the best score): the answer's own conclusion, not a remark further off, so that without that
 * sentence the request is flagged.
 */
function closest(scores: readonly number[], keep: (position: number) => boolean): number[] {
  const best = scores.reduce((max, value) => Math.max(max, value), 0);
  return scores.flatMap((value, position) => (value > 0 && value >= best / 2 && keep(position) ? [position] : []));
}

/** Sentences close to the request and carrying strong evidence of its kind (`carriesStrongEvidence`). */
function strongSentences(index: AnswerIndex, sub: ExtractedSubQuestion, scores: readonly number[]): number[] {
  return closest(scores, (position) => strongFor(index, sub, position) && sharesDistinctive(index, sub, position));
}

/**
 * A legal request none of whose sentences repeats enough of its words (« quelles sanctions encourt un baigneur qui
 * ne respecte pas cette interdiction » → « Le non-respect de son arrêté est puni de l'amende prévue… par l'article
 * R. 610-5 du code pénal »): the closest sentences that share a distinctive word with it and cite a rule are its
 * own passage, so that it does not depend on the sentence that answers the request beside it.
 */
function citingSentences(index: AnswerIndex, sub: ExtractedSubQuestion, scores: readonly number[], siblings: ReadonlySet<number>): number[] {
  return closest(scores, (position) => !siblings.has(position) && citesRule(index.sentences[position]!.folded) && sharesDistinctive(index, sub, position));
}

/**
 * For each request of the question, the sentences that address another request by themselves (`score` ≥ 1 alone):
 * they are that request's own passage, and a fallback does not lend them to this one (when the sentence that
 * answers this request is deleted, the neighbour's rule must not stand in for it).
 */
function siblingPassages(index: AnswerIndex, subs: readonly ExtractedSubQuestion[]): Set<number>[] {
  const own = subs.map((sub) => score(index, sub.terms, addressThreshold, foldForSearch(sub.text)).scores.flatMap((value, position) => (value >= 1 ? [position] : [])));
  return subs.map((_, self) => new Set(own.flatMap((positions, other) => (other === self ? [] : positions))));
}

/**
 * Words any administrative answer uses whatever it answers (« situation », « dispositif », « cadre », « publique »):
 * sharing one of them does not tie a sentence to a request.
 */
const genericKeys = new Set(
  (
    'situation situations dispositif dispositifs cadre question questions problème problèmes problématique ' +
    'problématiques sujet sujets domaine domaines politique politiques public publique publics publiques national ' +
    'nationale nationaux nationales france français française personne personnes enjeu enjeux besoin besoins ' +
    'objectif objectifs secteur secteurs niveau niveaux actuel actuelle actuellement général générale'
  )
    .split(' ')
    .map((word) => termKey(word)),
);

/**
 * A fallback (no sentence addresses the request by its words) needs a word of this request's own object in the
 * sentence: not a generic word, and not the answer's theme (a word in more than half its sentences), which every
 * sentence shares. Without it, once the passage that answers is gone, any refusal, figure or legal qualification
 * elsewhere in the answer would be taken for the answer.
 */
function sharesDistinctive(index: AnswerIndex, sub: ExtractedSubQuestion, position: number): boolean {
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
function nearObject(index: AnswerIndex, sub: ExtractedSubQuestion, position: number): boolean {
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
const acknowledgement = lazyRx("\\b(?:est|reste|demeure|sont|restent)\\s+(?:pleinement\\s+|très\\s+|particulièrement\\s+)?(?:consciente?s?|attentive?s?|attentifs|sensibles?|mobilisée?s?|vigilante?s?)\\b|\\b(?:partage|comprend|entend)\\s+(?:les|ces|vos)\\s+(?:inquiétudes|préoccupations|craintes|attentes)");

/** A word of the request itself (not a generic word) in the sentence or a sentence next to it in its paragraph. */
function nearRequest(index: AnswerIndex, sub: ExtractedSubQuestion, position: number): boolean {
  const paragraph = index.sentences[position]!.paragraph;
  const around = [position - 1, position, position + 1].filter((near) => index.sentences[near]?.paragraph === paragraph);
  return sub.terms.some((term) => !genericKeys.has(term.key) && around.some((near) => index.containing(term.key).has(near)));
}

/**
 * The sentence is on the question's subject (`nearObject`), or a sentence next to it in its paragraph names that
 * subject and the sentence does not turn to another one (« Par ailleurs, le Gouvernement a consacré 30 M€ au fonds de
 * soutien à la filière laitière »).
 */
function onSubject(index: AnswerIndex, sub: ExtractedSubQuestion, position: number): boolean {
  if (nearObject(index, sub, position)) return true;
  const sentence = index.sentences[position]!;
  if (topicShift().test(sentence.folded)) return false;
  const around = [position - 1, position + 1].filter((near) => index.sentences[near]?.paragraph === sentence.paragraph);
  return index.subject.some((key) => !genericKeys.has(key) && around.some((near) => index.containing(key).has(near)));
}

/** An opening that turns to another subject. */
const topicShift = lazyRx("^\\W*(?:par ailleurs|d'autre part|en outre|s'agissant d|quant à|pour ce qui (?:est|concerne)|concernant|en ce qui concerne)\\b");

/**
 * The sentence is on the request's object: it contains a word of the request or of the question's subject (generic
 * words aside), or it takes up the sentence before it in its paragraph (« conforter ces usages », « Aussi, une
 * réflexion… ») and that sentence is on the object. « Par ailleurs, une étude est menée sur… » does not.
 */
function onObject(index: AnswerIndex, sub: ExtractedSubQuestion, position: number): boolean {
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
function withContinuations(index: AnswerIndex, addressing: readonly number[], takesUp: (folded: string) => boolean = (folded) => continues().test(folded)): number[] {
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
function withClosing(index: AnswerIndex, addressing: readonly number[], request: string, siblings: ReadonlySet<number>, sub?: ExtractedSubQuestion): number[] {
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
const continues = lazyRx(
  "\\b(?:n'y|n'en)\\s+(?:est|sont|sera|serait|a|voit|envisage|entend|prévoit)\\b|\\b(?:un tel|une telle|de tels|de telles|pareille?s?)\\s+\\p{L}{3,}|\\by\\s+(?:est|sont|sera|serait)\\s+(?:favorable|défavorable|opposée?|attachée?)\\b|\\b(?:ce|cet|cette|ces)\\s+(?!(?:sont|qui|que|dont|soit|sera|seront|serait|faisant|jour|stade|titre)\\b)\\p{L}{3,}|^\\s*(?:[-–—]\\s*)?(?:aussi|ainsi|c'est pourquoi|dès lors|dans ce cadre|à cet égard|à cette fin|en conséquence|par conséquent|de ce fait|dans cette perspective|à ce titre)\\b",
);

/**
 * A conclusion drawn from the rule just set out (« Il résulte de ces dispositions que… », « Dès lors, … », « …
 * bénéficient dès lors de cette exonération »), on the case asked (`conclusionOn`): it is about that case even
 * without its words, so that it does not depend on the next sentence, which may answer another request. A sentence
 * that only takes up a word of the rule (« cette nomination ne constitue pas… ») or contrasts with it (« en
 * revanche ») is not drawn in: it is one more statement of the rule, not the conclusion.
 */
const concludes = lazyRx(
  "\\b(?:il\\s+(?:en\\s+)?(?:résulte|découle|ressort|s'ensuit)|dès lors(?!\\s+qu)|donc|par conséquent|en conséquence|par suite|de ce fait|dans ces conditions|de sorte que|en l'état (?:actuel )?du droit)\\b",
);

/** The counted thing of a request for numbers (« combien de bénéficiaires », « le nombre de places »). */
const countedThing = lazyRx("\\b(?:combien\\s+d(?:e\\s+|')|nombre\\s+d(?:e\\s+|'))(?:l'|la\\s+|les\\s+)?(\\p{L}{3,})");

/**
 * Strong evidence for this request: a figure counts for « combien de bénéficiaires » only in a sentence that
 * names the beneficiaries (the figure closest to the request, not any figure of the answer).
 */
function strongFor(index: AnswerIndex, sub: ExtractedSubQuestion, position: number): boolean {
  if (!index.strong(sub.kind, position)) return false;
  if (sub.kind !== 'chiffres') return true;
  if (!measuresAsked(index, sub, position)) return false;
  const counted = countedThing().exec(foldForSearch(sub.text))?.[1];
  return counted === undefined || index.containing(termKey(counted)).has(position);
}

const dimensions = new WeakMap<ExtractedSubQuestion, FigureDimension>();
const countedThings = new WeakMap<ExtractedSubQuestion, string | null>();

/**
 * For a request for figures, a figure counts only if it measures what is asked (`figureFits`): once the count asked
 * is removed from the answer, its budget or a training time is not read as the count. For a calendar, the date in
 * another text's name is not the date asked (`dateFits`).
 */
function measuresAsked(index: AnswerIndex, sub: ExtractedSubQuestion, position: number): boolean {
  if (sub.kind === 'calendrier') {
    const folded = index.sentences[position]!.folded;
    const rest = withoutPastDates(sub, folded);
    return dateFits(foldForSearch(sub.text), rest) && (rest === folded || carriesEvidence('calendrier', rest));
  }
  if (sub.kind !== 'chiffres') return true;
  const folded = index.sentences[position]!.folded;
  const request = foldForSearch(sub.text);
  // « combien de sites … dans le département »: a national figure (« au niveau national », « sur l'ensemble du territoire »)
  // is not the local one asked.
  if (localScope().test(request) && nationalScope().test(folded) && !local(request, folded)) return false;
  return figureFits(dimensionOfRequest(sub), folded) && countsThingAsked(sub, folded) && !ofAnotherYear(request, folded, dimensionOfRequest(sub));
}

/** A figure asked for one territory (« dans le département », « dans cette académie », « dans la commune »). */
const localScope = lazyRx("\\b(?:dans|pour|sur)\\s+(?:le|la|l'|ce|cette|cet|chaque|leur|son|sa)\\s*(?:département|académie|région|commune|circonscription|territoire de la commune|bassin|agglomération|arrondissement|ville)\\b|\\bdans\\s+(?:le|la|l')\\s*(?:département|académie|région)\\s+d(?:e|u|es|')");
/** The territory the request names (« dans le département de l'Yonne » → « yonne », « la région Normandie » → « normandie »). */
const askedPlace = lazyRx("\\b(?:département|région|académie|commune|ville|circonscription)\\s+(?:de\\s+la\\s+|de\\s+l'|du\\s+|des\\s+|de\\s+|d')?(\\p{L}[\\p{L}-]{2,})");
const territoryWord = lazyRx("\\b(?:département|académie|région|commune|circonscription)\\b");
/**
 * A sentence about the territory asked, even beside a national total (« Le département de l'Yonne compte 1 120 édifices
 * protégés, soit 2,5 % des 45 000 … au niveau national »): a local scope, a territory named, or the place of the request.
 */
function local(request: string, folded: string): boolean {
  if (localScope().test(folded) || territoryWord().test(folded)) return true;
  const place = askedPlace().exec(request)?.[1];
  return place !== undefined && isContentWord(place) && wordsOf(folded).includes(place);
}
/** A figure given for the whole country. */
const nationalScope = lazyRx("\\b(?:au niveau national|à l'échelle nationale|à l'échelle du pays|sur l'ensemble du territoire(?: national)?|dans l'ensemble du pays|en france(?: entière| métropolitaine)?|au plan national)\\b");
const yearPattern = /\b(?:19|20)\d{2}\b/gu;
const yearRange = /\b(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}\b/gu;
/** The year a figure is given for, right after it (« 17,1 mois en 2022 », « 4 milliards d'euros en 2024 », « au cours de l'année 2022-2023 »). */
const yearOfFigure = lazyRx("^[^.;:]{0,25}?\\b(?:en|pour|de l'année|au cours de l'année(?:\\s+scolaire|\\s+universitaire)?|au titre de(?:\\s+l'année)?|au titre de l'exercice)\\s+((?:19|20)\\d{2}(?:\\s*[-–]\\s*(?:19|20)\\d{2})?)\\b");

/**
 * The year a figure is given for, just before it through a relative clause (« par rapport à 2023, où ils étaient
 * 40 000 »), or for the whole sentence when it opens on it (« En 2023, le délai s'établissait à 16,3 mois ») and
 * nothing between the opening and the figure, or right after the figure, dates it otherwise (« fin 2024 », « au 31
 * décembre 2024 », « aujourd'hui »). « par rapport à 2023 » alone names the baseline of a comparison, not the figure's year.
 */
const yearJustBefore = rx("\\b(?:en|par rapport à|qu'en)\\s+((?:19|20)\\d{2})\\s*,?\\s*(?:où|quand|lorsque)\\s+(?:[\\p{L}'-]+\\s+){0,4}$");
const bareCount = /(?<![\p{L}\p{N}])\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?![\p{L}\p{N}])/gu;
const sentenceYear = rx("^\\W{0,3}en\\s+((?:19|20)\\d{2})\\s*,");
/** A date of its own (a year, « aujourd'hui », « désormais », « à ce jour »…) between a sentence's opening year and a figure. */
const ownDate = rx("\\b(?:19|20)\\d{2}\\b|\\b(?:aujourd'hui|désormais|actuellement|à ce jour|à présent|dorénavant|cette année|l'an dernier|l'année dernière|en cours)\\b");
/** The other term of a comparison (« contre 190 000 en 2023 », « par rapport à 2022 »), after which a year is not this figure's. */
const comparedTo = rx("\\b(?:contre|par rapport à|comparé à|au lieu de|alors qu)\\b");
/** The same, every occurrence: where each comparison of a sentence starts, found once for all its figures. */
const comparedToAll = lazyRx("\\b(?:contre|par rapport à|comparé à|au lieu de|alors qu)\\b", 'g');
function yearBeforeFigure(folded: string, at: number, end: number): string | undefined {
  const before = yearJustBefore.exec(folded.slice(Math.max(0, at - 60), at))?.[1];
  if (before !== undefined) return before;
  const opening = sentenceYear.exec(folded);
  if (!opening) return undefined;
  const next = /^[^.;:]{0,30}/u.exec(folded.slice(end))?.[0] ?? '';
  const comparison = next.search(comparedTo);
  const after = comparison >= 0 ? next.slice(0, comparison) : next;
  return firstOwnDateEnd(folded, opening[0].length) <= at || ownDate.test(after) || ownDateMemo!.relative ? undefined : opening[1];
}
/** A date relative to the opening year (« l'année suivante », « depuis lors », « trois ans plus tard »): the figures are not all of that year. */
const relativeDate = lazyRx("\\b(?:l'année (?:suivante|d'après|qui a suivi)|l'an passé|depuis lors|par la suite|(?:\\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|un|une) (?:ans?|années?|mois) (?:plus tard|après))\\b");
/**
 * Where the first date of its own after a sentence's opening year ends (Infinity when none), and whether a relative
 * date follows it anywhere (« l'année suivante »): found once per sentence,
 * not once per figure, so that a long sentence with many figures stays linear.
 */
let ownDateMemo: { folded: string; from: number; end: number; relative: boolean } | undefined;
function firstOwnDateEnd(folded: string, from: number): number {
  if (ownDateMemo?.folded === folded && ownDateMemo.from === from) return ownDateMemo.end;
  const rest = folded.slice(from);
  const found = ownDate.exec(rest);
  const end = found ? from + found.index + found[0].length : Number.POSITIVE_INFINITY;
  ownDateMemo = { folded, from, end, relative: relativeDate().test(rest) };
  return end;
}
/**
 * The years a request asks about: governed by « en / pour / au titre de / au cours de l'année » (« ouvertes en 2024 »),
 * not a text's date (« la loi du 23 novembre 2018 »). A period (« entre 2023 et 2025 », « de 2020 à 2024 », « depuis
 * 2020 ») asks about no single year: none is returned.
 */
const askedYearForm = rx("\\b(?:en|pour|au titre de(?:\\s+l'année|\\s+l'exercice)?|au cours de l'année(?:\\s+scolaire|\\s+universitaire)?|de l'année|durant l'année)\\s+((?:19|20)\\d{2}(?:\\s*[-–]\\s*(?:19|20)\\d{2})?)\\b", 'g');
const periodAsked = rx("\\b(?:entre|depuis|jusqu'en|à partir de|à compter de)\\s+(?:l'année\\s+)?(?:19|20)\\d{2}\\b|\\bde\\s+(?:19|20)\\d{2}\\s+à\\s+(?:19|20)\\d{2}\\b");
function askedYears(requestFolded: string): readonly string[] {
  if (periodAsked.test(requestFolded)) return [];
  return [...new Set([...requestFolded.matchAll(askedYearForm)].map((found) => found[1]!))];
}

/**
 * For a figure asked for a year (« le délai moyen … en 2023 »), the sentence gives no figure of it when every figure is
 * given for another year (« contre 17,1 mois en 2022 », « un coût de 4 milliards d'euros en 2024 » for the aid of
 * 2025), or is only an amount not asked or the unit of a rate (« 1 250 euros par bloc de dix-huit heures »).
 */
function ofAnotherYear(requestFolded: string, folded: string, dimension: FigureDimension, seen?: { figure: string; year: string; folded: string; at: number }[]): boolean {
  const governed = askedYears(requestFolded);
  const asked = new Set(governed.flatMap((year) => year.match(yearPattern) ?? []));
  if (asked.size === 0) return false;
  // A school or budget year (« 2023-2024 ») is asked as a whole: « 2022-2023 » is another one.
  const askedRanges = new Set(governed.flatMap((year) => year.match(yearRange) ?? []).map((range) => range.replace(/\s*[-–]\s*/u, '-')));
  // A count without its unit (« où ils étaient 40 000 ») is dated like a figure.
  const withUnit = figuresIn(folded);
  const figures = withUnit.length > 0 ? withUnit : statesCount(folded) ? (folded.match(bareCount) ?? []) : [];
  if (figures.length === 0) return false;
  let from = 0;
  let dated = 0;
  const comparisons = [...folded.matchAll(comparedToAll())].map((found) => found.index);
  let nextComparison = 0;
  for (const figure of figures) {
    const at = folded.indexOf(figure, from);
    if (at < 0) return false;
    from = at + figure.length;
    // The unit of a rate (« 1 250 euros par bloc de dix-huit heures »), or an amount when no amount is asked, is not the figure asked.
    if (rateUnit().test(folded.slice(Math.max(0, at - 30), at)) || (dimension !== 'money' && dimension !== 'rate' && dimension !== 'any' && /%|‰|€|\beuros?\b|\bd'euros\b/u.test(figure))) continue;
    dated++;
    // « 203 000, contre 190 000 en 2023 »: the year after « contre » / « par rapport à » dates the other figure.
    while (nextComparison < comparisons.length && comparisons[nextComparison]! < from) nextComparison++;
    const after = folded.slice(from, nextComparison < comparisons.length ? comparisons[nextComparison] : undefined);
    const year = yearOfFigure().exec(after)?.[1] ?? yearBeforeFigure(folded, at, from);
    if (year === undefined) return false;
    seen?.push({ figure, year, folded, at });
    const range = year.replace(/\s*[-–]\s*/u, '-');
    if (range.includes('-') && askedRanges.size > 0 ? askedRanges.has(range) : (year.match(yearPattern) ?? []).some((found) => asked.has(found))) return false;
  }
  // Only amounts or rate units: no figure of the thing asked, unless a count is stated without its unit (« étaient 85 000 »).
  return dated > 0 || !statesCount(folded);
}

/** « dans chacune des trois fonctions publiques », « pour chacun des 4 départements »: a figure for each part. */
const eachOf = lazyRx("\\bchacun(?:e)?\\s+des\\s+(deux|trois|quatre|cinq|six|\\d{1,2})\\b");
const numberWords: Readonly<Record<string, number>> = { deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6 };
/** A request for new measures (« les mesures nouvelles », « de nouvelles dispositions »). */
const newMeasuresAsked = lazyRx("\\b(?:(?:mesures?|dispositions?|dispositifs?|actions?|initiatives?)\\s+nouvelles?|nouvel(?:le)?s?\\s+(?:mesures?|dispositions?|dispositifs?|actions?|initiatives?))\\b");
/** Something done, decided or to come (« a été créé », « sera présenté », « récemment », « a engagé »). */
const somethingNew = lazyRx("\\b(?:sera|seront|a été|ont été|vient d'être|viennent d'être|récemment|prochainement|désormais|nouve(?:au|aux|lle|lles|l)|a (?:engagé|lancé|annoncé|décidé|créé|mis en place|présenté)|ont (?:engagé|lancé|annoncé|décidé|créé|mis en place|présenté)|(?:va|vont) (?:être|permettre)|(?:est|sont) en cours)\\b");
/** A request for financial support (« accompagner financièrement », « un soutien financier », « les moyens financiers »). */
// A financial support asked (« accompagner financièrement », « un soutien financier », « des moyens financiers »), not any
// « financier » (« l'équilibre financier des hôpitaux »).
const financialAsked = lazyRx("\\bfinancièrement\\b|\\b(?:soutien|aide|aides|appui|accompagnement|moyens|concours|contribution|participation|effort|compensation)\\s+financi(?:er|ère|ers|ères)\\b");
/** What financial support is said in (credits, an aid, a fund, an amount). */
const financialMeans = lazyRx("\\b(?:crédits?|financ\\p{L}*|budg\\p{L}*|dotations?|enveloppes?|subventions?|euros?|aides?|fonds|prêts?|avances?|cofinanc\\p{L}*|exonérations?|crédit d'impôt|dégrèvements?|indemnisations?|m€|md€|detr|dsil|dsid|fipd|fnadt|fctva|dgf|dsr|dcrtp|fonds vert|prise?s?\\s+en\\s+charge|rembours\\p{L}*|compens\\p{L}*|mobilis\\p{L}*\\s+(?:les\\s+)?(?:crédits|moyens))\\b|€|%");

/** A calendar asked for an act to come (« seront en service », « l'entrée en vigueur de cette réforme »). */
const futureAsked = lazyRx("\\b(?:sera|seront|serait|seraient|pourra|pourront|interviendra|interviendront|entrera|entreront|aboutira|aboutiront)\\b|\\bentrée en vigueur\\b|\\b(?:mise|mises) en (?:œuvre|oeuvre|service|place)\\b");
const monthName = '(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)';
/** The date of a stock-take (« au 30 septembre 2024 », « à la fin du mois de septembre 2024 »), in a sentence in the imperfect. */
const stockTakeDate = lazyRx(`\\b(?:au|à la fin (?:du mois )?d(?:e|')|à la date du|fin)\\s+(?:(?:1er|\\d{1,2})\\s+)?(?:${monthName}\\s+)?(?:19|20)\\d{2}\\b`, 'g');
const imperfect = lazyRx("\\b(?:étai(?:t|ent)|avai(?:t|ent)|comptai(?:t|ent)|s'élevai(?:t|ent))\\b");
/** A future or expected act before a participle (« sera publié en juin 2025 », « devrait être lancé en 2026 »). */
const toCome = lazyRx("\\b(?:sera|seront|serait|seraient|devrait être|devraient être|pourra être|pourront être|va être|vont être|doit être|doivent être)\\s+(?:\\p{L}+\\s+)?$");
/** A participle with its date (« généralisé en 2021 », « annoncé en octobre 2023 »): the history of what exists. */
const historyDate = lazyRx(`\\b(\\p{L}{2,}(?:é|ée|és|ées))\\s+(?:en|depuis|dès)\\s+(?:(?:1er|\\d{1,2})\\s+)?(?:${monthName}\\s+)?(?:19|20)\\d{2}\\b`, 'gu');

/**
 * For a calendar asked for an act to come, the dates that tell the past are not its date: a stock-take (« 31 étaient en
 * service au 30 septembre 2024 ») or the history of the scheme (« le pass, généralisé en 2021, … ») unless the
 * participle is the act asked (« quand sera publié » → « publié en mars 2024 »).
 */
function withoutPastDates(sub: ExtractedSubQuestion, folded: string): string {
  const request = foldForSearch(sub.text);
  if (!futureAsked().test(request)) return folded;
  const asked = [...new Set([...sub.terms.map((term) => term.key), ...(request.match(/\p{L}{3,}/gu) ?? []).map((word) => termKey(word))])];
  let rest = imperfect().test(folded) ? folded.replace(stockTakeDate(), (found) => ' '.repeat(found.length)) : folded;
  rest = rest.replace(historyDate(), (found, participle: string, at: number) => (asked.some((key) => keysMatch(termKey(participle), key)) || toCome().test(folded.slice(Math.max(0, at - 40), at)) ? found : ' '.repeat(found.length)));
  return rest;
}

/**
 * The noun whose number a count request asks (« le nombre de dossiers » → « dossiers »), with its paraphrases, as a
 * test of a word; undefined when the request asks no count.
 */
function countedNoun(sub: ExtractedSubQuestion): ((word: string) => boolean) | undefined {
  let counted = countedThings.get(sub);
  if (counted === undefined) {
    counted = countedThing().exec(foldForSearch(sub.text))?.[1] ?? null;
    countedThings.set(sub, counted);
  }
  if (counted === null || dimensionOfRequest(sub) !== 'count') return undefined;
  const key = termKey(counted);
  const aliases = [key, ...paraphraseKeys(key)];
  return (word) => {
    const found = termKey(word);
    return aliases.some((alias) => keysMatch(found, alias));
  };
}
const wordsOf = (text: string): string[] => text.match(/\p{L}+/gu) ?? [];
/** The first `count` words of `text` from `from`, without reading the rest of it. */
function wordsAfter(text: string, from: number, count: number): string[] {
  const word = /\p{L}+/gu;
  word.lastIndex = from;
  const found: string[] = [];
  for (let match = word.exec(text); match && found.length < count; match = word.exec(text)) found.push(match[0]);
  return found;
}

/**
 * « le nombre de contrats d'apprentissage »: a count counts the thing asked when it is said of it (« 852 000 nouveaux
 * contrats »), not a share of hirings or a count of apprentices in the same answer: a figure followed within four
 * words by the counted noun or after it in the sentence (its subject), a bare figure, a count stated of it (« le
 * nombre de contrats s'élève à… »), or no data.
 */
/** The words of a figure that are its magnitude, not a counted noun (« 2,7 millions », « 80 euros », « 12 % »). */
const magnitudeWord = lazyRx("^(?:millions?|milliards?|milliers?|centaines?|dizaines?|euros?|d'euros|mille|cents?|points?|fois)$");
/** What puts a figure under a rate (« par bloc de », « par tranche de », « toutes les »). */
const rateUnit = lazyRx("(?:\\bpar\\s+(?:bloc|tranche|lot|période|séance|module|palier|fraction)\\s+d(?:e\\s+|')|\\bpar\\s+|\\b(?:tous|toutes)\\s+les\\s+)$");
/** A figure given per period or per actor (« 800 nouveaux sites par an », « deux contrôles par mois et par opérateur »). */
const perPeriod = lazyRx("^\\s*(?:[\\p{L}'-]+\\s+){0,3}?(?:par\\s+(?:an|année|mois|semaine|jour|opérateur|établissement|entreprise)|chaque\\s+(?:année|mois|semaine))\\b");
/** A figure asked per period or per actor itself (« chaque année », « par an », « annuel », « par établissement »). */
const askedPerPeriod = lazyRx("\\b(?:chaque\\s+(?:année|mois|semaine|jour)|par\\s+(?:an|année|mois|semaine|jour|établissement|opérateur)|annuel\\p{L}*|mensuel\\p{L}*|en\\s+moyenne)\\b");
/** A count of those for whom something did not happen (« combien de ménages n'ont pas reçu… », « ne sont pas pourvus »). */
const negativeCount = lazyRx("^(?:combien|quel\\s+est\\s+le\\s+nombre)\\b[^,;]*?\\b(?:n'|ne\\s+)(?:[\\p{L}-]+\\s+){1,2}?(?:pas|plus|jamais)\\b");
const leftOut = lazyRx("\\b(?:n'|ne\\s+)[\\p{L}'-]+(?:\\s+[\\p{L}'-]+)?\\s+(?:pas|plus|jamais|aucun)\\b|\\bsans\\b|\\bnon[\\s-]+\\p{L}+|\\baucune?\\b|\\b(?:privée?s?|exclue?s?|écartée?s?|restée?s?|manquante?s?|omise?s?|oubliée?s?)\\b");
/** The participle of a count request (« combien de logements ont été effectivement livrés » → « livrés »). */
const askedParticiple = lazyRx("\\b(?:ont|a|sont|est|seront|sera)\\s+(?:été\\s+)?(?:\\p{L}+ment\\s+)?(\\p{L}{4,}(?:és|ées|is|ies|us|ues|ts|tes))\\b");
/** A programme noun right before a quoted name (« le plan « 200 000 places » », « l'appel à projets « 1 000 cafés » »). */
const programmeBeforeQuote = rx("\\b(?:plans?|programmes?|dispositifs?|opérations?|labels?|appels? à projets|appels? à manifestation d'intérêt|stratégies?|pactes?|chantiers?|initiatives?|fonds|campagnes?|objectifs?|feuilles? de route|grands? plans?)\\s*(?:national\\s+|nationale\\s+|intitulée?s?\\s+|dit\\s+|dite\\s+)?$");
/**
 * The offset is inside the quoted name of a programme (« le plan « 200 000 places » »): an opening guillemet before it
 * not yet closed, right after a programme noun. A quoted report or text (« le bilan précise que « 8 500 logements ont
 * été livrés » ») is not a name: its figures count.
 */
function insideQuotes(folded: string, at: number): boolean {
  const before = folded.slice(0, at);
  const opening = before.lastIndexOf('«');
  return opening > before.lastIndexOf('»') && programmeBeforeQuote.test(folded.slice(Math.max(0, opening - 50), opening));
}

function countsThingAsked(sub: ExtractedSubQuestion, folded: string): boolean {
  const names = countedNoun(sub);
  if (names === undefined) return true;
  if (statesNoData(folded)) return true;
  // « combien de ménages n'ont pas reçu leur chèque » counts those left out: a figure of all the households (« attribué
  // à 5,6 millions de ménages ») is not it; the sentence must say who did not (a negation, « sans », « non »).
  if (negativeCount().test(foldForSearch(sub.text)) && !leftOut().test(folded)) return false;
  // « Le nombre de contrats signés s'élève à 120 000 »: the count is said of the thing asked.
  if (statesCount(folded) && /\b(?:nombre|total|effectifs?)\b/u.test(folded) && wordsOf(folded).some(names)) return true;
  const figures = figuresIn(folded);
  // « Les contrats signés étaient 120 000 »: a count without its unit is of the sentence's subject.
  if (figures.length === 0) return statesCount(folded);
  // « combien de logements ont été livrés » → « 5 200 ont été financés, dont 3 900 livrés »: the figure whose unit is
  // the participle asked counts what the request counts.
  const done = askedParticiple().exec(foldForSearch(sub.text))?.[1];
  let from = 0;
  for (const figure of figures) {
    const at = folded.indexOf(figure, from);
    if (at < 0) return true;
    from = at + figure.length;
    // « 1 250 euros par bloc de dix-huit heures »: the figure after « par (bloc de) » is the unit of a rate, not a count.
    if (rateUnit().test(folded.slice(Math.max(0, at - 30), at))) continue;
    // « le plan « 60 000 logements étudiants » »: a figure in a quoted name names a programme, it counts nothing done.
    if (insideQuotes(folded, at)) continue;
    // « construire entre 600 et 800 nouveaux sites par an »: a yearly obligation or pace, not the count of what was done.
    if (!askedPerPeriod().test(foldForSearch(sub.text)) && perPeriod().test(folded.slice(from, from + 60))) continue;
    if (done !== undefined && wordsOf(figure).slice(-1).some((word) => keysMatch(termKey(word), termKey(done)))) return true;
    // The figure's own unit or the words right after it (« 852 000 nouveaux contrats », « 41 000 agents »), or the
    // thing asked as the subject before it (« les bénéficiaires … représentent 12 % des demandeurs d'emploi »).
    if (wordsOf(figure).some(names) || wordsAfter(folded, from, 3).some(names)) return true;
    // The thing asked as the subject before a figure counts it only when the figure has no noun of its own: « destinée aux
    // édifices des communes de moins de 10 000 habitants » counts inhabitants, not buildings.
    const ownNoun = wordsOf(figure).some((word) => !magnitudeWord().test(word));
    if (!ownNoun && wordsOf(folded.slice(0, at)).some(names)) return true;
  }
  return false;
}

/**
 * The sentences that state a count of the thing asked (« le nombre de dossiers » → « 48 000 dossiers »): the figure
 * with that noun as its unit or as the word right after it; not a share or an amount (« 60 % des dossiers »), not a
 * figure about something else, not another request's own passage.
 */
function countsOfThingAsked(index: AnswerIndex, sub: ExtractedSubQuestion, siblings: ReadonlySet<number>): number[] {
  const names = countedNoun(sub);
  if (names === undefined) return [];
  return index.sentences.flatMap((sentence, position) => {
    const folded = sentence.folded;
    if (siblings.has(position) || restatesQuestion(folded)) return [];
    if (negativeCount().test(foldForSearch(sub.text)) && !leftOut().test(folded)) return [];
    if (localScope().test(foldForSearch(sub.text)) && nationalScope().test(folded) && !local(foldForSearch(sub.text), folded)) return [];
    let from = 0;
    for (const figure of figuresIn(folded)) {
      const at = folded.indexOf(figure, from);
      if (at < 0) break;
      from = at + figure.length;
      if (insideQuotes(folded, at)) continue;
      if (/%|‰|€|\beuros?\b|\bd'euros\b/u.test(figure) || (!askedPerPeriod().test(foldForSearch(sub.text)) && perPeriod().test(folded.slice(from, from + 60)))) continue;
      if (wordsOf(figure).some(names) || wordsAfter(folded, from, 1).some(names)) return [position];
    }
    return [];
  });
}

function dimensionOfRequest(sub: ExtractedSubQuestion): FigureDimension {
  let dimension = dimensions.get(sub);
  if (dimension === undefined) {
    dimension = figureDimension(foldForSearch(sub.text));
    dimensions.set(sub, dimension);
  }
  return dimension;
}

/**
 * Sentences carrying the kind's evidence among the addressing ones (or the sentence right after them, unless that
 * one is about another item of the request: « … à la rentrée 2025. La formation des enseignants débutera en 2026 »
 * dates the second measure, not the first).
 */
function evidenceFor(index: AnswerIndex, sub: ExtractedSubQuestion, addressing: readonly number[], others: ReadonlySet<number> = new Set()): number[] {
  const found = new Set<number>();
  for (const position of addressing) {
    const sentence = index.sentences[position]!;
    if ((index.carries(sub.kind, position) && measuresAsked(index, sub, position)) || delayFor(sub, sentence.folded)) {
      found.add(position);
      continue;
    }
    if (sub.kind === 'calendrier' || sub.kind === 'chiffres' || continuesPrevious(index, sub.kind, position + 1)) {
      const next = index.sentences[position + 1];
      if (next && next.paragraph === sentence.paragraph && !others.has(position + 1) && index.carries(sub.kind, position + 1) && measuresAsked(index, sub, position + 1)) found.add(position + 1);
    }
  }
  return [...found].sort((a, b) => a - b);
}

/**
 * « Dans quel délai » is answered by a legal time limit (« le maire est tenu de convoquer le conseil dans un délai
 * maximal de trente jours »), in a sentence that states a rule; when the Government's own act is awaited (« dans
 * quel délai ce décret sera publié »), a date is still asked.
 */
function delayFor(sub: ExtractedSubQuestion, folded: string): boolean {
  const request = foldForSearch(sub.text);
  if (sub.kind !== 'calendrier' || !asksDelay(request) || awaitedAct().test(request)) return false;
  return statesDelay(folded) && (citesRule(folded) || legalDuty().test(folded));
}

/** A rule's time limit: an obligation or a right to act within it (« est tenu de convoquer… dans un délai de… »). */
const legalDuty = lazyRx("\\b(?:(?:est|sont)\\s+tenue?s?\\s+d|doit|doivent|(?:peut|peuvent)\\s+(?:être\\s+)?(?:saisi\\p{L}*|exercée?s?|formée?s?|présentée?s?|déposée?s?|contesté\\p{L}*|demandée?s?|saisir|exercer|former|présenter|déposer|contester|demander))\\b");
/** The Government's own act awaited (« dans quel délai le décret … sera publié »): a date is asked, not a legal time limit. */
const awaitedAct = lazyRx("\\b(?:décret|arrêté|ordonnance|circulaire|instruction|rapport|projet de loi|texte|référentiel)s?\\b[^.;?]{0,200}?\\b(?:sera|seront|soit|soient)\\s+(?:enfin\\s+)?(?:publiée?s?|pris|prise?s?|signée?s?|remise?s?|adoptée?s?|transmise?s?)");

/**
 * The sentences that address one item of a request by themselves (not only read with the next sentence), when
 * there are any: the date of « la mesure 16 » is the one in a sentence about the measure 16, not the date of a
 * neighbouring sentence about the plan, so that deleting it is noticed.
 */
function ownAddressing(scored: Scored, addressing: readonly number[], tied: readonly number[]): number[] {
  const own = addressing.filter((position) => scored.scores[position]! >= 1 || tied.includes(position));
  return own.length > 0 ? own : [...addressing];
}

/** A sentence opened by a demonstrative (« Cette obligation résulte de… », « Ces dispositions… ») goes on with the one before. */
const demonstrativeOpening = lazyRx("^\\W*(?:cette|ces|cet|ce|celle-ci|celui-ci|ceux-ci|celles-ci)\\s+\\p{L}");

/**
 * Only for the kinds whose evidence is specific (a mechanism with its basis, a yes or no, a view): a `mesures`
 * request would take any « Ce dispositif… » for a named measure.
 */
const continuedKinds: ReadonlySet<SubQuestionKind> = new Set(['modalites', 'intention', 'position']);

function continuesPrevious(index: AnswerIndex, kind: SubQuestionKind, position: number): boolean {
  const sentence = index.sentences[position];
  return continuedKinds.has(kind) && sentence !== undefined && demonstrativeOpening().test(sentence.folded);
}

/** Sentences that address another item of the request by themselves. */
function aboutOtherItems(itemScores: readonly Scored[], itemIndex: number): Set<number> {
  const others = new Set<number>();
  itemScores.forEach((other, otherIndex) => {
    if (otherIndex !== itemIndex) other.scores.forEach((value, position) => value >= 1 && others.add(position));
  });
  return others;
}

function distinctTerms(side: ObjectItem, other: ObjectItem): ObjectTerm[] {
  const distinct = side.terms.filter((term) => !other.terms.some((candidate) => keysMatch(candidate.key, term.key)));
  return distinct.length > 0 ? distinct : [...side.terms];
}

interface Assessment {
  status: CoverageStatus;
  evidence: number[];
  missing: string[];
  candidate: number;
  /** Why the evidence counts (French, for the hover). */
  reason?: string;
}

/** Why a sentence carrying the evidence of a kind counts (French, for the hover). */
function reasonFor(index: AnswerIndex, kind: SubQuestionKind, position: number): string {
  const folded = index.sentences[position]!.folded;
  switch (kind) {
    case 'calendrier':
      return 'une date ou une période précise';
    case 'chiffres':
      return figuresIn(folded).length === 0 && statesNoData(folded) ? 'la réponse dit que le chiffre demandé n’est pas disponible' : 'un chiffre avec son unité';
    case 'mesures':
      return !namesMeasure(folded) && describesAction(folded) ? 'une action décrite (renforcée, créée, mise en place…)' : 'une mesure nommée (texte, plan, programme, crédits…)';
    case 'modalites':
      return 'le mécanisme est décrit (qui, comment, sur quelle base)';
    case 'intention':
      return answerForm(kind, folded) ?? 'une réponse explicite (oui ou non)';
    case 'position':
      return answerForm(kind, folded) ?? 'une appréciation du Gouvernement';
    case 'droit':
      return citesRule(folded) ? 'la règle citée et une conclusion sur le cas posé' : 'une conclusion sur le cas posé';
    case 'articulation':
      return 'les deux éléments comparés et leur relation';
    case 'autre':
      return 'le passage traite la demande';
  }
}

/**
 * A `droit` request that asks what the rule is (« à quels élus le port de l'écharpe est réservé », « quelle est la
 * réglementation applicable », « quelles sont les conditions »), not whether a case is allowed: the rule given
 * answers it, and a conclusion on one case does not.
 */
/** « à compter de quelle date », « jusqu'à quelle date »: the legal starting point or end asked (its preposition, folded). */
const legalPointAsked = rx("^(?:à\\s+)?(compter d|à partir d|jusqu'à)(?:e|u)?\\s+(?:quelle date|quel moment|quand)\\b");
/** The preposition of a starting point followed by the question itself (« à compter de quelle date », « jusqu'à quand »). */
const pointStillAsked = rx("^(?:e|u)?\\s*(?:quelle date|quel moment|quand)\\b");
/** A negated sentence (« La loi ne précise pas à compter de… »): it says no starting point. */
const pointNegated = rx("\\b(?:ne|n')\\s*(?:[\\p{L}'-]+\\s+){0,4}?(?:pas|plus|nullement|jamais)\\b");

/** The subject named before the verb asked (« à compter de quelle date le délai de prescription recommence… »), skipped. */
const pointSubject = rx("^\\s*(?:le|la|les|l'|ce|cet|cette|ces|son|sa|ses|leur|leurs)\\s*\\p{L}+(?:\\s+(?:de|d'|du|des)\\s*(?:la\\s+|l')?\\p{L}+)?\\s+");

/** The sentence gives the starting point (or end): the preposition followed by a date or an event, not by « quelle date ». */
function givesPoint(folded: string, point: string): boolean {
  if (pointNegated.test(folded)) return false;
  for (let at = folded.indexOf(point); at >= 0; at = folded.indexOf(point, at + 1)) {
    if (!pointStillAsked.test(folded.slice(at + point.length))) return true;
  }
  return false;
}
const openLegalRequest = lazyRx(
  "^(?:(?:à|a|de|dans|par|pour|sur|sous|selon|envers|auprès de)\\s+)?(?:quel|quelle|quels|quelles|lesquel\\p{L}*|qui)\\b|^(?:la|les|le)\\s+(?:réglementation|règles?|régime|dispositions?|textes?|conditions?|obligations?)\\s+(?:applicables?|en vigueur|juridiques?|légales?)|^(?:la|les|le)\\s+(?:conditions?|critères?|règles?)\\s+d(?:e\\s+|')(?:la\\s+|l')?(?:attribution|octroi|accès|éligibilité|versement|délivrance|recevabilité|exercice|obtention|application|mise en œuvre|mise en oeuvre)\\b|^(?:la|les|le)\\s+(?:formes?|formalités|procédures?)\\s+(?:que|qu')\\s*(?:doit|doivent|devra|devront)\\b",
);
/**
 * A rule stated with its content without a text cited: « seuls les maires… », « réservé aux… », « sauf… », « sous
 * réserve de… », an obligation or a prohibition (« le maire n'est pas tenu de les entretenir », « il lui appartient
 * de… », « est interdit »). « Il s'agit d'une liste limitative » is not one: it qualifies a list that may no longer
 * be there.
 */
const ruleStatement = lazyRx(
  "\\b(?:seul(?:e|s|es)?\\s+(?:les?|la|l'|des?|du)|réservée?s?\\s+(?:aux?|à)|exclusivement|limitativement|sauf (?:en|pour|dans|lorsque|si|quand)|sous réserve (?:de|que|qu|du|des)|à l'exception d|sont (?:fixée?s|définie?s|énumérée?s|prévue?s) par|(?:est|sont)\\s+(?:pas\\s+)?tenue?s?\\s+d|il\\s+(?:lui|leur)\\s+(?:appartient|incombe)|(?:est|sont)\\s+(?:interdite?s?|obligatoires?|soumise?s?\\s+à)|(?:peut|peuvent)\\s+(?:saisir\\s+(?:le|la|l'|les)\\s*(?:juges?|tribunal|tribunaux|conseil|commission|médiateur|défenseur|préfet|cour|inspection|inspecteur|juridictions?)|former\\s+un\\s+recours|introduire\\s+un\\s+recours|contester|demander\\s+l'annulation)|(?:recours|actions?)\\s+(?:est|sont)\\s+ouverte?s?)",
);

/**
 * « dans l'affirmative comme dans la négative », « dans un cas comme dans l'autre », « en tout état de cause »: the
 * request that follows is asked whatever the answer to the previous one; it is not conditional on it.
 */
const eitherWay = rx("^\\W*(?:dans l'affirmative comme dans la négative|dans la négative comme dans l'affirmative|dans un cas comme dans l'autre|en tout état de cause|en toute hypothèse|quelle que soit (?:la|sa|cette) réponse)\\b");
/** The condition that opens a conditional request (« le cas échéant, quels recours… »): the request is what follows. */
const conditionalOpening = lazyRx("^(?:dans l'affirmative comme dans la négative|dans la négative comme dans l'affirmative|dans un cas comme dans l'autre|en tout état de cause|en toute hypothèse|quelle que soit (?:la|sa|cette) réponse|le cas échéant|si oui|si tel est le cas|dans l'affirmative|dans la négative|dans le cas contraire|si non|à défaut|sinon)\\s*,?\\s*");

/**
 * Conditions or a procedure stated: « lorsque », « à condition que », « sous réserve de », « dans le cas où », « en cas
 * de », « après (avis, enquête, délibération) », « par délibération », « sur demande », « dans un délai de », « est
 * subordonné à », « ne peut … que », or the words « conditions », « procédure », « modalités » with what they are.
 */
const conditionStated = lazyRx(
  "\\b(?:lorsqu|à condition|sous réserve|sous (?:la |les )?conditions?|dans (?:le|les) cas|en cas d|dès lors qu|pour autant qu|à la demande|après (?:avis|enquête|accord|délibération|consultation|autorisation|mise en demeure|information)|par (?:une |la )?délibération|sur (?:simple\\s+)?(?:avis|proposition|demande)|pourvu qu|à la seule condition|une fois qu|(?<=[\\p{L},]\\s)(?<!\\b(?:vérifi|appréci|examin|savoir|détermin|précis|demand|s'interrog|regard)\\p{L}*\\s+)(?:s'(?:il|ils|elle|elles)\\b|si\\s+(?:le|la|les|l'|un|une|ce|cet|cette|ces|son|sa|ses|leur|leurs|on)\\b)|dans un délai|(?:est|sont) subordonnée?s?|ne (?:peut|peuvent) (?:[\\p{L}'-]+\\s+){1,6}?que\\b|(?:les|des|ces) (?:conditions|modalités) (?:suivantes|prévues|fixées|définies)|(?:selon|suivant) (?:la|une) procédure|(?:doit|doivent|devra|devront)\\b|(?:requiert|requièrent|nécessite|nécessitent|suppose|supposent|exige|exigent|implique|impliquent)\\b|conditionnée?s?\\b|préalable\\p{L}*|il (?:faut|est nécessaire)|(?:conditions|modalités|procédure)\\b[^.;]{0,60}?\\b(?:fixée?s?|définie?s?|prévue?s?|précisée?s?|déterminée?s?|énoncée?s?)\\b|\\btout(?:e|es)?\\s+(?:[\\p{L}'-]+\\s+){1,6}?qui\\b|sans\\s+(?:excuse|motif|autorisation|accord|l'accord)|\\bsoit\\b[^.;]{1,200}\\bsoit\\b)",
);
/**
 * An open legal request that asks whom a rule is for (« à quel type de fonction est réservée… », « à quels élus… »,
 * « à qui incombe… », « quelles personnes peuvent… »).
 */
/** « et, dans l'affirmative, comment / de quelle manière » (folded text: the pattern is folded too). */
const asksHow = lazyRx("^(?:et\\s+)?(?:comment|de quelle (?:manière|façon))\\b");
const whomAsked = lazyRx(
  "^(?:(?:à|a|pour)\\s+qui\\b|(?:(?:à|a|par|pour|de)\\s+)?(?:quel|quelle|quels|quelles)\\s+(?:types?\\s+d(?:e\\s+|')|catégories?\\s+d(?:e\\s+|')|sortes?\\s+d(?:e\\s+|'))?(fonctions?|personnes?|élus?|autorités?|agents?|bénéficiaires?|personnels?|titulaires?|membres?|professionnels?|responsables?|acteurs?)\\b)",
);
/**
 * A rule that says whom it is for: a reservation or an exception (« seuls les… », « réserve le port aux maires »,
 * « sauf en ce qui concerne le Président… », « à l'exception des… »), an attribution (« il appartient au maire », « la
 * charge incombe à la commune », « relève du département »), a right or a status given (« peuvent bénéficier »,
 * « ont droit », « sont éligibles », « est ouvert aux »).
 */
const whomStated = lazyRx(
  `\\b(?:seul(?:e|s|es)?\\s+(?:les?|la|l'|des?|du)|réserv\\p{L}*\\s+(?:[^.;]{0,80}?\\s)?(?:aux?|à)\\b|sauf\\s+(?:en ce qui concerne|pour|s'agissant)|à l'exception d|exclusivement|limitativement|(?:incombe|incombent|revient|reviennent|appartient|appartiennent|relève|relèvent)\\s+(?:exclusivement\\s+|donc\\s+|ainsi\\s+)?(?:à|au|aux|de|du|des)\\b|(?:est|sont)\\s+(?:ouverte?s?|accordée?s?|attribuée?s?|autorisée?s?|habilitée?s?|compétente?s?|éligibles?|bénéficiaires?)\\b|(?:peut|peuvent)\\s+(?:(?:en|y)\\s+)?(?:seule?s?\\s+|également\\s+)?(?:bénéficier|prétendre)|ont\\s+vocation\\s+à|(?:est|sont)\\s+(?:seule?s?\\s+)?éligibles?|(?:a|ont)\\s+(?:seule?s?\\s+)?droit\\s+(?:à|au|aux)|au (?:profit|bénéfice) d|en faveur d|(?:s'applique|s'appliquent|applicables?|destinée?s?|versée?s?|allouée?s?|servie?s?|dévolue?s?|confiée?s?|bénéficie|bénéficient|profite|profitent)\\s+(?:\\p{L}+\\s+)?(?:aux?|à)\\b|(?:concerne|concernent|vise|visent)\\s+(?:les|des|l'|la|le|tous|toutes|l'ensemble)\\b|(?:sont|est)\\s+(?:seule?s?\\s+)?(?:concernée?s?|visée?s?)\\b|(?:à|pour)\\s+(?:tous|toutes|l'ensemble\\s+des)\\b|à la charge d|prise?s?\\s+en\\s+charge\\s+par|(?:assurée?s?|supportée?s?|exercée?s?|financée?s?|effectuée?s?|réalisée?s?|délivrée?s?|prononcée?s?|décidée?s?|conférée?s?)\\s+par\\s+(?:le|la|les|l'|un|une|des)|\\bc'est\\s+(?:à\\s+|au\\s+|aux\\s+)?(?:le|la|les|l')?\\s*\\p{L}+[^.;]{0,60}?\\squi\\b|(?:est|sont)\\s+(?:seule?s?\\s+)?(?:tenue?s?|responsables?|redevables?|chargée?s?)\\b|\\b${localActorSource}(?:\\s+(?:riverains?|concernée?s?|intéressée?s?|municipa(?:l|ux)|privée?s?|publics?|publiques?))?\\s+(?:doit|doivent|est\\s+tenue?|sont\\s+tenue?s|a\\s+la\\s+charge|ont\\s+la\\s+charge|assure|assurent|supporte|supportent|prend\\s+en\\s+charge|prennent\\s+en\\s+charge)\\b)`,
);

/** `droit`, open request (`openLegalRequest`): answered by the rule given (a text cited, or the rule's content). */
/**
 * A request for criteria, by its head (« selon quels critères », « quels sont les critères de… »; not « comment seront
 * revus les critères »), and criteria stated (also « repose sur », « prend en compte », « proportionnellement à », or an
 * enumeration after a colon).
 */
const criteriaAsked = rx("^\\W*(?:(?:selon|sur|suivant|d'après|à partir de)\\s+)?(?:quels?|quelles?)\\s+(?:sont\\s+)?(?:les\\s+)?critères\\b|^\\W*les\\s+critères\\s+(?:de|d'|retenus|appliqués|utilisés|selon)");
const criteriaStated = rx("\\b(?:critères?|au regard d|en fonction d|compte tenu d|sur la base d|à l'aune d|selon (?:leur|leurs|la|le|les|l')|tenant compte d|priorit\\p{L}*|pondér\\p{L}*|barème|grille|éligibles?|conditions?|seuils?|(?:sont|est) (?:retenue?s?|privilégiée?s?|appréciée?s?|examinée?s?|classée?s?|notée?s?)|reposen?t? sur|prennent en compte|prend en compte|tien(?:nen)?t compte|proportionnel\\p{L}*|pour être (?:classée?s?|retenue?s?|éligibles?|sélectionnée?s?|inscrite?s?|agréée?s?)|(?:doit|doivent) (?:disposer|justifier|remplir|offrir|proposer|répondre|satisfaire|présenter|respecter)\\b|:[^.:;,]{3,},[^.:;]*?\\bet\\b)");
/**
 * A condition said as such (a subset of `conditionStated`, without the forms that also describe a rule's content), or
 * the content of a condition (« justifiant de dix ans de services », « si l'agent… », « au moins », « doit disposer
 * de », « ouvert aux agents qui… »). A « si » that means « whether » (« vérifier si », « apprécier si », « savoir si »)
 * states no condition.
 */
const plainCondition = rx("\\b(?:lorsqu|à condition|sous réserve|sous (?:la |les )?conditions?|dans (?:le|les) cas|en cas d|dès lors qu|pour autant qu|pourvu qu|à la seule condition|une fois qu|(?:est|sont) subordonnée?s?|ne (?:peut|peuvent) (?:[\\p{L}'-]+\\s+){1,6}?que\\b|(?:les|des|ces) (?:conditions|modalités) (?:suivantes|prévues|fixées|définies)|justifi\\p{L}*\\s+d|(?<!\\bmême\\s|\\bcomme\\s|\\b(?:vérifi|appréci|examin|savoir|détermin|précis|demand|s'interrog|regard)\\p{L}*\\s+)\\bsi\\s+(?!oui\\b|non\\b|bien\\b|ce n'est\\b)|âgée?s?\\s+d|\\bau (?:moins|plus)\\s+(?:\\d|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente|quarante|cinquante|soixante|cent|mille)\\b|\\d+\\s+\\p{L}+\\s+au (?:moins|plus)\\b|(?:doit|doivent|devra|devront)\\s+(?:notamment\\s+|également\\s+)?(?:justifier|remplir|avoir|disposer|posséder|détenir|satisfaire|accomplir|présenter|respecter|obtenir|exercer)\\b|(?:ouverte?s?|réservée?s?|accessibles?)\\s+(?:aux?|à la|à l'))");
/** A request for the conditions themselves (« quelles conditions doivent être remplies », « sous quelles conditions »). */
const conditionsAsked = rx("^(?:(?:à|a|dans|sous|selon|suivant)\\s+)?(?:quelles?|quels?)\\s+(?:sont\\s+)?(?:les\\s+)?(?:conditions?|critères?)\\b");
/** A request for the remedies (« quels sont les recours dont disposent… », « quelles voies de recours »). */
const remediesAsked = lazyRx("^(?:(?:de|sur)\\s+)?(?:quel|quelle|quels|quelles)\\s+(?:sont\\s+)?(?:les\\s+)?(?:recours|voies\\s+de\\s+recours|moyens\\s+de\\s+recours)\\b");
/** A remedy given (« peuvent former un recours pour excès de pouvoir », « peut saisir le tribunal administratif », « le recours est ouvert »). */
const remedyGiven = lazyRx(
  "\\b(?:(?:peut|peuvent|pourra|pourront|pourrait|pourraient|a la possibilité de|ont la possibilité de|est fondée?s? à|sont fondée?s? à)\\s+(?:également\\s+|toutefois\\s+|alors\\s+|donc\\s+)?(?:saisir\\s+(?:le|la|l'|les)\\s*(?:juges?|tribunal|tribunaux|conseil|commission|médiateur|défenseur|préfet|cour|inspection|inspecteur|juridictions?|procureur)|(?:former|introduire)\\s+(?:un|une|des|son|sa|leur|leurs)\\s+(?:recours|réclamation|pourvoi|appel|opposition|requête|référé|action)|exercer\\s+(?:un|une|des|les)\\s+(?:recours|actions?)|engager\\s+(?:un|une|des|la|sa)\\s+(?:recours|actions?|responsabilité)|contester\\s+(?:cette|la|le|les|ce|ces|l')\\s*(?:décision|décisions|refus|sanction|sanctions|arrêté|délibération|mesure|titre|avis|licenciement|retenue|amende)|demander\\s+(?:l'annulation|au\\s+juge|au\\s+tribunal|réparation))|recours\\s+(?:pour\\s+excès\\s+de\\s+pouvoir|gracieux|hiérarchique|contentieux|en\\s+annulation|de\\s+plein\\s+contentieux)|référé|(?:recours|actions?|voies?\\s+de\\s+recours)\\s+(?:est|sont)\\s+ouverte?s?|devant\\s+(?:le|la|les)\\s+(?:juge|tribunal|tribunaux|juridictions?|cour|conseil\\s+d'état))",
);

function assessOpenDroit(index: AnswerIndex, addressing: readonly number[], concluding: readonly number[], candidate: number, request = '', followed?: readonly number[]): Assessment {
  const asked = request.trimStart().replace(conditionalOpening(), '');
  // « quels sont les recours dont disposent les conseillers »: the remedy given answers, not any rule of the answer.
  if (remediesAsked().test(asked)) {
    const remedies = addressing.filter((position) => remedyGiven().test(index.sentences[position]!.folded));
    if (remedies.length > 0) return { status: 'answered', evidence: remedies, missing: [], candidate: remedies[0]!, reason: 'la voie de recours est indiquée (juge, recours, saisine)' };
    return { status: 'partial', evidence: [], missing: ['aucune voie de recours (juge, recours, saisine) n’est indiquée'], candidate };
  }
  const stated = addressing.filter((position) => citesRule(index.sentences[position]!.folded) || ruleStatement().test(index.sentences[position]!.folded));
  // « dans quelles conditions » (after « si une commune peut… », or with its own object): the conditions stated answer
  // (« lorsqu'il cesse d'être affecté…, après enquête publique », « à condition que… », « sous réserve de… »), not the
  // bare permission (« une commune peut donc vendre… »).
  if (followed !== undefined && legalFollowUp().test(asked)) {
    const own = new Set(followed);
    // « comment »: any sentence of the passage beyond the previous request's own says how (« la vente se fait devant
    // notaire »); « dans quelles conditions »: conditions, a rule or a mechanism.
    const how = asksHow().test(asked);
    const conditioned = addressing.filter((position) => conditionStated().test(index.sentences[position]!.folded) || (!own.has(position) && (how || citesRule(index.sentences[position]!.folded) || ruleStatement().test(index.sentences[position]!.folded) || index.carries('modalites', position) || describesMechanismBeyondBasis(index.sentences[position]!.folded))));
    if (conditioned.length > 0) return { status: 'answered', evidence: conditioned, missing: [], candidate: conditioned[0]!, reason: how ? 'la manière de procéder est décrite' : 'les conditions sont données (lorsque…, à condition que…, après…)' };
    if (addressing.length > 0) return { status: 'partial', evidence: [], missing: [how ? 'la manière de procéder demandée n’est pas décrite' : 'les conditions ou la procédure demandées ne sont pas données (lorsque…, à condition que…, sous réserve de…, après…)'], candidate };
  }
  // « quelles conditions doivent être remplies pour… », « sous quelles conditions… »: the conditions stated answer, not
  // the rule of the case that needs none (« le conseil municipal se réunit à la mairie »).
  if (conditionsAsked.test(asked)) {
    // Conditions of the rule: in a sentence that states or cites it, or next to the sentence that cites it.
    // Without a rule at hand, only a plain condition (« lorsque », « à condition que », « sous réserve de »…) counts.
    const conditioned = addressing.filter((position) => {
      const folded = index.sentences[position]!.folded;
      return plainCondition.test(folded) || (conditionStated().test(folded) && (stated.includes(position) || citedNextTo(index, [position])));
    });
    if (conditioned.length > 0) return { status: 'answered', evidence: conditioned, missing: [], candidate: conditioned[0]!, reason: 'les conditions sont données (lorsque…, à condition que…, après…)' };
    return { status: 'partial', evidence: [], missing: ['les conditions demandées ne sont pas données (lorsque…, à condition que…, sous réserve de…, après…)'], candidate };
  }
  // « à quel type de fonction est réservée l'utilisation de la cocarde », « à qui incombe la charge »: the rule that
  // names whom it is for answers (« sauf en ce qui concerne le Président de la République, … », « réserve le port aux
  // maires », « il appartient au maire »), not a text cited on another point (the penalty for misuse).
  const whom = whomAsked().exec(asked);
  if (whom) {
    // The category asked named in the sentence (« quels agents peuvent percevoir la prime » → « versée aux agents de
    // catégorie C ») says whom too.
    const head = whom[1] === undefined ? undefined : termKey(whom[1]);
    const named = [...new Set([...stated, ...citingNeighbours(index, addressing), ...addressing])]
      .sort((a, b) => a - b)
      .filter((position) => whomStated().test(index.sentences[position]!.folded) || (head !== undefined && index.containing(head).has(position)));
    if (named.length > 0) return { status: 'answered', evidence: named, missing: [], candidate: named[0]!, reason: 'la règle applicable est donnée, avec les personnes ou fonctions qu’elle vise' };
    if (stated.length > 0 || citedNextTo(index, addressing)) return { status: 'partial', evidence: [], missing: ['un texte est cité, mais la réponse ne dit pas à qui la règle s’applique (seuls…, réservé à…, sauf…, il appartient à…)'], candidate };
  }
  const ruled = stated.length > 0 ? stated : citingNeighbours(index, addressing);
  if (ruled.length > 0) return { status: 'answered', evidence: ruled, missing: [], candidate: ruled[0]!, reason: 'la règle applicable est donnée (texte cité, liste ou conditions)' };
  const missing = concluding.length > 0 ? 'la règle applicable (texte, liste ou conditions) n’est pas donnée : la réponse conclut sur un cas sans dire la règle demandée' : 'la règle applicable (texte, liste ou conditions) n’est pas donnée';
  return { status: 'partial', evidence: [], missing: [missing], candidate };
}

/**
 * A rule cited in the sentence just before or after a sentence on the request, in its paragraph: « … sont
 * communiquées avec la convocation (cf. articles L. 2121-10 et L. 2121-12 du CGCT) » cites the rule of the
 * sentences around it, so the answer does not « conclude without citing the rule ».
 */
function citedNextTo(index: AnswerIndex, addressing: readonly number[]): boolean {
  return citingNeighbours(index, addressing).length > 0;
}

function citingNeighbours(index: AnswerIndex, addressing: readonly number[]): number[] {
  const found = new Set<number>();
  for (const position of addressing) {
    for (const next of [position - 1, position + 1]) {
      const sentence = index.sentences[next];
      if (sentence !== undefined && sentence.paragraph === index.sentences[position]!.paragraph && citesRule(sentence.folded)) found.add(next);
    }
  }
  return [...found].sort((a, b) => a - b);
}

/**
 * Where a yes/no `droit` request says what its actor may or must do (« si le maire peut refuser d'inscrire… », « si
 * l'employeur est tenu d'accorder… », « si ces indemnités sont soumises à l'impôt… »): the words after it are the
 * case asked.
 */
const predicateStart = lazyRx(
  "\\b(?:peut|peuvent|pourrait|pourraient|pourra|pourront|doit|doivent|devrait|devraient|devra|devront|(?:est|sont|serait|seraient)\\s+(?:tenue?s?|obligée?s?|fondée?s?|habilitée?s?|autorisée?s?|soumise?s?|assujettie?s?)\\s+(?:de\\b|d'|à\\b|au\\b|aux\\b)|(?:a|ont)\\s+le\\s+droit\\s+d(?:e\\b|'))",
);
/** Words after the modal that do not say what is asked (« peut légalement se voir opposer », « peut seul décider »). */
const lightPredicateWords = new Set(['encore', 'désormais', 'toujours', 'être', 'etre', 'voir', 'faire', 'avoir', 'légalement', 'directement', 'valablement', 'librement', 'seul', 'seule', 'seuls', 'seules', 'également', 'ainsi', 'alors']);
const predicateMemo = new Map<string, readonly string[]>();
const anaphoricPredicate = lazyRx("^\\s*(?:(?:légalement|directement|valablement|librement|seule?s?|également|alors|toujours|encore)\\s+)*(?:le|la|les|l'|y|en|lui|leur)(?:\\s|$)");

/**
 * The word keys of the case a yes/no `droit` request asks about: the first content words after its modal (« si le
 * maire peut refuser d'inscrire à l'ordre du jour… » → refuser, inscrire, ordre, jour). A conclusion that states the
 * modal of another act (« il est tenu de le convoquer dans un délai de trente jours », « ce congé peut être
 * fractionné ») concludes on another case: once the passage that concludes on the case asked is gone, it must not
 * stand in for it. Empty when the request has no such modal.
 */
function predicateKeys(request: string): readonly string[] {
  let keys = predicateMemo.get(request);
  if (keys) return keys;
  const found = predicateStart().exec(request);
  keys = [];
  // « peut, en vertu du droit en vigueur, réglementer… »: the incise is not the case asked.
  const rest = found ? request.slice(found.index + found[0].length).replace(/^\s*,[^,]{0,80},/u, ' ') : '';
  // « peut le devenir », « peut en bénéficier », « doit y procéder »: the case is named before, by a pronoun here.
  if (found && !anaphoricPredicate().test(rest)) {
    const after = tokenize(rest);
    keys = after
      .map((token) => token.text)
      .filter((word) => isContentWord(word) && !lightPredicateWords.has(word) && !genericKeys.has(termKey(word)))
      .slice(0, 4)
      .map((word) => termKey(word));
  }
  if (predicateMemo.size >= 256) predicateMemo.clear();
  predicateMemo.set(request, keys);
  return keys;
}

/**
 * The act the sentence's own modal governs (its first content word after it) is not the act asked: « ce congé peut
 * être fractionné », « l'agent peut percevoir l'allocation » for « si l'agent peut bénéficier du congé ». A modal
 * with a pronoun (« elle peut le faire ») or no act of its own is not another act.
 */
const passiveModal = rx("\\b(?:peut|peuvent|pourra|pourront|doit|doivent|devra|devront)\\s+(?:(?:donc|également|toutefois|aussi|ainsi)\\s+)?être\\s+(\\p{L}{3,})", 'g');
/**
 * A participle of granting (« peut être versée aux agents », « peut être placé en congé parental »): the converse of
 * « bénéficier / percevoir / obtenir », the same act seen from the one who grants it.
 */
const grantingParticiple = rx("^(?:versée?s?|accordée?s?|attribuée?s?|octroyée?s?|placée?s?|admise?s?|autorisée?s?|ouverte?s?|allouée?s?|servie?s?|payée?s?|maintenue?s?|reconnue?s?|recrutée?s?|nommée?s?|titularisée?s?|intégrée?s?|détachée?s?|mise?s?)$");
function modalOnAnotherAct(keys: readonly string[], folded: string): boolean {
  const participles = [...folded.matchAll(passiveModal)].map((found) => found[1]!);
  if (keys.length === 0 || participles.length === 0 || participles.some((participle) => grantingParticiple.test(participle))) return false;
  const own = predicateKeys(folded);
  return own.length > 0 && !own.slice(0, 2).some((key) => keysMatch(key, keys[0]!));
}

/** The sentence names the case asked (`predicateKeys`), or closes on the rule just set out / names the request by its author. */
function onPredicate(index: AnswerIndex, keys: readonly string[], position: number): boolean {
  if (keys.length === 0) return true;
  const sentence = index.sentences[position]!;
  if (closesOnRule(sentence.folded) || refersToRequest(sentence.folded)) return true;
  if (namesPredicate(index, keys, position)) return true;
  // « Les communes n'ont donc plus à supporter cette charge »: a conclusion that takes up the sentence before, which
  // names the case asked.
  const previous = index.sentences[position - 1];
  return previous !== undefined && previous.paragraph === sentence.paragraph && (concludes().test(sentence.folded) || continues().test(sentence.folded)) && namesPredicate(index, keys, position - 1);
}

function namesPredicate(index: AnswerIndex, keys: readonly string[], position: number): boolean {
  // The answer's theme (a word in more than half its sentences) is in every sentence: it does not name the case. The
  // first word (the act asked: « refuser », « bénéficier ») always counts.
  const total = index.sentences.length;
  let others = 0;
  for (const [rank, key] of keys.entries()) {
    const found = index.containing(key);
    if (!found.has(position)) continue;
    if (rank === 0) return true;
    if (total <= 2 || found.size * 2 <= total) others++;
  }
  // Without the act asked, two words of its object (« une absence … du réserviste »), not one (« trente jours »).
  return others >= 2;
}

/**
 * The roles a rule is given to, each its own: a rule stated for one (« Aux termes de l'article …, le préfet peut
 * suspendre… ») says nothing of another (« si le maire peut suspendre… »). The actors that include these roles
 * (commune, collectivité, élu, personne, agent) are not roles here: « si une commune peut… » is answered by « le
 * conseil municipal peut… ».
 */
type Role = 'maire' | 'adjoint' | 'conseil' | 'conseiller' | 'prefet' | 'president' | 'employeur' | 'salarie' | 'proprietaire' | 'locataire';
const roleForms: readonly (readonly [Role, RegExp])[] = [
  ['adjoint', rx("\\badjoints?(?:\\s+au\\s+maire)?\\b")],
  // « tout membre du conseil municipal » is a conseiller, not the council.
  ['conseiller', rx("\\bmembres?\\s+(?:du|d'un|des)\\s+conseils?\\s+municipa(?:l|ux)\\b")],
  ['conseil', rx("\\bconseils?\\s+municipa(?:l|ux)\\b")],
  ['conseiller', rx("\\bconseill(?:er|ère)s?\\b")],
  ['maire', rx("\\bmaires?\\b")],
  ['prefet', rx("\\b(?:sous-)?préfets?\\b|\\breprésentant de l'état\\b")],
  ['president', rx("\\bprésidente?s?\\b")],
  ['employeur', rx("\\bemployeurs?\\b")],
  ['salarie', rx("\\bsalariée?s?\\b")],
  ['proprietaire', rx("\\bpropriétaires?\\b")],
  ['locataire', rx("\\blocataires?\\b")],
];
const roleLabels: Readonly<Record<Role, string>> = {
  maire: 'le maire',
  adjoint: 'l’adjoint',
  conseil: 'le conseil municipal',
  conseiller: 'le conseiller',
  prefet: 'le préfet',
  president: 'le président',
  employeur: 'l’employeur',
  salarie: 'le salarié',
  proprietaire: 'le propriétaire',
  locataire: 'le locataire',
};
const globalRoleForms: readonly (readonly [Role, RegExp])[] = roleForms.map(([role, form]) => [role, new RegExp(form.source, 'gu')] as const);
/** « adjoint au maire » is an adjoint, « conseiller municipal » a conseiller: the longer name is read first and blanked. */
function rolesIn(folded: string): { role: Role; index: number }[] {
  const found: { role: Role; index: number }[] = [];
  let rest = folded;
  for (const [role, global] of globalRoleForms) {
    rest = rest.replace(global, (match: string, offset: number) => {
      found.push({ role, index: offset });
      return ' '.repeat(match.length);
    });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The role a yes/no `droit` request asks about: the first named between its « si » and its modal (« si le maire peut… »). */
function roleAsked(request: string): Role | undefined {
  const modal = predicateStart().exec(request);
  if (!modal) return undefined;
  return rolesIn(request.slice(0, modal.index))[0]?.role;
}

/**
 * The role of the clause that states a modal in an answer sentence (« …, le préfet peut… »): the first named in the
 * clause before it, its subject (« le maire, après avis du conseil municipal, peut… » is the maire's rule).
 */
function roleBeforeModal(folded: string): Role | undefined {
  const unquoted = folded.replace(/«[^»]*»|"[^"]*"/gu, (match) => ' '.repeat(match.length));
  const modal = predicateStart().exec(unquoted);
  if (!modal) return undefined;
  const clause = unquoted.slice(0, modal.index).split(/[;:]|,\s*(?=(?:le|la|les|l'|un|une)\s)/u).pop() ?? '';
  return rolesIn(clause)[0]?.role;
}

/**
 * The sentence states the rule for another role than the one asked, which the request does not name either (« si un
 * adjoint peut présider la séance lorsque le maire est présent » → « le maire … doit se retirer au moment du vote » is
 * about the case asked), and never names the one asked.
 */
function ruleForAnotherActor(asked: Role, request: string, folded: string): boolean {
  const role = roleBeforeModal(folded);
  return role !== undefined && role !== asked && !rolesIn(request).some((found) => found.role === role) && !rolesIn(folded).some((found) => found.role === asked);
}

/** A text as the subject of the modal (« un décret en Conseil d'État peut réglementer les prix »); not « un arrêté préfectoral », the préfet's own act. */
const textSubject = rx("\\b(?:un|une|le|la|les|des|ce|cet|cette)\\s+(?:décrets?|lois?|arrêtés?|ordonnances?|règlements?)(?:\\s+(?:en conseil d'état|simple|ministériel|interministériel))?\\s*$");
/**
 * The modal is said of a text (« un décret en Conseil d'État peut réglementer les prix »), not of the role asked (« si
 * le préfet peut réglementer les prix »), which the sentence does not name: what a text may provide is not what the
 * actor asked may do.
 */
function ruleForAText(asked: Role, folded: string): boolean {
  const unquoted = folded.replace(/«[^»]*»|"[^"]*"/gu, (match) => ' '.repeat(match.length));
  const modal = predicateStart().exec(unquoted);
  if (!modal || rolesIn(folded).some((found) => found.role === asked)) return false;
  return textSubject.test(unquoted.slice(Math.max(0, modal.index - 60), modal.index));
}

/** A permission or a power given to someone (« permet au préfet de », « autorise les maires à », « habilite le président à »). */
const grants = rx("\\b(?:permet|permettent|permettait|autorise|autorisent|habilite|habilitent|donne compétence|confère|confèrent)\\s+(?:(?:ainsi|donc|notamment|également|désormais)\\s+)?(?:au|aux|à la|à l'|à|le|la|les|l')\\s*", 'g');
/** The sentence gives the role asked the permission or power (the role named right after the verb). */
function permitsRole(asked: Role, folded: string): boolean {
  for (const found of folded.matchAll(grants)) {
    const after = folded.slice(found.index + found[0].length, found.index + found[0].length + 40);
    if (rolesIn(after).some((role) => role.index === 0 && role.role === asked)) return true;
  }
  return false;
}

/** `droit` (QUESTION-FORMS.md §10.2): answered by a conclusion on the case asked, with or without its words. */
function assessDroit(index: AnswerIndex, sub: ExtractedSubQuestion, addressing: readonly number[], candidate: number, followed?: readonly number[], siblings: ReadonlySet<number> = new Set()): Assessment {
  const request = foldForSearch(sub.text);
  const cited = addressing.some((position) => citesRule(index.sentences[position]!.folded)) || citedNextTo(index, addressing);
  // A conclusion word concludes; the request's modal alone (« … est opposable ») needs the rule cited too.
  // « et, dans l'affirmative, comment » after a request on a case asks, like « dans quelles conditions », for how it is done.
  const open = openLegalRequest().test(request.trimStart().replace(conditionalOpening(), '')) || (followed !== undefined && legalFollowUp().test(request.trim().replace(conditionalOpening(), '')));
  const keys = open ? [] : predicateKeys(request);
  const actorAsked = open ? undefined : roleAsked(request);
  const otherActors = new Set<number>();
  const concluding = addressing.filter((position) => {
    const how = conclusionOn(request, index.sentences[position]!.folded);
    // « le décret du … permet au préfet de réglementer les prix »: a text that gives the role asked the power asked.
    if (how !== 'connector' && actorAsked !== undefined && cited && permitsRole(actorAsked, index.sentences[position]!.folded) && onPredicate(index, keys, position)) return true;
    if (!(how === 'connector' || (how === 'modal' && cited))) return false;
    // The rule stated in the request's modal (« Aux termes de l'article …, le maire peut … ») on another act than the
    // one asked is not the conclusion on the case asked; a conclusion word (« dès lors », « relève de la compétence »)
    // does conclude.
    if (how === 'modal' && actorAsked !== undefined && (ruleForAnotherActor(actorAsked, request, index.sentences[position]!.folded) || ruleForAText(actorAsked, index.sentences[position]!.folded))) {
      otherActors.add(position);
      return false;
    }
    // A weak conclusion (« Ainsi, les conseillers ont le droit d'être informés de tout ce qui touche aux affaires de la
    // commune ») restates the rule: it concludes on the case asked only in a sentence that names it (`onPredicate`).
    // A conclusion drawn in another request's own passage (« Il en résulte que le titulaire peut se voir opposer un sursis »)
    // concludes on that request: here it counts only when it names this request's case (« si la commune est tenue
    // d'indemniser »).
    if (how === 'connector') return onPredicate(index, keys, position) || (drawsOwnConclusion(index.sentences[position]!.folded) && !siblings.has(position));
    // Without a rule cited in it, a modal sentence concludes unless its modal governs another act than the one asked
    // (« Ce congé peut être fractionné » for « si un agent contractuel peut bénéficier du congé ») and it does not
    // name the case asked.
    if (!citesRule(index.sentences[position]!.folded)) return !modalOnAnotherAct(keys, index.sentences[position]!.folded) || onPredicate(index, keys, position);
    return onPredicate(index, keys, position);
  });
  // « à compter de quelle date il recommence à courir »: the legal starting point (or end) asked is given by a sentence
  // that names the case asked and says from (or until) when (« Il recommence à courir à compter de la date à laquelle… »).
  const pointMatch = legalPointAsked.exec(request.trimStart().replace(conditionalOpening(), ''));
  const point = pointMatch?.[1];
  // The verb asked (« il recommence à courir » → « recommence »), which the sentence must take up.
  const verb = pointMatch ? /\p{L}{5,}/u.exec(pointMatch.input.slice(pointMatch[0].length).replace(pointSubject, ''))?.[0] : undefined;
  if (point !== undefined && verb !== undefined) {
    const key = termKey(verb);
    const given = addressing.filter((position) => givesPoint(index.sentences[position]!.folded, point) && index.sentences[position]!.keys.some((found) => keysMatch(found, key)));
    if (given.length > 0) return { status: 'answered', evidence: given, missing: [], candidate: given[0]!, reason: 'le point de départ (ou le terme) demandé est donné pour le cas posé' };
  }
  if (open) return assessOpenDroit(index, addressing, concluding, candidate, request, followed);
  if (concluding.length > 0) {
    const reason = cited ? 'la règle citée et une conclusion sur le cas posé' : 'une conclusion sur le cas posé';
    // The passage that answers is the conclusion drawn (« donc », « il en résulte », « en l'état du droit »), not the
    // rule that shares the request's modal (« … doit la réunir à la demande… »): shown alone when there is one.
    const drawn = concluding.filter((position) => conclusionOn(request, index.sentences[position]!.folded) === 'connector');
    const evidence = drawn.length > 0 ? drawn : concluding;
    return { status: 'answered', evidence, missing: [], candidate: evidence[0]!, reason };
  }
  // With a rule cited, a modal sentence left out above states the rule of another act: the rule is cited, the case is not concluded on.
  const concludesWithoutRule = !cited && addressing.some((position) => conclusionOn(request, index.sentences[position]!.folded) === 'modal');
  const other = [...otherActors].map((position) => roleBeforeModal(index.sentences[position]!.folded)).find((role) => role !== undefined);
  return {
    status: 'partial',
    evidence: [],
    missing: [other !== undefined && actorAsked !== undefined ? `la règle citée vise ${roleLabels[other]}, pas ${roleLabels[actorAsked]} : la réponse ne conclut pas sur le cas posé` : concludesWithoutRule ? 'la réponse conclut sans citer la règle applicable (article, loi, décret, jurisprudence)' : cited ? 'la règle est citée mais la réponse ne conclut pas sur le cas posé (oui, non, à quelles conditions)' : 'ni règle citée ni conclusion sur le cas posé'],
    candidate,
  };
}

function mentions(index: AnswerIndex, terms: readonly ObjectTerm[], position: number): boolean {
  return terms.some((term) => index.containing(term.key).has(position));
}

function assessArticulation(index: AnswerIndex, sub: ExtractedSubQuestion, addressing: readonly number[], best: number): Assessment {
  const compared = sub.compared!;
  const first = distinctTerms(compared.first, compared.second);
  const second = distinctTerms(compared.second, compared.first);
  const count = index.sentences.length;
  const evidence = new Set<number>();
  let sawFirst = false;
  let sawSecond = false;
  for (let i = 0; i < count; i++) {
    const inFirst = mentions(index, first, i);
    const inSecond = mentions(index, second, i);
    sawFirst ||= inFirst;
    sawSecond ||= inSecond;
    const window = [i, i + 1].filter((position) => position < count && index.sentences[position]!.paragraph === index.sentences[i]!.paragraph);
    const hasFirst = window.filter((position) => mentions(index, first, position));
    const hasSecond = window.filter((position) => mentions(index, second, position));
    const hasRelation = window.filter((position) => index.carries('articulation', position));
    if (hasFirst.length && hasSecond.length && hasRelation.length) {
      for (const position of [...hasFirst, ...hasSecond]) evidence.add(position);
    }
  }
  // A sentence that names one side with a relation word to the other (« dans la continuité du 1er plan »)
  // addresses the comparison without naming both.
  if (evidence.size > 0) return { status: 'answered', evidence: [...evidence].sort((a, b) => a - b), missing: [], candidate: [...evidence][0]! };
  const missing: string[] = [];
  if (!sawFirst) missing.push(`« ${compared.first.label} » n’est pas mentionné`);
  if (!sawSecond) missing.push(`« ${compared.second.label} » n’est pas mentionné`);
  if (missing.length === 0) missing.push(missingEvidence.articulation);
  const addressed = addressing.length > 0 || sawFirst || sawSecond;
  const partialEvidence = addressing.filter((position) => index.carries('articulation', position));
  return { status: addressed ? 'partial' : 'unanswered', evidence: addressed ? partialEvidence : [], missing, candidate: best };
}

/** A view asked on the problem the question has set out, named by a demonstrative only (« sur ce problème »). */
const viewOnProblem = lazyRx("\\b(?:sur|face à|quant à|concernant|à l'égard d[e']|devant)\\s+(?:ce|cette|ces|cet|un tel|une telle|de tels|de telles)\\s+(?:problèmes?|situations?|questions?|difficultés?|sujets?|dossiers?|états? de fait|constats?)\\s*$");

/** The follow-up to a proposal named by a demonstrative only (« la suite qu'il entend donner à cette proposition »). */
const followUpOfProposal = lazyRx("\\bsuites?\\b[^;?]{0,60}?\\b(?:à|a)\\s+(?:cette|ces|cet|ce)\\s+(?:propositions?|suggestions?|demandes?|souhaits?|requêtes?|revendications?|préconisations?|recommandations?|initiatives?|idées?|v(?:œ|oe)ux)\\b");
/** The Government announces what it will do (« le Gouvernement envisage d'instituer… », « le ministère a décidé de… »). */
const governmentAnnounces = lazyRx("\\b(?:le gouvernement|l'état|le ministère|la ministre|le ministre)\\s+(?:envisage|entend|prévoit|a décidé|décide|s'engage|compte|va|proposera|présentera|déposera)\\b");

/**
 * A request conditional on the previous one (QUESTION-FORMS.md §10.4): « le cas échéant », « si oui »…, and the
 * negative ones the extractor splits on (« si tel n'est pas le cas », « à défaut, », « sinon, »).
 */
const conditionalForm = rx("\\b(?:le cas échéant|si oui|si non|si tel est le cas|si tel n'est pas le cas|dans l'affirmative|dans la négative|dans le cas contraire|dans ce cas|en ce cas)\\b|^(?:à défaut|sinon)\\b");
/** Asked whatever the previous answer (`eitherWay`) is not conditional, though it names both branches. */
const conditional = { test: (folded: string): boolean => conditionalForm.test(folded) && !eitherWay.test(folded) };
/** A request asked only if the answer to the previous one is yes (« si oui », « dans l'affirmative »), or only if it is no. */
const ifYes = lazyRx("^\\W*(?:si oui|si tel est le cas|dans l'affirmative|dans ce cas|en ce cas)\\b");
const ifNo = lazyRx("^\\W*(?:si non|si tel n'est pas le cas|dans la négative|dans le cas contraire|à défaut|sinon)\\b");
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
type Polarity = 'yes' | 'no' | undefined;
function polarityOf(index: AnswerIndex, kind: SubQuestionKind, result: Assessment): Polarity {
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
function answeredByCondition(sub: ExtractedSubQuestion, previous: readonly number[], polarity: Polarity): Assessment | undefined {
  if (polarity === undefined || previous.length === 0) return undefined;
  const request = foldForSearch(sub.text);
  if (eitherWay.test(request)) return undefined;
  if (polarity === 'no' && ifYes().test(request)) return { status: 'answered', evidence: [...previous], missing: [], candidate: previous[0]!, reason: 'la demande précédente reçoit une réponse négative : cette demande, posée « dans l’affirmative », est sans objet' };
  if (polarity === 'yes' && ifNo().test(request)) return { status: 'answered', evidence: [...previous], missing: [], candidate: previous[0]!, reason: 'la demande précédente reçoit une réponse positive : cette demande, posée « dans la négative », est sans objet' };
  return undefined;
}

/**
 * A request that is only its interrogative (« … quelles mesures il entend prendre et dans quels délais », « selon quel
 * calendrier »): it asks about the object of the request before it, whose passage is about it too.
 */
const bareFollowUp = lazyRx("^(?:et\\s+)?(?:dans quels? délais?|sous quels? délais?|selon quel calendrier|à quelle (?:échéance|date|période)|à quel horizon|quand|pour quel (?:montant|coût)|avec quels (?:moyens|crédits)|selon quelles modalités|comment|pourquoi)\\s*[?.]?$");

/**
 * A legal follow-up that is only its interrogative (« dans quelles conditions », « selon quelles modalités », « selon
 * quelle procédure », « sous quelles conditions »), after a request on a case (« si une commune peut… »).
 */
const legalFollowUp = lazyRx("^(?:et\\s+)?(?:(?:dans|sous|à|a|selon|suivant)\\s+(?:quelles?|quels?)\\s+(?:conditions?|modalités|formes?|procédures?|réserves?)|selon quelle procédure|de quelle (?:manière|façon)|comment)\\s*[?.]?$");

/**
 * The process a request for modalities asks about: the participle after an auxiliary (« les crédits sont répartis »),
 * the noun after « les modalités de » (« les modalités de répartition »), the infinitive after a modal or a verb of
 * will (« comment les communes peuvent financer… »). Empty when none is found: no filter then.
 */
const processWord = lazyRx("\\b(?:(?:est|sont|sera|seront|serait|seraient|être|été)\\s+(?:\\p{L}+ment\\s+)?|(?:modalités|conditions|critères|règles)\\s+d(?:e\\s+|')(?:la\\s+|l'|leur\\s+)?|(?:peut|peuvent|doit|doivent|entend|compte|va|vont|pourrait|pourraient)\\s+)(\\p{L}{4,})", 'g');
/** Words after the auxiliary that name no process (« sont prévues », « peut être », « est nécessaire »). */
const notProcess = lazyRx("^(?:être|avoir|faire|mise?s?|prise?s?|possibles?|nécessaires?|prévue?s?|envisagée?s?|susceptibles?|tenue?s?|chargée?s?|amenée?s?|appelée?s?|conduite?s?|actuellement|aujourd'hui)$");
const namesProcess = (word: string): boolean => isContentWord(word) && !genericKeys.has(termKey(word)) && !notProcess().test(word);
function processKeys(requestFolded: string): string[] {
  const keys: string[] = [];
  for (const match of requestFolded.matchAll(processWord())) if (namesProcess(match[1]!)) keys.push(termKey(match[1]!));
  return keys;
}
/** The request's words that name the process (« sont répartis »), quoted in the message. */
function processLabel(text: string): string {
  const folded = foldForSearch(text);
  const found = [...folded.matchAll(processWord())].find((match) => namesProcess(match[1]!));
  return found ? `« ${text.slice(found.index, found.index + found[0].length).trim()} »` : 'ce qui est demandé';
}

/** The text a calendar request awaits (« quand sera publié l'arrêté fixant… » → « arrêté »). */
const awaitedText = lazyRx("\\b(décret|arrêté|ordonnance|circulaire|instruction|rapport|projet de loi|loi|texte|référentiel|cahier des charges)s?\\b");
/** Where a text stands (« est en cours de préparation », « a été transmis au Conseil d'État », « est en cours d'examen »). */
const textStatus = lazyRx("\\b(?:en cours d(?:e\\s+|')(?:préparation|élaboration|rédaction|finalisation|examen|concertation|signature|consultation|validation|publication)|(?:a|ont) été (?:transmise?s?|soumise?s?|notifiée?s?)|(?:sera|seront) (?:publiée?s?|pris|prise?s?|signée?s?)|(?:est|sont) (?:à l'étude|soumise?s?)|prochainement|dans les meilleurs délais)");

/** An intention to act at all, without a named action (« prendre des mesures pour », « agir », « intervenir »). */
const genericAction = lazyRx("\\b(?:(?:prendre|adopter|engager|mettre en (?:œuvre|oeuvre|place))\\s+(?:des|de nouvelles|les|d'autres|toutes les)\\s+(?:mesures|dispositions|initiatives|actions)|agir|réagir)\\b");

/** A request asked as a question (« si… », « s'il… »), to which a reflection is neither yes nor no. */
/** « si cette aide sera maintenue », « si les communes seront consultées »: the future participle asked. */
const futureRestated = rx("^si\\s[^;?]{0,120}?\\b(?:sera|seront)\\s+(?:\\p{L}+ment\\s+)?(\\p{L}{4,})\\b");
/** The same future said (« sera maintenue », « ne sera pas maintenue », « sera bien maintenue »). */
const futureSaid = rx("\\b(?:sera|seront)\\s+(?:pas\\s+|bien\\s+|donc\\s+|effectivement\\s+|intégralement\\s+|également\\s+)?(\\p{L}{4,})\\b", 'g');
/** A future still asked, not said (« la question de savoir si cette aide sera maintenue … sera examinée »). */
const futureStillAsked = lazyRx("(?:\\bsi\\s|\\bs'(?:il|ils|elle|elles)\\b|\\bla question de\\b)[^;:,.]{0,120}$");
/** A yes or a no that opens the answer on its own (« Non. », « Oui, », « Non : »). */
const bareReply = rx("^\\W{0,3}(?:oui|non)\\s*(?:[.,:;!]|$)");
const yesNoRequest = lazyRx("^(?:si\\b|s'(?:il|ils|elle|elles)\\b)");
/** A reflection or work actually engaged (not one that « pourra être conduite »). */
const engaged = lazyRx("\\b(?:est|sont|a été|ont été)(?:-elle|-il)?\\s+(?:actuellement\\s+|déjà\\s+|également\\s+)?(?:engagée?s?|en cours|lancée?s?|menée?s?|conduite?s?)\\b|\\b(?:a|ont)\\s+(?:engagé|lancé)\\b");

/**
 * A conditional request whose previous request has lost its passage keeps its own answer: a sentence in an
 * explicit answer form of its kind (a refusal, a competence given to another, a measure already taken), so
 * that deleting the passage of the first request does not flag the second.
 */
function explicitAnswers(index: AnswerIndex, sub: ExtractedSubQuestion): number[] {
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
const improvementDone = lazyRx(
  `${doneAuxiliary}(?:revalorisée?s?|relevée?s?|augmentée?s?|portée?s?\\s+à|étendue?s?|élargie?s?|renforcée?s?|améliorée?s?|simplifiée?s?|doublée?s?|triplée?s?|accrue?s?|assouplie?s?|allégée?s?)\\b`,
);
/** The same for a creation asked (« s'il envisage d'instaurer… » → « a été institué par le décret du… »), and a removal. */
const creationAsked = lazyRx("^(?:créer|instaurer|instituer|mettre|établir|introduire|ouvrir|lancer)$");
const creationDone = lazyRx(`${doneAuxiliary}(?:créée?s?|instituée?s?|instaurée?s?|mise?s?\\s+en\\s+place|introduite?s?|ouverte?s?|lancée?s?)\\b`);
const removalAsked = lazyRx("^(?:supprimer|abroger|réduire|diminuer|abaisser|limiter|plafonner)$");
const removalDone = lazyRx(`${doneAuxiliary}(?:supprimée?s?|abrogée?s?|réduite?s?|diminuée?s?|abaissée?s?|limitée?s?|plafonnée?s?)\\b`);
/** What the request would remove does not apply to the case (« elle ne s'applique donc pas dans les communes rurales »): nothing to remove. */
const notApplicable = lazyRx("\\b(?:ne\\s+s'appliquen?t?\\s+(?:donc\\s+|dès lors\\s+|ainsi\\s+)?pas|n'(?:est|sont)\\s+(?:donc\\s+|dès lors\\s+)?pas\\s+(?:applicables?|due?s?|perçue?s?|exigible?s?))\\b");

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
function beneficiariesAsked(requestFolded: string): string[] {
  const found = extensionAsked().exec(requestFolded);
  if (!found) return [];
  return tokenize(found[2]!)
    .map((token) => token.text)
    .filter((word) => isContentWord(word) && !genericKeys.has(termKey(word)))
    .slice(0, 3)
    .map((word) => termKey(word));
}
function beneficiaryLabel(text: string): string {
  const found = extensionAsked().exec(foldForSearch(text));
  if (!found) return '';
  // « aux » and the beneficiaries after it, whatever the spaces between (the folded text keeps the offsets).
  const start = found.index + found[0].slice(0, found[0].length - found[2]!.length).trimEnd().length - found[1]!.length;
  return excerpt(text.slice(start, found.index + found[0].length).trim(), 60);
}
/** An extension done in the answer and whom it names (« étendu aux étudiants boursiers »). */
const extensionDone = lazyRx("\\b(?:étendue?s?|élargie?s?|ouverte?s?|accordée?s?|attribuée?s?)\\s+(?:(?:également|désormais|ainsi|aussi|en\\s+\\d{4})\\s+)?(?:aux|au|à la|à l'|à)\\s*((?:(?!(?:en|dans|depuis|par|pour|et|sur|avec|dès|afin|lorsqu\\p{L}*|sous|selon)\\b)[\\p{L}'-]+\\s*){1,4})");
function extendedToOthers(folded: string, asked: readonly string[]): boolean {
  const found = extensionDone().exec(folded);
  if (!found) return false;
  const keys = tokenize(folded).map((token) => termKey(token.text));
  return !asked.some((key) => keys.some((other) => keysMatch(key, other)));
}
function extensionTarget(text: string): string {
  const found = extensionDone().exec(foldForSearch(text));
  return found ? text.slice(found.index, found.index + found[0].length).trim() : '';
}

/**
 * The asked action announced or done in the answer (« les contrôles seront renforcés », « a été renforcé », « le
 * Gouvernement renforcera »): an explicit yes to « s'il entend renforcer », without « le Gouvernement entend ».
 */
/** « si l'État compensera intégralement… », « s'il modifiera… »: the Government's act asked in the future or conditional. */
const futureAction = lazyRx("^(?:si\\s+(?:l'état|le gouvernement|la ministre|le ministre)|s'il|s'ils)\\s+(?:(?:ne\\s+)?(?:le|la|les|l'|y|en|lui|leur)\\s*)?(\\p{L}{3,}[ei])ra(?:it|ient|nt)?\\b");

function echoesAskedAction(request: string, folded: string): boolean {
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

function assess(index: AnswerIndex, sub: ExtractedSubQuestion, tiedSentences: readonly number[], only: boolean, previous: readonly number[] = [], siblings: ReadonlySet<number> = new Set(), previousPolarity: Polarity = undefined, few = only): Assessment {
  const scored = score(index, sub.terms, addressThreshold, foldForSearch(sub.text));
  let addressing = [...new Set([...scored.addressing, ...tiedSentences])].sort((a, b) => a - b);
  // In the answer to a question that asks one thing, a sentence that names the request by its author (« dans le sens
  // souhaité par l'honorable parlementaire ») is about it, in none of its words.
  if (only) addressing = [...new Set([...addressing, ...index.sentences.flatMap((sentence, position) => (refersToRequest(sentence.folded) ? [position] : []))])].sort((a, b) => a - b);
  // A yes/no or a legal conclusion often takes up the rule just set out without its words (« Il résulte de ces
  // dispositions que… », « Le Gouvernement n'envisage pas de modifier ces règles »).
  if (sub.kind === 'intention' || sub.kind === 'position') addressing = withContinuations(index, addressing);
  // Measures are listed one a sentence: the next sentence of the paragraph that names a concrete measure goes on
  // with the list (« La loi … a aggravé les peines… Une circulaire du 6 mars 2024 demande aux préfets… »), unless
  // it is another request's own passage.
  if (sub.kind === 'mesures' && addressing.length > 0) {
    const own = new Set(addressing);
    addressing = withContinuations(index, addressing, (folded) => concreteMeasure(folded) || describesAction(folded)).filter((position) => own.has(position) || !siblings.has(position));
  }
  // The scheme asked is named in one sentence and how it works is said in the next (« Un fonds a été ouvert pour
  // indemniser les pertes. L'aide est calculée sur la base d'un barème… »): that sentence goes on with the passage,
  // unless it is another request's own.
  if (sub.kind === 'modalites' && addressing.length > 0) {
    const own = new Set(addressing);
    addressing = withContinuations(index, addressing, (folded) => describesMechanismBeyondBasis(folded)).filter((position) => own.has(position) || !siblings.has(position));
  }
  if (sub.kind === 'droit') {
    const request = foldForSearch(sub.text);
    addressing = withContinuations(index, addressing, (folded) => (concludes().test(folded) || closesOnRule(folded)) && conclusionOn(request, folded) === 'connector');
    // The answer's closing (« La loi ne prévoit aucune obligation en la matière », « …, sous réserve de l'appréciation
    // souveraine du juge ») often ends the paragraph that sets out the rule, a sentence or two after it.
    addressing = withClosing(index, addressing, request, siblings, sub);
  }
  // The answer to a question that asks one thing is about that thing: legal and yes/no answers rarely repeat the
  // request's words, so any sentence sharing one of them addresses it.
  if (addressing.length === 0 && only && (sub.kind === 'droit' || sub.kind === 'intention' || sub.kind === 'position')) addressing = closest(scored.scores, (position) => sharesDistinctive(index, sub, position));
  // In the answer to a question that asks two things, a yes/no or a view in the answer's own words: the closest sentences
  // that carry the evidence of the kind, share a word of the request, and are not the other request's own passage.
  if (addressing.length === 0 && few && !only && (sub.kind === 'intention' || sub.kind === 'position')) addressing = closest(scored.scores, (position) => !siblings.has(position) && index.carries(sub.kind, position) && !acknowledgement().test(index.sentences[position]!.folded) && nearRequest(index, sub, position));
  // A published answer answers in forms that do not repeat the request's words (figures for a count, a programme
  // and its credits for means, a refusal for an intention, a legal qualification for a view): a sentence sharing
  // one word with the request and carrying such evidence addresses it.
  if (addressing.length === 0) addressing = strongSentences(index, sub, scored.scores);
  if (addressing.length === 0 && sub.kind === 'droit') addressing = citingSentences(index, sub, scored.scores, siblings);
  // A question that asks only when is answered by the date announced in the closest sentence, which names the awaited act
  // in its own words or a paraphrase (« dans quels délais sa parution » → « sa publication devrait intervenir début 2025 »).
  if (addressing.length === 0 && only && sub.kind === 'calendrier') addressing = closest(scored.scores, (position) => announcesDate(index.sentences[position]!.folded) && measuresAsked(index, sub, position));
  // A question that asks only why or how is answered by the closest sentence that gives a cause or a mechanism
  // (« Ces fermetures s'expliquent par la dématérialisation… », « Compte tenu de la baisse de la fréquentation… »)
  // and names a word of the request.
  if (addressing.length === 0 && only && sub.kind === 'modalites') addressing = closest(scored.scores, (position) => index.carries('modalites', position) && sharesDistinctive(index, sub, position));
  // Without a date, the sentence that says where the awaited text stands (« L'arrêté correspondant est en cours de
  // préparation ») is about the request: the calendar is partial (no date), not « no passage at all ».
  if (addressing.length === 0 && only && sub.kind === 'calendrier') {
    const awaited = awaitedText().exec(foldForSearch(sub.text))?.[1];
    if (awaited) addressing = index.sentences.flatMap((sentence, position) => (index.containing(termKey(awaited)).has(position) && textStatus().test(sentence.folded) ? [position] : []));
  }
  // The answer to a question that asks only for means or figures is about them: a programme with its credits, or
  // a count, answers it wherever it stands.
  if (addressing.length === 0 && only && (sub.kind === 'mesures' || sub.kind === 'chiffres')) addressing = index.sentences.flatMap((_, position) => (strongFor(index, sub, position) && nearObject(index, sub, position) ? [position] : []));
  // A question that asks only for measures is answered by a named measure with a figure, a date or a text (a plan, a decree, a fund…) in a passage
  // on the question's subject, even when the answer names the aim in other words (« protéger les troupeaux » →
  // « chiens de protection, clôtures »).
  if (addressing.length === 0 && only && sub.kind === 'mesures') addressing = index.sentences.flatMap((sentence, position) => (concreteMeasure(sentence.folded) && onSubject(index, sub, position) ? [position] : []));
  // In the answer to a question that asks two things, the measures asked are the concrete measures (a text, a plan with
  // its figure or date) next to a word of the request, that are not the other request's own passage (« quelles mesures
  // pour assurer la sécurité des usagers » → « La loi n° 2021-646 du 25 mai 2021 a permis aux agents de sécurité… »).
  if (addressing.length === 0 && few && !only && sub.kind === 'mesures') addressing = index.sentences.flatMap((sentence, position) => (concreteMeasure(sentence.folded) && nearRequest(index, sub, position) && !siblings.has(position) ? [position] : []));
  // « la suite qu'il envisage de réserver à cette proposition » names its object by a demonstrative only: what the
  // Government announces it will do (« le Gouvernement envisage d'instituer, dans un prochain projet de loi, … »),
  // or an explicit no, is the follow-up asked.
  if (addressing.length === 0 && sub.kind === 'mesures' && followUpOfProposal().test(foldForSearch(sub.text))) {
    addressing = index.sentences.flatMap((sentence, position) => ((governmentAnnounces().test(sentence.folded) && index.carries('mesures', position)) || isRefusal(withoutLawStatements(sentence.folded)) ? [position] : []));
  }
  // A conditional request (« s'il ne lui paraîtrait pas opportun, le cas échéant, d'inviter… ») continues the
  // previous one: the passage that answers the previous request, to the end of its paragraph, is about it too
  // (a legal request, even conditional, needs its own conclusion).
  // « dans l'affirmative comme dans la négative, quelles en sont les raisons » continues the previous request too.
  if (addressing.length === 0 && previous.length > 0 && sub.kind !== 'droit' && (conditionalForm.test(foldForSearch(sub.text)) || bareFollowUp().test(foldForSearch(sub.text).trim()))) {
    const from = previous.reduce((min, position) => Math.min(min, position), Number.POSITIVE_INFINITY);
    const paragraph = index.sentences[from]!.paragraph;
    // « Dans la négative, s'il entend… » after a no: the no is the condition met, not the answer to this request.
    const met = previousPolarity === 'no' && ifNo().test(foldForSearch(sub.text)) ? new Set(previous) : new Set<number>();
    addressing = index.sentences.flatMap((sentence, position) => (position >= from && sentence.paragraph === paragraph && !met.has(position) ? [position] : []));
  }
  // « si une commune peut vendre un chemin rural et, dans l'affirmative, dans quelles conditions »: the legal follow-up
  // that is only its interrogative asks about the previous request's case; the passage that answers it, to the end of
  // its paragraph, is where the conditions are given.
  const followsUp = previous.length > 0 && sub.kind === 'droit' && legalFollowUp().test(foldForSearch(sub.text).trim().replace(conditionalOpening(), ''));
  if (followsUp) {
    // With or without a sentence taken by a fallback above: the previous request's paragraph is this one's passage.
    const from = previous.reduce((min, position) => Math.min(min, position), Number.POSITIVE_INFINITY);
    const paragraph = index.sentences[from]!.paragraph;
    const passage = index.sentences.flatMap((sentence, position) => (position >= from && sentence.paragraph === paragraph ? [position] : []));
    addressing = [...new Set([...addressing, ...passage])].sort((a, b) => a - b);
  }
  if (addressing.length === 0 && previous.length === 0 && conditional.test(foldForSearch(sub.text))) addressing = explicitAnswers(index, sub);
  const candidate = tiedSentences[0] ?? scored.best;
  if (sub.kind === 'articulation' && sub.compared) {
    const result = assessArticulation(index, sub, addressing, candidate);
    return withEnumeration(index, sub, result);
  }
  if (sub.items.length > 1) {
    const evidence = new Set<number>();
    const lacking: string[] = [];
    const undated: number[] = [];
    const absent: string[] = [];
    const asideFor = new Map<string, string[]>();
    let addressedItems = 0;
    const itemScores = sub.items.map((item) => score(index, item.terms, itemThreshold, foldForSearch(sub.text)));
    sub.items.forEach((item, itemIndex) => {
      const itemScore = itemScores[itemIndex]!;
      const itemAddressing = [...new Set([...itemScore.addressing, ...tiedSentences])];
      if (itemAddressing.length === 0) {
        absent.push(item.label);
        return;
      }
      addressedItems++;
      const found = evidenceFor(index, sub, ownAddressing(itemScore, itemAddressing, tiedSentences), aboutOtherItems(itemScores, itemIndex));
      if (found.length === 0) {
        // For figures, what is wrong with the figures given for this item (another year, a national figure, a figure
        // per period), said instead of « aucun chiffre avec son unité ».
        // « sans en donner de chiffre » only when the item's sentences carry no figure and no zero at all (« a
        // bénéficié à 1 200 éleveurs », « Aucun crédit n'a été consacré… »): otherwise the older wording.
        const aside = sub.kind === 'chiffres' ? figureSetAside(index, sub, itemAddressing, true) : undefined;
        const figureless = itemAddressing.every((position) => carriesNoFigure(index.sentences[position]!.folded));
        if (sub.kind === 'chiffres' && (aside !== undefined || figureless)) asideFor.set(aside ?? '', [...(asideFor.get(aside ?? '') ?? []), item.label]);
        else lacking.push(item.label);
        undated.push(...itemAddressing);
      }
      for (const position of found) evidence.add(position);
    });
    const sorted = [...evidence].sort((a, b) => a - b);
    if (addressedItems === 0 && addressing.length === 0) return { status: 'unanswered', evidence: [], missing: [unansweredText(sub)], candidate };
    const missing: string[] = [];
    if (lacking.length) missing.push(`${missingFor(sub)} pour ${joinItems(lacking)}${vagueNote(index, sub, undated)}`);
    for (const [aside, labels] of asideFor) missing.push(aside ? `${aside}, pour ${joinItems(labels)}` : `la réponse parle de ${joinItems(labels)} sans en donner de chiffre`);
    if (absent.length) missing.push(`${joinItems(absent)} : rien dans la réponse`);
    if (addressedItems === 0) missing.push(missingEvidence[sub.kind]);
    const status: CoverageStatus = missing.length === 0 ? 'answered' : 'partial';
    const reason = status === 'answered' && sorted.length > 0 ? `${reasonFor(index, sub.kind, sorted[0]!)}, pour chacun des éléments demandés` : undefined;
    return withEnumeration(index, sub, { status, evidence: sorted, missing, candidate: sorted[0] ?? candidate, ...(reason ? { reason } : {}) });
  }
  // « Non. Plus de 90 % des artisans ne bénéficiaient pas… »: the answer to a question that asks one yes/no opens on
  // its yes or no, in none of the request's words; the reasons that follow need not repeat them either.
  // With several requests, the opening yes or no answers the first one (« Non. … Un plan sera présenté en 2025. »).
  if ((sub.kind === 'position' || sub.kind === 'intention') && (only || sub.number === 1) && yesNoRequest().test(foldForSearch(sub.text).trimStart())) {
    const opening = index.sentences[0];
    if (opening !== undefined && bareReply.test(opening.folded)) return withEnumeration(index, sub, { status: 'answered', evidence: [0], missing: [], candidate: 0, reason: 'la réponse s’ouvre sur un oui ou un non explicite' });
  }
  // « En 2023, le parc comptait 190 000 places » for the places of 2024: the sentence is about the request, its figure
  // is set aside (another year, a national total, a pace): partial, saying why, rather than « aucun passage ».
  if (addressing.length === 0 && only && sub.kind === 'chiffres') {
    const setAside = index.sentences.flatMap((_, position) => (index.strong('chiffres', position) && nearObject(index, sub, position) && !measuresAsked(index, sub, position) ? [position] : []));
    const why = setAside.length > 0 ? figureSetAside(index, sub, setAside) : undefined;
    if (why !== undefined) return withEnumeration(index, sub, { status: 'partial', evidence: [], missing: [`${why}${onWhat(sub)}`], candidate: setAside[0]! });
  }
  if (addressing.length === 0) return { status: 'unanswered', evidence: [], missing: [unansweredText(sub)], candidate };
  if (sub.kind === 'droit') return withEnumeration(index, sub, assessDroit(index, sub, addressing, candidate, followsUp ? previous : undefined, siblings));
  // « s'il est normal qu'une commune doive payer… », « s'il est d'accord avec cette interprétation » : a ministry answers
  // with the law and its own conclusion on the case (« n'est donc pas tenue de payer », « est conforme à la loi »).
  if (sub.kind === 'position' && asksJudgement(foldForSearch(sub.text))) {
    const legal = assessDroit(index, { ...sub, kind: 'droit' }, addressing, candidate, undefined, siblings);
    if (legal.status === 'answered') return withEnumeration(index, sub, legal);
  }
  let evidence = evidenceFor(index, sub, addressing);
  // « selon quelles modalités les crédits sont répartis »: a sentence whose only mechanism is its legal basis (« En
  // application de la loi de finances, le fonds est doté de… ») answers only when it names the process asked.
  if (sub.kind === 'modalites' && evidence.length > 0) {
    const process = processKeys(foldForSearch(sub.text));
    if (process.length > 0) evidence = evidence.filter((position) => describesMechanismBeyondBasis(index.sentences[position]!.folded) || process.some((key) => index.containing(key).has(position)));
    if (evidence.length === 0) return withEnumeration(index, sub, { status: 'partial', evidence: [], missing: [`${missingEvidence.modalites} ; un texte est cité comme fondement, mais rien n’est dit de ce qui est demandé (${processLabel(sub.text)})`], candidate });
  }
  // « selon quels critères les projets sont sélectionnés »: who decides (« la dotation est attribuée par le préfet ») is
  // not the criteria; a sentence that states them (« au regard de… », « en fonction de… », « les critères… ») is.
  // Also when no mechanism was found: criteria stated (« prend en compte… », « proportionnellement à… ») are what is asked.
  if (sub.kind === 'modalites' && criteriaAsked.test(foldForSearch(sub.text))) {
    // The criteria are often set out a few sentences after the scheme is named, in their own words (« Les projets sont
    // sélectionnés au regard de… »): a sentence of the answer that states criteria and shares a word of the request counts.
    const own = new Set([...evidence, ...addressing]);
    evidence = index.sentences.flatMap((sentence, position) => (criteriaStated.test(sentence.folded) && (own.has(position) || (!siblings.has(position) && sharesDistinctive(index, sub, position))) ? [position] : []));
    if (evidence.length === 0) return withEnumeration(index, sub, { status: 'partial', evidence: [], missing: ['les critères demandés ne sont pas donnés (au regard de…, en fonction de…, sont retenus…)'], candidate });
  }
  // « le nombre d'agents … dans chacune des trois fonctions publiques »: one figure per part is asked; a single figure
  // gives one of them only.
  const each = sub.kind === 'chiffres' && evidence.length > 0 ? eachOf().exec(foldForSearch(sub.text)) : null;
  if (each) {
    const parts = numberWords[each[1]!] ?? Number(each[1]);
    const given = evidence.flatMap((position) => figuresIn(index.sentences[position]!.folded)).length;
    if (parts > 1 && given < parts) return withEnumeration(index, sub, { status: 'partial', evidence, missing: [`un chiffre est demandé pour chacun des ${parts} ensembles, la réponse n’en donne que ${given}`], candidate: evidence[0]! });
  }
  // « les mesures nouvelles qu'il entend prendre »: the law in force (« Aux termes de l'article L. 410-2, un décret peut
  // réglementer les prix », « le préfet arrête le prix ») is not a new measure; something done, decided or announced is.
  if (sub.kind === 'mesures' && evidence.length > 0 && newMeasuresAsked().test(foldForSearch(sub.text))) {
    const fresh = evidence.filter((position) => somethingNew().test(index.sentences[position]!.folded) || describesAction(index.sentences[position]!.folded) || announcesDate(index.sentences[position]!.folded));
    if (fresh.length === 0) return withEnumeration(index, sub, { status: 'partial', evidence: [], missing: ['la réponse rappelle le droit en vigueur : aucune mesure nouvelle (décidée, engagée ou annoncée) n’est nommée'], candidate });
    evidence = fresh;
  }
  // « quelles mesures pour accompagner financièrement les porteurs de projets »: the measure asked is a financial one (credits,
  // an aid, a fund, an amount); a text or an administrative support named beside it is not.
  if (sub.kind === 'mesures' && evidence.length > 0 && financialAsked().test(foldForSearch(sub.text))) {
    const financial = evidence.filter((position) => financialMeans().test(index.sentences[position]!.folded));
    if (financial.length === 0) return withEnumeration(index, sub, { status: 'partial', evidence: [], missing: ['aucune mesure financière (crédits, aide, subvention, fonds, montant) n’est nommée, alors que la demande porte sur un soutien financier'], candidate });
    evidence = financial;
  }
  // A count of the very thing asked (« près de 48 000 dossiers ont été déposés ») answers wherever it stands, not only
  // beside the sentence that repeats the request's other words (« depuis l'ouverture de la plateforme »).
  const counts = evidence.length === 0 && sub.kind === 'chiffres' ? countsOfThingAsked(index, sub, siblings) : [];
  if (counts.length > 0) return withEnumeration(index, sub, { status: 'answered', evidence: counts, missing: [], candidate: counts[0]!, reason: 'un chiffre de la chose même dont le nombre est demandé' });
  // The improvement done is often said in the sentence after the one that names the scheme (« Le congé … est indemnisé
  // par l'allocation… Son montant a été revalorisé… »): the next sentence of the paragraph is read too.
  const echoed = sub.kind === 'intention' && evidence.length === 0 ? withContinuations(index, addressing, (folded) => (improvementDone().test(folded) || creationDone().test(folded) || removalDone().test(folded) || notApplicable().test(folded)) && !topicShift().test(folded)).filter((position) => echoesAskedAction(foldForSearch(sub.text), index.sentences[position]!.folded)) : [];
  // « s'il entend étendre le chèque énergie aux retraités modestes » → « a été étendu aux étudiants boursiers »: an
  // extension to other beneficiaries is not the one asked.
  const asked = beneficiariesAsked(foldForSearch(sub.text));
  // Only when the beneficiaries asked are named nowhere in the answer: « les retraités en bénéficient déjà ; il a été
  // étendu aux étudiants » speaks of them.
  const namedSomewhere = asked.some((key) => index.containing(key).size > 0);
  const toOthers = asked.length > 0 && !namedSomewhere ? echoed.filter((position) => extendedToOthers(index.sentences[position]!.folded, asked)) : [];
  const announced = echoed.filter((position) => !toOthers.includes(position));
  if (announced.length === 0 && toOthers.length > 0) {
    const named = extensionTarget(index.sentences[toOthers[0]!]!.text);
    return withEnumeration(index, sub, { status: 'partial', evidence: [], missing: [`la réponse fait état d’une extension à d’autres bénéficiaires${named ? ` (« ${named} »)` : ''}, pas à ceux que vise la demande (« ${beneficiaryLabel(sub.text)} »)`], candidate: toOthers[0]! });
  }
  if (announced.length > 0) {
    const moot = announced.every((position) => notApplicable().test(index.sentences[position]!.folded));
    return withEnumeration(index, sub, { status: 'answered', evidence: announced, missing: [], candidate: announced[0]!, reason: moot ? 'ce que la demande voudrait supprimer ne s’applique pas au cas posé' : 'l’action demandée est annoncée ou déjà faite (« seront renforcés », « a été publié »)' });
  }
  // The refusal often names the request's object in its own words after the passage that sets out the rule
  // (« Une réduction du nombre d'assesseurs ne paraît pas souhaitable »): among the closest sentences, it answers.
  // In the answer to a question that asks only that, an explicit refusal may name the question's subject instead of
  // the request's words (« s'il envisage de dérembourser les cures » → « Il n'est pas question de mettre fin à leur
  // remboursement »). Only a refusal: an attribution of competence elsewhere in the answer is often a second
  // statement of the no, not the passage that gives it.
  let refused = evidence.length === 0 && (sub.kind === 'intention' || sub.kind === 'position') ? closest(scored.scores, (position) => index.carries(sub.kind, position) && sharesDistinctive(index, sub, position)) : [];
  if (refused.length === 0 && evidence.length === 0 && only && (sub.kind === 'intention' || sub.kind === 'position')) refused = index.sentences.flatMap((sentence, position) => (isRefusal(withoutLawStatements(sentence.folded)) && onObject(index, sub, position) ? [position] : []));
  if (refused.length > 0) return withEnumeration(index, sub, { status: 'answered', evidence: refused, missing: [], candidate: refused[0]!, reason: reasonFor(index, sub.kind, refused[0]!) });
  // « la position de la chancellerie sur ce problème », « face à une telle situation »: the view asked on a problem the
  // question has set out is given by what the Government did or prepares about it, on the question's subject.
  const acted = evidence.length === 0 && sub.kind === 'position' && only && viewOnProblem().test(foldForSearch(sub.text)) ? index.sentences.flatMap((sentence, position) => (governmentActs(sentence.folded) && onObject(index, sub, position) ? [position] : [])) : [];
  if (acted.length > 0) return withEnumeration(index, sub, { status: 'answered', evidence: acted, missing: [], candidate: acted[0]!, reason: 'la position est donnée par ce que le Gouvernement a fait ou prépare sur le problème posé' });
  // « les dispositions qu'il envisage de prendre pour modifier… » asks what the Government will do: an explicit no on
  // the request's object (« ne permettent pas d'envisager une modification de ces règles ») answers it.
  // Not for the alternative (« si tel n'est pas le cas, quelles mesures… »): the no to the first request is not its answer;
  // nor the refusal that is another request's own passage (« une vignette … n'est pas la voie retenue » answers « s'il
  // entend instaurer une vignette », not « quelles mesures il compte prendre »).
  const declined = evidence.length === 0 && sub.kind === 'mesures' && (intentionCue().test(foldForSearch(sub.text)) || injunctiveKind(foldForSearch(sub.text)) !== undefined) && !conditional.test(foldForSearch(sub.text)) ? closest(scored.scores, (position) => !siblings.has(position) && isRefusal(withoutLawStatements(index.sentences[position]!.folded)) && (addressing.includes(position) || sharesDistinctive(index, sub, position))) : [];
  if (declined.length > 0) return withEnumeration(index, sub, { status: 'answered', evidence: declined, missing: [], candidate: declined[0]!, reason: 'un refus explicite : aucune mesure n’est envisagée, et la réponse le dit' });
  if (evidence.length === 0 && sub.kind === 'mesures' && addressing.some((position) => isPendingStudy(index.sentences[position]!.folded))) {
    return withEnumeration(index, sub, { status: 'partial', evidence: [], missing: ['une étude en cours n’est pas une mesure décidée : aucune mesure nommée dans la réponse'], candidate });
  }
  // « s'il entend prendre des mesures pour… », « si le Gouvernement compte agir »: the intention asked is to act at all,
  // and measures taken or decided on the question's subject (a decree with its date, an action described) are the yes.
  if (evidence.length === 0 && sub.kind === 'intention' && genericAction().test(foldForSearch(sub.text))) {
    const acting = index.sentences.flatMap((sentence, position) => ((concreteMeasure(sentence.folded) || describesAction(sentence.folded)) && !siblings.has(position) && (addressing.includes(position) || (only ? onSubject(index, sub, position) : nearRequest(index, sub, position))) ? [position] : []));
    if (acting.length > 0) return withEnumeration(index, sub, { status: 'answered', evidence: acting, missing: [], candidate: acting[0]!, reason: 'des mesures prises ou décidées sur le sujet : l’action demandée est engagée' });
  }
  // « si cette aide sera maintenue en 2025 » answered by « Cette aide sera maintenue en 2025 » (or « ne sera pas
  // maintenue »): the request's own future, said as a fact, is its yes or no.
  const restated = evidence.length === 0 && sub.kind === 'intention' ? futureRestated.exec(foldForSearch(sub.text).trimStart())?.[1] : undefined;
  if (restated !== undefined) {
    const said = addressing.filter((position) => [...index.sentences[position]!.folded.matchAll(futureSaid)].some((found) => found[1] === restated && !futureStillAsked().test(index.sentences[position]!.folded.slice(Math.max(0, found.index - 140), found.index))) && !isReflection(index.sentences[position]!.folded));
    if (said.length > 0) return withEnumeration(index, sub, { status: 'answered', evidence: said, missing: [], candidate: said[0]!, reason: 'la réponse dit au futur ce que la question demande (oui ou non)' });
  }
  if (evidence.length === 0) {
    const reflecting = sub.kind === 'intention' ? addressing.filter((position) => isReflection(index.sentences[position]!.folded)) : [];
    // A reflection engaged answers a request that asks for neither yes nor no (« l'intérêt qui s'attacherait à
    // moderniser… »): the Government takes the matter up; in the answer to a question that asks only that, a
    // reflection on the request's object (`onObject`), not one on another subject, answers it. To « s'il
    // envisage… » it is neither yes nor no.
    const pool = only ? index.sentences.flatMap((_, position) => (onObject(index, sub, position) ? [position] : [])) : reflecting;
    const taken = sub.kind !== 'intention' || yesNoRequest().test(foldForSearch(sub.text).trimStart()) ? [] : pool.filter((position) => isReflection(index.sentences[position]!.folded) && engaged().test(index.sentences[position]!.folded));
    if (taken.length > 0) return withEnumeration(index, sub, { status: 'answered', evidence: taken, missing: [], candidate: taken[0]!, reason: 'une démarche engagée par le Gouvernement (réflexion, étude) sur la question posée' });
    const reflection = reflecting.length > 0;
    const missing = reflection ? `une réflexion en cours n’est ni un oui ni un non${onWhat(sub)}` : `${figureSetAside(index, sub, addressing) ?? missingEvidence[sub.kind]}${onWhat(sub)}${vagueNote(index, sub, addressing)}`;
    return withEnumeration(index, sub, { status: 'partial', evidence: [], missing: [missing], candidate });
  }
  return withEnumeration(index, sub, { status: 'answered', evidence, missing: [], candidate: evidence[0]!, reason: reasonFor(index, sub.kind, evidence[0]!) });
}

/**
 * The usual qualifiers of « moyens » or « garanties » and the words an answer gives them in (« moyens financiers »
 * are answered by credits, « humains » by staff): the answer names the thing, not the adjective.
 */
const qualifierForms: readonly (readonly [RegExp, RegExp])[] = [
  [/^financi/u, /\b(?:credits?|financ\p{L}*|budg\p{L}*|dotations?|enveloppes?|subventions?|euros?|m€|md€|€)/u],
  [/^humain/u, /\b(?:personnels?|professionnels?|effectifs?|postes?|recrut\p{L}*|agents?|equipes?|soignants?|emplois?|formes?|formation)\b/u],
  [/^materi/u, /\b(?:equipements?|materiels?|locaux|outils?|vehicules?)\b/u],
  [/^juridique/u, /\b(?:loi|decret|article|code|statut|cadre legal|juridique\p{L}*|legal\p{L}*|reglementa\p{L}*)\b/u],
];

function mentionedAsQualifier(index: AnswerIndex, element: string): boolean {
  const plain = foldForSearch(element);
  const forms = qualifierForms.find(([qualifier]) => qualifier.test(plain))?.[1];
  return forms !== undefined && index.sentences.some((sentence) => forms.test(sentence.folded));
}

/**
 * Every element of an enumeration in the request must be mentioned somewhere in the answer. One element absent
 * out of three or more is not enough to flag: an answer paraphrases its list (« éthiques » answered by what it
 * says of the legal and practical guarantees), and a false alarm on a published answer costs more than a miss.
 */
function withEnumeration(index: AnswerIndex, sub: ExtractedSubQuestion, result: Assessment): Assessment {
  if (result.status === 'unanswered' || sub.enumeration.length < 2) return result;
  const absent = sub.enumeration.filter((element) => {
    const keys = tokenize(element).map((token) => termKey(token.text));
    return keys.length > 0 && keys.every((key) => index.containing(key).size === 0) && !mentionedAsQualifier(index, element);
  });
  if (absent.length === 0 || (absent.length === 1 && sub.enumeration.length >= 3)) return result;
  return { ...result, status: 'partial', missing: [...result.missing, `éléments de l’énumération sans réponse : ${joinFrench(absent)}`] };
}

/**
 * For a figure request, why the figures of the passage were set aside, when one reason holds for them: a national
 * total for a local count, a figure of another year, a figure per period for a total. The message says what is
 * missing instead of « aucun chiffre avec son unité » (there are figures, not the one asked).
 */
function figureSetAside(index: AnswerIndex, sub: ExtractedSubQuestion, positions: readonly number[], perItem = false): string | undefined {
  if (sub.kind !== 'chiffres') return undefined;
  const request = foldForSearch(sub.text);
  const dimension = dimensionOfRequest(sub);
  const withFigure = positions.map((position) => index.sentences[position]!.folded).filter((folded) => figuresIn(folded).length > 0 || statesCount(folded));
  if (withFigure.length === 0) return undefined;
  // The figure set aside, quoted by its number only (the folded text has lost its accents).
  const firstFigure = (folded: string): string | undefined => numberOf(figuresIn(folded)[0] ?? folded.match(bareCount)?.[0]);
  if (localScope().test(request) && withFigure.every((folded) => nationalScope().test(folded) && !local(request, folded))) {
    const figure = firstFigure(withFigure[0]!);
    return `aucun chiffre propre au territoire demandé : la réponse ne donne qu’un chiffre national${figure ? ` (${figure})` : ''}`;
  }
  const seen: { figure: string; year: string; folded: string; at: number }[] = [];
  if (withFigure.every((folded) => ofAnotherYear(request, folded, dimension, seen))) {
    const years = askedYears(request).join(', ');
    const first = seen[0];
    // Quoted with its multiplier and unit, as written (« 30 millions d'euros », not « 30 »): the sentence's text has
    // the same offsets as its folded form.
    const written = first ? positions.map((position) => index.sentences[position]!).find((sentence) => sentence.folded === first.folded)?.text.slice(first.at, first.at + first.figure.length).trim() : undefined;
    // For one item of a list, a sentence with several figures may give each item its own: none is quoted then, lest
    // one item's figure be given for another (« 30 millions d'euros … et 12 millions d'euros … »).
    const several = perItem && new Set(seen.map((found) => found.figure)).size > 1;
    const figure = first && !several ? (written && /\d/u.test(written) ? written : numberOf(first.figure)) : undefined;
    return `aucun chiffre de l’année demandée (${years}) : les chiffres de la réponse portent sur d’autres années${figure && first ? ` (${figure}, en ${first.year})` : ''}`;
  }
  if (!askedPerPeriod().test(request) && withFigure.every((folded) => onlyPerPeriod(folded))) {
    const figure = firstFigure(withFigure[0]!);
    return `aucun chiffre d’ensemble : la réponse ne donne qu’un chiffre par période (par an, par mois…)${figure ? `, ici ${figure}` : ''}`;
  }
  return undefined;
}

/** The number of a figure (« 190 000 places » → « 190 000 »), for a message. */
function numberOf(figure: string | undefined): string | undefined {
  const number = figure === undefined ? undefined : /\d[\d \u00a0\u202f.,]*\d|\d/u.exec(figure)?.[0];
  return number?.trim();
}

/** A zero stated as such (« Aucun crédit n'a été consacré… », « aucune commune n'en a bénéficié »). */
const statesZero = rx("\\baucune?\\s+[^.;:]{0,60}?\\bn(?:'|e\\b)");

/** The sentence gives no figure at all: no number with its unit, no count, no zero. */
function carriesNoFigure(folded: string): boolean {
  return figuresIn(folded).length === 0 && !statesCount(folded) && !statesZero.test(folded) && !/\d/u.test(folded.replace(/\b(?:19|20)\d{2}\b/gu, ''));
}

/** Every figure of the sentence is a figure per period (« 800 logements sont construits par an »). */
function onlyPerPeriod(folded: string): boolean {
  const figures = figuresIn(folded);
  let from = 0;
  for (const figure of figures) {
    const at = folded.indexOf(figure, from);
    if (at < 0) return false;
    from = at + figure.length;
    if (!perPeriod().test(folded.slice(from, from + 60))) return false;
  }
  return figures.length > 0;
}

/** A time said without a date (RULES C4): « prochainement », « dans les prochains mois », « d'ici la fin de l'année ». */
const vagueTime = lazyRx(
  "\\b(?:prochainement|bientôt|rapidement|dès que possible|dans les meilleurs délais|dans les plus brefs délais|à (?:brève|courte) échéance|à (?:court|moyen|long) terme|dans (?:les|des) (?:prochaine?s|tout prochains?|mois|semaines|jours)(?:\\s+(?:jours|semaines|mois|années))?(?:\\s+(?:qui viennent|à venir))?|d'ici (?:la fin de l'année|l'été|l'automne|l'hiver|le printemps|la rentrée)(?!\\s+(?:19|20)\\d{2})|avant (?:la fin de l'année|l'été|l'automne|l'hiver|la rentrée)(?!\\s+(?:19|20)\\d{2}))",
);

/**
 * For a calendar request, the vague time the answer gives instead of a date, quoted, so that the drafter sees
 * what to replace (« aucune date précise : « prochainement » n'est pas une date »).
 */
function vagueNote(index: AnswerIndex, sub: ExtractedSubQuestion, positions: readonly number[]): string {
  if (sub.kind !== 'calendrier') return '';
  for (const position of positions) {
    const found = vagueTime().exec(index.sentences[position]!.folded);
    if (found) return ` : « ${index.sentences[position]!.text.slice(found.index, found.index + found[0].length)} » n’est pas une date`;
  }
  return '';
}

function missingFor(sub: ExtractedSubQuestion): string {
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
const intentionCue = lazyRx(
  "\\b(?:entend\\p{L}*|envisag\\p{L}*|compte|compterait|souhaite\\p{L}*|prévoi\\p{L}*|prévu|projett?\\p{L}*|l'intention|s'engage\\p{L}*|opportun|possible|souhaitable|utile|nécessaire|favorable)\\b(?:\\s*,\\s*le cas échéant\\s*,)?\\s*(?:de\\s+|d'|à\\s+)?(?=\\p{L})",
);

/** The opening of a request for a view (« sa position sur », « son sentiment quant à »), before its object. */
const viewOpening = lazyRx("^(?:(?:de\\s+)?(?:lui\\s+)?(?:faire\\s+)?(?:connaître|préciser|indiquer)\\s+)?(?:(?:quel|quelle)\\s+est\\s+)?(?:sa|son|leur|la)\\s+(?:position|sentiment|avis|analyse|appréciation|interprétation|point de vue)(?:\\s+du gouvernement)?\\s+(?:sur|quant à|concernant|à l'égard d|au sujet d|s'agissant d|en ce qui concerne)\\s*");

/**
 * What a yes/no or a view is missing on, quoted for the message (« … ne dit ni oui ni non sur « étendre ce crédit
 * d'impôt aux retraités » »): the asked action and its object for an intention, the object of a view. Empty for
 * the other kinds, whose evidence names its own object (a date, a figure, a measure).
 */
function onWhat(sub: ExtractedSubQuestion): string {
  if (sub.kind !== 'intention' && sub.kind !== 'position') return '';
  const folded = foldForSearch(sub.text);
  let from = 0;
  const action = sub.kind === 'intention' ? intentionCue().exec(folded) : null;
  if (action) from = action.index + action[0].length;
  else {
    const opening = viewOpening().exec(folded.trimStart());
    if (opening) from = folded.length - folded.trimStart().length + opening[0].length;
  }
  const object = sub.text.slice(from).trim();
  return object.length >= 8 ? ` sur « ${excerpt(object, 80)} »` : '';
}

function unansweredText(sub: ExtractedSubQuestion): string {
  return `aucun passage de la réponse ne traite de « ${excerpt(sub.text)} »`;
}

function excerpt(text: string, max = 90): string {
  const clean = text.replace(/\s+/gu, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.lastIndexOf(' ', max);
  return `${clean.slice(0, cut > 40 ? cut : max)}…`;
}

/** Numbered items of one noun said once: « les mesures 16 et 19 » rather than « la mesure 16 et la mesure 19 ». */
function joinItems(labels: readonly string[]): string {
  const parts = labels.map((label) => /^la (\p{L}+) (\S+)$/u.exec(label));
  const noun = parts[0]?.[1];
  if (labels.length < 2 || !noun || parts.some((part) => part?.[1] !== noun)) return joinFrench(labels);
  return `les ${/[sx]$/u.test(noun) ? noun : `${noun}s`} ${joinFrench(parts.map((part) => part![2]!))}`;
}

function joinFrench(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

// ---------------------------------------------------------------------------------------------------------
// Directives

interface Deliberate {
  readonly ids: string[];
  readonly reason: string;
  readonly directive: Directive;
}

const idPattern = /^\s*((?:q\s*\d+\s*(?:,|et)?\s*)+)/iu;

function parseIds(text: string): string[] {
  return [...text.matchAll(/q\s*(\d+)/giu)].map((match) => `Q${Number(match[1])}`);
}

function readDeliberate(directives: readonly Directive[]): Deliberate[] {
  const result: Deliberate[] = [];
  for (const directive of directives) {
    if (directive.verb !== 'sans-reponse') continue;
    const match = idPattern.exec(directive.argument);
    const ids = match ? parseIds(match[1]!) : [];
    const rest = match ? directive.argument.slice(match[0].length) : directive.argument;
    const reason = rest.replace(/^\s*[:—–-]\s*/u, '').trim();
    result.push({ ids, reason, directive });
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------------
// Entry point

/**
 * The sub-questions of a question section, remembered: the question rarely changes while the answer is typed,
 * and the extraction is the costliest part of coverage. The key is everything the extraction reads: the
 * paragraphs' texts, ranges, breaks and the source offset of every character (the source map).
 */
const extractionMemo = new Map<string, ExtractedSubQuestion[]>();

function extractOnce(question: Section): ExtractedSubQuestion[] {
  const parts: string[] = [question.sourcePath ?? '', String(question.range.start), String(question.range.end), String(question.headingRange?.start ?? -1)];
  for (const paragraph of question.paragraphs) {
    const map: number[] = [];
    for (let i = 0; i < paragraph.text.length; i++) {
      const range = paragraph.sourceRange(i, i + 1);
      map.push(range.start, range.end);
    }
    parts.push(paragraph.text, `${paragraph.range.start}-${paragraph.range.end}`, paragraph.breaks.map((gap) => `${gap.start}-${gap.end}`).join(','), paragraph.answers.join(','), map.join(','));
  }
  const key = parts.join('\u0001');
  const known = extractionMemo.get(key);
  if (known) return known;
  const extracted = extractSubQuestions(question);
  if (extractionMemo.size >= 64) extractionMemo.clear();
  extractionMemo.set(key, extracted);
  return extracted;
}

/**
 * Sub-questions of the document's question and how its answer covers them, with the findings to report.
 * Ranges are offsets into this file: for a question read from another file (`question:` link), whose spans are
 * in that file, a sub-question's `range` and its findings are put on the answer's heading, and the messages
 * say where the question was read.
 */
export function analyzeCoverage(document: QeDocument): CoverageResult {
  const question = document.question;
  const answer = document.answer;
  if (!question) return { subQuestions: [], findings: [], details: [] };
  const extracted = extractOnce(question);
  // Never silent: a question in which no request is found says so, so that the drafter knows the check did not run.
  if (extracted.length === 0) return { subQuestions: [], findings: [noRequest(question, answer)], details: [] };
  // Before the answer is written (no answer section, or an empty one), the sub-questions are the drafter's
  // checklist: each one is to be answered (QUESTION-FORMS.md §10.5).
  if (!answer || answer.paragraphs.every((paragraph) => paragraph.text.trim() === '')) return checklist(question, answer, extracted);
  const index = new AnswerIndex(document);
  const linked = question.sourcePath;
  const anchor: OffsetRange = answer.headingRange ?? { start: answer.range.start, end: answer.range.start };
  const findings: Finding[] = [];
  const known = new Set(extracted.map((sub) => sub.id));

  // Paragraph ties (`repond`), with a check of the ids they name.
  const tiedParagraphs = new Map<string, number[]>();
  answer.paragraphs.forEach((paragraph, position) => {
    for (const id of paragraph.answers) {
      const normalized = `Q${Number(id.replace(/^q/iu, ''))}`;
      const list = tiedParagraphs.get(normalized);
      if (list) list.push(position);
      else tiedParagraphs.set(normalized, [position]);
    }
  });
  for (const directive of document.directives) {
    if (directive.verb !== 'repond') continue;
    for (const id of parseIds(directive.argument)) {
      if (!known.has(id)) findings.push(unknownId(directive, id, extracted.length));
    }
  }
  const deliberate = readDeliberate(document.directives);
  for (const entry of deliberate) {
    if (entry.ids.length === 0) {
      findings.push({
        rule: unansweredRule,
        severity: 'warning',
        message: 'Directive « sans-reponse » sans sous-question : écrivez par exemple « <!-- qe: sans-reponse Q2 : motif --> ».',
        range: entry.directive.range,
      });
      continue;
    }
    for (const id of entry.ids) if (!known.has(id)) findings.push(unknownId(entry.directive, id, extracted.length));
    if (!entry.reason) {
      findings.push({
        rule: unansweredRule,
        severity: 'warning',
        message: `Directive « sans-reponse ${entry.ids.join(', ')} » sans motif : indiquez pourquoi la sous-question reste sans réponse (« <!-- qe: sans-reponse ${entry.ids[0]} : motif --> »).`,
        range: entry.directive.range,
      });
    }
  }

  const details: SubQuestionDetail[] = [];
  // A referral answer answers elsewhere: every sub-question is unanswered here, and `reponse-par-renvoi` says so
  // once instead of a list of misses.
  const referral = findReferral(answer);
  let previous: readonly number[] = [];
  let previousAnswer: readonly number[] = [];
  let previousPolarity: Polarity;
  const siblings = referral ? [] : siblingPassages(index, extracted);
  for (const raw of extracted) {
    const sub = withCalendarItems(raw, question);
    if (referral) {
      const label = `la réponse renvoie à la réponse à la question n° ${referral.numero}`;
      details.push({ id: sub.id, number: sub.number, text: sub.text, range: linked ? anchor : sub.range, kind: sub.kind, status: 'unanswered', evidence: [], missing: [], tied: [], referral: label, ...(sub.objectLabel ? { objectLabel: sub.objectLabel } : {}) });
      continue;
    }
    const tiedPositions = tiedParagraphs.get(sub.id) ?? [];
    const tiedSentences: number[] = [];
    index.sentences.forEach((sentence, position) => {
      if (tiedPositions.includes(sentence.paragraph)) tiedSentences.push(position);
    });
    const assessed = assess(index, sub, tiedSentences, extracted.length === 1, previous, siblings[sub.number - 1], previousPolarity, extracted.length <= 2);
    const result = assessed.status === 'answered' || tiedSentences.length > 0 ? assessed : (answeredByCondition(sub, previousAnswer, previousPolarity) ?? assessed);
    previous = result.evidence.length > 0 ? result.evidence : result.candidate >= 0 && result.status !== 'unanswered' ? [result.candidate] : [];
    previousAnswer = result.status === 'answered' ? result.evidence : [];
    previousPolarity = polarityOf(index, sub.kind, result);
    const evidence = result.evidence.map((position) => index.sentences[position]!.range);
    const candidate = result.candidate >= 0 ? index.sentences[result.candidate]?.range : undefined;
    const marked = deliberate.find((entry) => entry.ids.includes(sub.id));
    const range = linked ? anchor : sub.range;
    details.push({
      id: sub.id,
      number: sub.number,
      text: sub.text,
      range,
      kind: sub.kind,
      status: result.status,
      evidence,
      ...(sub.objectLabel ? { objectLabel: sub.objectLabel } : {}),
      missing: result.missing,
      ...(candidate ? { candidate } : {}),
      ...(marked ? { deliberate: { reason: marked.reason, range: marked.directive.range } } : {}),
      tied: tiedPositions.map((position) => answer.paragraphs[position]!.range),
      ...(result.reason && result.status === 'answered' ? { reason: result.reason } : {}),
    });
    if (result.status === 'answered' || marked) continue;
    const heading = `Sous-question ${sub.number} (${kindLabels[sub.kind]}${sub.objectLabel ? ` ${sub.objectLabel}` : ''})`;
    const where = linked ? ` [question lue dans « ${linked} »]` : '';
    const related: RelatedLocation[] = [];
    if (!linked) related.push({ range: sub.range, message: `Sous-question ${sub.number} dans la question` });
    if (candidate) related.push({ range: candidate, message: 'Passage de la réponse le plus proche' });
    findings.push({
      rule: result.status === 'unanswered' ? unansweredRule : partialRule,
      severity: result.status === 'unanswered' ? 'warning' : 'information',
      message: `${heading} : ${result.missing.join(' ; ')}${where}.`,
      range,
      ...(linked ? {} : optionalAnchor(leadingWords(document.text, range))),
      ...(related.length ? { related } : {}),
    });
  }
  const subQuestions: SubQuestion[] = details.map(({ id, text, range, kind, status, evidence }) => ({ id, text, range, kind, status, evidence }));
  return { subQuestions, findings, details };
}

/** The information finding of a question without a recognised request (a rappel says what it recalls). */
function noRequest(question: Section, answer: Section | null): Finding {
  const range = question.sourcePath
    ? (answer?.headingRange ?? { start: answer?.range.start ?? 0, end: answer?.range.start ?? 0 })
    : (question.headingRange ?? question.paragraphs[0]?.range ?? question.range);
  const recall = findRecall(question);
  const message = recall
    ? `Rappel${recall.number ? ` de la question n° ${recall.number}` : ' d’une question antérieure'} : aucune demande propre ; les sous-questions à traiter sont celles de la question rappelée.`
    : 'Aucune demande reconnue dans la question : le contrôle des sous-questions n’a pas pu s’appliquer ; vérifiez à la lecture ce qui est demandé.';
  return { rule: noRequestRule, severity: 'information', message, range };
}

/** Sub-questions of a question whose answer is not written yet: each unanswered, one warning each. */
function checklist(question: Section, answer: Section | null, extracted: readonly ExtractedSubQuestion[]): CoverageResult {
  const linked = question.sourcePath;
  const anchor: OffsetRange | undefined = answer ? (answer.headingRange ?? { start: answer.range.start, end: answer.range.start }) : undefined;
  const details: SubQuestionDetail[] = [];
  const findings: Finding[] = [];
  for (const sub of extracted) {
    // A linked question's spans are in another file: put them on the answer's heading (or nowhere).
    if (linked && !anchor) continue;
    const range = linked ? anchor! : sub.range;
    const missing = ['la réponse n’est pas encore rédigée'];
    details.push({ id: sub.id, number: sub.number, text: sub.text, range, kind: sub.kind, status: 'unanswered', evidence: [], missing, tied: [], ...(sub.objectLabel ? { objectLabel: sub.objectLabel } : {}) });
    findings.push({
      rule: unansweredRule,
      severity: 'warning',
      message: `Sous-question ${sub.number} (${kindLabels[sub.kind]}) à traiter : ${missing[0]}${linked ? ` [question lue dans « ${linked} »]` : ''}.`,
      range,
    });
  }
  const subQuestions: SubQuestion[] = details.map(({ id, text, range, kind, status, evidence }) => ({ id, text, range, kind, status, evidence }));
  return { subQuestions, findings, details };
}

function optionalAnchor(anchor: OffsetRange | undefined): { anchor?: OffsetRange } {
  return anchor ? { anchor } : {};
}

function unknownId(directive: Directive, id: string, count: number): Finding {
  const known = count === 0 ? 'aucune sous-question n’a été repérée dans la question' : count === 1 ? 'la question n’en compte qu’une (Q1)' : `la question en compte ${count} (Q1 à Q${count})`;
  return {
    rule: unansweredRule,
    severity: 'warning',
    message: `La directive désigne la sous-question ${id}, qui n’existe pas : ${known}.`,
    range: directive.argumentRange.end > directive.argumentRange.start ? directive.argumentRange : directive.range,
  };
}
