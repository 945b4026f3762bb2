import type { Rule } from '../rule';
import { reportText } from '../common/style';

const leadingNumber = /^[\s«“"(]*(\d[\d \u00A0\u202F]*(?:,\d+)?)/u;
const listOpener = /[:;][\s»”")\]]*$/u;

/** A sentence opening with a number (text offsets); whether the sentence before ends on `:` or `;`. */
interface Opening {
  readonly start: number;
  readonly number: string;
  /** Undefined for the paragraph's first sentence: the sentence before is in the previous paragraph. */
  readonly afterListOpener?: boolean;
}

interface Facts {
  readonly openings: readonly Opening[];
  /** Whether the paragraph's last sentence ends on `:` or `;` (undefined when it has none). */
  readonly endsListOpener?: boolean;
}

export const rule: Rule<Facts> = {
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
  // Per answer paragraph (cached by the incremental checker); `check` joins each paragraph to the previous one.
  collectFacts(context) {
    const { view } = context;
    const openings: Opening[] = [];
    if (view.section !== 'answer') return { openings };
    const text = view.paragraph.text;
    let cursor = 0;
    let previous: string | undefined;
    for (const sentence of view.paragraph.sentences) {
      const at = text.indexOf(sentence.text, cursor);
      if (at < 0) continue;
      cursor = at + sentence.text.length;
      const before = previous;
      previous = sentence.text;
      const match = leadingNumber.exec(view.text.slice(at, at + 40));
      if (!match) continue;
      const number = match[1]!.trimEnd();
      if (/^(?:1[89]|20)\d\d$/.test(number)) continue;
      const start = at + match[0].length - match[1]!.length;
      openings.push({ start, number, ...(before === undefined ? {} : { afterListOpener: listOpener.test(before) }) });
    }
    return previous === undefined ? { openings } : { openings, endsListOpener: listOpener.test(previous) };
  },
  check(context) {
    let previousOpens = false;
    for (const { view, facts } of context.facts) {
      for (const { start, number, afterListOpener } of facts.openings) {
        if (afterListOpener ?? previousOpens) continue;
        reportText(context, view, start, start + number.length, `Phrase commençant par « ${number} » : écrire le nombre en lettres ou reformuler (« Le plan compte ${number} mesures… »).`);
      }
      previousOpens = facts.endsListOpener ?? previousOpens;
    }
  },
};
