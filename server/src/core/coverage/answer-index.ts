/**
 * The answer's index: its sentences, their word keys and acronyms, and the scoring of a request's terms over
 * them (thresholds, pairs of words).
 */

import type { OffsetRange, QeDocument } from '../model/types';
import { carriesEvidence, carriesStrongEvidence } from './evidence';
import { type ObjectTerm } from './extract';
import { keysMatch, termKey } from './stem';
import { paraphraseKeys, usesRecoursAsUse } from './synonyms';
import { foldForSearch } from '../text/fold';
import { tokenize } from './text';
import { subjectKeys } from './topical';
import { detach } from '../text/detach';
import type { SubQuestionKind } from './types';
import { throwIfCancelled, type IsCancelled } from '../cancel';

/**
 * Share of the weighted words of a sub-question's object (of one item, for « ces mesures ») that a sentence, or
 * a sentence read with the next, must contain to address it; bounded below and above by the counts next.
 */
export const addressThreshold = 0.28;
export const itemThreshold = 0.4;
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
export class AnswerIndex {
  readonly sentences: AnswerSentence[] = [];
  /** Keys of the subject the question's opening announces (`subjectKeys`). */
  readonly subject: readonly string[];
  private readonly byKey = new Map<string, number[]>();
  private readonly matchCache = new Map<string, ReadonlySet<number>>();

  /** `isCancelled` (`cancel.ts`) is asked between the answer's paragraphs. */
  constructor(document: QeDocument, isCancelled?: IsCancelled) {
    this.subject = subjectKeys(document.question, (key) => !genericKeys.has(key));
    const answer = document.answer;
    if (!answer) return;
    const questionWords = document.question ? tokenize(document.question.paragraphs.map((paragraph) => paragraph.text).join(' ')).map((token) => token.text) : [];
    const acronyms = new AcronymResolver(questionWords);
    const spelled = document.question ? acronyms.spelledOut(document.question.paragraphs.map((paragraph) => paragraph.text).join(' ')) : new Map<string, string[]>();
    answer.paragraphs.forEach((paragraph, index) => {
      throwIfCancelled(isCancelled);
      for (const sentence of paragraph.sentences) {
        const terms = sentenceTerms(sentence.text);
        const position = this.sentences.length;
        this.sentences.push({ ...terms, text: sentence.text, range: sentence.range, paragraph: index });
        const keys = [...terms.keys, ...acronyms.keys(sentence.text), ...spelledIn(sentence.text, spelled)];
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
    const start = this.phrase(letters)?.[0];
    // One word of the answer counts once: the acronym stands for its head word (« AESH » → « accompagnants »).
    return start === undefined ? undefined : termKey(this.words[start]!);
  }

  /** The question's words [start, end) whose initials spell the letters, short function words skipped; with `end`, the phrase that ends there. */
  private phrase(letters: readonly string[], end?: number): [number, number] | undefined {
    for (const start of this.starts.get(letters[0]!) ?? []) {
      if (end !== undefined && start >= end) break;
      let letter = 1;
      let at = start + 1;
      for (; letter < letters.length && at < this.words.length; at++) {
        if (this.skipped[at]) continue;
        if (this.initials[at] !== letters[letter]) break;
        letter++;
      }
      if (letter === letters.length && (end === undefined || at === end)) return [start, at];
    }
    return undefined;
  }

  /**
   * The acronyms the question defines (« service public d'assainissement non collectif (SPANC) ») with the word keys of
   * their phrase: an answer that spells an acronym of the request out names it.
   */
  spelledOut(questionText: string): Map<string, string[]> {
    const spelled = new Map<string, string[]>();
    if (this.words.length === 0) return spelled;
    for (const match of questionText.matchAll(acronymPattern)) {
      const acronym = match[0];
      if (acronym.length < 3 || !isAcronym(acronym) || spelled.size >= maxAcronyms) continue;
      const key = termKey(acronym.toLowerCase());
      if (spelled.has(key)) continue;
      // Only the phrase the question defines it by, right before its parenthesis (« … non collectif (SPANC) »): initials
      // met by chance elsewhere (« projets locaux d'urbanisme » for PLU) name nothing (review rev-fw).
      if (!questionText.slice(0, match.index).trimEnd().endsWith('(')) continue;
      const span = this.phrase([...acronym.toLowerCase()], tokenize(questionText.slice(0, match.index)).length);
      if (span) spelled.set(key, this.words.slice(span[0], span[1]).filter((word) => !acronymSkipped.has(word.toLowerCase())).map(termKey));
    }
    return spelled;
  }
}

/** Keys of the question's acronyms whose phrase the sentence spells out, word after word (function words aside). */
function spelledIn(text: string, spelled: ReadonlyMap<string, readonly string[]>): string[] {
  if (spelled.size === 0) return [];
  const words = tokenize(text).map((token) => token.text).filter((word) => !acronymSkipped.has(word)).map(termKey);
  const found: string[] = [];
  for (const [key, phrase] of spelled) {
    for (let at = 0; at + phrase.length <= words.length; at++) {
      if (phrase.every((word, offset) => keysMatch(words[at + offset]!, word))) {
        found.push(key);
        break;
      }
    }
  }
  return found;
}

export interface Scored {
  /** Score of each sentence alone. */
  readonly scores: number[];
  /** Sentences that address the object (alone, or with the next sentence). */
  readonly addressing: number[];
  readonly best: number;
}

export function score(index: AnswerIndex, terms: readonly ObjectTerm[], share: number, request = ''): Scored {
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
 * Words any administrative answer uses whatever it answers (« situation », « dispositif », « cadre », « publique »):
 * sharing one of them does not tie a sentence to a request.
 */
export const genericKeys = new Set(
  (
    'situation situations dispositif dispositifs cadre question questions problème problèmes problématique ' +
    'problématiques sujet sujets domaine domaines politique politiques public publique publics publiques national ' +
    'nationale nationaux nationales france français française personne personnes enjeu enjeux besoin besoins ' +
    'objectif objectifs secteur secteurs niveau niveaux actuel actuelle actuellement général générale'
  )
    .split(' ')
    .map((word) => termKey(word)),
);
