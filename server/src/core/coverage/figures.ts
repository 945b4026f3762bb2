/**
 * Figures (`chiffres`) and dates asked: whether a sentence's figure measures what is asked (counted noun, territory,
 * year of the figure, per period), the sentences carrying a kind's evidence, legal time limits, and the figure messages.
 */

import { asksDelay, statesCount, statesDelay, carriesEvidence, figuresIn, statesNoData, citesRule, restatesQuestion } from './evidence';
import { type ExtractedSubQuestion } from './extract';
import { isContentWord, keysMatch, termKey } from './stem';
import { paraphraseKeys } from './synonyms';
import { foldForSearch } from '../text/fold';
import { lazyRx } from './regex';
import { dateFits, figureDimension, figureFits, type FigureDimension } from './topical';
import { AnswerIndex } from './answer-index';
import { continuesPrevious } from './assessment';
import { eventFamilies, namesEvent } from './events';

/** The counted thing of a request for numbers (« combien de bénéficiaires », « le nombre de places »). */
const countedThing = lazyRx("\\b(?:combien\\s+d(?:e\\s+|')|nombre\\s+d(?:e\\s+|'))(?:l'|la\\s+|les\\s+)?(\\p{L}{3,})");

/**
 * Strong evidence for this request: a figure counts for « combien de bénéficiaires » only in a sentence that
 * names the beneficiaries (the figure closest to the request, not any figure of the answer).
 */
export function strongFor(index: AnswerIndex, sub: ExtractedSubQuestion, position: number): boolean {
  if (!index.strong(sub.kind, position)) return false;
  if (sub.kind !== 'chiffres') return true;
  if (!measuresAsked(index, sub, position)) return false;
  const counted = countedThing().exec(foldForSearch(sub.text))?.[1];
  return counted === undefined || index.containing(termKey(counted)).has(position);
}

const dimensions = new WeakMap<ExtractedSubQuestion, FigureDimension>();
const countedThings = new WeakMap<ExtractedSubQuestion, string | null>();

/**
 * For a request for figures, a figure counts only if it measures what is asked (`figureFits`): once the count asked
 * is removed from the answer, its budget or a training time is not read as the count. For a calendar, the date in
 * another text's name is not the date asked (`dateFits`).
 */
export function measuresAsked(index: AnswerIndex, sub: ExtractedSubQuestion, position: number): boolean {
  if (sub.kind === 'calendrier') {
    const folded = index.sentences[position]!.folded;
    const rest = withoutPastDates(sub, folded);
    return dateFits(foldForSearch(sub.text), rest) && (rest === folded || carriesEvidence('calendrier', rest));
  }
  if (sub.kind !== 'chiffres') return true;
  const folded = index.sentences[position]!.folded;
  const request = foldForSearch(sub.text);
  // « combien de sites … dans le département »: a national figure (« au niveau national », « sur l'ensemble du territoire »)
  // is not the local one asked.
  if (localScope().test(request) && nationalScope().test(folded) && !local(request, folded)) return false;
  return figureFits(dimensionOfRequest(sub), folded) && countsThingAsked(sub, folded) && !ofAnotherYear(request, folded, dimensionOfRequest(sub));
}

/** A figure asked for one territory (« dans le département », « dans cette académie », « dans la commune »). */
const localScope = lazyRx("\\b(?:dans|pour|sur)\\s+(?:le|la|l'|ce|cette|cet|chaque|leur|son|sa)\\s*(?:département|académie|région|commune|circonscription|territoire de la commune|bassin|agglomération|arrondissement|ville)\\b|\\bdans\\s+(?:le|la|l')\\s*(?:département|académie|région)\\s+d(?:e|u|es|')");
/** The territory the request names (« dans le département de l'Yonne » → « yonne », « la région Normandie » → « normandie »). */
const askedPlace = lazyRx("\\b(?:département|région|académie|commune|ville|circonscription)\\s+(?:de\\s+la\\s+|de\\s+l'|du\\s+|des\\s+|de\\s+|d')?(\\p{L}[\\p{L}-]{2,})");
const territoryWord = lazyRx("\\b(?:département|académie|région|commune|circonscription)\\b");
/**
 * A sentence about the territory asked, even beside a national total (« Le département de l'Yonne compte 1 120 édifices
 * protégés, soit 2,5 % des 45 000 … au niveau national »): a local scope, a territory named, or the place of the request.
 */
function local(request: string, folded: string): boolean {
  if (localScope().test(folded) || territoryWord().test(folded)) return true;
  const place = askedPlace().exec(request)?.[1];
  return place !== undefined && isContentWord(place) && wordsOf(folded).includes(place);
}
/** A figure given for the whole country. */
const nationalScope = lazyRx("\\b(?:au niveau national|à l'échelle nationale|à l'échelle du pays|sur l'ensemble du territoire(?: national)?|dans l'ensemble du pays|en france(?: entière| métropolitaine)?|au plan national)\\b");
const yearPattern = /\b(?:19|20)\d{2}\b/gu;
const yearRange = /\b(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}\b/gu;
/** The year a figure is given for, right after it (« 17,1 mois en 2022 », « 4 milliards d'euros en 2024 », « au cours de l'année 2022-2023 »). */
const yearOfFigure = lazyRx("^[^.;:]{0,25}?\\b(?:en|pour|de l'année|au cours de l'année(?:\\s+scolaire|\\s+universitaire)?|au titre de(?:\\s+l'année)?|au titre de l'exercice)\\s+((?:19|20)\\d{2}(?:\\s*[-–]\\s*(?:19|20)\\d{2})?)\\b");

/**
 * The year a figure is given for, just before it through a relative clause (« par rapport à 2023, où ils étaient
 * 40 000 »), or for the whole sentence when it opens on it (« En 2023, le délai s'établissait à 16,3 mois ») and
 * nothing between the opening and the figure, or right after the figure, dates it otherwise (« fin 2024 », « au 31
 * décembre 2024 », « aujourd'hui »). « par rapport à 2023 » alone names the baseline of a comparison, not the figure's year.
 */
const yearJustBefore = lazyRx("\\b(?:en|par rapport à|qu'en)\\s+((?:19|20)\\d{2})\\s*,?\\s*(?:où|quand|lorsque)\\s+(?:[\\p{L}'-]+\\s+){0,4}$");
const bareCount = /(?<![\p{L}\p{N}])\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?![\p{L}\p{N}])/gu;
const sentenceYear = lazyRx("^\\W{0,3}en\\s+((?:19|20)\\d{2})\\s*,");
/** A date of its own (a year, « aujourd'hui », « désormais », « à ce jour »…) between a sentence's opening year and a figure. */
const ownDate = lazyRx("\\b(?:19|20)\\d{2}\\b|\\b(?:aujourd'hui|désormais|actuellement|à ce jour|à présent|dorénavant|cette année|l'an dernier|l'année dernière|en cours)\\b");
/** The other term of a comparison (« contre 190 000 en 2023 », « par rapport à 2022 »), after which a year is not this figure's. */
const comparedTo = lazyRx("\\b(?:contre|par rapport à|comparé à|au lieu de|alors qu)\\b");
/** The same, every occurrence: where each comparison of a sentence starts, found once for all its figures. */
const comparedToAll = lazyRx("\\b(?:contre|par rapport à|comparé à|au lieu de|alors qu)\\b", 'g');
function yearBeforeFigure(folded: string, at: number, end: number): string | undefined {
  const before = yearJustBefore().exec(folded.slice(Math.max(0, at - 60), at))?.[1];
  if (before !== undefined) return before;
  const opening = sentenceYear().exec(folded);
  if (!opening) return undefined;
  const next = /^[^.;:]{0,30}/u.exec(folded.slice(end))?.[0] ?? '';
  const comparison = next.search(comparedTo());
  const after = comparison >= 0 ? next.slice(0, comparison) : next;
  return firstOwnDateEnd(folded, opening[0].length) <= at || ownDate().test(after) || ownDateMemo!.relative ? undefined : opening[1];
}
/** A date relative to the opening year (« l'année suivante », « depuis lors », « trois ans plus tard »): the figures are not all of that year. */
const relativeDate = lazyRx("\\b(?:l'année (?:suivante|d'après|qui a suivi)|l'an passé|depuis lors|par la suite|(?:\\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|un|une) (?:ans?|années?|mois) (?:plus tard|après))\\b");
/**
 * Where the first date of its own after a sentence's opening year ends (Infinity when none), and whether a relative
 * date follows it anywhere (« l'année suivante »): found once per sentence,
 * not once per figure, so that a long sentence with many figures stays linear.
 */
let ownDateMemo: { folded: string; from: number; end: number; relative: boolean } | undefined;
function firstOwnDateEnd(folded: string, from: number): number {
  if (ownDateMemo?.folded === folded && ownDateMemo.from === from) return ownDateMemo.end;
  const rest = folded.slice(from);
  const found = ownDate().exec(rest);
  const end = found ? from + found.index + found[0].length : Number.POSITIVE_INFINITY;
  ownDateMemo = { folded, from, end, relative: relativeDate().test(rest) };
  return end;
}
/**
 * The years a request asks about: governed by « en / pour / au titre de / au cours de l'année » (« ouvertes en 2024 »),
 * not a text's date (« la loi du 23 novembre 2018 »). A period (« entre 2023 et 2025 », « de 2020 à 2024 », « depuis
 * 2020 ») asks about no single year: none is returned.
 */
const askedYearForm = lazyRx("\\b(?:en|pour|au titre de(?:\\s+l'année|\\s+l'exercice)?|au cours de l'année(?:\\s+scolaire|\\s+universitaire)?|de l'année|durant l'année)\\s+((?:19|20)\\d{2}(?:\\s*[-–]\\s*(?:19|20)\\d{2})?)\\b", 'g');
const periodAsked = lazyRx("\\b(?:entre|depuis|jusqu'en|à partir de|à compter de)\\s+(?:l'année\\s+)?(?:19|20)\\d{2}\\b|\\bde\\s+(?:19|20)\\d{2}\\s+à\\s+(?:19|20)\\d{2}\\b");
function askedYears(requestFolded: string): readonly string[] {
  if (periodAsked().test(requestFolded)) return [];
  return [...new Set([...requestFolded.matchAll(askedYearForm())].map((found) => found[1]!))];
}

/**
 * For a figure asked for a year (« le délai moyen … en 2023 »), the sentence gives no figure of it when every figure is
 * given for another year (« contre 17,1 mois en 2022 », « un coût de 4 milliards d'euros en 2024 » for the aid of
 * 2025), or is only an amount not asked or the unit of a rate (« 1 250 euros par bloc de dix-huit heures »).
 */
function ofAnotherYear(requestFolded: string, folded: string, dimension: FigureDimension, seen?: { figure: string; year: string; folded: string; at: number }[]): boolean {
  const governed = askedYears(requestFolded);
  const asked = new Set(governed.flatMap((year) => year.match(yearPattern) ?? []));
  if (asked.size === 0) return false;
  // A school or budget year (« 2023-2024 ») is asked as a whole: « 2022-2023 » is another one.
  const askedRanges = new Set(governed.flatMap((year) => year.match(yearRange) ?? []).map((range) => range.replace(/\s*[-–]\s*/u, '-')));
  // A count without its unit (« où ils étaient 40 000 ») is dated like a figure.
  const withUnit = figuresIn(folded);
  const figures = withUnit.length > 0 ? withUnit : statesCount(folded) ? (folded.match(bareCount) ?? []) : [];
  if (figures.length === 0) return false;
  let from = 0;
  let dated = 0;
  const comparisons = [...folded.matchAll(comparedToAll())].map((found) => found.index);
  let nextComparison = 0;
  for (const figure of figures) {
    const at = folded.indexOf(figure, from);
    if (at < 0) return false;
    from = at + figure.length;
    // The unit of a rate (« 1 250 euros par bloc de dix-huit heures »), or an amount when no amount is asked, is not the figure asked.
    if (rateUnit().test(folded.slice(Math.max(0, at - 30), at)) || (dimension !== 'money' && dimension !== 'rate' && dimension !== 'any' && /%|‰|€|\beuros?\b|\bd'euros\b/u.test(figure))) continue;
    dated++;
    // « 203 000, contre 190 000 en 2023 »: the year after « contre » / « par rapport à » dates the other figure.
    while (nextComparison < comparisons.length && comparisons[nextComparison]! < from) nextComparison++;
    const after = folded.slice(from, nextComparison < comparisons.length ? comparisons[nextComparison] : undefined);
    const year = yearOfFigure().exec(after)?.[1] ?? yearBeforeFigure(folded, at, from);
    if (year === undefined) return false;
    seen?.push({ figure, year, folded, at });
    const range = year.replace(/\s*[-–]\s*/u, '-');
    if (range.includes('-') && askedRanges.size > 0 ? askedRanges.has(range) : (year.match(yearPattern) ?? []).some((found) => asked.has(found))) return false;
  }
  // Only amounts or rate units: no figure of the thing asked, unless a count is stated without its unit (« étaient 85 000 »).
  return dated > 0 || !statesCount(folded);
}

/** « dans chacune des trois fonctions publiques », « pour chacun des 4 départements »: a figure for each part. */
export const eachOf = lazyRx("\\bchacun(?:e)?\\s+des\\s+(deux|trois|quatre|cinq|six|\\d{1,2})\\b");
export const numberWords: Readonly<Record<string, number>> = { deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6 };
/** A request for new measures (« les mesures nouvelles », « de nouvelles dispositions »). */
export const newMeasuresAsked = lazyRx("\\b(?:(?:mesures?|dispositions?|dispositifs?|actions?|initiatives?)\\s+nouvelles?|nouvel(?:le)?s?\\s+(?:mesures?|dispositions?|dispositifs?|actions?|initiatives?))\\b");
/** Something done, decided or to come (« a été créé », « sera présenté », « récemment », « a engagé »). */
export const somethingNew = lazyRx("\\b(?:sera|seront|a été|ont été|vient d'être|viennent d'être|récemment|prochainement|désormais|nouve(?:au|aux|lle|lles|l)|a (?:engagé|lancé|annoncé|décidé|créé|mis en place|présenté)|ont (?:engagé|lancé|annoncé|décidé|créé|mis en place|présenté)|(?:va|vont) (?:être|permettre)|(?:est|sont) en cours)\\b");
/** A request for financial support (« accompagner financièrement », « un soutien financier », « les moyens financiers »). */
// A financial support asked (« accompagner financièrement », « un soutien financier », « des moyens financiers »), not any
// « financier » (« l'équilibre financier des hôpitaux »).
export const financialAsked = lazyRx("\\bfinancièrement\\b|\\b(?:soutien|aide|aides|appui|accompagnement|moyens|concours|contribution|participation|effort|compensation)\\s+financi(?:er|ère|ers|ères)\\b");
/** What financial support is said in (credits, an aid, a fund, an amount). */
export const financialMeans = lazyRx("\\b(?:crédits?|financ\\p{L}*|budg\\p{L}*|dotations?|enveloppes?|subventions?|euros?|aides?|fonds|prêts?|avances?|cofinanc\\p{L}*|exonérations?|crédit d'impôt|dégrèvements?|indemnisations?|m€|md€|detr|dsil|dsid|fipd|fnadt|fctva|dgf|dsr|dcrtp|fonds vert|prise?s?\\s+en\\s+charge|rembours\\p{L}*|compens\\p{L}*|mobilis\\p{L}*\\s+(?:les\\s+)?(?:crédits|moyens))\\b|€|%");

/** A calendar asked for an act to come (« seront en service », « l'entrée en vigueur de cette réforme »). */
const futureAsked = lazyRx("\\b(?:sera|seront|serait|seraient|pourra|pourront|interviendra|interviendront|entrera|entreront|aboutira|aboutiront)\\b|\\bentrée en vigueur\\b|\\b(?:mise|mises) en (?:œuvre|oeuvre|service|place)\\b");
const monthName = '(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)';
/** The date of a stock-take (« au 30 septembre 2024 », « à la fin du mois de septembre 2024 »), in a sentence in the imperfect. */
const stockTakeDate = lazyRx(`\\b(?:au|à la fin (?:du mois )?d(?:e|')|à la date du|fin)\\s+(?:(?:1er|\\d{1,2})\\s+)?(?:${monthName}\\s+)?(?:19|20)\\d{2}\\b`, 'g');
const imperfect = lazyRx("\\b(?:étai(?:t|ent)|avai(?:t|ent)|comptai(?:t|ent)|s'élevai(?:t|ent))\\b");
/** A future or expected act before a participle (« sera publié en juin 2025 », « devrait être lancé en 2026 »). */
const toCome = lazyRx("\\b(?:sera|seront|serait|seraient|devrait être|devraient être|pourra être|pourront être|va être|vont être|doit être|doivent être)\\s+(?:\\p{L}+\\s+)?$");
/** A participle with its date (« généralisé en 2021 », « annoncé en octobre 2023 »): the history of what exists. */
const historyDate = lazyRx(`\\b(\\p{L}{2,}(?:é|ée|és|ées))\\s+(?:en|depuis|dès)\\s+(?:(?:1er|\\d{1,2})\\s+)?(?:${monthName}\\s+)?(?:19|20)\\d{2}\\b`, 'gu');
/**
 * A plan, not a history (« la réouverture est prévue en juin 2025 »): the date planned for the act is the date asked.
 * Not a plan given up: « initialement prévue en… », « qui était prévue en juin 2024 », « prévue en juin 2024, a été
 * reportée / n'a pu intervenir ».
 */
const planned = lazyRx("^(?:prévue?s?|programmée?s?|envisagée?s?|attendue?s?|planifiée?s?|escomptée?s?|projetée?s?)$");
/** A step before the act (a meeting, a study, a consultation, a designation…): its plan is not the act's date. */
const preparatoryStep = lazyRx("\\b(?:réunions?|comités?|concertations?|consultations?|enquêtes?|études?|essais|décisions?|homologations?|certifications?|validations?|signatures?|notifications?|réceptions?|votes?|délibérations?|arbitrages?|audits?|préalables?\\s+à|avis|désignations?|saisines?|visites?|expertises?|diagnostics?|sondages?|travaux|appels?\\s+d'offres|marchés?|choix|sélections?|arrêtés?\\s+fixant|projets?\\s+de|examens?|instructions?|réflexions?|discussions?|négociations?|rencontres?|conférences?)\\b");
const givenUp = lazyRx("\\b(?:initialement|d'abord|primitivement|auparavant|un temps|précédemment|étai(?:t|ent)|avai(?:t|ent)\\s+été|fut|furent)\\s+$");
const putOff = lazyRx("\\b(?:report|différ|décal|repouss|retard|ajourn|annul|abandonn|suspend)\\p{L}*|\\bremise?s?\\s+en\\s+cause\\b|\\bn'(?:a|ont)\\s+(?:pas\\s+)?pu\\b|\\bdevai(?:t|ent)\\b|\\bn'(?:est|sont)\\s+(?:toujours\\s+|encore\\s+)?pas\\b|\\bpas\\s+encore\\b|\\bne\\s+(?:pourra|pourront|peut|peuvent)\\s+(?:plus\\s+)?être\\s+tenue?s?\\b|\\bplus\\s+d'actualité\\b");

/** The clause before `at`: from the last « . », « ; » or « : » before it. */
function clauseBefore(folded: string, at: number): string {
  const start = Math.max(folded.lastIndexOf('.', at - 1), folded.lastIndexOf(';', at - 1), folded.lastIndexOf(':', at - 1));
  return folded.slice(start + 1, at);
}

/**
 * The plan found at `at` (`length` characters: the participle and its date) is the act asked's: its clause names the
 * act in a word of its event family (`events`), no preparatory step, and the plan is neither given up before it
 * (« initialement prévue… ») nor after it (« …, a été reportée »).
 */
function plansAskedAct(folded: string, at: number, length: number, events: readonly number[]): boolean {
  const clause = clauseBefore(folded, at);
  // « À l'issue des travaux, la réouverture est prévue en juin 2025 »: the step named in an opening phrase is when the
  // act comes, not what is planned.
  // When the opening phrase names a step, the act must be named after its comma (« Dès la publication de l'avis, la
  // signature du décret est prévue… » plans the signature, not the publication).
  const planned = clause.replace(openingPhrase(), '');
  const named = namesEvent(clause, events) && (namesEvent(planned, events) || !preparatoryStep().test(clause));
  return named && !preparatoryStep().test(planned) && !givenUp().test(folded.slice(Math.max(0, at - 40), at)) && !putOff().test(folded.slice(at + length, at + length + 80));
}
/** An opening adverbial phrase up to its comma (« À l'issue des travaux, », « Une fois les essais achevés, »). */
const openingPhrase = lazyRx("^\\s*(?:à l'issue|au terme|à la suite|après|dès|une fois|compte tenu|en raison|grâce|suite|au vu|dans l'attente|à l'achèvement|à la fin)\\b[^,]{0,120},");

/**
 * A planned day said of the subject (« est prévue le 1er septembre 2025 », « est désormais programmée le … »): not in
 * an apposition (« …, prévue le 15 juin 2025, ne pourra intervenir qu'à l'automne ») nor negated (« n'est plus prévue
 * le … »), the ways a plan is said to be dropped.
 */
const plannedDay = lazyRx(`(?<!\\bn'|\\bne\\s)\\b(?:est|sont)\\s+(?:(?:désormais|aujourd'hui|actuellement|maintenant|bien)\\s+)?(?:prévue?s?|programmée?s?|envisagée?s?|attendue?s?|planifiée?s?|fixée?s?)\\s+(?:pour\\s+)?le\\s+(?:1er|\\d{1,2})\\s+${monthName}\\s+(?:19|20)\\d{2}\\b`);

/**
 * The day planned for the act asked (« la mise en service est prévue le 1er septembre 2025 »), a date announced as
 * much as « est prévue en septembre 2025 » is: only for the act itself, as for the plans `withoutPastDates` keeps.
 */
export function announcesDayOfAct(sub: ExtractedSubQuestion, folded: string): boolean {
  const found = plannedDay().exec(folded);
  return found !== null && plansAskedAct(folded, found.index, found[0].length, eventFamilies(foldForSearch(sub.text)));
}

/**
 * For a calendar asked for an act to come, the dates that tell the past are not its date: a stock-take (« 31 étaient en
 * service au 30 septembre 2024 ») or the history of the scheme (« le pass, généralisé en 2021, … ») unless the
 * participle is the act asked (« quand sera publié » → « publié en mars 2024 »).
 */
function withoutPastDates(sub: ExtractedSubQuestion, folded: string): string {
  const request = foldForSearch(sub.text);
  if (!futureAsked().test(request)) return folded;
  const asked = [...new Set([...sub.terms.map((term) => term.key), ...(request.match(/\p{L}{3,}/gu) ?? []).map((word) => termKey(word))])];
  // A plan of the act asked (« la réouverture de la ligne est prévue en juin 2025 » for « sera rétablie ») is its date,
  // not its history; not the plan of a step before it (« les études préalables à la réouverture sont programmées… »).
  const events = eventFamilies(request);
  let rest = imperfect().test(folded) ? folded.replace(stockTakeDate(), (found) => ' '.repeat(found.length)) : folded;
  rest = rest.replace(historyDate(), (found, participle: string, at: number) => {
    const before = folded.slice(Math.max(0, at - 40), at);
    if (planned().test(participle) && plansAskedAct(folded, at, found.length, events)) return found;
    return asked.some((key) => keysMatch(termKey(participle), key)) || toCome().test(before) ? found : ' '.repeat(found.length);
  });
  return rest;
}

/**
 * The noun whose number a count request asks (« le nombre de dossiers » → « dossiers »), with its paraphrases, as a
 * test of a word; undefined when the request asks no count.
 */
function countedNoun(sub: ExtractedSubQuestion): ((word: string) => boolean) | undefined {
  let counted = countedThings.get(sub);
  if (counted === undefined) {
    counted = countedThing().exec(foldForSearch(sub.text))?.[1] ?? null;
    countedThings.set(sub, counted);
  }
  if (counted === null || dimensionOfRequest(sub) !== 'count') return undefined;
  const key = termKey(counted);
  const aliases = [key, ...paraphraseKeys(key)];
  return (word) => {
    const found = termKey(word);
    return aliases.some((alias) => keysMatch(found, alias));
  };
}
const wordsOf = (text: string): string[] => text.match(/\p{L}+/gu) ?? [];
/** The first `count` words of `text` from `from`, without reading the rest of it. */
function wordsAfter(text: string, from: number, count: number): string[] {
  const word = /\p{L}+/gu;
  word.lastIndex = from;
  const found: string[] = [];
  for (let match = word.exec(text); match && found.length < count; match = word.exec(text)) found.push(match[0]);
  return found;
}

/**
 * « le nombre de contrats d'apprentissage »: a count counts the thing asked when it is said of it (« 852 000 nouveaux
 * contrats »), not a share of hirings or a count of apprentices in the same answer: a figure followed within four
 * words by the counted noun or after it in the sentence (its subject), a bare figure, a count stated of it (« le
 * nombre de contrats s'élève à… »), or no data.
 */
/** The words of a figure that are its magnitude, not a counted noun (« 2,7 millions », « 80 euros », « 12 % »). */
const magnitudeWord = lazyRx("^(?:millions?|milliards?|milliers?|centaines?|dizaines?|euros?|d'euros|mille|cents?|points?|fois)$");
/** What puts a figure under a rate (« par bloc de », « par tranche de », « toutes les »). */
const rateUnit = lazyRx("(?:\\bpar\\s+(?:bloc|tranche|lot|période|séance|module|palier|fraction)\\s+d(?:e\\s+|')|\\bpar\\s+|\\b(?:tous|toutes)\\s+les\\s+)$");
/** A figure given per period or per actor (« 800 nouveaux sites par an », « deux contrôles par mois et par opérateur »). */
const perPeriod = lazyRx("^\\s*(?:[\\p{L}'-]+\\s+){0,3}?(?:par\\s+(?:an|année|mois|semaine|jour|opérateur|établissement|entreprise)|chaque\\s+(?:année|mois|semaine))\\b");
/** A figure asked per period or per actor itself (« chaque année », « par an », « annuel », « par établissement »). */
const askedPerPeriod = lazyRx("\\b(?:chaque\\s+(?:année|mois|semaine|jour)|par\\s+(?:an|année|mois|semaine|jour|établissement|opérateur)|annuel\\p{L}*|mensuel\\p{L}*|en\\s+moyenne)\\b");
/** A count of those for whom something did not happen (« combien de ménages n'ont pas reçu… », « ne sont pas pourvus »). */
const negativeCount = lazyRx("^(?:combien|quel\\s+est\\s+le\\s+nombre)\\b[^,;]*?\\b(?:n'|ne\\s+)(?:[\\p{L}-]+\\s+){1,2}?(?:pas|plus|jamais)\\b");
const leftOut = lazyRx("\\b(?:n'|ne\\s+)[\\p{L}'-]+(?:\\s+[\\p{L}'-]+)?\\s+(?:pas|plus|jamais|aucun)\\b|\\bsans\\b|\\bnon[\\s-]+\\p{L}+|\\baucune?\\b|\\b(?:privée?s?|exclue?s?|écartée?s?|restée?s?|manquante?s?|omise?s?|oubliée?s?)\\b");
/** The participle of a count request (« combien de logements ont été effectivement livrés » → « livrés »). */
const askedParticiple = lazyRx("\\b(?:ont|a|sont|est|seront|sera)\\s+(?:été\\s+)?(?:\\p{L}+ment\\s+)?(\\p{L}{4,}(?:és|ées|is|ies|us|ues|ts|tes))\\b");
/** A programme noun right before a quoted name (« le plan « 200 000 places » », « l'appel à projets « 1 000 cafés » »). */
const programmeBeforeQuote = lazyRx("\\b(?:plans?|programmes?|dispositifs?|opérations?|labels?|appels? à projets|appels? à manifestation d'intérêt|stratégies?|pactes?|chantiers?|initiatives?|fonds|campagnes?|objectifs?|feuilles? de route|grands? plans?)\\s*(?:national\\s+|nationale\\s+|intitulée?s?\\s+|dit\\s+|dite\\s+)?$");
/**
 * The offset is inside the quoted name of a programme (« le plan « 200 000 places » »): an opening guillemet before it
 * not yet closed, right after a programme noun. A quoted report or text (« le bilan précise que « 8 500 logements ont
 * été livrés » ») is not a name: its figures count.
 */
function insideQuotes(folded: string, at: number): boolean {
  const before = folded.slice(0, at);
  const opening = before.lastIndexOf('«');
  return opening > before.lastIndexOf('»') && programmeBeforeQuote().test(folded.slice(Math.max(0, opening - 50), opening));
}

function countsThingAsked(sub: ExtractedSubQuestion, folded: string): boolean {
  const names = countedNoun(sub);
  if (names === undefined) return true;
  if (statesNoData(folded)) return true;
  // « combien de ménages n'ont pas reçu leur chèque » counts those left out: a figure of all the households (« attribué
  // à 5,6 millions de ménages ») is not it; the sentence must say who did not (a negation, « sans », « non »).
  if (negativeCount().test(foldForSearch(sub.text)) && !leftOut().test(folded)) return false;
  // « Le nombre de contrats signés s'élève à 120 000 »: the count is said of the thing asked.
  if (statesCount(folded) && /\b(?:nombre|total|effectifs?)\b/u.test(folded) && wordsOf(folded).some(names)) return true;
  const figures = figuresIn(folded);
  // « Les contrats signés étaient 120 000 »: a count without its unit is of the sentence's subject.
  if (figures.length === 0) return statesCount(folded);
  // « combien de logements ont été livrés » → « 5 200 ont été financés, dont 3 900 livrés »: the figure whose unit is
  // the participle asked counts what the request counts.
  const done = askedParticiple().exec(foldForSearch(sub.text))?.[1];
  let from = 0;
  for (const figure of figures) {
    const at = folded.indexOf(figure, from);
    if (at < 0) return true;
    from = at + figure.length;
    // « 1 250 euros par bloc de dix-huit heures »: the figure after « par (bloc de) » is the unit of a rate, not a count.
    if (rateUnit().test(folded.slice(Math.max(0, at - 30), at))) continue;
    // « le plan « 60 000 logements étudiants » »: a figure in a quoted name names a programme, it counts nothing done.
    if (insideQuotes(folded, at)) continue;
    // « construire entre 600 et 800 nouveaux sites par an »: a yearly obligation or pace, not the count of what was done.
    if (!askedPerPeriod().test(foldForSearch(sub.text)) && perPeriod().test(folded.slice(from, from + 60))) continue;
    if (done !== undefined && wordsOf(figure).slice(-1).some((word) => keysMatch(termKey(word), termKey(done)))) return true;
    // The figure's own unit or the words right after it (« 852 000 nouveaux contrats », « 41 000 agents »), or the
    // thing asked as the subject before it (« les bénéficiaires … représentent 12 % des demandeurs d'emploi »).
    if (wordsOf(figure).some(names) || wordsAfter(folded, from, 3).some(names)) return true;
    // The thing asked as the subject before a figure counts it only when the figure has no noun of its own: « destinée aux
    // édifices des communes de moins de 10 000 habitants » counts inhabitants, not buildings.
    const ownNoun = wordsOf(figure).some((word) => !magnitudeWord().test(word));
    if (!ownNoun && wordsOf(folded.slice(0, at)).some(names)) return true;
  }
  return false;
}

/**
 * The sentences that state a count of the thing asked (« le nombre de dossiers » → « 48 000 dossiers »): the figure
 * with that noun as its unit or as the word right after it; not a share or an amount (« 60 % des dossiers »), not a
 * figure about something else, not another request's own passage.
 */
export function countsOfThingAsked(index: AnswerIndex, sub: ExtractedSubQuestion, siblings: ReadonlySet<number>): number[] {
  const names = countedNoun(sub);
  if (names === undefined) return [];
  return index.sentences.flatMap((sentence, position) => {
    const folded = sentence.folded;
    if (siblings.has(position) || restatesQuestion(folded)) return [];
    if (negativeCount().test(foldForSearch(sub.text)) && !leftOut().test(folded)) return [];
    if (localScope().test(foldForSearch(sub.text)) && nationalScope().test(folded) && !local(foldForSearch(sub.text), folded)) return [];
    let from = 0;
    for (const figure of figuresIn(folded)) {
      const at = folded.indexOf(figure, from);
      if (at < 0) break;
      from = at + figure.length;
      if (insideQuotes(folded, at)) continue;
      if (/%|‰|€|\beuros?\b|\bd'euros\b/u.test(figure) || (!askedPerPeriod().test(foldForSearch(sub.text)) && perPeriod().test(folded.slice(from, from + 60)))) continue;
      if (wordsOf(figure).some(names) || wordsAfter(folded, from, 1).some(names)) return [position];
    }
    return [];
  });
}

function dimensionOfRequest(sub: ExtractedSubQuestion): FigureDimension {
  let dimension = dimensions.get(sub);
  if (dimension === undefined) {
    dimension = figureDimension(foldForSearch(sub.text));
    dimensions.set(sub, dimension);
  }
  return dimension;
}

/**
 * Sentences carrying the kind's evidence among the addressing ones (or the sentence right after them, unless that
 * one is about another item of the request: « … à la rentrée 2025. La formation des enseignants débutera en 2026 »
 * dates the second measure, not the first).
 */
export function evidenceFor(index: AnswerIndex, sub: ExtractedSubQuestion, addressing: readonly number[], others: ReadonlySet<number> = new Set()): number[] {
  const found = new Set<number>();
  for (const position of addressing) {
    const sentence = index.sentences[position]!;
    if ((index.carries(sub.kind, position) && measuresAsked(index, sub, position)) || delayFor(sub, sentence.folded)) {
      found.add(position);
      continue;
    }
    if (sub.kind === 'calendrier' || sub.kind === 'chiffres' || continuesPrevious(index, sub.kind, position + 1)) {
      const next = index.sentences[position + 1];
      if (next && next.paragraph === sentence.paragraph && !others.has(position + 1) && index.carries(sub.kind, position + 1) && measuresAsked(index, sub, position + 1)) found.add(position + 1);
    }
  }
  return [...found].sort((a, b) => a - b);
}

/**
 * « Dans quel délai » is answered by a legal time limit (« le maire est tenu de convoquer le conseil dans un délai
 * maximal de trente jours »), in a sentence that states a rule; when the Government's own act is awaited (« dans
 * quel délai ce décret sera publié »), a date is still asked.
 */
function delayFor(sub: ExtractedSubQuestion, folded: string): boolean {
  const request = foldForSearch(sub.text);
  if (sub.kind !== 'calendrier' || !asksDelay(request) || awaitedAct().test(request)) return false;
  return statesDelay(folded) && (citesRule(folded) || legalDuty().test(folded));
}

/** A rule's time limit: an obligation or a right to act within it (« est tenu de convoquer… dans un délai de… »). */
const legalDuty = lazyRx("\\b(?:(?:est|sont)\\s+tenue?s?\\s+d|doit|doivent|(?:peut|peuvent)\\s+(?:être\\s+)?(?:saisi\\p{L}*|exercée?s?|formée?s?|présentée?s?|déposée?s?|contesté\\p{L}*|demandée?s?|saisir|exercer|former|présenter|déposer|contester|demander))\\b");
/** The Government's own act awaited (« dans quel délai le décret … sera publié »): a date is asked, not a legal time limit. */
const awaitedAct = lazyRx("\\b(?:décret|arrêté|ordonnance|circulaire|instruction|rapport|projet de loi|texte|référentiel)s?\\b[^.;?]{0,200}?\\b(?:sera|seront|soit|soient)\\s+(?:enfin\\s+)?(?:publiée?s?|pris|prise?s?|signée?s?|remise?s?|adoptée?s?|transmise?s?)");

/**
 * For a figure request, why the figures of the passage were set aside, when one reason holds for them: a national
 * total for a local count, a figure of another year, a figure per period for a total. The message says what is
 * missing instead of « aucun chiffre avec son unité » (there are figures, not the one asked).
 */
export function figureSetAside(index: AnswerIndex, sub: ExtractedSubQuestion, positions: readonly number[], perItem = false): string | undefined {
  if (sub.kind !== 'chiffres') return undefined;
  const request = foldForSearch(sub.text);
  const dimension = dimensionOfRequest(sub);
  const withFigure = positions.map((position) => index.sentences[position]!.folded).filter((folded) => figuresIn(folded).length > 0 || statesCount(folded));
  // « aucun chiffre avec son unité dans la réponse » would be false of an answer that gives figures of other things.
  // Per item, the caller says it item by item.
  const elsewhere = !perItem && index.sentences.some((sentence) => figuresIn(sentence.folded).length > 0) ? 'aucun chiffre avec son unité sur ce qui est demandé : ceux de la réponse portent sur autre chose' : undefined;
  if (withFigure.length === 0) return elsewhere;
  // The figure set aside, quoted by its number only (the folded text has lost its accents).
  const firstFigure = (folded: string): string | undefined => numberOf(figuresIn(folded)[0] ?? folded.match(bareCount)?.[0]);
  if (localScope().test(request) && withFigure.every((folded) => nationalScope().test(folded) && !local(request, folded))) {
    const figure = firstFigure(withFigure[0]!);
    return `aucun chiffre propre au territoire demandé : la réponse ne donne qu’un chiffre national${figure ? ` (${figure})` : ''}`;
  }
  const seen: { figure: string; year: string; folded: string; at: number }[] = [];
  if (withFigure.every((folded) => ofAnotherYear(request, folded, dimension, seen))) {
    const years = askedYears(request).join(', ');
    const first = seen[0];
    // Quoted with its multiplier and unit, as written (« 30 millions d'euros », not « 30 »): the sentence's text has
    // the same offsets as its folded form.
    const written = first ? positions.map((position) => index.sentences[position]!).find((sentence) => sentence.folded === first.folded)?.text.slice(first.at, first.at + first.figure.length).trim() : undefined;
    // For one item of a list, a sentence with several figures may give each item its own: none is quoted then, lest
    // one item's figure be given for another (« 30 millions d'euros … et 12 millions d'euros … »).
    const several = perItem && new Set(seen.map((found) => found.figure)).size > 1;
    const figure = first && !several ? (written && /\d/u.test(written) ? written : numberOf(first.figure)) : undefined;
    return `aucun chiffre de l’année demandée (${years}) : les chiffres de la réponse portent sur d’autres années${figure && first ? ` (${figure}, en ${first.year})` : ''}`;
  }
  if (!askedPerPeriod().test(request) && withFigure.every((folded) => onlyPerPeriod(folded))) {
    const figure = firstFigure(withFigure[0]!);
    return `aucun chiffre d’ensemble : la réponse ne donne qu’un chiffre par période (par an, par mois…)${figure ? `, ici ${figure}` : ''}`;
  }
  return elsewhere;
}

/** The number of a figure (« 190 000 places » → « 190 000 »), for a message. */
function numberOf(figure: string | undefined): string | undefined {
  const number = figure === undefined ? undefined : /\d[\d \u00a0\u202f.,]*\d|\d/u.exec(figure)?.[0];
  return number?.trim();
}

/** A zero stated as such (« Aucun crédit n'a été consacré… », « aucune commune n'en a bénéficié »). */
const statesZero = lazyRx("\\baucune?\\s+[^.;:]{0,60}?\\bn(?:'|e\\b)");

/** The sentence gives no figure at all: no number with its unit, no count, no zero. */
export function carriesNoFigure(folded: string): boolean {
  return figuresIn(folded).length === 0 && !statesCount(folded) && !statesZero().test(folded) && !/\d/u.test(folded.replace(/\b(?:19|20)\d{2}\b/gu, ''));
}

/** Every figure of the sentence is a figure per period (« 800 logements sont construits par an »). */
function onlyPerPeriod(folded: string): boolean {
  const figures = figuresIn(folded);
  let from = 0;
  for (const figure of figures) {
    const at = folded.indexOf(figure, from);
    if (at < 0) return false;
    from = at + figure.length;
    if (!perPeriod().test(folded.slice(from, from + 60))) return false;
  }
  return figures.length > 0;
}
