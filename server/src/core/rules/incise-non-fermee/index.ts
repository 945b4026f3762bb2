/**
 * H5 `incise-non-fermee`: an incise opened by a comma after the subject and not closed before the main verb
 * (`Un plan national de formation et de sensibilisation, décliné sur les territoires sera élaboré`): a subject
 * is never separated from its verb by a single comma. Low precision by nature: a hint.
 */
import type { Rule } from '../rule';
import { answerPatternMatches, reportText, SP, textFix } from '../common/lexicon';
import { letterRegExp } from '../../text/letters';

const DET = "(?:Un|Une|Le|La|Les|L['’]|Ce|Cet|Cette|Ces|Des|Son|Sa|Ses|Leur|Leurs|Chaque|Ce)";
// Not a relative pronoun or an adverb in -i (« qui a posé », « ainsi »): the comma before them opens no incise.
const PARTICIPLE = '(?!(?:qui|lui|celui|aussi|ainsi|parmi|ici|oui|fait|dit|écrit)(?![\\p{L}]))\\p{L}+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|rt|rte|rts|rtes|int|inte|ints|intes)';
const VERB =
  '(?:sera|seront|est|sont|a|ont|doit|doivent|devra|devront|va|vont|était|étaient|fera|feront|permet|permettent|permettra|permettront|reste|restent|demeure|demeurent|constitue|constituent|vise|visent|prévoit|prévoient|fait|font)';
// (1) the incise (participle and its complement), without comma, up to the verb. The determiner is looked for
// before the look-behind, which then runs at word starts only (at every space of a long run it was quadratic).
const pattern = letterRegExp(
  `(?=${DET})(?<=(?:^|[.!?:;]${SP}+))${DET}${SP}*[^,.;:!?()«»]{2,90},${SP}+(${PARTICIPLE}(?:${SP}+[^,.;:!?()«»\\s]+){0,12}?)${SP}+${VERB}${SP}`,
  'gdu',
);

export const rule: Rule = {
  meta: {
    id: 'incise-non-fermee',
    severity: 'hint',
    title: 'Incise non fermée',
    description:
      "Signale une incise ouverte par une virgule après le sujet et non refermée avant le verbe principal (« Un plan national de formation, décliné sur les territoires sera élaboré » → « …, décliné sur les territoires, sera élaboré ») : le sujet n'est jamais séparé de son verbe par une seule virgule. La correction ajoute la virgule fermante.",
    fixable: true,
    group: 'H',
  },
  checkParagraph(context) {
    const { view } = context;
    for (const match of answerPatternMatches(view, pattern)) {
      const start = match.groupStart(1)!;
      const incise = match.match[1]!;
      const end = start + incise.length;
      reportText(context, start, end, `Incise non fermée : ajouter une virgule après « ${incise} », avant le verbe.`, [textFix(view, 'Ajouter la virgule fermante', end, end, ',')]);
    }
  },
};
