import type { Rule } from '../rule';
import { matchProse } from '../common/mask';
import { replaceText, reportText } from '../common/style';

// Each alternative keeps one sign; group 1 is the part to delete.
const doubled = /,(,)+|(?<!\betc|\.)\.(\.)(?!\.)|(,)\.|(;)\.|(:)\.|[?!](\.)|(?<!\. )\.( \.)(?![.]| \.)/gu;

export const rule: Rule = {
  meta: {
    id: 'ponctuation-double',
    severity: 'error',
    title: 'Ponctuation doublée',
    description:
      'Deux signes de ponctuation se suivent par erreur : « ,, », « .. », « ,. », « ;. », « :. », « ?. », « . . ». ' +
      'La correction ne garde que le signe attendu (le point final, ou le point d\'interrogation). « etc. » en fin de ' +
      'phrase ne prend qu\'un point ; « … » suivi de « ? » est correct ; les points de suspension sont traités par ' +
      '« points-de-suspension ».',
    fixable: true,
    group: 'A',
  },
  checkParagraph(context) {
    const { document, view } = context;
    if (view.section !== 'answer') return;
    for (const found of matchProse(view, doubled)) {
      let group = 1;
      while (group < found.match.length && found.match[group] === undefined) group++;
      const part = found.match[group];
      if (part === undefined) continue;
      const start = found.groupStart(group)!;
      reportText(context, view, found.start, found.end, `Ponctuation doublée « ${found.match[0]} ».`, {
        fixes: [replaceText(document, view, start, start + part.length, '', `Supprimer « ${part.trim()} »`)],
      });
    }
  },
};
