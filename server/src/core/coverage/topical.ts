/**
 * Whether an answer sentence that has the form of an answer (a figure, a programme with its credits) is an answer to
 * *this* request, and not a form that happens to stand elsewhere in the same answer (issue 10, ablation: once the
 * passage that answers is removed, another figure or programme of the answer must not be read as answering).
 */
import type { Section } from '../model/types';
import { detach } from '../text/detach';
import { foldForSearch } from '../text/fold';
import { carriesEvidence, figuresIn, statesCount, statesNoData } from './evidence';
import { lazyRx } from './regex';
import { isContentWord, termKey } from './stem';
import { tokenize } from './text';

/** What a request for figures asks to measure. `any` when the request does not say (« les chiffres », « le bilan »). */
export type FigureDimension = 'money' | 'duration' | 'rate' | 'count' | 'any';

const moneyRequest = lazyRx("\\b(?:coûts?|coûte|coûté|montants?|budgets?|budgétaire|crédits|dépenses?|financements?|sommes?|prix|enveloppes?|dotations?|recettes?|rendement|combien\\s+(?:d'euros|coûte))\\b");
const durationRequest = lazyRx("\\b(?:délais?|durées?|combien\\s+de\\s+(?:temps|jours|mois|semaines|années|ans|heures))\\b");
const rateRequest = lazyRx("\\b(?:taux|proportions?|pourcentages?|part\\s+d(?:es|e|u)\\b|quelle\\s+part)");
const countRequest = lazyRx("\\b(?:combien|nombre|effectifs?|dénombre\\p{L}*|recens\\p{L}*)\\b");

/** « combien de projets », « le nombre d'heures »: the counted noun says the dimension before any other word. */
const countedNoun = lazyRx("\\b(?:combien|nombre)\\s+d(?:e\\s+|')(?:l'|la\\s+|les\\s+)?(\\p{L}+)");
const moneyNoun = lazyRx("^(?:euros?|crédits?|budgets?|dépenses?|financements?|subventions?|dotations?|aides?\\s+financières)$");
const timeNoun = lazyRx("^(?:temps|jours?|mois|semaines?|années?|ans|heures?|minutes?)$");

/** The dimension a request for figures asks about: an amount of money, a duration, a rate, a count of things. */
export function figureDimension(requestFolded: string): FigureDimension {
  const counted = countedNoun().exec(requestFolded)?.[1];
  if (counted !== undefined) return moneyNoun().test(counted) ? 'money' : timeNoun().test(counted) ? 'duration' : 'count';
  if (moneyRequest().test(requestFolded)) return 'money';
  if (durationRequest().test(requestFolded)) return 'duration';
  if (rateRequest().test(requestFolded)) return 'rate';
  if (countRequest().test(requestFolded)) return 'count';
  return 'any';
}

const moneyFigure = lazyRx("(?:€|\\beuros?\\b|\\bd'euros\\b)");
const durationFigure = lazyRx("\\b(?:heures?|jours?|mois|semaines?|ans|années?|minutes?)$");
const rateFigure = lazyRx("(?:%|‰)$|pour\\s*cent|^(?:la moitié|un tiers|deux tiers|un quarts?|trois quarts?)\\b|\\bsur\\s+\\p{L}+$");

function dimensionOf(figure: string): Exclude<FigureDimension, 'any'> {
  if (moneyFigure().test(figure)) return 'money';
  if (durationFigure().test(figure)) return 'duration';
  if (rateFigure().test(figure)) return 'rate';
  return 'count';
}

/**
 * Does the sentence give a figure of the dimension asked? An amount does not count people (« combien de places » is
 * not answered by « 1,5 milliard d'euros »), a count of beneficiaries is not a cost, a training time is not a
 * number of agents. A count stated without its unit (« s'établissait à 4 572 965 ») fits any request but a
 * duration; a count or a rate is answered by a percentage or a count (« 17,8 lits pour 100 000 habitants »).
 */
export function figureFits(dimension: FigureDimension, sentenceFolded: string): boolean {
  if (dimension === 'any') return true;
  const dimensions = figuresIn(sentenceFolded).map(dimensionOf);
  // « Le nombre de lits fermés est de 42 »: the unit is in the subject, any dimension but a time. « Les services ne
  // disposent pas d'éléments permettant de les dénombrer » answers whatever was asked: the figure does not exist.
  if (dimensions.length === 0) return statesNoData(sentenceFolded) || (dimension !== 'duration' && statesCount(sentenceFolded));
  if (dimension === 'rate' || dimension === 'count') return dimensions.some((found) => found === 'rate' || found === 'count');
  // « 2,7 millions d'heures »: a magnitude followed by its unit of time.
  if (dimension === 'duration' && magnitudeOfTime().test(sentenceFolded)) return true;
  return dimensions.includes(dimension);
}
const magnitudeOfTime = lazyRx("\\b\\d+(?:[,.]\\d+)?\\s*(?:millions?|milliards?|milliers?)\\s+d(?:e\\s+|')(?:heures|jours|mois|semaines|années)\\b");

/** What the opening announces after « attire l'attention … sur », « interroge … concernant »: the question's subject. */
const subjectIntro = lazyRx("\\s(?:sur|concernant|au sujet d(?:e|u|es)|à propos d(?:e|u|es)|s'agissant d(?:e|u|es)|en ce qui concerne|quant à)\\s");
const subjectMemo = new Map<string, readonly string[]>();

/**
 * Word keys of the subject the question's first sentence announces (« … sur l'accès aux soins de réadaptation »):
 * a request often refers to it by a pronoun (« pour permettre aux patients d'y accéder »), so a sentence on that
 * subject is about the request too. `keep` drops the words every answer uses.
 */
export function subjectKeys(question: Section | null, keep: (key: string) => boolean): readonly string[] {
  const first = question?.paragraphs[0]?.sentences[0]?.text;
  if (!first) return [];
  let keys = subjectMemo.get(first);
  if (!keys) {
    const folded = foldForSearch(first);
    const intro = subjectIntro().exec(folded);
    keys = intro ? [...new Set(tokenize(first.slice(intro.index + intro[0].length)).filter((token) => isContentWord(token.text)).map((token) => termKey(token.text)))] : [];
    if (subjectMemo.size >= 256) subjectMemo.clear();
    subjectMemo.set(detach(first), keys);
  }
  return keys.filter(keep);
}

const textKinds = 'loi|décret|arrêté|ordonnance|circulaire|instruction|directive|règlement|décision|arrêt|délibération|convention|note';
/** A text named by its date (« la loi n° 2021-1018 du 2 août 2021 », « le décret du 6 mai 1988 »). */
const textNameDate = lazyRx(
  `\\b(${textKinds})s?\\b(?:\\s+(?:organique|ministérielle?|interministérielle?|préfectorale?|municipale?|d'application|d'orientation|de finances))?(?:\\s+(?:n°|no|numéro)\\s*[\\p{L}\\p{N}.-]+)?\\s+du\\s+(?:1er|\\d{1,2})\\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\\s+(?:19|20)\\d{2}`,
  'g',
);

const askedText = lazyRx(`\\b(${textKinds})s?\\b`);
/** A request for a point in time (« à quelle date », « quand »), not for a schedule (« selon quel calendrier »). */
const pointAsked = lazyRx("\\b(?:à quelle date|quelle date|quand|à quel moment)\\b");
/** The span a plan or a rule covers (« pour la période 2021-2031 », « sur la période 2024-2026 », « pour les années 2024 à 2030 »). */
const periodSpan = lazyRx("\\b(?:pour|sur|durant|pendant|au cours de)\\s+(?:la\\s+période|les\\s+années)\\s+(?:de\\s+)?(?:19|20)\\d{2}\\s*(?:[-–]|à)\\s*(?:19|20)\\d{2}", 'g');
/** A budget law named by its year (« la loi de finances pour 2015 », « la loi de financement de la sécurité sociale pour 2024 »). */
const budgetLawYear = lazyRx("\\bloi\\s+de\\s+(?:finances|financement\\s+de\\s+la\\s+sécurité\\s+sociale)(?:\\s+rectificative)?\\s+pour\\s+(?:19|20)\\d{2}", 'g');

/**
 * Does the sentence give a date for the request? The date in a text's name (« la loi du 2 août 2021 ») is not the
 * calendar asked for another text (« quand sera publié le décret d'application de la loi »); it is when the request
 * asks about a text of that kind (« quand le décret sera-t-il publié » → « le décret du 3 mars 2024 »).
 */
export function dateFits(requestFolded: string, sentenceFolded: string): boolean {
  // The text asked about is the first one the request names (« le décret d'application de la loi » asks for the décret).
  const asked = askedText().exec(requestFolded)?.[1];
  let named = false;
  const masked = sentenceFolded.replace(textNameDate(), (found, kind: string) => {
    if (kind === asked) return found;
    named = true;
    return ' '.repeat(found.length);
  });
  // « complété par la loi de finances pour 2015 »: the year in a budget law's name is no date either, unless a law is asked.
  const unbudgeted = asked === 'loi' ? masked : masked.replace(budgetLawYear(), (found) => {
    named = true;
    return ' '.repeat(found.length);
  });
  // « à quelle date sera publiée la liste » asks a point in time: the span of a plan or a rule (« fixé … pour la période
  // 2021-2031 », « pour les années 2024 à 2030 ») is not when the act asked is done.
  const spanless = pointAsked().test(requestFolded) ? unbudgeted.replace(periodSpan(), (found) => {
    named = true;
    return ' '.repeat(found.length);
  }) : unbudgeted;
  return !named || carriesEvidence('calendrier', spanless);
}
