import type { Rule } from '../rule';
import { replaceFix } from '../shared/prose';

const closing = /[.!?:;»…)\]]\s*$/u;
const lowerStart = /^\s*\p{Ll}/u;

export const rule: Rule = {
  meta: {
    id: 'saut-de-paragraphe-dans-phrase',
    severity: 'warning',
    title: 'Saut de paragraphe au milieu d’une phrase',
    description:
      'Un saut de ligne ou de paragraphe coupe une phrase : la ligne précédente ne se termine par aucune ponctuation ' +
      'finale et la suivante commence par une minuscule. Cela vient presque toujours d\'un copier-coller depuis un PDF ' +
      "ou d'un saut de page. La réponse publiée au Journal officiel est un texte continu : la correction rejoint les " +
      'deux parties par une espace. Les listes introduites par « : » ne sont pas signalées.',
    fixable: true,
    group: 'A',
  },
  check(context) {
    const { document } = context;
    const answer = document.answer;
    if (!answer) return;
    for (const paragraph of answer.paragraphs) {
      for (const range of paragraph.breaks) {
        context.report({
          range,
          message: 'Saut de paragraphe au milieu d\'une phrase : la phrase continue après la coupure.',
          fixes: [replaceFix('Rejoindre les deux parties de la phrase', range, ' ')],
        });
      }
    }
    // Paragraphs the reader kept apart, separated only by blank lines in the file.
    for (let i = 1; i < answer.paragraphs.length; i++) {
      const previous = answer.paragraphs[i - 1]!;
      const next = answer.paragraphs[i]!;
      if (closing.test(previous.text) || !lowerStart.test(next.text) || !/\p{L}/u.test(previous.text.slice(-1))) continue;
      const between = { start: previous.range.end, end: next.range.start };
      if (between.end <= between.start || !/^\s+$/u.test(document.text.slice(between.start, between.end))) continue;
      context.report({
        range: between,
        message: "Saut de paragraphe au milieu d'une phrase : la phrase continue au paragraphe suivant.",
        fixes: [replaceFix('Rejoindre les deux paragraphes', between, ' ')],
      });
    }
  },
};
