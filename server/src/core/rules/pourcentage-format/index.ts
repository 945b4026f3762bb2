import type { Rule } from '../rule';
import { matchProse, type ProseView } from '../common/mask';
import { NBSP, fixOf, replaceText, reportText, textEdit } from '../common/style';
import { letterRegExp } from '../../text/letters';

// `15%`: no space at all before the sign.
const glued = /(?<=\d)%/gu;
// `+15 %`, `-3 %`: the sign glued to the number.
const signed = letterRegExp(String.raw`(?<![\p{L}\d])([+−])(?=\d[\d,]*[ \u00A0\u202F]?%)`, 'gu');
const plural = letterRegExp(String.raw`(?<![\p{L}])pourcents(?![\p{L}])`, 'giu');
const words = letterRegExp(String.raw`(?<![\p{L}])pour[ \u00A0]cent(?![\p{L}])`, 'giu');
const sign = /(?<=\d[ \u00A0\u202F]?)%/gu;

interface Span {
  readonly start: number;
  readonly end: number;
}

/** What an answer paragraph holds (text offsets): its own faults, and the counts of `%` and `pour cent`. */
interface Facts {
  readonly glued: readonly Span[];
  readonly signed: readonly (Span & { readonly sign: string })[];
  readonly plural: readonly (Span & { readonly capital: boolean })[];
  readonly signs: number;
  readonly spelled: readonly Span[];
}

const noFacts: Facts = { glued: [], signed: [], plural: [], signs: 0, spelled: [] };
const spans = (found: readonly Span[]): Span[] => found.map(({ start, end }) => ({ start, end }));

export const rule: Rule<Facts> = {
  meta: {
    id: 'pourcentage-format',
    severity: 'warning',
    title: 'Écriture des pourcentages',
    description:
      "Le signe % suit le nombre après une espace insécable : « 15 % » (Imprimerie nationale, usage du Journal officiel). " +
      "Sont signalés le signe collé au nombre (« 15% »), le signe « + » collé (« +15 % » → « + 15 % »), « pourcents » " +
      "(« pour cent » est invariable) et le mélange de « pour cent » et de « % » dans une même réponse. L'espace ordinaire " +
      "avant % relève de « nbsp-nombre-unite ». La correction ne touche qu'aux espaces et à l'orthographe. Le code et les " +
      "adresses encodées (%20) ne sont pas visés.",
    fixable: true,
    group: 'C',
  },
  // Per answer paragraph (cached by the incremental checker); `check` adds the mixing of `%` and `pour cent`.
  collectFacts(context) {
    const { view } = context;
    if (view.section !== 'answer') return noFacts;
    // `glued`, `signed` and `sign` need a `%`; `plural` and `words` need « pour ».
    const percent = view.text.includes('%');
    const pour = /pour/iu.test(view.text);
    if (!percent && !pour) return noFacts;
    return {
      glued: percent ? spans(matchProse(view, glued)) : [],
      signed: percent ? matchProse(view, signed).map((found) => ({ start: found.start, end: found.end, sign: found.match[1]! })) : [],
      plural: pour ? matchProse(view, plural).map((found) => ({ start: found.start, end: found.end, capital: found.match[0][0] === 'P' })) : [],
      signs: percent ? matchProse(view, sign).length : 0,
      spelled: pour ? spans(matchProse(view, words)) : [],
    };
  },
  check(context) {
    const { document } = context;
    let signs = 0;
    let spelled = 0;
    let firstSpelled: { view: ProseView; start: number; end: number } | undefined;
    for (const { view, facts } of context.facts) {
      for (const found of facts.glued) {
        reportText(context, view, found.start - 1, found.end, 'Espace insécable manquante avant « % ».', {
          fixes: [fixOf('Insérer une espace insécable', textEdit(document, view, found.start, found.start, NBSP))],
        });
      }
      for (const found of facts.signed) {
        reportText(context, view, found.start, found.end + 1, `Le signe « ${found.sign} » est séparé du nombre par une espace insécable.`, {
          fixes: [fixOf('Insérer une espace insécable', textEdit(document, view, found.end, found.end, NBSP))],
        });
      }
      for (const found of facts.plural) {
        reportText(context, view, found.start, found.end, '« pour cent » est invariable.', {
          fixes: [replaceText(document, view, found.start, found.end, found.capital ? 'Pour cent' : 'pour cent', 'Écrire « pour cent »')],
        });
      }
      signs += facts.signs;
      for (const found of facts.spelled) {
        spelled++;
        firstSpelled ??= { view, start: found.start, end: found.end };
      }
    }
    if (signs > 0 && firstSpelled) {
      reportText(context, firstSpelled.view, firstSpelled.start, firstSpelled.end, `La réponse emploie à la fois « pour cent » (${spelled} fois) et « % » (${signs} fois) : n'en garder qu'une forme.`, {
        severity: context.severity === 'hint' ? 'hint' : 'information',
      });
    }
  },
};
