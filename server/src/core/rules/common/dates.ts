/** French month and weekday names for the C-group date rules. */

import { comparisonKey } from '../../text/fold';

const months = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
export const weekdays = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

/** Month names as written (with the usual unaccented variants), for regular expressions. */
export const monthAlternatives = 'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre';

/** Month number (1–12) of a month name, accents and case ignored. */
export function monthNumber(name: string): number | undefined {
  const folded = comparisonKey(name);
  const index = months.findIndex((month) => comparisonKey(month) === folded);
  return index < 0 ? undefined : index + 1;
}

export function daysInMonth(month: number, year?: number): number {
  if (month === 2) return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `1er octobre 2019`, `18 octobre 2019`. */
export function frenchDate(day: number, month: number, year?: number): string {
  return `${day === 1 ? '1er' : day} ${months[month - 1]}${year === undefined ? '' : ` ${year}`}`;
}

export interface IsoDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function parseIso(text: string | undefined): IsoDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? '');
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : undefined;
}

/** `2019-11-05` → `5 novembre 2019`, `2021-03-01` → `1er mars 2021`; any other text is returned as it is. */
export function frenchDateOfIso(iso: string): string {
  const date = parseIso(iso);
  return date ? frenchDate(date.day, date.month, date.year) : iso;
}

/** Comparable number of a date (yyyymmdd). */
export function dayNumber(date: IsoDate): number {
  return date.year * 10000 + date.month * 100 + date.day;
}

/**
 * The date the answer is read against: its publication in the JO (metadata), else the question's publication
 * plus two months (the deadline of the assemblies' rules), else undefined.
 */
export function referenceDate(metadata: { readonly publicationReponse?: { readonly date?: string }; readonly publicationQuestion?: { readonly date?: string } }): IsoDate | undefined {
  const answer = parseIso(metadata.publicationReponse?.date);
  if (answer) return answer;
  const question = parseIso(metadata.publicationQuestion?.date);
  if (!question) return undefined;
  const month = question.month + 2;
  const year = question.year + (month > 12 ? 1 : 0);
  const normalized = ((month - 1) % 12) + 1;
  return { year, month: normalized, day: Math.min(question.day, daysInMonth(normalized, year)) };
}
