import type { Rule } from '../rule';
import { proseViews } from '../shared/mask';
import { reportText } from '../shared/style';

const leadingNumber = /^[\s«“"(]*(\d[\d \u00A0\u202F]*(?:,\d+)?)/u;
const listOpener = /[:;][\s»”")\]]*$/u;

export const rule: Rule = {
  meta: {
    id: 'nombre-debut-phrase',
    severity: 'information',
    title: 'Phrase commençant par un nombre en chiffres',
    description:
      "Un nombre qui ouvre une phrase s'écrit en lettres, ou la phrase se tourne autrement : « Le plan compte 45 mesures » " +
      "plutôt que « 45 mesures sont… » (Imprimerie nationale). Les années en tête de phrase (« 2019 a été… ») sont tolérées " +
      "par l'usage du Journal officiel et ne sont pas signalées, pas plus que les éléments de liste et les numéros " +
      "d'articles. Sans correction automatique : reformuler.",
    fixable: false,
    group: 'C',
  },
  check(context) {
    let previous = '';
    for (const view of proseViews(context.document)) {
      const text = view.paragraph.text;
      let cursor = 0;
      for (const sentence of view.paragraph.sentences) {
        const at = text.indexOf(sentence.text, cursor);
        if (at < 0) continue;
        cursor = at + sentence.text.length;
        const before = previous;
        previous = sentence.text;
        const match = leadingNumber.exec(view.text.slice(at, at + 40));
        if (!match) continue;
        const number = match[1]!.trimEnd();
        if (/^(?:1[89]|20)\d\d$/.test(number) || listOpener.test(before)) continue;
        const start = at + match[0].length - match[1]!.length;
        reportText(context, view, start, start + number.length, `Phrase commençant par « ${number} » : écrire le nombre en lettres ou reformuler (« Le plan compte ${number} mesures… »).`);
      }
    }
  },
};
