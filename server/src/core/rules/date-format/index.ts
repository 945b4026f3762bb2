import type { Rule } from '../rule';
import { matchProse } from '../common/mask';
import { daysInMonth, frenchDate, monthAlternatives, monthNumber, weekdays } from '../common/dates';
import { comparisonKey } from '../../text/fold';
import { replaceText, reportText } from '../common/style';
import { letterRegExp } from '../../text/letters';

// 18/10/2019, 18-10-2019, 18.10.19 (day first), 2019-10-18 (ISO).
const numeric = letterRegExp(String.raw`(?<![\d/.\-\p{L}])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/\-\p{L}]|\.\d)|(?<![\d/.\-\p{L}])(\d{4})-(\d{2})-(\d{2})(?![\d/\-\p{L}]|\.\d)`, 'gu');
// A written date: optional weekday, day, month, optional year.
const written = letterRegExp(
  `(?<![\\p{L}\\d])(?:(${weekdays.join('|')})[ \\u00A0]+)?(\\d{1,2})(er)?[ \\u00A0]+(${monthAlternatives})(?:[ \\u00A0]+(\\d{4}))?(?![\\p{L}\\d])`,
  'giu',
);

function weekdayOf(year: number, month: number, day: number): string {
  return weekdays[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
}

export const rule: Rule = {
  meta: {
    id: 'date-format',
    severity: 'error',
    title: 'Format des dates',
    description:
      "Les dates s'écrivent en toutes lettres : « 18 octobre 2019 », « 1er janvier 2023 » (Imprimerie nationale). La règle " +
      "signale les dates numériques dans le texte (18/10/2019, 2019-10-18, 18.10.19), « 1 janvier » ou « 01 janvier » au " +
      "lieu de « 1er janvier », le zéro initial (« le 03 mars »), les dates impossibles (« 31 avril », « 29 février 2023 ») " +
      "et le jour de la semaine qui ne correspond pas à la date. La correction écrit la date en lettres. Les numéros de " +
      "textes (« circulaire n° 2002-070 du 4 avril 2002 »), codes NOR et périodes (« 2019-2021 ») ne sont pas visés ; " +
      "la majuscule du mois relève de « minuscule-mois-jours ».",
    fixable: true,
    group: 'C',
  },
  checkParagraph(context) {
    const { document, view } = context;
    if (view.section !== 'answer') return;
    for (const found of matchProse(view, numeric)) {
      const m = found.match;
      const [day, month, yearText] = m[1] !== undefined ? [Number(m[1]), Number(m[3]), m[4]!] : [Number(m[7]), Number(m[6]), m[5]!];
      if (month < 1 || month > 12 || day < 1 || day > daysInMonth(month)) continue;
      const year = yearText.length === 4 ? Number(yearText) : undefined;
      if (year !== undefined && (year < 1800 || year > 2200)) continue;
      if (year !== undefined && day > daysInMonth(month, year)) continue;
      const wanted = frenchDate(day, month, year);
      reportText(context, view, found.start, found.end, `« ${found.match[0]} » : date en chiffres, écrire « ${wanted}${year === undefined ? ' [année]' : ''} ».`, {
        fixes: year === undefined ? [] : [replaceText(document, view, found.start, found.end, wanted, `Écrire « ${wanted} »`)],
      });
    }
    for (const found of matchProse(view, written)) {
      const [, weekday, dayText, er, monthText, yearText] = found.match;
      const day = Number(dayText);
      const month = monthNumber(monthText!)!;
      const year = yearText === undefined ? undefined : Number(yearText);
      const dayStart = found.start + (weekday ? found.match[0].indexOf(dayText!, weekday.length) : 0);
      const dayEnd = dayStart + dayText!.length + (er?.length ?? 0);
      if (day < 1 || day > daysInMonth(month, year)) {
        reportText(context, view, dayStart, found.end, `« ${view.paragraph.text.slice(dayStart, found.end)} » : date impossible, ${monthText} ${year ?? ''} n'a que ${daysInMonth(month, year)} jours.`.replace('  ', ' '));
        continue;
      }
      if (dayText!.startsWith('0') || (day === 1 && !er)) {
        const wanted = day === 1 ? '1er' : String(day);
        reportText(context, view, dayStart, dayEnd, `Quantième mal écrit : « ${wanted} ${monthText} ».`, {
          fixes: [replaceText(document, view, dayStart, dayEnd, wanted, `Écrire « ${wanted} »`)],
        });
      } else if (er && day !== 1) {
        reportText(context, view, dayStart, dayEnd, `Seul le premier du mois s'écrit « 1er » : écrire « ${day} ».`, {
          fixes: [replaceText(document, view, dayStart, dayEnd, String(day), `Écrire « ${day} »`)],
        });
      }
      if (weekday && year !== undefined) {
        const actual = weekdayOf(year, month, day);
        if (comparisonKey(weekday) !== actual) {
          reportText(context, view, found.start, found.start + weekday.length, `Le ${frenchDate(day, month, year)} était un ${actual}, pas un ${weekday.toLowerCase()}.`);
        }
      }
    }
  },
};
