/**
 * When the answer to a written question is due, by the rules of its chamber in force on the day the question
 * was published in the Journal officiel. Pure: ISO dates in, ISO dates out; « today » is always a parameter.
 *
 * Sources (checked 7 December 2026; see docs/bureau.md, « Échéances », and the addresses in the comments below):
 * - Assemblée nationale, Règlement, article 135. Before the résolution adopted on 28 November 2014 (the numbering
 *   of before 2009, article 139, al. 5 and 6, shows the same rule): « dans le mois suivant la publication des
 *   questions », then « à titre exceptionnel, […] un délai supplémentaire qui ne peut excéder un mois ». That
 *   résolution (texts n° 2273 and 2381, 14th legislature; déclarée conforme, décision n° 2014-705 DC du
 *   11 décembre 2014) capped the number of questions and wrote « les deux mois » with no extension: an amendment
 *   to it (n° 32 to text n° 2381, 25 November 2014) still calls the two months « au lieu d'un actuellement », a
 *   deputy in the debate regrets that « cette modification du règlement porte à deux mois le délai de réponse
 *   des ministres, et non plus […] un mois – deux mois en cas de difficultés », and the amendments n° 419 and 737
 *   to the 2019 reform (text n° 1955, 27 May 2019) quote « les deux mois » as the sixth paragraph of the
 *   Règlement then in force (earlier versions of this module wrongly dated the change from 2019). A question
 *   signalée by a group president: « Les ministres sont alors tenus de répondre dans un délai de dix jours »
 *   (same article).
 * - Sénat, Règlement, article 75 (senat.fr, chapter XXI): « 2. - Les réponses des ministres sont publiées dans
 *   les deux mois suivant la publication des questions. Ce délai ne comporte aucune interruption. », written by
 *   the résolution adopted on 18 June 2019 (article 23 of proposition n° 458, 2018-2019; décision n° 2019-786 DC
 *   du 11 juillet 2019). Before it: one month, and « à titre exceptionnel, […] un délai supplémentaire […]
 *   [qui] ne peut excéder un mois » (comparative table of commission report n° 549; a senator's « rappel au
 *   Règlement » of 8 March 2016: « une réponse avant un mois, délai éventuellement prolongé d'autant »). The
 *   « one month, extensible by one month » still quoted for the Sénat is that former text.
 */
import type { Chambre, Metadata } from '../model/types';
import { frenchDateOfIso } from '../rules/common/dates';

export interface Deadline {
  /** ISO date the question (or, for a question signalée, the signalement) was published in the JO. */
  readonly published: string;
  readonly due: string;
  /** Latest date with the extension the rules allow; null where they allow none. */
  readonly extendedDue: string | null;
  /** French sentence naming the article applied. */
  readonly basis: string;
}

/**
 * Dates the two-month rules took effect: the day the Conseil constitutionnel declared each résolution conforming
 * (a modification of a Règlement may apply only once so declared): AN, décision n° 2014-705 DC du 11 décembre
 * 2014; Sénat, n° 2019-786 DC du 11 juillet 2019. Not found in the sources at hand: the résolutions' own final
 * articles, so a later entry into force cannot be ruled out; only the first deadline (one month, or two) of the
 * questions published in the weeks after each date would differ, never the latest one (two months either way).
 */
export const reformDates: Readonly<Record<Chambre, string>> = { AN: '2014-12-11', SENAT: '2019-07-11' };

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const match = isoDate.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * `date` plus `months` calendar months, on the same day of the month, or the month's last day when it has no
 * such day (« dans les deux mois » of 31 December ends on the last day of February).
 */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return iso(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const result = new Date(Date.UTC(year, month - 1, day + days));
  return iso(result.getUTCFullYear(), result.getUTCMonth() + 1, result.getUTCDate());
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
function daysBetween(from: string, to: string): number {
  const toTime = (date: string) => {
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    return Date.UTC(year, month - 1, day);
  };
  return Math.round((toTime(to) - toTime(from)) / 86_400_000);
}

export interface DeadlineInput {
  readonly chambre?: Chambre;
  /** ISO date of the question's publication in the JO. */
  readonly published?: string;
  readonly signalee?: boolean;
  /** ISO date the signalement was published in the JO (or, failing that, made). */
  readonly signalement?: string;
}

/** The deadline of a question, or null without a valid publication date or a known chamber (never guessed). */
export function computeDeadline(input: DeadlineInput): Deadline | null {
  const { chambre, published } = input;
  if (!published || !isIsoDate(published) || !chambre) return null;
  if (chambre === 'AN' && input.signalee && input.signalement && isIsoDate(input.signalement) && input.signalement >= published) {
    return {
      published: input.signalement,
      due: addDays(input.signalement, 10),
      extendedDue: null,
      basis:
        `Article 135 du Règlement de l’Assemblée nationale : question signalée le ${frenchDateOfIso(input.signalement)} par un président de groupe, ` +
        'le ministre est tenu de répondre dans un délai de dix jours.',
    };
  }
  const reformed = published >= reformDates[chambre];
  if (chambre === 'AN') {
    return reformed
      ? {
          published,
          due: addMonths(published, 2),
          extendedDue: null,
          basis:
            'Article 135, alinéa 6, du Règlement de l’Assemblée nationale (rédaction issue de la résolution du 28 novembre 2014) : ' +
            'les réponses des ministres doivent être publiées dans les deux mois suivant la publication de la question ; ce délai ne comporte aucune interruption.',
        }
      : {
          published,
          due: addMonths(published, 1),
          extendedDue: addMonths(published, 2),
          basis:
            'Article 135 du Règlement de l’Assemblée nationale (rédaction antérieure à la résolution du 28 novembre 2014) : ' +
            'réponse dans le mois suivant la publication de la question ; le ministre peut demander un délai supplémentaire qui ne peut excéder un mois.',
        };
  }
  return reformed
    ? {
        published,
        due: addMonths(published, 2),
        extendedDue: null,
        basis:
          'Article 75, alinéa 2, du Règlement du Sénat (rédaction issue de la résolution du 18 juin 2019) : ' +
          'les réponses des ministres sont publiées dans les deux mois suivant la publication de la question ; ce délai ne comporte aucune interruption.',
      }
    : {
        published,
        due: addMonths(published, 1),
        extendedDue: addMonths(published, 2),
        basis:
          'Article 75 du Règlement du Sénat (rédaction antérieure à la résolution du 18 juin 2019) : ' +
          'réponse dans le mois suivant la publication de la question ; le ministre peut demander un délai supplémentaire qui ne peut excéder un mois.',
      };
}

/** The deadline of a dossier from its metadata. */
export function deadlineOf(metadata: Metadata): Deadline | null {
  return computeDeadline({
    ...(metadata.chambre ? { chambre: metadata.chambre } : {}),
    ...(metadata.publicationQuestion?.date ? { published: metadata.publicationQuestion.date } : {}),
    ...(metadata.signalee !== undefined ? { signalee: metadata.signalee } : {}),
    ...(metadata.signalement?.date ? { signalement: metadata.signalement.date } : {}),
  });
}

export type DeadlineState = 'answered' | 'overdue' | 'extension' | 'soon' | 'pending';

export interface DeadlineStatus {
  readonly state: DeadlineState;
  /** Days from today to the date that matters (negative when past). */
  readonly days: number;
  /** French one-liner: « échéance le 5 janvier 2020 (dans 3 jours) ». */
  readonly label: string;
}

function inDays(days: number): string {
  if (days === 0) return 'aujourd’hui';
  if (days === 1) return 'demain';
  if (days === -1) return 'hier';
  return days > 0 ? `dans ${days} jours` : `il y a ${-days} jours`;
}

/** Where a question stands on `today` (ISO), given whether its answer is published. */
export function deadlineStatus(deadline: Deadline, today: string, answered: boolean): DeadlineStatus {
  const due = daysBetween(today, deadline.due);
  if (answered) return { state: 'answered', days: due, label: `réponse publiée ; échéance du ${frenchDateOfIso(deadline.due)}` };
  if (due >= 0) {
    return { state: due <= 7 ? 'soon' : 'pending', days: due, label: `échéance le ${frenchDateOfIso(deadline.due)} (${inDays(due)})` };
  }
  if (deadline.extendedDue) {
    const extended = daysBetween(today, deadline.extendedDue);
    if (extended >= 0) {
      return { state: 'extension', days: extended, label: `délai dépassé ; délai supplémentaire jusqu’au ${frenchDateOfIso(deadline.extendedDue)} (${inDays(extended)})` };
    }
    return { state: 'overdue', days: extended, label: `en retard : délai expiré le ${frenchDateOfIso(deadline.extendedDue)} (${inDays(extended)})` };
  }
  return { state: 'overdue', days: due, label: `en retard : échéance dépassée le ${frenchDateOfIso(deadline.due)} (${inDays(due)})` };
}

/** The last date allowed: the extended one when there is one. */
export function latestDue(deadline: Deadline): string {
  return deadline.extendedDue ?? deadline.due;
}

/** Markdown for a hover: the deadline and the article it comes from. */
export function describeDeadline(deadline: Deadline | null): string | undefined {
  if (!deadline) return undefined;
  const lines = [`Réponse attendue au plus tard le **${frenchDateOfIso(deadline.due)}**`];
  if (deadline.extendedDue) lines[0] += `, ou le **${frenchDateOfIso(deadline.extendedDue)}** avec le délai supplémentaire`;
  lines[0] += '.';
  lines.push('', deadline.basis);
  return lines.join('\n');
}

export interface PendingQuestion {
  readonly path: string;
  readonly numero?: number;
  readonly legislature?: number;
  readonly chambre?: Chambre;
  readonly titre?: string;
  readonly deadline: Deadline | null;
  /** True once some answer text is written (not yet published). */
  readonly drafted: boolean;
}

/**
 * The dossiers still waiting for their answer's publication, the most urgent first: overdue ones (by the last
 * date allowed, extension included), then by that date; those without a deadline last, by path.
 */
export function sortPending<T extends PendingQuestion>(questions: readonly T[]): T[] {
  return [...questions].sort((a, b) => {
    if (a.deadline && b.deadline) return latestDue(a.deadline).localeCompare(latestDue(b.deadline)) || a.path.localeCompare(b.path);
    if (a.deadline) return -1;
    if (b.deadline) return 1;
    return a.path.localeCompare(b.path);
  });
}

/** The local calendar date of a moment, as ISO (the drafter's day, not UTC's). */
export function localIsoDate(moment: Date): string {
  return iso(moment.getFullYear(), moment.getMonth() + 1, moment.getDate());
}
