import type { Rule } from '../rule';
import { dayNumber, monthAlternatives, monthNumber, referenceDate, daysInMonth } from '../common/dates';
import { reportText } from '../common/style';
import { letterRegExp } from '../../text/letters';

// A dated period: `18 octobre 2019`, `octobre 2019`, `début 2020`, `fin 2024`, `mi-2025`, `premier semestre 2024`,
// `en 2025`, `dès 2025`. Ranges (`2024-2026`, `fin 2024-courant 2025`) are left out.
const period = letterRegExp(
  `(?<![\\p{L}\\d-])(?:(\\d{1,2})(?:er)?[ \\u00A0]+)?(?:(${monthAlternatives})[ \\u00A0]+|(début|fin|mi-|courant|premier[ \\u00A0]+semestre|second[ \\u00A0]+semestre|(?:premier|deuxième|troisième|quatrième)[ \\u00A0]+trimestre)[ \\u00A0]*|(?:en|dès|d['’]ici|avant|après)[ \\u00A0]+)(\\d{4})(?![\\d-]|[ \\u00A0]*-[ \\u00A0]*(?:\\d|courant|début|fin))`,
  'giu',
);
const future = letterRegExp(String.raw`(?<![\p{L}])(?:sera|seront|va|vont|devra|devront|pourra|pourront|fera|feront|aura|auront|\p{Ll}{3,}(?:era|eront|ira|iront|dra|dront))(?![\p{L}])`, 'u');
const pastPerfect = letterRegExp(String.raw`(?<![\p{L}])(?:a|ont|avait|avaient)[ \u00A0]+(?:(?:déjà|été|bien|notamment)[ \u00A0]+)*\p{Ll}+(?:é|és|ée|ées|i|is|ie|ies|u|us|ue|ues|t|ts|te|tes)(?![\p{L}])`, 'u');

// A participle or `depuis` right before the date: the date belongs to it, not to the sentence's main verb
// (`la stratégie annoncée en avril 2024, de nouvelles actions seront conduites`).
const attachedBefore = letterRegExp(String.raw`(?<!(?:\b(?:a|ont|est|sont|été|sera|seront|avait|avaient|était|étaient|sera|aura|auront)[ \u00A0]+(?:\p{Ll}+[ \u00A0]+)?))(?<!\p{L})(?:\p{Ll}{3,}(?:é|ée|és|ées|is|ise|ises|it|ite|ites|u|ue|us|ues)|depuis|jusqu['’]en|jusqu['’]à|entre)[ \u00A0]+(?:(?:en|le|dès|depuis|au|à|dans|du|de|fin|début|courant)[ \u00A0]+)?$`, 'u');

const clause = /[^,;:()–—]+/g;
const fourDigits = /\d{4}/;

interface Period {
  readonly first: number;
  readonly last: number;
}

function periodOf(day: string | undefined, month: string | undefined, qualifier: string | undefined, yearText: string): Period {
  const year = Number(yearText);
  if (month) {
    const m = monthNumber(month)!;
    if (day) return { first: dayNumber({ year, month: m, day: Number(day) }), last: dayNumber({ year, month: m, day: Number(day) }) };
    return { first: dayNumber({ year, month: m, day: 1 }), last: dayNumber({ year, month: m, day: daysInMonth(m, year) }) };
  }
  const q = (qualifier ?? '').toLowerCase().replace(/\s+/g, ' ');
  const range = (from: number, to: number): Period => ({ first: dayNumber({ year, month: from, day: 1 }), last: dayNumber({ year, month: to, day: daysInMonth(to, year) }) });
  if (q === 'début') return range(1, 4);
  if (q === 'fin') return range(9, 12);
  if (q === 'mi-') return range(5, 8);
  if (q.startsWith('premier semestre')) return range(1, 6);
  if (q.startsWith('second semestre')) return range(7, 12);
  const trimester = ['premier', 'deuxième', 'troisième', 'quatrième'].findIndex((word) => q.startsWith(word));
  if (trimester >= 0) return range(trimester * 3 + 1, trimester * 3 + 3);
  return range(1, 12);
}

/** A dated period in a clause whose verb is in the future or the past perfect (text offsets of the view). */
interface DatedClause extends Period {
  readonly start: number;
  readonly end: number;
  readonly isFuture: boolean;
  readonly isPast: boolean;
}

export const rule: Rule<readonly DatedClause[]> = {
  meta: {
    id: 'coherence-temporelle',
    severity: 'information',
    title: 'Temps du verbe et date',
    description:
      "La réponse doit être vraie le jour de sa publication. La règle compare les dates absolues d'une phrase (« 18 octobre " +
      "2019 », « début 2020 », « fin 2024 », « en 2025 ») à la date de publication de la réponse (métadonnées ; à défaut, " +
      "publication de la question plus deux mois) et signale un futur (« sera mis en place début 2020 ») pour une période " +
      "déjà passée, ou un passé composé (« a été lancé en 2026 ») pour une période à venir. Le conditionnel, les " +
      "intervalles (« 2024-2026 ») et les phrases sans date absolue ne sont pas examinés. Sans correction automatique.",
    fixable: false,
    group: 'C',
  },
  // Per answer paragraph (cached by the incremental checker): the dates of clauses in the future or the past;
  // `check` compares them with the answer's date (metadata).
  collectFacts(context) {
    const { view } = context;
    const found: DatedClause[] = [];
    // Every period names a year: most paragraphs have none (the clause tests below are the costly part).
    if (view.section !== 'answer' || !fourDigits.test(view.text)) return found;
    const text = view.paragraph.text;
    let cursor = 0;
    for (const sentence of view.paragraph.sentences) {
      const at = text.indexOf(sentence.text, cursor);
      if (at < 0) continue;
      cursor = at + sentence.text.length;
      // Clause by clause: a date and a verb separated by a comma belong to different clauses
      // (`comme le soulignait le Conseil d'État en 2018, le développement … sera`).
      clause.lastIndex = 0;
      const sentenceText = view.text.slice(at, at + sentence.text.length);
      for (let part = clause.exec(sentenceText); part; part = clause.exec(sentenceText)) {
        const masked = part[0];
        const offset = at + part.index;
        if (!fourDigits.test(masked)) continue;
        const isFuture = future.test(masked);
        const isPast = pastPerfect.test(masked);
        if (!isFuture && !isPast) continue;
        period.lastIndex = 0;
        for (let match = period.exec(masked); match; match = period.exec(masked)) {
          const [, day, month, qualifier, year] = match;
          const { first, last } = periodOf(day, month, qualifier, year!);
          const start = offset + match.index;
          const end = start + match[0].length;
          if (view.inQuote(start, end) || attachedBefore.test(masked.slice(Math.max(0, match.index - 40), match.index))) continue;
          found.push({ start, end, isFuture, isPast, first, last });
        }
      }
    }
    return found;
  },
  check(context) {
    const reference = referenceDate(context.document.metadata);
    if (!reference) return;
    const today = dayNumber(reference);
    for (const { view, facts } of context.facts) {
      for (const { start, end, isFuture, isPast, first, last } of facts) {
        if (isFuture && !isPast && last < today) {
          reportText(context, view, start, end, `« ${view.paragraph.text.slice(start, end)} » : futur pour une période déjà passée à la publication de la réponse (${reference.day}/${String(reference.month).padStart(2, '0')}/${reference.year}) : vérifier le temps du verbe ou la date.`);
        } else if (isPast && !isFuture && first > today) {
          reportText(context, view, start, end, `« ${view.paragraph.text.slice(start, end)} » : passé pour une période encore à venir à la publication de la réponse (${reference.day}/${String(reference.month).padStart(2, '0')}/${reference.year}) : vérifier le temps du verbe ou la date.`);
        }
      }
    }
  },
};
