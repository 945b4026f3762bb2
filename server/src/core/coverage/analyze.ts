/**
 * Sub-question coverage (RULES.md I4): for each sub-question of the question, the answer sentences that address
 * its object (stems, prefix rule and irregular table; term weights over the answer's sentences; the next sentence
 * counts too) and the evidence its kind requires. Drafters stay in control: a paragraph tied to a sub-question by
 * `<!-- qe: repond Q1 -->` addresses it; `<!-- qe: sans-reponse Q2 : motif -->` leaves it unanswered on purpose.
 */
import { leadingWords, type Finding, type RelatedLocation } from '../findings/finding';
import type { Directive, OffsetRange, QeDocument, Section } from '../model/types';
import { absoluteDates, announcesDate, describesMechanismBeyondBasis, governmentActs, concreteMeasure, describesAction, figuresIn, closesOnRule, conclusionOn, isPendingStudy, isReflection, isRefusal, missingEvidence, refersToRequest, withoutLawStatements } from './evidence';
import { extractSubQuestions, findRecall, type ExtractedSubQuestion } from './extract';
import { asksJudgement, injunctiveKind, kindLabels } from './kinds';
import { noRequestRule, partialRule, unansweredRule } from './meta';
import { findReferral } from './referral';
import { termKey } from './stem';
import { withCalendarItems } from './calendar-items';
import { foldForSearch } from '../text/fold';
import { tokenize } from './text';
import { lazyRx } from './regex';
import { eventFamilies, namesEvent } from './events';
import type { CoverageStatus, SubQuestion } from './types';
import { throwIfCancelled, type IsCancelled } from '../cancel';
import { acknowledgement, citingSentences, closest, concludes, nearObject, nearRequest, onObject, onSubject, sharesDistinctive, siblingPassages, strongSentences, topicShift, withClosing, withContinuations } from './addressing';
import { addressThreshold, AnswerIndex, itemThreshold, score } from './answer-index';
import { assessArticulation } from './articulation';
import { beneficiariesAsked, beneficiaryLabel, creationDone, echoesAskedAction, explicitAnswers, extendedToOthers, extensionTarget, improvementDone, notApplicable, removalDone } from './asked-action';
import { aboutOtherItems, type Assessment, ownAddressing, reasonFor } from './assessment';
import { parseIds, readDeliberate } from './directives';
import { announcesDayOfAct, carriesNoFigure, countsOfThingAsked, eachOf, evidenceFor, figureSetAside, financialAsked, financialMeans, measuresAsked, newMeasuresAsked, numberWords, somethingNew, strongFor } from './figures';
import { assessDroit, conditionalOpening, criteriaAsked, criteriaStated } from './legal';
import { intentionCue, joinFrench, joinItems, missingFor, onWhat, unansweredText, vagueNote } from './messages';
import { answeredByCondition, awaitedText, bareFollowUp, bareReply, conditional, conditionalForm, engaged, followUpOfProposal, futureRestated, futureSaid, futureStillAsked, genericAction, governmentAnnounces, ifNo, legalFollowUp, type Polarity, polarityOf, processKeys, processLabel, textStatus, viewOnProblem, yesNoRequest } from './polarity';

/** The request names the Government's intentions as such (« quelles sont ses intentions pour… », « les intentions du Gouvernement… »). */
const intentionsNamed = lazyRx("^\\s*(?:(?:de\\s+)?(?:lui\\s+)?(?:faire\\s+)?(?:connaître|connaitre|préciser|indiquer)\\s+)?(?:quelles?\\s+(?:sont|seraient|seront)\\s+)?(?:ses|les|leurs)\\s+intentions\\b");

/** The verb of the request's aim (« pour lutter contre … » → « lutter », « afin de mieux protéger » → « protéger »). */
const aimVerb = lazyRx("\\b(?:pour|afin\\s+d(?:e\\s+|'))\\s*(?:mieux\\s+)?(\\p{L}+)");
/** An action said not to have been taken (« n'a été mis en place », « ne sera créé »). */
const actionDenied = lazyRx("\\b(?:n'(?:a|ont)|ne\\s+(?:sera|seront|va|vont))\\b");
/** Another party acts (« La région Bretagne a créé… », « La Commission européenne a lancé… », « … par la métropole »). */
const otherParty = lazyRx("^\\W*(?:la|le|les|l')\\s*(?:régions?|départements?|communes?|métropoles?|intercommunalités?|collectivités?|commission\\s+européenne|union\\s+européenne|fédérations?|associations?|sncf|opérateurs?|villes?)\\b|\\bpar\\s+(?:la|le|les|l')\\s*(?:régions?|départements?|communes?|métropoles?|intercommunalités?|collectivités?|commission\\s+européenne|union\\s+européenne|fédérations?|associations?)\\b");
/** The State named beside another party (« La région et l'État ont mis en place… »). */
const stateNamed = lazyRx("\\b(?:l'état|le gouvernement|ministère|ministre|préfets?)\\b");

/** The sentence gives an absolute date (« le 12 décembre 2024 », « au printemps 2025 »). */
function hasAbsoluteDate(folded: string): boolean {
  const dates = absoluteDates();
  dates.lastIndex = 0;
  return dates.test(folded);
}

/** « aucune date précise dans la réponse » would be false of an answer that dates other things (« engagés en mars 2024 »). */
function dateSetAside(index: AnswerIndex, sub: ExtractedSubQuestion): string | undefined {
  if (sub.kind !== 'calendrier' || !index.sentences.some((sentence) => hasAbsoluteDate(sentence.folded))) return undefined;
  return 'aucune date précise pour ce qui est demandé : celles de la réponse portent sur autre chose';
}

/** What the editor shows on a sub-question (hover) besides the JSON contract. */
export interface SubQuestionDetail extends SubQuestion {
  readonly number: number;
  /** French description of the object when anaphora was resolved (`des mesures 16 et 19`). */
  readonly objectLabel?: string;
  /** French descriptions of what the answer lacks (empty when answered). */
  readonly missing: readonly string[];
  /** The answer sentence that comes closest to addressing it. */
  readonly candidate?: OffsetRange;
  /** Set when a `sans-reponse` directive leaves it unanswered on purpose. */
  readonly deliberate?: { readonly reason: string; readonly range: OffsetRange };
  /** Answer paragraphs tied to it by a `repond` directive. */
  readonly tied: readonly OffsetRange[];
  /** Why the evidence counts (French): « la règle citée et une conclusion sur le cas posé », « un refus explicite… ». */
  readonly reason?: string;
  /** Set when the answer refers to the answer to another question. */
  readonly referral?: string;
}

export interface CoverageResult {
  readonly subQuestions: SubQuestion[];
  readonly findings: Finding[];
  readonly details: SubQuestionDetail[];
}

export { noRequestRule, partialRule, unansweredRule };

function assess(index: AnswerIndex, sub: ExtractedSubQuestion, tiedSentences: readonly number[], only: boolean, previous: readonly number[] = [], siblings: ReadonlySet<number> = new Set(), previousPolarity: Polarity = undefined, few = only): Assessment {
  const scored = score(index, sub.terms, addressThreshold, foldForSearch(sub.text));
  let addressing = [...new Set([...scored.addressing, ...tiedSentences])].sort((a, b) => a - b);
  // In the answer to a question that asks one thing, a sentence that names the request by its author (« dans le sens
  // souhaité par l'honorable parlementaire ») is about it, in none of its words.
  if (only) addressing = [...new Set([...addressing, ...index.sentences.flatMap((sentence, position) => (refersToRequest(sentence.folded) ? [position] : []))])].sort((a, b) => a - b);
  // A yes/no or a legal conclusion often takes up the rule just set out without its words (« Il résulte de ces
  // dispositions que… », « Le Gouvernement n'envisage pas de modifier ces règles »).
  if (sub.kind === 'intention' || sub.kind === 'position') addressing = withContinuations(index, addressing);
  // Measures are listed one a sentence: the next sentence of the paragraph that names a concrete measure goes on
  // with the list (« La loi … a aggravé les peines… Une circulaire du 6 mars 2024 demande aux préfets… »), unless
  // it is another request's own passage.
  if (sub.kind === 'mesures' && addressing.length > 0) {
    const own = new Set(addressing);
    addressing = withContinuations(index, addressing, (folded) => concreteMeasure(folded) || describesAction(folded)).filter((position) => own.has(position) || !siblings.has(position));
  }
  // The scheme asked is named in one sentence and how it works is said in the next (« Un fonds a été ouvert pour
  // indemniser les pertes. L'aide est calculée sur la base d'un barème… »): that sentence goes on with the passage,
  // unless it is another request's own.
  if (sub.kind === 'modalites' && addressing.length > 0) {
    const own = new Set(addressing);
    addressing = withContinuations(index, addressing, (folded) => describesMechanismBeyondBasis(folded)).filter((position) => own.has(position) || !siblings.has(position));
  }
  if (sub.kind === 'droit') {
    const request = foldForSearch(sub.text);
    addressing = withContinuations(index, addressing, (folded) => (concludes().test(folded) || closesOnRule(folded)) && conclusionOn(request, folded) === 'connector');
    // The answer's closing (« La loi ne prévoit aucune obligation en la matière », « …, sous réserve de l'appréciation
    // souveraine du juge ») often ends the paragraph that sets out the rule, a sentence or two after it.
    addressing = withClosing(index, addressing, request, siblings, sub);
  }
  // The answer to a question that asks one thing is about that thing: legal and yes/no answers rarely repeat the
  // request's words, so any sentence sharing one of them addresses it.
  if (addressing.length === 0 && only && (sub.kind === 'droit' || sub.kind === 'intention' || sub.kind === 'position')) addressing = closest(scored.scores, (position) => sharesDistinctive(index, sub, position));
  // In the answer to a question that asks two things, a yes/no or a view in the answer's own words: the closest sentences
  // that carry the evidence of the kind, share a word of the request, and are not the other request's own passage.
  if (addressing.length === 0 && few && !only && (sub.kind === 'intention' || sub.kind === 'position')) addressing = closest(scored.scores, (position) => !siblings.has(position) && index.carries(sub.kind, position) && !acknowledgement().test(index.sentences[position]!.folded) && nearRequest(index, sub, position));
  // A published answer answers in forms that do not repeat the request's words (figures for a count, a programme
  // and its credits for means, a refusal for an intention, a legal qualification for a view): a sentence sharing
  // one word with the request and carrying such evidence addresses it.
  if (addressing.length === 0) addressing = strongSentences(index, sub, scored.scores);
  if (addressing.length === 0 && sub.kind === 'droit') addressing = citingSentences(index, sub, scored.scores, siblings);
  // A question that asks only when is answered by the date announced in the closest sentence, which names the awaited act
  // in its own words or a paraphrase (« dans quels délais sa parution » → « sa publication devrait intervenir début 2025 »).
  if (addressing.length === 0 && only && sub.kind === 'calendrier') addressing = closest(scored.scores, (position) => (announcesDate(index.sentences[position]!.folded) || announcesDayOfAct(sub, index.sentences[position]!.folded)) && measuresAsked(index, sub, position));
  // Without a date, the sentence that speaks of the event asked in a word of its family (« à quelle date la circulation
  // sera rétablie » → « La reprise des circulations dépendra de l'expertise ») is about the request: the calendar is
  // partial (no date), not « no passage at all ». Only a sentence without a date: a date beside the event word may be
  // another event's (« suspendue depuis le 14 janvier 2024, ne reprendra qu'à l'issue… »).
  if (addressing.length === 0 && only && sub.kind === 'calendrier') {
    const events = eventFamilies(foldForSearch(sub.text));
    addressing = closest(scored.scores, (position) => namesEvent(index.sentences[position]!.folded, events) && !hasAbsoluteDate(index.sentences[position]!.folded) && sharesDistinctive(index, sub, position));
  }
  // A question that asks only why or how is answered by the closest sentence that gives a cause or a mechanism
  // (« Ces fermetures s'expliquent par la dématérialisation… », « Compte tenu de la baisse de la fréquentation… »)
  // and names a word of the request.
  if (addressing.length === 0 && only && sub.kind === 'modalites') addressing = closest(scored.scores, (position) => index.carries('modalites', position) && sharesDistinctive(index, sub, position));
  // Without a date, the sentence that says where the awaited text stands (« L'arrêté correspondant est en cours de
  // préparation ») is about the request: the calendar is partial (no date), not « no passage at all ».
  if (addressing.length === 0 && only && sub.kind === 'calendrier') {
    const awaited = awaitedText().exec(foldForSearch(sub.text))?.[1];
    if (awaited) addressing = index.sentences.flatMap((sentence, position) => (index.containing(termKey(awaited)).has(position) && textStatus().test(sentence.folded) ? [position] : []));
  }
  // The answer to a question that asks only for means or figures is about them: a programme with its credits, or
  // a count, answers it wherever it stands.
  if (addressing.length === 0 && only && (sub.kind === 'mesures' || sub.kind === 'chiffres')) addressing = index.sentences.flatMap((_, position) => (strongFor(index, sub, position) && nearObject(index, sub, position) ? [position] : []));
  // A question that asks only for measures is answered by a named measure with a figure, a date or a text (a plan, a decree, a fund…) in a passage
  // on the question's subject, even when the answer names the aim in other words (« protéger les troupeaux » →
  // « chiens de protection, clôtures »).
  if (addressing.length === 0 && only && sub.kind === 'mesures') addressing = index.sentences.flatMap((sentence, position) => (concreteMeasure(sentence.folded) && onSubject(index, sub, position) ? [position] : []));
  // « Le Gouvernement a mis en place un dispositif d'indemnisation des pertes subies par les aviculteurs. Une avance de 50 %
  // sera versée… Par ailleurs, un fonds d'urgence… »: in the answer to a question that asks only for measures, an action
  // of the Government described on the request's own object (a distinctive word of it) opens the passage, and the
  // measures listed after it in its paragraph go on with it (« par ailleurs » adds to the list there).
  // Not an action denied (« aucun dispositif n'a été mis en place »), nor another party's (« La région a créé une aide »),
  // and the request's aim verb (« pour lutter contre… », « pour renforcer… ») is no word of its object (review rev2-kd7).
  if (addressing.length === 0 && only && sub.kind === 'mesures') {
    const aim = aimVerb().exec(foldForSearch(sub.text))?.[1];
    const object = aim === undefined ? sub : { ...sub, terms: sub.terms.filter((term) => term.key !== termKey(aim)) };
    const opening = closest(scored.scores, (position) => {
      const folded = index.sentences[position]!.folded;
      return describesAction(folded) && !actionDenied().test(folded) && !(otherParty().test(folded) && !stateNamed().test(folded)) && sharesDistinctive(index, object, position);
    });
    if (opening.length > 0) addressing = withContinuations(index, opening, (folded) => concreteMeasure(folded) || describesAction(folded));
  }
  // In the answer to a question that asks two things, the measures asked are the concrete measures (a text, a plan with
  // its figure or date) next to a word of the request, that are not the other request's own passage (« quelles mesures
  // pour assurer la sécurité des usagers » → « La loi n° 2021-646 du 25 mai 2021 a permis aux agents de sécurité… »).
  if (addressing.length === 0 && few && !only && sub.kind === 'mesures') addressing = index.sentences.flatMap((sentence, position) => (concreteMeasure(sentence.folded) && nearRequest(index, sub, position) && !siblings.has(position) ? [position] : []));
  // « la suite qu'il envisage de réserver à cette proposition » names its object by a demonstrative only: what the
  // Government announces it will do (« le Gouvernement envisage d'instituer, dans un prochain projet de loi, … »),
  // or an explicit no, is the follow-up asked.
  if (addressing.length === 0 && sub.kind === 'mesures' && followUpOfProposal().test(foldForSearch(sub.text))) {
    addressing = index.sentences.flatMap((sentence, position) => ((governmentAnnounces().test(sentence.folded) && index.carries('mesures', position)) || isRefusal(withoutLawStatements(sentence.folded)) ? [position] : []));
  }
  // A conditional request (« s'il ne lui paraîtrait pas opportun, le cas échéant, d'inviter… ») continues the
  // previous one: the passage that answers the previous request, to the end of its paragraph, is about it too
  // (a legal request, even conditional, needs its own conclusion).
  // « dans l'affirmative comme dans la négative, quelles en sont les raisons » continues the previous request too.
  if (addressing.length === 0 && previous.length > 0 && sub.kind !== 'droit' && (conditionalForm().test(foldForSearch(sub.text)) || bareFollowUp().test(foldForSearch(sub.text).trim()))) {
    const from = previous.reduce((min, position) => Math.min(min, position), Number.POSITIVE_INFINITY);
    const paragraph = index.sentences[from]!.paragraph;
    // « Dans la négative, s'il entend… » after a no: the no is the condition met, not the answer to this request.
    const met = previousPolarity === 'no' && ifNo().test(foldForSearch(sub.text)) ? new Set(previous) : new Set<number>();
    addressing = index.sentences.flatMap((sentence, position) => (position >= from && sentence.paragraph === paragraph && !met.has(position) ? [position] : []));
  }
  // « si une commune peut vendre un chemin rural et, dans l'affirmative, dans quelles conditions »: the legal follow-up
  // that is only its interrogative asks about the previous request's case; the passage that answers it, to the end of
  // its paragraph, is where the conditions are given.
  const followsUp = previous.length > 0 && sub.kind === 'droit' && legalFollowUp().test(foldForSearch(sub.text).trim().replace(conditionalOpening(), ''));
  if (followsUp) {
    // With or without a sentence taken by a fallback above: the previous request's paragraph is this one's passage.
    const from = previous.reduce((min, position) => Math.min(min, position), Number.POSITIVE_INFINITY);
    const paragraph = index.sentences[from]!.paragraph;
    const passage = index.sentences.flatMap((sentence, position) => (position >= from && sentence.paragraph === paragraph ? [position] : []));
    addressing = [...new Set([...addressing, ...passage])].sort((a, b) => a - b);
  }
  if (addressing.length === 0 && previous.length === 0 && conditional.test(foldForSearch(sub.text))) addressing = explicitAnswers(index, sub);
  const candidate = tiedSentences[0] ?? scored.best;
  if (sub.kind === 'articulation' && sub.compared) {
    const result = assessArticulation(index, sub, addressing, candidate);
    return withEnumeration(index, sub, result);
  }
  if (sub.items.length > 1) {
    const evidence = new Set<number>();
    const lacking: string[] = [];
    const undated: number[] = [];
    const absent: string[] = [];
    const asideFor = new Map<string, string[]>();
    let addressedItems = 0;
    const itemScores = sub.items.map((item) => score(index, item.terms, itemThreshold, foldForSearch(sub.text)));
    sub.items.forEach((item, itemIndex) => {
      const itemScore = itemScores[itemIndex]!;
      const itemAddressing = [...new Set([...itemScore.addressing, ...tiedSentences])];
      if (itemAddressing.length === 0) {
        absent.push(item.label);
        return;
      }
      addressedItems++;
      const found = evidenceFor(index, sub, ownAddressing(itemScore, itemAddressing, tiedSentences), aboutOtherItems(itemScores, itemIndex));
      if (found.length === 0) {
        // For figures, what is wrong with the figures given for this item (another year, a national figure, a figure
        // per period), said instead of « aucun chiffre avec son unité ».
        // « sans en donner de chiffre » only when the item's sentences carry no figure and no zero at all (« a
        // bénéficié à 1 200 éleveurs », « Aucun crédit n'a été consacré… »): otherwise the older wording.
        const aside = sub.kind === 'chiffres' ? figureSetAside(index, sub, itemAddressing, true) : undefined;
        const figureless = itemAddressing.every((position) => carriesNoFigure(index.sentences[position]!.folded));
        if (sub.kind === 'chiffres' && (aside !== undefined || figureless)) asideFor.set(aside ?? '', [...(asideFor.get(aside ?? '') ?? []), item.label]);
        else lacking.push(item.label);
        undated.push(...itemAddressing);
      }
      for (const position of found) evidence.add(position);
    });
    const sorted = [...evidence].sort((a, b) => a - b);
    if (addressedItems === 0 && addressing.length === 0) return { status: 'unanswered', evidence: [], missing: [unansweredText(sub)], candidate };
    const missing: string[] = [];
    if (lacking.length) missing.push(`${missingFor(sub)} pour ${joinItems(lacking)}${vagueNote(index, sub, undated)}`);
    for (const [aside, labels] of asideFor) missing.push(aside ? `${aside}, pour ${joinItems(labels)}` : `la réponse parle de ${joinItems(labels)} sans en donner de chiffre`);
    if (absent.length) missing.push(`${joinItems(absent)} : rien dans la réponse`);
    if (addressedItems === 0) missing.push(missingEvidence[sub.kind]);
    const status: CoverageStatus = missing.length === 0 ? 'answered' : 'partial';
    const reason = status === 'answered' && sorted.length > 0 ? `${reasonFor(index, sub.kind, sorted[0]!)}, pour chacun des éléments demandés` : undefined;
    return withEnumeration(index, sub, { status, evidence: sorted, missing, candidate: sorted[0] ?? candidate, ...(reason ? { reason } : {}) });
  }
  // « Non. Plus de 90 % des artisans ne bénéficiaient pas… »: the answer to a question that asks one yes/no opens on
  // its yes or no, in none of the request's words; the reasons that follow need not repeat them either.
  // With several requests, the opening yes or no answers the first one (« Non. … Un plan sera présenté en 2025. »).
  if ((sub.kind === 'position' || sub.kind === 'intention') && (only || sub.number === 1) && yesNoRequest().test(foldForSearch(sub.text).trimStart())) {
    const opening = index.sentences[0];
    if (opening !== undefined && bareReply().test(opening.folded)) return withEnumeration(index, sub, { status: 'answered', evidence: [0], missing: [], candidate: 0, reason: 'la réponse s’ouvre sur un oui ou un non explicite' });
  }
  // « En 2023, le parc comptait 190 000 places » for the places of 2024: the sentence is about the request, its figure
  // is set aside (another year, a national total, a pace): partial, saying why, rather than « aucun passage ».
  if (addressing.length === 0 && only && sub.kind === 'chiffres') {
    const setAside = index.sentences.flatMap((_, position) => (index.strong('chiffres', position) && nearObject(index, sub, position) && !measuresAsked(index, sub, position) ? [position] : []));
    const why = setAside.length > 0 ? figureSetAside(index, sub, setAside) : undefined;
    if (why !== undefined) return withEnumeration(index, sub, { status: 'partial', evidence: [], missing: [`${why}${onWhat(sub)}`], candidate: setAside[0]! });
  }
  if (addressing.length === 0) return { status: 'unanswered', evidence: [], missing: [unansweredText(sub)], candidate };
  if (sub.kind === 'droit') return withEnumeration(index, sub, assessDroit(index, sub, addressing, candidate, followsUp ? previous : undefined, siblings));
  // « s'il est normal qu'une commune doive payer… », « s'il est d'accord avec cette interprétation » : a ministry answers
  // with the law and its own conclusion on the case (« n'est donc pas tenue de payer », « est conforme à la loi »).
  if (sub.kind === 'position' && asksJudgement(foldForSearch(sub.text))) {
    const legal = assessDroit(index, { ...sub, kind: 'droit' }, addressing, candidate, undefined, siblings);
    if (legal.status === 'answered') return withEnumeration(index, sub, legal);
  }
  let evidence = evidenceFor(index, sub, addressing);
  // « selon quelles modalités les crédits sont répartis »: a sentence whose only mechanism is its legal basis (« En
  // application de la loi de finances, le fonds est doté de… ») answers only when it names the process asked.
  if (sub.kind === 'modalites' && evidence.length > 0) {
    const process = processKeys(foldForSearch(sub.text));
    if (process.length > 0) evidence = evidence.filter((position) => describesMechanismBeyondBasis(index.sentences[position]!.folded) || process.some((key) => index.containing(key).has(position)));
    if (evidence.length === 0) return withEnumeration(index, sub, { status: 'partial', evidence: [], missing: [`${missingEvidence.modalites} ; un texte est cité comme fondement, mais rien n’est dit de ce qui est demandé (${processLabel(sub.text)})`], candidate });
  }
  // « selon quels critères les projets sont sélectionnés »: who decides (« la dotation est attribuée par le préfet ») is
  // not the criteria; a sentence that states them (« au regard de… », « en fonction de… », « les critères… ») is.
  // Also when no mechanism was found: criteria stated (« prend en compte… », « proportionnellement à… ») are what is asked.
  if (sub.kind === 'modalites' && criteriaAsked().test(foldForSearch(sub.text))) {
    // The criteria are often set out a few sentences after the scheme is named, in their own words (« Les projets sont
    // sélectionnés au regard de… »): a sentence of the answer that states criteria and shares a word of the request counts.
    const own = new Set([...evidence, ...addressing]);
    evidence = index.sentences.flatMap((sentence, position) => (criteriaStated().test(sentence.folded) && (own.has(position) || (!siblings.has(position) && sharesDistinctive(index, sub, position))) ? [position] : []));
    if (evidence.length === 0) return withEnumeration(index, sub, { status: 'partial', evidence: [], missing: ['les critères demandés ne sont pas donnés (au regard de…, en fonction de…, sont retenus…)'], candidate });
  }
  // « le nombre d'agents … dans chacune des trois fonctions publiques »: one figure per part is asked; a single figure
  // gives one of them only.
  const each = sub.kind === 'chiffres' && evidence.length > 0 ? eachOf().exec(foldForSearch(sub.text)) : null;
  if (each) {
    const parts = numberWords[each[1]!] ?? Number(each[1]);
    const given = evidence.flatMap((position) => figuresIn(index.sentences[position]!.folded)).length;
    if (parts > 1 && given < parts) return withEnumeration(index, sub, { status: 'partial', evidence, missing: [`un chiffre est demandé pour chacun des ${parts} ensembles, la réponse n’en donne que ${given}`], candidate: evidence[0]! });
  }
  // « les mesures nouvelles qu'il entend prendre »: the law in force (« Aux termes de l'article L. 410-2, un décret peut
  // réglementer les prix », « le préfet arrête le prix ») is not a new measure; something done, decided or announced is.
  if (sub.kind === 'mesures' && evidence.length > 0 && newMeasuresAsked().test(foldForSearch(sub.text))) {
    const fresh = evidence.filter((position) => somethingNew().test(index.sentences[position]!.folded) || describesAction(index.sentences[position]!.folded) || announcesDate(index.sentences[position]!.folded));
    if (fresh.length === 0) return withEnumeration(index, sub, { status: 'partial', evidence: [], missing: ['la réponse rappelle le droit en vigueur : aucune mesure nouvelle (décidée, engagée ou annoncée) n’est nommée'], candidate });
    evidence = fresh;
  }
  // « quelles mesures pour accompagner financièrement les porteurs de projets »: the measure asked is a financial one (credits,
  // an aid, a fund, an amount); a text or an administrative support named beside it is not.
  if (sub.kind === 'mesures' && evidence.length > 0 && financialAsked().test(foldForSearch(sub.text))) {
    const financial = evidence.filter((position) => financialMeans().test(index.sentences[position]!.folded));
    if (financial.length === 0) return withEnumeration(index, sub, { status: 'partial', evidence: [], missing: ['aucune mesure financière (crédits, aide, subvention, fonds, montant) n’est nommée, alors que la demande porte sur un soutien financier'], candidate });
    evidence = financial;
  }
  // A count of the very thing asked (« près de 48 000 dossiers ont été déposés ») answers wherever it stands, not only
  // beside the sentence that repeats the request's other words (« depuis l'ouverture de la plateforme »).
  const counts = evidence.length === 0 && sub.kind === 'chiffres' ? countsOfThingAsked(index, sub, siblings) : [];
  if (counts.length > 0) return withEnumeration(index, sub, { status: 'answered', evidence: counts, missing: [], candidate: counts[0]!, reason: 'un chiffre de la chose même dont le nombre est demandé' });
  // The improvement done is often said in the sentence after the one that names the scheme (« Le congé … est indemnisé
  // par l'allocation… Son montant a été revalorisé… »): the next sentence of the paragraph is read too.
  const echoed = sub.kind === 'intention' && evidence.length === 0 ? withContinuations(index, addressing, (folded) => (improvementDone().test(folded) || creationDone().test(folded) || removalDone().test(folded) || notApplicable().test(folded)) && !topicShift().test(folded)).filter((position) => echoesAskedAction(foldForSearch(sub.text), index.sentences[position]!.folded)) : [];
  // « s'il entend étendre le chèque énergie aux retraités modestes » → « a été étendu aux étudiants boursiers »: an
  // extension to other beneficiaries is not the one asked.
  const asked = beneficiariesAsked(foldForSearch(sub.text));
  // Only when the beneficiaries asked are named nowhere in the answer: « les retraités en bénéficient déjà ; il a été
  // étendu aux étudiants » speaks of them.
  const namedSomewhere = asked.some((key) => index.containing(key).size > 0);
  const toOthers = asked.length > 0 && !namedSomewhere ? echoed.filter((position) => extendedToOthers(index.sentences[position]!.folded, asked)) : [];
  const announced = echoed.filter((position) => !toOthers.includes(position));
  if (announced.length === 0 && toOthers.length > 0) {
    const named = extensionTarget(index.sentences[toOthers[0]!]!.text);
    return withEnumeration(index, sub, { status: 'partial', evidence: [], missing: [`la réponse fait état d’une extension à d’autres bénéficiaires${named ? ` (« ${named} »)` : ''}, pas à ceux que vise la demande (« ${beneficiaryLabel(sub.text)} »)`], candidate: toOthers[0]! });
  }
  if (announced.length > 0) {
    const moot = announced.every((position) => notApplicable().test(index.sentences[position]!.folded));
    return withEnumeration(index, sub, { status: 'answered', evidence: announced, missing: [], candidate: announced[0]!, reason: moot ? 'ce que la demande voudrait supprimer ne s’applique pas au cas posé' : 'l’action demandée est annoncée ou déjà faite (« seront renforcés », « a été publié »)' });
  }
  // The refusal often names the request's object in its own words after the passage that sets out the rule
  // (« Une réduction du nombre d'assesseurs ne paraît pas souhaitable »): among the closest sentences, it answers.
  // In the answer to a question that asks only that, an explicit refusal may name the question's subject instead of
  // the request's words (« s'il envisage de dérembourser les cures » → « Il n'est pas question de mettre fin à leur
  // remboursement »). Only a refusal: an attribution of competence elsewhere in the answer is often a second
  // statement of the no, not the passage that gives it.
  let refused = evidence.length === 0 && (sub.kind === 'intention' || sub.kind === 'position') ? closest(scored.scores, (position) => index.carries(sub.kind, position) && sharesDistinctive(index, sub, position)) : [];
  if (refused.length === 0 && evidence.length === 0 && only && (sub.kind === 'intention' || sub.kind === 'position')) refused = index.sentences.flatMap((sentence, position) => (isRefusal(withoutLawStatements(sentence.folded)) && onObject(index, sub, position) ? [position] : []));
  if (refused.length > 0) return withEnumeration(index, sub, { status: 'answered', evidence: refused, missing: [], candidate: refused[0]!, reason: reasonFor(index, sub.kind, refused[0]!) });
  // « la position de la chancellerie sur ce problème », « face à une telle situation »: the view asked on a problem the
  // question has set out is given by what the Government did or prepares about it, on the question's subject.
  const acted = evidence.length === 0 && sub.kind === 'position' && only && viewOnProblem().test(foldForSearch(sub.text)) ? index.sentences.flatMap((sentence, position) => (governmentActs(sentence.folded) && onObject(index, sub, position) ? [position] : [])) : [];
  if (acted.length > 0) return withEnumeration(index, sub, { status: 'answered', evidence: acted, missing: [], candidate: acted[0]!, reason: 'la position est donnée par ce que le Gouvernement a fait ou prépare sur le problème posé' });
  // « les dispositions qu'il envisage de prendre pour modifier… » asks what the Government will do: an explicit no on
  // the request's object (« ne permettent pas d'envisager une modification de ces règles ») answers it.
  // Not for the alternative (« si tel n'est pas le cas, quelles mesures… »): the no to the first request is not its answer;
  // nor the refusal that is another request's own passage (« une vignette … n'est pas la voie retenue » answers « s'il
  // entend instaurer une vignette », not « quelles mesures il compte prendre »).
  const declined = evidence.length === 0 && sub.kind === 'mesures' && (intentionCue().test(foldForSearch(sub.text)) || injunctiveKind(foldForSearch(sub.text)) !== undefined) && !conditional.test(foldForSearch(sub.text)) ? closest(scored.scores, (position) => !siblings.has(position) && isRefusal(withoutLawStatements(index.sentences[position]!.folded)) && (addressing.includes(position) || sharesDistinctive(index, sub, position))) : [];
  if (declined.length > 0) return withEnumeration(index, sub, { status: 'answered', evidence: declined, missing: [], candidate: declined[0]!, reason: 'un refus explicite : aucune mesure n’est envisagée, et la réponse le dit' });
  if (evidence.length === 0 && sub.kind === 'mesures' && addressing.some((position) => isPendingStudy(index.sentences[position]!.folded))) {
    return withEnumeration(index, sub, { status: 'partial', evidence: [], missing: ['une étude en cours n’est pas une mesure décidée : aucune mesure nommée dans la réponse'], candidate });
  }
  // « s'il entend prendre des mesures pour… », « si le Gouvernement compte agir »: the intention asked is to act at all,
  // and measures taken or decided on the question's subject (a decree with its date, an action described) are the yes.
  if (evidence.length === 0 && sub.kind === 'intention' && genericAction().test(foldForSearch(sub.text))) {
    const acting = index.sentences.flatMap((sentence, position) => ((concreteMeasure(sentence.folded) || describesAction(sentence.folded)) && !siblings.has(position) && (addressing.includes(position) || (only ? onSubject(index, sub, position) : nearRequest(index, sub, position))) ? [position] : []));
    if (acting.length > 0) return withEnumeration(index, sub, { status: 'answered', evidence: acting, missing: [], candidate: acting[0]!, reason: 'des mesures prises ou décidées sur le sujet : l’action demandée est engagée' });
  }
  // « si cette aide sera maintenue en 2025 » answered by « Cette aide sera maintenue en 2025 » (or « ne sera pas
  // maintenue »): the request's own future, said as a fact, is its yes or no.
  const restated = evidence.length === 0 && sub.kind === 'intention' ? futureRestated().exec(foldForSearch(sub.text).trimStart())?.[1] : undefined;
  if (restated !== undefined) {
    const said = addressing.filter((position) => [...index.sentences[position]!.folded.matchAll(futureSaid())].some((found) => found[1] === restated && !futureStillAsked().test(index.sentences[position]!.folded.slice(Math.max(0, found.index - 140), found.index))) && !isReflection(index.sentences[position]!.folded));
    if (said.length > 0) return withEnumeration(index, sub, { status: 'answered', evidence: said, missing: [], candidate: said[0]!, reason: 'la réponse dit au futur ce que la question demande (oui ou non)' });
  }
  // « quelles sont ses intentions pour… », « les intentions du Gouvernement en matière de… » ask what the Government
  // will do, not for a yes or a no: the message says so. (Answering them by any future act in a sentence on the object
  // was tried and withdrawn: announcements of other acts and of others' acts passed, rev2-cv18.)
  const openIntention = sub.kind === 'intention' && intentionsNamed().test(foldForSearch(sub.text));
  if (evidence.length === 0) {
    const reflecting = sub.kind === 'intention' ? addressing.filter((position) => isReflection(index.sentences[position]!.folded)) : [];
    // A reflection engaged answers a request that asks for neither yes nor no (« l'intérêt qui s'attacherait à
    // moderniser… »): the Government takes the matter up; in the answer to a question that asks only that, a
    // reflection on the request's object (`onObject`), not one on another subject, answers it. To « s'il
    // envisage… » it is neither yes nor no.
    const pool = only ? index.sentences.flatMap((_, position) => (onObject(index, sub, position) ? [position] : [])) : reflecting;
    const taken = sub.kind !== 'intention' || yesNoRequest().test(foldForSearch(sub.text).trimStart()) ? [] : pool.filter((position) => isReflection(index.sentences[position]!.folded) && engaged().test(index.sentences[position]!.folded));
    if (taken.length > 0) return withEnumeration(index, sub, { status: 'answered', evidence: taken, missing: [], candidate: taken[0]!, reason: 'une démarche engagée par le Gouvernement (réflexion, étude) sur la question posée' });
    const reflection = reflecting.length > 0;
    // An open intention asks what the Government will do, not for a yes or a no.
    const lacking = openIntention ? 'la réponse n’annonce pas ce que le Gouvernement entend faire' : (figureSetAside(index, sub, addressing) ?? dateSetAside(index, sub) ?? missingEvidence[sub.kind]);
    const missing = reflection ? `une réflexion en cours n’est ni un oui ni un non${onWhat(sub)}` : `${lacking}${onWhat(sub)}${vagueNote(index, sub, addressing)}`;
    return withEnumeration(index, sub, { status: 'partial', evidence: [], missing: [missing], candidate });
  }
  return withEnumeration(index, sub, { status: 'answered', evidence, missing: [], candidate: evidence[0]!, reason: reasonFor(index, sub.kind, evidence[0]!) });
}

/**
 * The usual qualifiers of « moyens » or « garanties » and the words an answer gives them in (« moyens financiers »
 * are answered by credits, « humains » by staff): the answer names the thing, not the adjective.
 */
const qualifierForms: readonly (readonly [RegExp, RegExp])[] = [
  [/^financi/u, /\b(?:credits?|financ\p{L}*|budg\p{L}*|dotations?|enveloppes?|subventions?|euros?|m€|md€|€)/u],
  [/^humain/u, /\b(?:personnels?|professionnels?|effectifs?|postes?|recrut\p{L}*|agents?|equipes?|soignants?|emplois?|formes?|formation)\b/u],
  [/^materi/u, /\b(?:equipements?|materiels?|locaux|outils?|vehicules?)\b/u],
  [/^juridique/u, /\b(?:loi|decret|article|code|statut|cadre legal|juridique\p{L}*|legal\p{L}*|reglementa\p{L}*)\b/u],
];

function mentionedAsQualifier(index: AnswerIndex, element: string): boolean {
  const plain = foldForSearch(element);
  const forms = qualifierForms.find(([qualifier]) => qualifier.test(plain))?.[1];
  return forms !== undefined && index.sentences.some((sentence) => forms.test(sentence.folded));
}

/**
 * Every element of an enumeration in the request must be mentioned somewhere in the answer. One element absent
 * out of three or more is not enough to flag: an answer paraphrases its list (« éthiques » answered by what it
 * says of the legal and practical guarantees), and a false alarm on a published answer costs more than a miss.
 */
function withEnumeration(index: AnswerIndex, sub: ExtractedSubQuestion, result: Assessment): Assessment {
  if (result.status === 'unanswered' || sub.enumeration.length < 2) return result;
  const absent = sub.enumeration.filter((element) => {
    const keys = tokenize(element).map((token) => termKey(token.text));
    return keys.length > 0 && keys.every((key) => index.containing(key).size === 0) && !mentionedAsQualifier(index, element);
  });
  if (absent.length === 0 || (absent.length === 1 && sub.enumeration.length >= 3)) return result;
  return { ...result, status: 'partial', missing: [...result.missing, `éléments de l’énumération sans réponse : ${joinFrench(absent)}`] };
}

/**
 * The sub-questions of a question section, remembered: the question rarely changes while the answer is typed,
 * and the extraction is the costliest part of coverage. The key is everything the extraction reads: the
 * paragraphs' texts, ranges, breaks and the source offset of every character (the source map).
 */
const extractionMemo = new Map<string, ExtractedSubQuestion[]>();

function extractOnce(question: Section): ExtractedSubQuestion[] {
  const parts: string[] = [question.sourcePath ?? '', String(question.range.start), String(question.range.end), String(question.headingRange?.start ?? -1)];
  for (const paragraph of question.paragraphs) {
    const map: number[] = [];
    for (let i = 0; i < paragraph.text.length; i++) {
      const range = paragraph.sourceRange(i, i + 1);
      map.push(range.start, range.end);
    }
    parts.push(paragraph.text, `${paragraph.range.start}-${paragraph.range.end}`, paragraph.breaks.map((gap) => `${gap.start}-${gap.end}`).join(','), paragraph.answers.join(','), map.join(','));
  }
  const key = parts.join('\u0001');
  const known = extractionMemo.get(key);
  if (known) return known;
  const extracted = extractSubQuestions(question);
  if (extractionMemo.size >= 64) extractionMemo.clear();
  extractionMemo.set(key, extracted);
  return extracted;
}

/**
 * Sub-questions of the document's question and how its answer covers them, with the findings to report.
 * Ranges are offsets into this file: for a question read from another file (`question:` link), whose spans are
 * in that file, a sub-question's `range` and its findings are put on the answer's heading, and the messages
 * say where the question was read.
 */
export function analyzeCoverage(document: QeDocument, isCancelled?: IsCancelled): CoverageResult {
  const question = document.question;
  const answer = document.answer;
  if (!question) return { subQuestions: [], findings: [], details: [] };
  // Cooperative cancellation (`cancel.ts`): between the steps, the answer's paragraphs and the sub-questions.
  throwIfCancelled(isCancelled);
  const extracted = extractOnce(question);
  throwIfCancelled(isCancelled);
  // Never silent: a question in which no request is found says so, so that the drafter knows the check did not run.
  if (extracted.length === 0) return { subQuestions: [], findings: [noRequest(question, answer)], details: [] };
  // Before the answer is written (no answer section, or an empty one), the sub-questions are the drafter's
  // checklist: each one is to be answered (QUESTION-FORMS.md §10.5).
  if (!answer || answer.paragraphs.every((paragraph) => paragraph.text.trim() === '')) return checklist(question, answer, extracted);
  const index = new AnswerIndex(document, isCancelled);
  throwIfCancelled(isCancelled);
  const linked = question.sourcePath;
  const anchor: OffsetRange = answer.headingRange ?? { start: answer.range.start, end: answer.range.start };
  const findings: Finding[] = [];
  const known = new Set(extracted.map((sub) => sub.id));

  // Paragraph ties (`repond`), with a check of the ids they name.
  const tiedParagraphs = new Map<string, number[]>();
  answer.paragraphs.forEach((paragraph, position) => {
    for (const id of paragraph.answers) {
      const normalized = `Q${Number(id.replace(/^q/iu, ''))}`;
      const list = tiedParagraphs.get(normalized);
      if (list) list.push(position);
      else tiedParagraphs.set(normalized, [position]);
    }
  });
  for (const directive of document.directives) {
    if (directive.verb !== 'repond') continue;
    for (const id of parseIds(directive.argument)) {
      if (!known.has(id)) findings.push(unknownId(directive, id, extracted.length));
    }
  }
  const deliberate = readDeliberate(document.directives);
  for (const entry of deliberate) {
    if (entry.ids.length === 0) {
      findings.push({
        rule: unansweredRule,
        severity: 'warning',
        message: 'Directive « sans-reponse » sans sous-question : écrivez par exemple « <!-- qe: sans-reponse Q2 : motif --> ».',
        range: entry.directive.range,
      });
      continue;
    }
    for (const id of entry.ids) if (!known.has(id)) findings.push(unknownId(entry.directive, id, extracted.length));
    if (!entry.reason) {
      findings.push({
        rule: unansweredRule,
        severity: 'warning',
        message: `Directive « sans-reponse ${entry.ids.join(', ')} » sans motif : indiquez pourquoi la sous-question reste sans réponse (« <!-- qe: sans-reponse ${entry.ids[0]} : motif --> »).`,
        range: entry.directive.range,
      });
    }
  }

  const details: SubQuestionDetail[] = [];
  // A referral answer answers elsewhere: every sub-question is unanswered here, and `reponse-par-renvoi` says so
  // once instead of a list of misses.
  const referral = findReferral(answer);
  let previous: readonly number[] = [];
  let previousAnswer: readonly number[] = [];
  let previousPolarity: Polarity;
  const siblings = referral ? [] : siblingPassages(index, extracted);
  for (const raw of extracted) {
    throwIfCancelled(isCancelled);
    const sub = withCalendarItems(raw, question);
    if (referral) {
      const label = `la réponse renvoie à la réponse à la question n° ${referral.numero}`;
      details.push({ id: sub.id, number: sub.number, text: sub.text, range: linked ? anchor : sub.range, kind: sub.kind, status: 'unanswered', evidence: [], missing: [], tied: [], referral: label, ...(sub.objectLabel ? { objectLabel: sub.objectLabel } : {}) });
      continue;
    }
    const tiedPositions = tiedParagraphs.get(sub.id) ?? [];
    const tiedSentences: number[] = [];
    index.sentences.forEach((sentence, position) => {
      if (tiedPositions.includes(sentence.paragraph)) tiedSentences.push(position);
    });
    const assessed = assess(index, sub, tiedSentences, extracted.length === 1, previous, siblings[sub.number - 1], previousPolarity, extracted.length <= 2);
    const result = assessed.status === 'answered' || tiedSentences.length > 0 ? assessed : (answeredByCondition(sub, previousAnswer, previousPolarity) ?? assessed);
    previous = result.evidence.length > 0 ? result.evidence : result.candidate >= 0 && result.status !== 'unanswered' ? [result.candidate] : [];
    previousAnswer = result.status === 'answered' ? result.evidence : [];
    previousPolarity = polarityOf(index, sub.kind, result);
    const evidence = result.evidence.map((position) => index.sentences[position]!.range);
    const candidate = result.candidate >= 0 ? index.sentences[result.candidate]?.range : undefined;
    const marked = deliberate.find((entry) => entry.ids.includes(sub.id));
    const range = linked ? anchor : sub.range;
    details.push({
      id: sub.id,
      number: sub.number,
      text: sub.text,
      range,
      kind: sub.kind,
      status: result.status,
      evidence,
      ...(sub.objectLabel ? { objectLabel: sub.objectLabel } : {}),
      missing: result.missing,
      ...(candidate ? { candidate } : {}),
      ...(marked ? { deliberate: { reason: marked.reason, range: marked.directive.range } } : {}),
      tied: tiedPositions.map((position) => answer.paragraphs[position]!.range),
      ...(result.reason && result.status === 'answered' ? { reason: result.reason } : {}),
    });
    if (result.status === 'answered' || marked) continue;
    const heading = `Sous-question ${sub.number} (${kindLabels[sub.kind]}${sub.objectLabel ? ` ${sub.objectLabel}` : ''})`;
    const where = linked ? ` [question lue dans « ${linked} »]` : '';
    const related: RelatedLocation[] = [];
    if (!linked) related.push({ range: sub.range, message: `Sous-question ${sub.number} dans la question` });
    if (candidate) related.push({ range: candidate, message: 'Passage de la réponse le plus proche' });
    findings.push({
      rule: result.status === 'unanswered' ? unansweredRule : partialRule,
      severity: result.status === 'unanswered' ? 'warning' : 'information',
      message: `${heading} : ${result.missing.join(' ; ')}${where}.`,
      range,
      ...(linked ? {} : optionalAnchor(leadingWords(document.text, range))),
      ...(related.length ? { related } : {}),
    });
  }
  const subQuestions: SubQuestion[] = details.map(({ id, text, range, kind, status, evidence }) => ({ id, text, range, kind, status, evidence }));
  return { subQuestions, findings, details };
}

/** The information finding of a question without a recognised request (a rappel says what it recalls). */
function noRequest(question: Section, answer: Section | null): Finding {
  const range = question.sourcePath
    ? (answer?.headingRange ?? { start: answer?.range.start ?? 0, end: answer?.range.start ?? 0 })
    : (question.headingRange ?? question.paragraphs[0]?.range ?? question.range);
  const recall = findRecall(question);
  const message = recall
    ? `Rappel${recall.number ? ` de la question n° ${recall.number}` : ' d’une question antérieure'} : aucune demande propre ; les sous-questions à traiter sont celles de la question rappelée.`
    : 'Aucune demande reconnue dans la question : le contrôle des sous-questions n’a pas pu s’appliquer ; vérifiez à la lecture ce qui est demandé.';
  return { rule: noRequestRule, severity: 'information', message, range };
}

/** Sub-questions of a question whose answer is not written yet: each unanswered, one warning each. */
function checklist(question: Section, answer: Section | null, extracted: readonly ExtractedSubQuestion[]): CoverageResult {
  const linked = question.sourcePath;
  const anchor: OffsetRange | undefined = answer ? (answer.headingRange ?? { start: answer.range.start, end: answer.range.start }) : undefined;
  const details: SubQuestionDetail[] = [];
  const findings: Finding[] = [];
  for (const sub of extracted) {
    // A linked question's spans are in another file: put them on the answer's heading (or nowhere).
    if (linked && !anchor) continue;
    const range = linked ? anchor! : sub.range;
    const missing = ['la réponse n’est pas encore rédigée'];
    details.push({ id: sub.id, number: sub.number, text: sub.text, range, kind: sub.kind, status: 'unanswered', evidence: [], missing, tied: [], ...(sub.objectLabel ? { objectLabel: sub.objectLabel } : {}) });
    findings.push({
      rule: unansweredRule,
      severity: 'warning',
      message: `Sous-question ${sub.number} (${kindLabels[sub.kind]}) à traiter : ${missing[0]}${linked ? ` [question lue dans « ${linked} »]` : ''}.`,
      range,
    });
  }
  const subQuestions: SubQuestion[] = details.map(({ id, text, range, kind, status, evidence }) => ({ id, text, range, kind, status, evidence }));
  return { subQuestions, findings, details };
}

function optionalAnchor(anchor: OffsetRange | undefined): { anchor?: OffsetRange } {
  return anchor ? { anchor } : {};
}

function unknownId(directive: Directive, id: string, count: number): Finding {
  const known = count === 0 ? 'aucune sous-question n’a été repérée dans la question' : count === 1 ? 'la question n’en compte qu’une (Q1)' : `la question en compte ${count} (Q1 à Q${count})`;
  return {
    rule: unansweredRule,
    severity: 'warning',
    message: `La directive désigne la sous-question ${id}, qui n’existe pas : ${known}.`,
    range: directive.argumentRange.end > directive.argumentRange.start ? directive.argumentRange : directive.range,
  };
}
