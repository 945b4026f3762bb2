/**
 * I5 `reformulation-question`: the answer copies the question: at least 40 % of the word 5-grams of its first
 * two sentences appear in the question, or one of its sentences repeats 15 words of the question verbatim. An
 * opening formula that restates the topic once (« L'honorable parlementaire a appelé l'attention… ») and
 * quotations of the question in « » are accepted.
 */
import { absoluteRange, relativeRange, type Rule } from '../rule';
import { fold } from '../shared/lexicon';
import type { Sentence } from '../../model/types';
import { letterRegExp } from '../../text/letters';

/** The question's 5-grams, once per question section. */
const questionGrams = new WeakMap<object, Set<string>>();

export const shareThreshold = 0.4;
export const verbatimWords = 15;

function words(sentence: Sentence, masked: (start: number, end: number) => boolean): string[] {
  return sentence.words.filter((word) => (word.kind === 'word' || word.kind === 'number') && !masked(word.range.start, word.range.end)).map((word) => fold(word.text));
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
    let question5 = questionGrams.get(question);
    if (!question5) {
      const questionWords = question.paragraphs.flatMap((paragraph) => paragraph.sentences.flatMap((sentence) => words(sentence, () => false)));
      question5 = new Set(grams(questionWords, 5));
      questionGrams.set(question, question5);
    }
    // Facts hold paragraph-relative ranges: place each sentence where its paragraph is now.
    const answerSentences = context.facts.flatMap(({ view, facts }) =>
      facts.map((fact) => ({ sentence: { range: absoluteRange(view, fact.sentence.range), text: fact.sentence.text }, words: fact.words })),
    );
    let skippedFormula = false;
    const opening = answerSentences.slice(0, 2).filter(({ sentence }) => {
      if (!skippedFormula && openingFormula.test(sentence.text)) {
        skippedFormula = true;
        return false;
      }
      return true;
    });
    const openingGrams = opening.flatMap(({ words: list }) => grams(list, 5));
    const reported = new Set<SentenceFact>();
    if (openingGrams.length >= 3) {
      const shared = openingGrams.filter((gram) => question5.has(gram)).length;
      const share = shared / openingGrams.length;
      if (share >= shareThreshold) {
        const first = opening[0]!.sentence;
        const last = opening[opening.length - 1]!.sentence;
        for (const { sentence } of opening) reported.add(sentence);
        context.report({
          range: { start: first.range.start, end: last.range.end },
          message: `Le début de la réponse recopie la question (${Math.round(share * 100)} % de ses suites de cinq mots) : entrer directement dans la réponse.`,
        });
      }
    }
    for (const { sentence, words: list } of answerSentences) {
      if (reported.has(sentence) || list.length < verbatimWords) continue;
      // 15 words in common in a row = 11 consecutive shared 5-grams.
      let run = 0;
      let longest = 0;
      for (const gram of grams(list, 5)) {
        run = question5.has(gram) ? run + 1 : 0;
        if (run > longest) longest = run;
      }
      if (longest >= verbatimWords - 4) {
        context.report({ range: sentence.range, message: `Cette phrase reprend à l'identique au moins ${verbatimWords} mots de la question : la citer entre guillemets ou la reformuler.` });
      }
    }
  },
};
