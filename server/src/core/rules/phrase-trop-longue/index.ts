/**
 * I7 `phrase-trop-longue`: sentences over 45 words (warning) or over 35 (information). The sentence splitter of
 * the model ignores abbreviation dots (`M.`, `art.`, `n°`, `c.-à-d.`) and legal references.
 */
import type { Sentence } from '../../model/types';
import { leadingWords } from '../../findings/finding';
import type { Rule } from '../rule';

export const warningWords = 45;
export const informationWords = 35;

/** Words of a sentence: word and number tokens, an elided `l'`, `d'`, `qu'` counting with the word it joins. */
export function sentenceWordCount(sentence: Sentence): number {
  let count = 0;
  for (const word of sentence.words) if ((word.kind === 'word' || word.kind === 'number') && !/['’]$/.test(word.text)) count++;
  return count;
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
      const count = sentenceWordCount(sentence);
      if (count <= informationWords) continue;
      const long = count > warningWords;
      if (!long && (context.severity === 'warning' || context.severity === 'error')) {
        context.report({ range: sentence.range, anchor: leadingWords(context.document.text, sentence.range), message: `Phrase de ${count} mots (plus de ${informationWords}) : envisager de la couper.`, severity: 'information' });
        continue;
      }
      if (!long) continue;
      context.report({ range: sentence.range, anchor: leadingWords(context.document.text, sentence.range), message: `Phrase de ${count} mots (plus de ${warningWords}) : la couper, au point-virgule ou avant un pronom relatif.` });
    }
  },
};
