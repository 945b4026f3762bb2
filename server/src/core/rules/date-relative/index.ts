import type { Severity } from '../../findings/finding';
import type { Rule } from '../rule';
import { matchProse } from '../common/mask';
import { dayNumber, frenchDate, monthAlternatives, monthNumber, referenceDate, type IsoDate } from '../common/dates';
import { replaceText, reportText } from '../common/style';
import { letterRegExp } from '../../text/letters';

// `le 18 octobre dernier`, `le 1er mars prochain` (fixable with the year).
const dayMonth = letterRegExp(`(?<![\\p{L}])(?:[Ll]e[ \\u00A0]+)?(1er|\\d{1,2})[ \\u00A0]+(${monthAlternatives})[ \\u00A0]+(dernier|prochain)(?![\\p{L}])`, 'giu');
// `en février dernier`, `en mars prochain` (fixable with the year).
const inMonth = letterRegExp(`(?<![\\p{L}])[Ee]n[ \\u00A0]+(${monthAlternatives})[ \\u00A0]+(dernier|prochain)(?![\\p{L}])`, 'giu');
const directions = /dernier|prochain/i;
// Other deictic expressions: no fix, the message asks for a date.
const deictic: readonly (readonly [RegExp, Severity | 'rule'])[] = [
  [letterRegExp(String.raw`(?:l['’]an[ \u00A0]+(?:dernier|prochain|passé)|l['’]année[ \u00A0]+(?:dernière|prochaine|passée|en[ \u00A0]+cours)|cette[ \u00A0]+année|le[ \u00A0]+mois[ \u00A0]+(?:dernier|prochain|passé)|ce[ \u00A0]+mois-ci|la[ \u00A0]+semaine[ \u00A0]+(?:dernière|prochaine|passée)|cette[ \u00A0]+semaine|l['’](?:été|automne|hiver)[ \u00A0]+(?:dernier|prochain)|le[ \u00A0]+printemps[ \u00A0]+(?:dernier|prochain)|cet[ \u00A0]+(?:été|automne|hiver)|ce[ \u00A0]+printemps|d['’]ici[ \u00A0]+la[ \u00A0]+fin[ \u00A0]+de[ \u00A0]+l['’]année|dans[ \u00A0]+les[ \u00A0]+(?:(?:deux|trois|quatre|cinq|six|dix|douze|\d+)[ \u00A0]+)?(?:prochains|prochaines)[ \u00A0]+(?:jours|semaines|mois|années)|dans[ \u00A0]+les[ \u00A0]+(?:jours|semaines|mois|années)[ \u00A0]+(?:qui[ \u00A0]+viennent|à[ \u00A0]+venir)|(?:des|aux)[ \u00A0]+(?:(?:deux|trois|quatre|cinq|six|dix|\d+)[ \u00A0]+)?(?:prochains|prochaines)[ \u00A0]+(?:jours|semaines|mois|années))(?![\p{L}])`, 'giu'), 'rule'],
  [letterRegExp(String.raw`(?:actuellement|à[ \u00A0]+ce[ \u00A0]+jour|aujourd['’]hui|à[ \u00A0]+l['’]heure[ \u00A0]+actuelle|récemment|dernièrement|prochainement|bientôt|hier|demain|en[ \u00A0]+cours[ \u00A0]+d['’]élaboration)(?![\p{L}])`, 'giu'), 'information'],
];

function yearFor(reference: IsoDate, month: number, day: number | undefined, direction: string): number {
  const past = direction.toLowerCase() === 'dernier';
  const candidate = (year: number): number => dayNumber({ year, month, day: day ?? (past ? 1 : 28) });
  const today = day === undefined ? reference.year * 10000 + reference.month * 100 + (past ? 0 : 99) : dayNumber(reference);
  if (past) return candidate(reference.year) < today ? reference.year : reference.year - 1;
  return candidate(reference.year) > today ? reference.year : reference.year + 1;
}

/** What `check` needs of an answer paragraph (text offsets): the year to write depends on the metadata. */
interface Facts {
  /** `le 18 octobre dernier`. */
  readonly dayMonth: readonly { readonly start: number; readonly end: number; readonly day: number; readonly month: number; readonly direction: string }[];
  /** `en février dernier`. */
  readonly inMonth: readonly { readonly start: number; readonly end: number; readonly monthText: string; readonly month: number; readonly direction: string }[];
  /** Other deictic expressions, in the order of `deictic`. */
  readonly deictic: readonly { readonly start: number; readonly end: number; readonly text: string; readonly severity: Severity | 'rule' }[];
}

const noFacts: Facts = { dayMonth: [], inMonth: [], deictic: [] };

export const rule: Rule<Facts> = {
  meta: {
    id: 'date-relative',
    severity: 'warning',
    title: 'Date relative',
    description:
      "La réponse publiée au Journal officiel est un texte permanent, lu et cité des années plus tard : « le 18 octobre " +
      "dernier », « en février dernier », « l'année prochaine », « dans les prochains mois » deviennent faux ou illisibles. " +
      "Les expressions avec un jour ou un mois sont des avertissements ; pour « le 18 octobre dernier » et « en février " +
      "dernier », la correction écrit l'année, calculée d'après la date de publication de la réponse (métadonnées), à " +
      "défaut la date de publication de la question plus deux mois. « Actuellement », « à ce jour », « aujourd'hui », " +
      "« récemment », « prochainement » sont signalés en information : ancrer la date (« au 1er mars 2024 »). « Le dernier " +
      "rapport », « ce dernier », « en dernier lieu » ne sont pas visés, ni les passages cités de la question.",
    fixable: true,
    group: 'C',
  },
  // Per answer paragraph (cached by the incremental checker): the relative dates it holds.
  collectFacts(context) {
    const { view } = context;
    if (view.section !== 'answer') return noFacts;
    const relative = directions.test(view.text);
    const dayMonthHits = (relative ? matchProse(view, dayMonth) : []).map((found) => {
      const [, dayText, monthText, direction] = found.match;
      return { start: found.start, end: found.end, day: dayText === '1er' ? 1 : Number(dayText), month: monthNumber(monthText!)!, direction: direction! };
    });
    const inMonthHits = (relative ? matchProse(view, inMonth) : []).map((found) => {
      const [, monthText, direction] = found.match;
      return { start: found.start, end: found.end, monthText: monthText!, month: monthNumber(monthText!)!, direction: direction! };
    });
    const deicticHits: Facts['deictic'][number][] = [];
    for (const [pattern, severity] of deictic) {
      for (const found of matchProse(view, pattern)) {
        if (/\p{L}/u.test(view.text[found.start - 1] ?? '')) continue;
        deicticHits.push({ start: found.start, end: found.end, text: found.match[0], severity });
      }
    }
    return dayMonthHits.length + inMonthHits.length + deicticHits.length === 0 ? noFacts : { dayMonth: dayMonthHits, inMonth: inMonthHits, deictic: deicticHits };
  },
  check(context) {
    const { document } = context;
    const reference = referenceDate(document.metadata);
    for (const { view, facts } of context.facts) {
      for (const { start, end, day, month, direction } of facts.dayMonth) {
        const directionStart = end - direction.length;
        const year = reference && yearFor(reference, month, day, direction);
        reportText(context, view, start, end, year ? `« ${view.paragraph.text.slice(start, end)} » : date relative, écrire « ${frenchDate(day, month, year)} » (la réponse est lue après sa publication).` : `« ${view.paragraph.text.slice(start, end)} » : date relative, préciser l'année (la réponse est lue après sa publication).`, {
          fixes: year ? [replaceText(document, view, directionStart, end, String(year), `Écrire « ${frenchDate(day, month, year)} »`)] : [],
        });
      }
      for (const { start, end, monthText, month, direction } of facts.inMonth) {
        const directionStart = end - direction.length;
        const year = reference && yearFor(reference, month, undefined, direction);
        reportText(context, view, start, end, year ? `« ${view.paragraph.text.slice(start, end)} » : date relative, écrire « en ${monthText} ${year} ».` : `« ${view.paragraph.text.slice(start, end)} » : date relative, préciser l'année.`, {
          fixes: year ? [replaceText(document, view, directionStart, end, String(year), `Écrire « en ${monthText} ${year} »`)] : [],
        });
      }
      for (const { start, end, text, severity } of facts.deictic) {
        reportText(context, view, start, end, `Expression relative au jour de rédaction (« ${text} ») : ancrer la date (« au 1er mars 2024 », « en 2025 »), la réponse est lue après sa publication.`, {
          ...(severity === 'rule' ? {} : { severity: context.severity === 'hint' ? 'hint' : severity }),
        });
      }
    }
  },
};
