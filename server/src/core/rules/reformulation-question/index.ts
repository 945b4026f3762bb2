/**
 * I5 `reformulation-question`: the answer copies the question: at least 40 % of the word 5-grams of its first
 * two sentences appear in the question, or one of its sentences repeats 15 words of the question verbatim. An
 * opening formula that restates the topic once (« L'honorable parlementaire a appelé l'attention… ») and
 * quotations of the question in « » are accepted.
 */
import { absoluteRange, relativeRange, type Rule } from '../rule';
import { comparisonKey } from '../../text/fold';
import { excerpt } from '../common/excerpt';
import type { OffsetRange, Sentence } from '../../model/types';
import { letterRegExp } from '../../text/letters';

/** The question's 5-grams and words, compared with every answer sentence. */
interface QuestionIndex {
  /** The question's compared words, joined by a character no word holds: the same words give back the same index. */
  readonly key: string;
  readonly grams: ReadonlySet<string>;
  readonly words: ReadonlySet<string>;
}

/** The last question seen: the question's section is rebuilt on every analysis, its words seldom change. */
let lastQuestion: QuestionIndex | undefined;

function questionIndex(words: readonly string[]): QuestionIndex {
  const key = words.join('\u0000');
  if (lastQuestion?.key !== key) lastQuestion = { key, grams: new Set(grams(words, 5)), words: new Set(words) };
  return lastQuestion;
}

/** Whether a sentence repeats 15 words of the question, by sentence facts (reused while the paragraph is) and question. */
const verbatimMemo = new WeakMap<readonly string[], { readonly question: QuestionIndex; readonly verbatim: boolean }>();

function repeatsQuestion(list: readonly string[], question: QuestionIndex): boolean {
  const known = verbatimMemo.get(list);
  if (known?.question === question) return known.verbatim;
  const verbatim = longestShared(list, question) >= verbatimWords - 4;
  verbatimMemo.set(list, { question, verbatim });
  return verbatim;
}

/** The longest run of consecutive 5-grams of `list` found in the question (15 words in a row = 11 grams). */
function longestShared(list: readonly string[], question: QuestionIndex): number {
  // Cheap test first: those 15 words must all be words of the question.
  let inQuestion = 0;
  let most = 0;
  for (const word of list) {
    inQuestion = question.words.has(word) ? inQuestion + 1 : 0;
    if (inQuestion > most) most = inQuestion;
  }
  if (most < verbatimWords) return 0;
  let run = 0;
  let longest = 0;
  for (const gram of grams(list, 5)) {
    run = question.grams.has(gram) ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

const shareThreshold = 0.4;
const verbatimWords = 15;

function words(sentence: Sentence, masked: (start: number, end: number) => boolean): string[] {
  return sentence.words.filter((word) => (word.kind === 'word' || word.kind === 'number') && !masked(word.range.start, word.range.end)).map((word) => comparisonKey(word.text));
}

function grams(list: readonly string[], n: number): string[] {
  const result: string[] = [];
  for (let i = 0; i + n <= list.length; i++) result.push(list.slice(i, i + n).join(' '));
  return result;
}

const openingFormula = letterRegExp(String.raw`^(?:l['’]honorable parlementaire|le député|la députée|le sénateur|la sénatrice|m\.|mme|monsieur|madame)\b[^.]{0,80}\b(?:appel\p{L}*|attir\p{L}*|interrog\p{L}*|souhait\p{L}*|demand\p{L}*|s['’]inqui\p{L}*)`, 'iu');

/** What the rule keeps of an answer sentence. */
type SentenceFact = Pick<Sentence, 'range' | 'text'>;

export const rule: Rule<readonly { readonly sentence: SentenceFact; readonly words: readonly string[] }[]> = {
  meta: {
    id: 'reformulation-question',
    severity: 'information',
    title: 'Réponse qui recopie la question',
    description:
      "Signale une réponse qui recopie la question : au moins 40 % des suites de cinq mots de ses deux premières phrases figurent dans la question, ou une de ses phrases reprend quinze mots de la question à l'identique. Une formule d'ouverture qui rappelle le sujet une fois (« L'honorable parlementaire a appelé l'attention… ») et les citations de la question entre guillemets sont admises.",
    fixable: false,
    group: 'I',
  },
  // Per answer paragraph (cached by the incremental checker): each sentence with its compared words.
  collectFacts(context) {
    const { view } = context;
    if (view.section !== 'answer') return [];
    const masked = (start: number, end: number) => view.masks.some((mask) => mask.reason === 'question-quote' && view.sourceRange(mask.start, mask.end).start <= start && end <= view.sourceRange(mask.start, mask.end).end);
    return view.paragraph.sentences.map((sentence) => ({ sentence: { range: relativeRange(view, sentence.range), text: sentence.text }, words: words(sentence, masked) }));
  },
  check(context) {
    const { document } = context;
    const question = document.question;
    if (!question || !document.answer) return;
    const index = questionIndex(question.paragraphs.flatMap((paragraph) => paragraph.sentences.flatMap((sentence) => words(sentence, () => false))));
    // The first two sentences of the answer, placed where their paragraphs are now.
    const firstTwo: { readonly fact: SentenceFact; readonly range: OffsetRange; readonly words: readonly string[] }[] = [];
    for (const { view, facts } of context.facts) {
      for (const fact of facts) {
        if (firstTwo.length === 2) break;
        firstTwo.push({ fact: fact.sentence, range: absoluteRange(view, fact.sentence.range), words: fact.words });
      }
    }
    let skippedFormula = false;
    const opening = firstTwo.filter(({ fact }) => {
      if (!skippedFormula && openingFormula.test(fact.text)) {
        skippedFormula = true;
        return false;
      }
      return true;
    });
    const openingGrams = opening.flatMap(({ words: list }) => grams(list, 5));
    const reported = new Set<SentenceFact>();
    if (openingGrams.length >= 3) {
      const shared = openingGrams.filter((gram) => index.grams.has(gram)).length;
      const share = shared / openingGrams.length;
      if (share >= shareThreshold) {
        const first = opening[0]!;
        const last = opening[opening.length - 1]!;
        for (const { fact } of opening) reported.add(fact);
        context.report({
          range: { start: first.range.start, end: last.range.end },
          message: `« ${excerpt(first.fact.text)} » : le début de la réponse recopie la question (${Math.round(share * 100)} % de ses suites de cinq mots) : entrer directement dans la réponse.`,
        });
      }
    }
    for (const { view, facts } of context.facts) {
      for (const { sentence, words: list } of facts) {
        if (reported.has(sentence) || list.length < verbatimWords || !repeatsQuestion(list, index)) continue;
        context.report({ range: absoluteRange(view, sentence.range), message: `« ${excerpt(sentence.text)} » : cette phrase reprend à l'identique au moins ${verbatimWords} mots de la question : la citer entre guillemets ou la reformuler.` });
      }
    }
  },
};
