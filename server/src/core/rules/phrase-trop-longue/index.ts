/**
 * I7 `phrase-trop-longue`: sentences over 45 words (warning) or over 35 (information). The sentence splitter of
 * the model ignores abbreviation dots (`M.`, `art.`, `n°`, `c.-à-d.`) and legal references. A verbatim quotation
 * (« Cet article dispose que « … » », « selon l'article X, « … » », eight words or more) is not counted: the drafter did not
 * write it. A title in quotation marks (« le plan « … » ») is.
 */
import type { Sentence } from '../../model/types';
import { leadingWords } from '../../findings/finding';
import type { Rule } from '../rule';
import { excerpt } from '../common/excerpt';

const warningWords = 45;
const informationWords = 35;

/** Words of a sentence: word and number tokens, an elided `l'`, `d'`, `qu'` counting with the word it joins. */
function sentenceWordCount(sentence: Sentence): number {
  let count = 0;
  for (const word of sentence.words) if ((word.kind === 'word' || word.kind === 'number') && !/['’]$/.test(word.text)) count++;
  return count;
}

/** A quotation this long is a text cited verbatim (« Cet article dispose que « … » »), not the drafter's words. */
const verbatimWords = 8;

/** What introduces a quotation of a text (« dispose que « … » », « : « … » »), not a title (« le plan « … » »). */
const introducesQuotation = /^(?:que|qu['’]|:|,|dispose|prévoit|précise|énonce|indique|stipule|mentionne|rappelle|ainsi)$/iu;

/** Words of the sentence that are the drafter's: those of verbatim quotations (8 words or more) left out. */
function draftedWordCount(sentence: Sentence): number {
  let count = 0;
  let quoted = 0;
  let inQuote = false;
  let verbatim = false;
  let previous = '';
  for (const word of sentence.words) {
    const text = word.text.trim();
    if (text === '«' || text === '“' || (text === '"' && !inQuote)) {
      if (inQuote) count += quoted;
      inQuote = true;
      verbatim = introducesQuotation.test(previous);
      quoted = 0;
      continue;
    }
    if (text) previous = text;
    if (inQuote && (text === '»' || text === '”' || text === '"')) {
      if (quoted < verbatimWords || !verbatim) count += quoted;
      inQuote = false;
      continue;
    }
    if ((word.kind === 'word' || word.kind === 'number') && !/['’]$/.test(word.text)) {
      if (inQuote) quoted++;
      else count++;
    }
  }
  // A quotation left open is counted: nothing says where it ends.
  return inQuote ? count + quoted : count;
}

export const rule: Rule = {
  meta: {
    id: 'phrase-trop-longue',
    severity: 'warning',
    title: 'Phrase trop longue',
    description:
      "Signale les phrases de plus de 45 mots (avertissement) et de plus de 35 mots (information). Le Guide de légistique recommande d'écrire des phrases simples, en évitant la multiplication de subordonnées et d'incidentes : couper au point-virgule ou avant un pronom relatif.",
    fixable: false,
    group: 'I',
  },
  checkParagraph(context) {
    const { view } = context;
    if (view.section !== 'answer') return;
    for (const sentence of view.paragraph.sentences) {
      const count = draftedWordCount(sentence);
      if (count <= informationWords) continue;
      const quoted = sentenceWordCount(sentence) > count ? ', hors citation' : '';
      const long = count > warningWords;
      if (!long && (context.severity === 'warning' || context.severity === 'error')) {
        context.report({ range: sentence.range, anchor: leadingWords(context.document.text, sentence.range), message: `« ${excerpt(sentence.text)} » : phrase de ${count} mots${quoted} (plus de ${informationWords}), envisager de la couper.`, severity: 'information' });
        continue;
      }
      if (!long) continue;
      context.report({ range: sentence.range, anchor: leadingWords(context.document.text, sentence.range), message: `« ${excerpt(sentence.text)} » : phrase de ${count} mots${quoted} (plus de ${warningWords}), la couper au point-virgule ou avant un pronom relatif.` });
    }
  },
};
