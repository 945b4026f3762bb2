/**
 * Requests on the law (`droit`): the rule cited and a conclusion on the case, the starting point or end asked,
 * conditions, criteria, remedies, the act and the actor (role) the rule is about.
 */

import { describesMechanismBeyondBasis, drawsOwnConclusion, citesRule, closesOnRule, conclusionOn, refersToRequest } from './evidence';
import { type ExtractedSubQuestion } from './extract';
import { localActorSource } from './kind-forms';
import { isContentWord, keysMatch, termKey } from './stem';
import { foldForSearch } from '../text/fold';
import { lazyRx, rx } from './regex';
import { tokenize } from './text';
import { concludes, continues } from './addressing';
import { AnswerIndex, genericKeys } from './answer-index';
import { type Assessment } from './assessment';
import { legalFollowUp } from './polarity';

/**
 * A `droit` request that asks what the rule is (« à quels élus le port de l'écharpe est réservé », « quelle est la
 * réglementation applicable », « quelles sont les conditions »), not whether a case is allowed: the rule given
 * answers it, and a conclusion on one case does not.
 */
/** « à compter de quelle date », « jusqu'à quelle date »: the legal starting point or end asked (its preposition, folded). */
const legalPointAsked = lazyRx("^(?:à\\s+)?(compter d|à partir d|jusqu'à)(?:e|u)?\\s+(?:quelle date|quel moment|quand)\\b");
/** The preposition of a starting point followed by the question itself (« à compter de quelle date », « jusqu'à quand »). */
const pointStillAsked = lazyRx("^(?:e|u)?\\s*(?:quelle date|quel moment|quand)\\b");
/** A negated sentence (« La loi ne précise pas à compter de… »): it says no starting point. */
const pointNegated = lazyRx("\\b(?:ne|n')\\s*(?:[\\p{L}'-]+\\s+){0,4}?(?:pas|plus|nullement|jamais)\\b");

/** The subject named before the verb asked (« à compter de quelle date le délai de prescription recommence… »), skipped. */
const pointSubject = lazyRx("^\\s*(?:le|la|les|l'|ce|cet|cette|ces|son|sa|ses|leur|leurs)\\s*\\p{L}+(?:\\s+(?:de|d'|du|des)\\s*(?:la\\s+|l')?\\p{L}+)?\\s+");

/** The sentence gives the starting point (or end): the preposition followed by a date or an event, not by « quelle date ». */
function givesPoint(folded: string, point: string): boolean {
  if (pointNegated().test(folded)) return false;
  for (let at = folded.indexOf(point); at >= 0; at = folded.indexOf(point, at + 1)) {
    if (!pointStillAsked().test(folded.slice(at + point.length))) return true;
  }
  return false;
}
const openLegalRequest = lazyRx(
  "^(?:(?:à|a|de|dans|par|pour|sur|sous|selon|envers|auprès de)\\s+)?(?:quel|quelle|quels|quelles|lesquel\\p{L}*|qui)\\b|^(?:la|les|le)\\s+(?:réglementation|règles?|régime|dispositions?|textes?|conditions?|obligations?)\\s+(?:applicables?|en vigueur|juridiques?|légales?)|^(?:la|les|le)\\s+(?:conditions?|critères?|règles?)\\s+d(?:e\\s+|')(?:la\\s+|l')?(?:attribution|octroi|accès|éligibilité|versement|délivrance|recevabilité|exercice|obtention|application|mise en œuvre|mise en oeuvre)\\b|^(?:la|les|le)\\s+(?:formes?|formalités|procédures?)\\s+(?:que|qu')\\s*(?:doit|doivent|devra|devront)\\b",
);
/**
 * A rule stated with its content without a text cited: « seuls les maires… », « réservé aux… », « sauf… », « sous
 * réserve de… », an obligation or a prohibition (« le maire n'est pas tenu de les entretenir », « il lui appartient
 * de… », « est interdit »). « Il s'agit d'une liste limitative » is not one: it qualifies a list that may no longer
 * be there.
 */
const ruleStatement = lazyRx(
  "\\b(?:seul(?:e|s|es)?\\s+(?:les?|la|l'|des?|du)|réservée?s?\\s+(?:aux?|à)|exclusivement|limitativement|sauf (?:en|pour|dans|lorsque|si|quand)|sous réserve (?:de|que|qu|du|des)|à l'exception d|sont (?:fixée?s|définie?s|énumérée?s|prévue?s) par|(?:est|sont)\\s+(?:pas\\s+)?tenue?s?\\s+d|il\\s+(?:lui|leur)\\s+(?:appartient|incombe)|(?:est|sont)\\s+(?:interdite?s?|obligatoires?|soumise?s?\\s+à)|(?:peut|peuvent)\\s+(?:saisir\\s+(?:le|la|l'|les)\\s*(?:juges?|tribunal|tribunaux|conseil|commission|médiateur|défenseur|préfet|cour|inspection|inspecteur|juridictions?)|former\\s+un\\s+recours|introduire\\s+un\\s+recours|contester|demander\\s+l'annulation)|(?:recours|actions?)\\s+(?:est|sont)\\s+ouverte?s?)",
);

/** The condition that opens a conditional request (« le cas échéant, quels recours… »): the request is what follows. */
export const conditionalOpening = lazyRx("^(?:dans l'affirmative comme dans la négative|dans la négative comme dans l'affirmative|dans un cas comme dans l'autre|en tout état de cause|en toute hypothèse|quelle que soit (?:la|sa|cette) réponse|le cas échéant|si oui|si tel est le cas|dans l'affirmative|dans la négative|dans le cas contraire|si non|à défaut|sinon)\\s*,?\\s*");

/**
 * Conditions or a procedure stated: « lorsque », « à condition que », « sous réserve de », « dans le cas où », « en cas
 * de », « après (avis, enquête, délibération) », « par délibération », « sur demande », « dans un délai de », « est
 * subordonné à », « ne peut … que », or the words « conditions », « procédure », « modalités » with what they are.
 */
const conditionStated = lazyRx(
  "\\b(?:lorsqu|à condition|sous réserve|sous (?:la |les )?conditions?|dans (?:le|les) cas|en cas d|dès lors qu|pour autant qu|à la demande|après (?:avis|enquête|accord|délibération|consultation|autorisation|mise en demeure|information)|par (?:une |la )?délibération|sur (?:simple\\s+)?(?:avis|proposition|demande)|pourvu qu|à la seule condition|une fois qu|(?<=[\\p{L},]\\s)(?<!\\b(?:vérifi|appréci|examin|savoir|détermin|précis|demand|s'interrog|regard)\\p{L}*\\s+)(?:s'(?:il|ils|elle|elles)\\b|si\\s+(?:le|la|les|l'|un|une|ce|cet|cette|ces|son|sa|ses|leur|leurs|on)\\b)|dans un délai|(?:est|sont) subordonnée?s?|ne (?:peut|peuvent) (?:[\\p{L}'-]+\\s+){1,6}?que\\b|(?:les|des|ces) (?:conditions|modalités) (?:suivantes|prévues|fixées|définies)|(?:selon|suivant) (?:la|une) procédure|(?:doit|doivent|devra|devront)\\b|(?:requiert|requièrent|nécessite|nécessitent|suppose|supposent|exige|exigent|implique|impliquent)\\b|conditionnée?s?\\b|préalable\\p{L}*|il (?:faut|est nécessaire)|(?:conditions|modalités|procédure)\\b[^.;]{0,60}?\\b(?:fixée?s?|définie?s?|prévue?s?|précisée?s?|déterminée?s?|énoncée?s?)\\b|\\btout(?:e|es)?\\s+(?:[\\p{L}'-]+\\s+){1,6}?qui\\b|sans\\s+(?:excuse|motif|autorisation|accord|l'accord)|\\bsoit\\b[^.;]{1,200}\\bsoit\\b)",
);
/**
 * An open legal request that asks whom a rule is for (« à quel type de fonction est réservée… », « à quels élus… »,
 * « à qui incombe… », « quelles personnes peuvent… »).
 */
/** « et, dans l'affirmative, comment / de quelle manière » (folded text: the pattern is folded too). */
const asksHow = lazyRx("^(?:et\\s+)?(?:comment|de quelle (?:manière|façon))\\b");
const whomAsked = lazyRx(
  "^(?:(?:à|a|pour)\\s+qui\\b|(?:(?:à|a|par|pour|de)\\s+)?(?:quel|quelle|quels|quelles)\\s+(?:types?\\s+d(?:e\\s+|')|catégories?\\s+d(?:e\\s+|')|sortes?\\s+d(?:e\\s+|'))?(fonctions?|personnes?|élus?|autorités?|agents?|bénéficiaires?|personnels?|titulaires?|membres?|professionnels?|responsables?|acteurs?)\\b)",
);
/**
 * A rule that says whom it is for: a reservation or an exception (« seuls les… », « réserve le port aux maires »,
 * « sauf en ce qui concerne le Président… », « à l'exception des… »), an attribution (« il appartient au maire », « la
 * charge incombe à la commune », « relève du département »), a right or a status given (« peuvent bénéficier »,
 * « ont droit », « sont éligibles », « est ouvert aux »).
 */
const whomStated = lazyRx(
  `\\b(?:seul(?:e|s|es)?\\s+(?:les?|la|l'|des?|du)|réserv\\p{L}*\\s+(?:[^.;]{0,80}?\\s)?(?:aux?|à)\\b|sauf\\s+(?:en ce qui concerne|pour|s'agissant)|à l'exception d|exclusivement|limitativement|(?:incombe|incombent|revient|reviennent|appartient|appartiennent|relève|relèvent)\\s+(?:exclusivement\\s+|donc\\s+|ainsi\\s+)?(?:à|au|aux|de|du|des)\\b|(?:est|sont)\\s+(?:ouverte?s?|accordée?s?|attribuée?s?|autorisée?s?|habilitée?s?|compétente?s?|éligibles?|bénéficiaires?)\\b|(?:peut|peuvent)\\s+(?:(?:en|y)\\s+)?(?:seule?s?\\s+|également\\s+)?(?:bénéficier|prétendre)|ont\\s+vocation\\s+à|(?:est|sont)\\s+(?:seule?s?\\s+)?éligibles?|(?:a|ont)\\s+(?:seule?s?\\s+)?droit\\s+(?:à|au|aux)|au (?:profit|bénéfice) d|en faveur d|(?:s'applique|s'appliquent|applicables?|destinée?s?|versée?s?|allouée?s?|servie?s?|dévolue?s?|confiée?s?|bénéficie|bénéficient|profite|profitent)\\s+(?:\\p{L}+\\s+)?(?:aux?|à)\\b|(?:concerne|concernent|vise|visent)\\s+(?:les|des|l'|la|le|tous|toutes|l'ensemble)\\b|(?:sont|est)\\s+(?:seule?s?\\s+)?(?:concernée?s?|visée?s?)\\b|(?:à|pour)\\s+(?:tous|toutes|l'ensemble\\s+des)\\b|à la charge d|prise?s?\\s+en\\s+charge\\s+par|(?:assurée?s?|supportée?s?|exercée?s?|financée?s?|effectuée?s?|réalisée?s?|délivrée?s?|prononcée?s?|décidée?s?|conférée?s?)\\s+par\\s+(?:le|la|les|l'|un|une|des)|\\bc'est\\s+(?:à\\s+|au\\s+|aux\\s+)?(?:le|la|les|l')?\\s*\\p{L}+[^.;]{0,60}?\\squi\\b|(?:est|sont)\\s+(?:seule?s?\\s+)?(?:tenue?s?|responsables?|redevables?|chargée?s?)\\b|\\b${localActorSource}(?:\\s+(?:riverains?|concernée?s?|intéressée?s?|municipa(?:l|ux)|privée?s?|publics?|publiques?))?\\s+(?:doit|doivent|est\\s+tenue?|sont\\s+tenue?s|a\\s+la\\s+charge|ont\\s+la\\s+charge|assure|assurent|supporte|supportent|prend\\s+en\\s+charge|prennent\\s+en\\s+charge)\\b)`,
);

/** `droit`, open request (`openLegalRequest`): answered by the rule given (a text cited, or the rule's content). */
/**
 * A request for criteria, by its head (« selon quels critères », « quels sont les critères de… »; not « comment seront
 * revus les critères »), and criteria stated (also « repose sur », « prend en compte », « proportionnellement à », or an
 * enumeration after a colon).
 */
export const criteriaAsked = lazyRx("^\\W*(?:(?:selon|sur|suivant|d'après|à partir de)\\s+)?(?:quels?|quelles?)\\s+(?:sont\\s+)?(?:les\\s+)?critères\\b|^\\W*les\\s+critères\\s+(?:de|d'|retenus|appliqués|utilisés|selon)");
export const criteriaStated = lazyRx("\\b(?:critères?|au regard d|en fonction d|compte tenu d|sur la base d|à l'aune d|selon (?:leur|leurs|la|le|les|l')|tenant compte d|priorit\\p{L}*|pondér\\p{L}*|barème|grille|éligibles?|conditions?|seuils?|(?:sont|est) (?:retenue?s?|privilégiée?s?|appréciée?s?|examinée?s?|classée?s?|notée?s?)|reposen?t? sur|prennent en compte|prend en compte|tien(?:nen)?t compte|proportionnel\\p{L}*|pour être (?:classée?s?|retenue?s?|éligibles?|sélectionnée?s?|inscrite?s?|agréée?s?)|(?:doit|doivent) (?:disposer|justifier|remplir|offrir|proposer|répondre|satisfaire|présenter|respecter)\\b|:[^.:;,]{3,},[^.:;]*?\\bet\\b)");
/**
 * A condition said as such (a subset of `conditionStated`, without the forms that also describe a rule's content), or
 * the content of a condition (« justifiant de dix ans de services », « si l'agent… », « au moins », « doit disposer
 * de », « ouvert aux agents qui… »). A « si » that means « whether » (« vérifier si », « apprécier si », « savoir si »)
 * states no condition.
 */
const plainCondition = lazyRx("\\b(?:lorsqu|à condition|sous réserve|sous (?:la |les )?conditions?|dans (?:le|les) cas|en cas d|dès lors qu|pour autant qu|pourvu qu|à la seule condition|une fois qu|(?:est|sont) subordonnée?s?|ne (?:peut|peuvent) (?:[\\p{L}'-]+\\s+){1,6}?que\\b|(?:les|des|ces) (?:conditions|modalités) (?:suivantes|prévues|fixées|définies)|justifi\\p{L}*\\s+d|(?<!\\bmême\\s|\\bcomme\\s|\\b(?:vérifi|appréci|examin|savoir|détermin|précis|demand|s'interrog|regard)\\p{L}*\\s+)\\bsi\\s+(?!oui\\b|non\\b|bien\\b|ce n'est\\b)|âgée?s?\\s+d|\\bau (?:moins|plus)\\s+(?:\\d|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente|quarante|cinquante|soixante|cent|mille)\\b|\\d+\\s+\\p{L}+\\s+au (?:moins|plus)\\b|(?:doit|doivent|devra|devront)\\s+(?:notamment\\s+|également\\s+)?(?:justifier|remplir|avoir|disposer|posséder|détenir|satisfaire|accomplir|présenter|respecter|obtenir|exercer)\\b|(?:ouverte?s?|réservée?s?|accessibles?)\\s+(?:aux?|à la|à l'))");
/** A request for the conditions themselves (« quelles conditions doivent être remplies », « sous quelles conditions »). */
const conditionsAsked = lazyRx("^(?:(?:à|a|dans|sous|selon|suivant)\\s+)?(?:quelles?|quels?)\\s+(?:sont\\s+)?(?:les\\s+)?(?:conditions?|critères?)\\b");
/** A request for the remedies (« quels sont les recours dont disposent… », « quelles voies de recours »). */
const remediesAsked = lazyRx("^(?:(?:de|sur)\\s+)?(?:quel|quelle|quels|quelles)\\s+(?:sont\\s+)?(?:les\\s+)?(?:recours|voies\\s+de\\s+recours|moyens\\s+de\\s+recours)\\b");
/** A remedy given (« peuvent former un recours pour excès de pouvoir », « peut saisir le tribunal administratif », « le recours est ouvert »). */
const remedyGiven = lazyRx(
  "\\b(?:(?:peut|peuvent|pourra|pourront|pourrait|pourraient|a la possibilité de|ont la possibilité de|est fondée?s? à|sont fondée?s? à)\\s+(?:également\\s+|toutefois\\s+|alors\\s+|donc\\s+)?(?:saisir\\s+(?:le|la|l'|les)\\s*(?:juges?|tribunal|tribunaux|conseil|commission|médiateur|défenseur|préfet|cour|inspection|inspecteur|juridictions?|procureur)|(?:former|introduire)\\s+(?:un|une|des|son|sa|leur|leurs)\\s+(?:recours|réclamation|pourvoi|appel|opposition|requête|référé|action)|exercer\\s+(?:un|une|des|les)\\s+(?:recours|actions?)|engager\\s+(?:un|une|des|la|sa)\\s+(?:recours|actions?|responsabilité)|contester\\s+(?:cette|la|le|les|ce|ces|l')\\s*(?:décision|décisions|refus|sanction|sanctions|arrêté|délibération|mesure|titre|avis|licenciement|retenue|amende)|demander\\s+(?:l'annulation|au\\s+juge|au\\s+tribunal|réparation))|recours\\s+(?:pour\\s+excès\\s+de\\s+pouvoir|gracieux|hiérarchique|contentieux|en\\s+annulation|de\\s+plein\\s+contentieux)|référé|(?:recours|actions?|voies?\\s+de\\s+recours)\\s+(?:est|sont)\\s+ouverte?s?|devant\\s+(?:le|la|les)\\s+(?:juge|tribunal|tribunaux|juridictions?|cour|conseil\\s+d'état))",
);

function assessOpenDroit(index: AnswerIndex, addressing: readonly number[], concluding: readonly number[], candidate: number, request = '', followed?: readonly number[]): Assessment {
  const asked = request.trimStart().replace(conditionalOpening(), '');
  // « quels sont les recours dont disposent les conseillers »: the remedy given answers, not any rule of the answer.
  if (remediesAsked().test(asked)) {
    const remedies = addressing.filter((position) => remedyGiven().test(index.sentences[position]!.folded));
    if (remedies.length > 0) return { status: 'answered', evidence: remedies, missing: [], candidate: remedies[0]!, reason: 'la voie de recours est indiquée (juge, recours, saisine)' };
    return { status: 'partial', evidence: [], missing: ['aucune voie de recours (juge, recours, saisine) n’est indiquée'], candidate };
  }
  const stated = addressing.filter((position) => citesRule(index.sentences[position]!.folded) || ruleStatement().test(index.sentences[position]!.folded));
  // « dans quelles conditions » (after « si une commune peut… », or with its own object): the conditions stated answer
  // (« lorsqu'il cesse d'être affecté…, après enquête publique », « à condition que… », « sous réserve de… »), not the
  // bare permission (« une commune peut donc vendre… »).
  if (followed !== undefined && legalFollowUp().test(asked)) {
    const own = new Set(followed);
    // « comment »: any sentence of the passage beyond the previous request's own says how (« la vente se fait devant
    // notaire »); « dans quelles conditions »: conditions, a rule or a mechanism.
    const how = asksHow().test(asked);
    const conditioned = addressing.filter((position) => conditionStated().test(index.sentences[position]!.folded) || (!own.has(position) && (how || citesRule(index.sentences[position]!.folded) || ruleStatement().test(index.sentences[position]!.folded) || index.carries('modalites', position) || describesMechanismBeyondBasis(index.sentences[position]!.folded))));
    if (conditioned.length > 0) return { status: 'answered', evidence: conditioned, missing: [], candidate: conditioned[0]!, reason: how ? 'la manière de procéder est décrite' : 'les conditions sont données (lorsque…, à condition que…, après…)' };
    if (addressing.length > 0) return { status: 'partial', evidence: [], missing: [how ? 'la manière de procéder demandée n’est pas décrite' : 'les conditions ou la procédure demandées ne sont pas données (lorsque…, à condition que…, sous réserve de…, après…)'], candidate };
  }
  // « quelles conditions doivent être remplies pour… », « sous quelles conditions… »: the conditions stated answer, not
  // the rule of the case that needs none (« le conseil municipal se réunit à la mairie »).
  if (conditionsAsked().test(asked)) {
    // Conditions of the rule: in a sentence that states or cites it, or next to the sentence that cites it.
    // Without a rule at hand, only a plain condition (« lorsque », « à condition que », « sous réserve de »…) counts.
    const conditioned = addressing.filter((position) => {
      const folded = index.sentences[position]!.folded;
      return plainCondition().test(folded) || (conditionStated().test(folded) && (stated.includes(position) || citedNextTo(index, [position])));
    });
    if (conditioned.length > 0) return { status: 'answered', evidence: conditioned, missing: [], candidate: conditioned[0]!, reason: 'les conditions sont données (lorsque…, à condition que…, après…)' };
    return { status: 'partial', evidence: [], missing: ['les conditions demandées ne sont pas données (lorsque…, à condition que…, sous réserve de…, après…)'], candidate };
  }
  // « à quel type de fonction est réservée l'utilisation de la cocarde », « à qui incombe la charge »: the rule that
  // names whom it is for answers (« sauf en ce qui concerne le Président de la République, … », « réserve le port aux
  // maires », « il appartient au maire »), not a text cited on another point (the penalty for misuse).
  const whom = whomAsked().exec(asked);
  if (whom) {
    // The category asked named in the sentence (« quels agents peuvent percevoir la prime » → « versée aux agents de
    // catégorie C ») says whom too.
    const head = whom[1] === undefined ? undefined : termKey(whom[1]);
    const named = [...new Set([...stated, ...citingNeighbours(index, addressing), ...addressing])]
      .sort((a, b) => a - b)
      .filter((position) => whomStated().test(index.sentences[position]!.folded) || (head !== undefined && index.containing(head).has(position)));
    if (named.length > 0) return { status: 'answered', evidence: named, missing: [], candidate: named[0]!, reason: 'la règle applicable est donnée, avec les personnes ou fonctions qu’elle vise' };
    if (stated.length > 0 || citedNextTo(index, addressing)) return { status: 'partial', evidence: [], missing: ['un texte est cité, mais la réponse ne dit pas à qui la règle s’applique (seuls…, réservé à…, sauf…, il appartient à…)'], candidate };
  }
  const ruled = stated.length > 0 ? stated : citingNeighbours(index, addressing);
  if (ruled.length > 0) return { status: 'answered', evidence: ruled, missing: [], candidate: ruled[0]!, reason: 'la règle applicable est donnée (texte cité, liste ou conditions)' };
  const missing = concluding.length > 0 ? 'la règle applicable (texte, liste ou conditions) n’est pas donnée : la réponse conclut sur un cas sans dire la règle demandée' : 'la règle applicable (texte, liste ou conditions) n’est pas donnée';
  return { status: 'partial', evidence: [], missing: [missing], candidate };
}

/**
 * A rule cited in the sentence just before or after a sentence on the request, in its paragraph: « … sont
 * communiquées avec la convocation (cf. articles L. 2121-10 et L. 2121-12 du CGCT) » cites the rule of the
 * sentences around it, so the answer does not « conclude without citing the rule ».
 */
function citedNextTo(index: AnswerIndex, addressing: readonly number[]): boolean {
  return citingNeighbours(index, addressing).length > 0;
}

function citingNeighbours(index: AnswerIndex, addressing: readonly number[]): number[] {
  const found = new Set<number>();
  for (const position of addressing) {
    for (const next of [position - 1, position + 1]) {
      const sentence = index.sentences[next];
      if (sentence !== undefined && sentence.paragraph === index.sentences[position]!.paragraph && citesRule(sentence.folded)) found.add(next);
    }
  }
  return [...found].sort((a, b) => a - b);
}

/**
 * Where a yes/no `droit` request says what its actor may or must do (« si le maire peut refuser d'inscrire… », « si
 * l'employeur est tenu d'accorder… », « si ces indemnités sont soumises à l'impôt… »): the words after it are the
 * case asked.
 */
const predicateStart = lazyRx(
  "\\b(?:peut|peuvent|pourrait|pourraient|pourra|pourront|doit|doivent|devrait|devraient|devra|devront|(?:est|sont|serait|seraient)\\s+(?:tenue?s?|obligée?s?|fondée?s?|habilitée?s?|autorisée?s?|soumise?s?|assujettie?s?)\\s+(?:de\\b|d'|à\\b|au\\b|aux\\b)|(?:a|ont)\\s+le\\s+droit\\s+d(?:e\\b|'))",
);
/** Words after the modal that do not say what is asked (« peut légalement se voir opposer », « peut seul décider »). */
const lightPredicateWords = new Set(['encore', 'désormais', 'toujours', 'être', 'etre', 'voir', 'faire', 'avoir', 'légalement', 'directement', 'valablement', 'librement', 'seul', 'seule', 'seuls', 'seules', 'également', 'ainsi', 'alors']);
const predicateMemo = new Map<string, readonly string[]>();
/**
 * An act asked without its own object (« agir », « intervenir », « réagir face à cette situation », « lutter contre ces
 * dépôts », « y remédier »): the means of the actor asked about what the context describes (QUESTION-FORMS.md §10.1,
 * « quels sont les moyens dont dispose la commune »).
 */
const vagueAct = lazyRx(
  "^\\s*(?:(?:légalement|concrètement|efficacement|juridiquement|utilement|rapidement)\\s+)?(?:agir|intervenir|réagir|procéder|s'y\\s+prendre|y\\s+(?:remédier|mettre\\s+fin|mettre\\s+un\\s+terme|faire\\s+face|répondre|faire\\s+obstacle|s'opposer)|(?:lutter\\s+contre|remédier\\s+à|mettre\\s+(?:fin|un\\s+terme)\\s+à|faire\\s+face\\s+à|faire\\s+cesser|répondre\\s+à|s'opposer\\s+à|faire\\s+obstacle\\s+à)\\s+(?:ces|cette|ce|cet|de\\s+tels|de\\s+telles|une\\s+telle|un\\s+tel|pareils?|pareilles?)\\s+\\p{L}+(?:\\s+\\p{L}+)?)(?:\\s+(?:en\\s+la\\s+matière|en\\s+pareil\\s+cas|dans\\s+ce\\s+(?:cas|cadre|domaine)|(?:face\\s+à|dans|contre|devant|à\\s+l'égard\\s+de)\\s+(?:ces|cette|ce|cet|de\\s+tels|de\\s+telles|une\\s+telle|un\\s+tel|pareils?|pareilles?)\\s+\\p{L}+(?:\\s+\\p{L}+)?))?\\s*[?.]?\\s*$",
);
/**
 * A vague act asked of a role the answer can name as the subject of its rule (« comment les maires peuvent agir »):
 * only then is the act left out of the case asked, and each conclusion must give that role the power (`assessDroit`).
 */
function vagueActOf(request: string): boolean {
  const found = predicateStart().exec(request);
  return found !== null && roleAsked(request) !== undefined && vagueAct().test(request.slice(found.index + found[0].length));
}
const billOrFuture = lazyRx("\\b(?:projet|proposition)s?\\s+de\\s+loi\\b|\\b(?:pourra|pourront|pourrait|pourraient)\\b");
const anaphoricPredicate = lazyRx("^\\s*(?:(?:légalement|directement|valablement|librement|seule?s?|également|alors|toujours|encore)\\s+)*(?:le|la|les|l'|y|en|lui|leur)(?:\\s|$)");

/**
 * The word keys of the case a yes/no `droit` request asks about: the first content words after its modal (« si le
 * maire peut refuser d'inscrire à l'ordre du jour… » → refuser, inscrire, ordre, jour). A conclusion that states the
 * modal of another act (« il est tenu de le convoquer dans un délai de trente jours », « ce congé peut être
 * fractionné ») concludes on another case: once the passage that concludes on the case asked is gone, it must not
 * stand in for it. Empty when the request has no such modal.
 */
function predicateKeys(request: string): readonly string[] {
  let keys = predicateMemo.get(request);
  if (keys) return keys;
  const found = predicateStart().exec(request);
  keys = [];
  // « peut, en vertu du droit en vigueur, réglementer… »: the incise is not the case asked.
  const rest = found ? request.slice(found.index + found[0].length).replace(/^\s*,[^,]{0,80},/u, ' ') : '';
  // « peut le devenir », « peut en bénéficier », « doit y procéder »: the case is named before, by a pronoun here.
  // « comment les maires peuvent agir », « … lutter contre ces dépôts »: the act is named before too, in the question's
  // context; any power the rule gives the actor asked is the answer.
  if (found && !anaphoricPredicate().test(rest) && !vagueActOf(request)) {
    const after = tokenize(rest);
    keys = after
      .map((token) => token.text)
      .filter((word) => isContentWord(word) && !lightPredicateWords.has(word) && !genericKeys.has(termKey(word)))
      .slice(0, 4)
      .map((word) => termKey(word));
  }
  if (predicateMemo.size >= 256) predicateMemo.clear();
  predicateMemo.set(request, keys);
  return keys;
}

/**
 * The act the sentence's own modal governs (its first content word after it) is not the act asked: « ce congé peut
 * être fractionné », « l'agent peut percevoir l'allocation » for « si l'agent peut bénéficier du congé ». A modal
 * with a pronoun (« elle peut le faire ») or no act of its own is not another act.
 */
const passiveModal = lazyRx("\\b(?:peut|peuvent|pourra|pourront|doit|doivent|devra|devront)\\s+(?:(?:donc|également|toutefois|aussi|ainsi)\\s+)?être\\s+(\\p{L}{3,})", 'g');
/**
 * A participle of granting (« peut être versée aux agents », « peut être placé en congé parental »): the converse of
 * « bénéficier / percevoir / obtenir », the same act seen from the one who grants it.
 */
const grantingParticiple = lazyRx("^(?:versée?s?|accordée?s?|attribuée?s?|octroyée?s?|placée?s?|admise?s?|autorisée?s?|ouverte?s?|allouée?s?|servie?s?|payée?s?|maintenue?s?|reconnue?s?|recrutée?s?|nommée?s?|titularisée?s?|intégrée?s?|détachée?s?|mise?s?)$");
function modalOnAnotherAct(keys: readonly string[], folded: string): boolean {
  const participles = [...folded.matchAll(passiveModal())].map((found) => found[1]!);
  if (keys.length === 0 || participles.length === 0 || participles.some((participle) => grantingParticiple().test(participle))) return false;
  const own = predicateKeys(folded);
  return own.length > 0 && !own.slice(0, 2).some((key) => keysMatch(key, keys[0]!));
}

/** The sentence names the case asked (`predicateKeys`), or closes on the rule just set out / names the request by its author. */
function onPredicate(index: AnswerIndex, keys: readonly string[], position: number): boolean {
  if (keys.length === 0) return true;
  const sentence = index.sentences[position]!;
  if (closesOnRule(sentence.folded) || refersToRequest(sentence.folded)) return true;
  if (namesPredicate(index, keys, position)) return true;
  // « Les communes n'ont donc plus à supporter cette charge »: a conclusion that takes up the sentence before, which
  // names the case asked.
  const previous = index.sentences[position - 1];
  return previous !== undefined && previous.paragraph === sentence.paragraph && (concludes().test(sentence.folded) || continues().test(sentence.folded)) && namesPredicate(index, keys, position - 1);
}

function namesPredicate(index: AnswerIndex, keys: readonly string[], position: number): boolean {
  // The answer's theme (a word in more than half its sentences) is in every sentence: it does not name the case. The
  // first word (the act asked: « refuser », « bénéficier ») always counts.
  const total = index.sentences.length;
  let others = 0;
  for (const [rank, key] of keys.entries()) {
    const found = index.containing(key);
    if (!found.has(position)) continue;
    if (rank === 0) return true;
    if (total <= 2 || found.size * 2 <= total) others++;
  }
  // Without the act asked, two words of its object (« une absence … du réserviste »), not one (« trente jours »).
  return others >= 2;
}

/**
 * The roles a rule is given to, each its own: a rule stated for one (« Aux termes de l'article …, le préfet peut
 * suspendre… ») says nothing of another (« si le maire peut suspendre… »). The actors that include these roles
 * (commune, collectivité, élu, personne, agent) are not roles here: « si une commune peut… » is answered by « le
 * conseil municipal peut… ».
 */
type Role = 'maire' | 'adjoint' | 'conseil' | 'conseiller' | 'prefet' | 'president' | 'employeur' | 'salarie' | 'proprietaire' | 'locataire';
const roleForms: readonly (readonly [Role, RegExp])[] = [
  ['adjoint', rx("\\badjoints?(?:\\s+au\\s+maire)?\\b")],
  // « tout membre du conseil municipal » is a conseiller, not the council.
  ['conseiller', rx("\\bmembres?\\s+(?:du|d'un|des)\\s+conseils?\\s+municipa(?:l|ux)\\b")],
  ['conseil', rx("\\bconseils?\\s+municipa(?:l|ux)\\b")],
  ['conseiller', rx("\\bconseill(?:er|ère)s?\\b")],
  ['maire', rx("\\bmaires?\\b")],
  ['prefet', rx("\\b(?:sous-)?préfets?\\b|\\breprésentant de l'état\\b")],
  ['president', rx("\\bprésidente?s?\\b")],
  ['employeur', rx("\\bemployeurs?\\b")],
  ['salarie', rx("\\bsalariée?s?\\b")],
  ['proprietaire', rx("\\bpropriétaires?\\b")],
  ['locataire', rx("\\blocataires?\\b")],
];
const roleLabels: Readonly<Record<Role, string>> = {
  maire: 'le maire',
  adjoint: 'l’adjoint',
  conseil: 'le conseil municipal',
  conseiller: 'le conseiller',
  prefet: 'le préfet',
  president: 'le président',
  employeur: 'l’employeur',
  salarie: 'le salarié',
  proprietaire: 'le propriétaire',
  locataire: 'le locataire',
};
const globalRoleForms: readonly (readonly [Role, RegExp])[] = roleForms.map(([role, form]) => [role, new RegExp(form.source, 'gu')] as const);
/** « adjoint au maire » is an adjoint, « conseiller municipal » a conseiller: the longer name is read first and blanked. */
function rolesIn(folded: string): { role: Role; index: number }[] {
  const found: { role: Role; index: number }[] = [];
  let rest = folded;
  for (const [role, global] of globalRoleForms) {
    rest = rest.replace(global, (match: string, offset: number) => {
      found.push({ role, index: offset });
      return ' '.repeat(match.length);
    });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The role a yes/no `droit` request asks about: the first named between its « si » and its modal (« si le maire peut… »). */
function roleAsked(request: string): Role | undefined {
  const modal = predicateStart().exec(request);
  if (!modal) return undefined;
  return rolesIn(request.slice(0, modal.index))[0]?.role;
}

/**
 * The role of the clause that states a modal in an answer sentence (« …, le préfet peut… »): the first named in the
 * clause before it, its subject (« le maire, après avis du conseil municipal, peut… » is the maire's rule).
 */
function roleBeforeModal(folded: string): Role | undefined {
  const unquoted = folded.replace(/«[^»]*»|"[^"]*"/gu, (match) => ' '.repeat(match.length));
  const modal = predicateStart().exec(unquoted);
  if (!modal) return undefined;
  const clause = unquoted.slice(0, modal.index).split(/[;:]|,\s*(?=(?:le|la|les|l'|un|une)\s)/u).pop() ?? '';
  return rolesIn(clause)[0]?.role;
}

/**
 * The sentence states the rule for another role than the one asked, which the request does not name either (« si un
 * adjoint peut présider la séance lorsque le maire est présent » → « le maire … doit se retirer au moment du vote » is
 * about the case asked), and never names the one asked.
 */
function ruleForAnotherActor(asked: Role, request: string, folded: string): boolean {
  const role = roleBeforeModal(folded);
  return role !== undefined && role !== asked && !rolesIn(request).some((found) => found.role === role) && !rolesIn(folded).some((found) => found.role === asked);
}

/** A text as the subject of the modal (« un décret en Conseil d'État peut réglementer les prix »); not « un arrêté préfectoral », the préfet's own act. */
const textSubject = lazyRx("\\b(?:un|une|le|la|les|des|ce|cet|cette)\\s+(?:décrets?|lois?|arrêtés?|ordonnances?|règlements?)(?:\\s+(?:en conseil d'état|simple|ministériel|interministériel))?\\s*$");
/**
 * The modal is said of a text (« un décret en Conseil d'État peut réglementer les prix »), not of the role asked (« si
 * le préfet peut réglementer les prix »), which the sentence does not name: what a text may provide is not what the
 * actor asked may do.
 */
function ruleForAText(asked: Role, folded: string): boolean {
  const unquoted = folded.replace(/«[^»]*»|"[^"]*"/gu, (match) => ' '.repeat(match.length));
  const modal = predicateStart().exec(unquoted);
  if (!modal || rolesIn(folded).some((found) => found.role === asked)) return false;
  return textSubject().test(unquoted.slice(Math.max(0, modal.index - 60), modal.index));
}

/** A permission or a power given to someone (« permet au préfet de », « autorise les maires à », « habilite le président à »). */
const grants = lazyRx("\\b(?:permet|permettent|permettait|autorise|autorisent|habilite|habilitent|donne compétence|confère|confèrent)\\s+(?:(?:ainsi|donc|notamment|également|désormais)\\s+)?(?:au|aux|à la|à l'|à|le|la|les|l')\\s*", 'g');
/** The sentence gives the role asked the permission or power (the role named right after the verb). */
function permitsRole(asked: Role, folded: string): boolean {
  for (const found of folded.matchAll(grants())) {
    const after = folded.slice(found.index + found[0].length, found.index + found[0].length + 40);
    if (rolesIn(after).some((role) => role.index === 0 && role.role === asked)) return true;
  }
  return false;
}

/** `droit` (QUESTION-FORMS.md §10.2): answered by a conclusion on the case asked, with or without its words. */
export function assessDroit(index: AnswerIndex, sub: ExtractedSubQuestion, allAddressing: readonly number[], candidate: number, followed?: readonly number[], siblings: ReadonlySet<number> = new Set()): Assessment {
  // A conjunct read with its governor (« la réglementation applicable … aux columbariums ») is answered by a sentence on
  // its own object, not by one on the governor's words only (« La réglementation applicable aux cimetières relève du … »)
  // nor by one on the words it shares with the other conjunct (« ruchers » of « ruchers en zone urbaine »).
  const addressing = sub.governed === undefined ? allAddressing : allAddressing.filter((position) => (sub.ownKeys ?? []).some((key) => index.containing(key).has(position)));
  // « aux sépultures en terrain commun » after « la réglementation applicable, d'une part, … »: the request with its governor.
  const request = foldForSearch(sub.governed ?? sub.text);
  const cited = addressing.some((position) => citesRule(index.sentences[position]!.folded)) || citedNextTo(index, addressing);
  // A conclusion word concludes; the request's modal alone (« … est opposable ») needs the rule cited too.
  // « et, dans l'affirmative, comment » after a request on a case asks, like « dans quelles conditions », for how it is done.
  const open = openLegalRequest().test(request.trimStart().replace(conditionalOpening(), '')) || (followed !== undefined && legalFollowUp().test(request.trim().replace(conditionalOpening(), '')));
  const keys = open ? [] : predicateKeys(request);
  const actorAsked = open ? undefined : roleAsked(request);
  const otherActors = new Set<number>();
  const vague = !open && vagueActOf(request);
  const concluding = addressing.filter((position) => {
    const how = conclusionOn(request, index.sentences[position]!.folded);
    // « comment les maires peuvent agir »: a power given to the role asked, not to the gendarmerie's officers. A
    // conclusion word (« il appartient au maire de prendre toutes dispositions ») concludes as before.
    if (vague && how === 'modal' && roleBeforeModal(index.sentences[position]!.folded) !== actorAsked) return false;
    // … and a power the law gives now, not one a bill would give (« le projet de loi prévoit que le maire pourra… »).
    if (vague && how === 'modal' && billOrFuture().test(index.sentences[position]!.folded)) return false;
    // « le décret du … permet au préfet de réglementer les prix »: a text that gives the role asked the power asked.
    if (how !== 'connector' && actorAsked !== undefined && cited && permitsRole(actorAsked, index.sentences[position]!.folded) && onPredicate(index, keys, position)) return true;
    if (!(how === 'connector' || (how === 'modal' && cited))) return false;
    // The rule stated in the request's modal (« Aux termes de l'article …, le maire peut … ») on another act than the
    // one asked is not the conclusion on the case asked; a conclusion word (« dès lors », « relève de la compétence »)
    // does conclude.
    if (how === 'modal' && actorAsked !== undefined && (ruleForAnotherActor(actorAsked, request, index.sentences[position]!.folded) || ruleForAText(actorAsked, index.sentences[position]!.folded))) {
      otherActors.add(position);
      return false;
    }
    // A weak conclusion (« Ainsi, les conseillers ont le droit d'être informés de tout ce qui touche aux affaires de la
    // commune ») restates the rule: it concludes on the case asked only in a sentence that names it (`onPredicate`).
    // A conclusion drawn in another request's own passage (« Il en résulte que le titulaire peut se voir opposer un sursis »)
    // concludes on that request: here it counts only when it names this request's case (« si la commune est tenue
    // d'indemniser »).
    if (how === 'connector') return onPredicate(index, keys, position) || (drawsOwnConclusion(index.sentences[position]!.folded) && !siblings.has(position));
    // Without a rule cited in it, a modal sentence concludes unless its modal governs another act than the one asked
    // (« Ce congé peut être fractionné » for « si un agent contractuel peut bénéficier du congé ») and it does not
    // name the case asked.
    if (!citesRule(index.sentences[position]!.folded)) return !modalOnAnotherAct(keys, index.sentences[position]!.folded) || onPredicate(index, keys, position);
    return onPredicate(index, keys, position);
  });
  // « à compter de quelle date il recommence à courir »: the legal starting point (or end) asked is given by a sentence
  // that names the case asked and says from (or until) when (« Il recommence à courir à compter de la date à laquelle… »).
  const pointMatch = legalPointAsked().exec(request.trimStart().replace(conditionalOpening(), ''));
  const point = pointMatch?.[1];
  // The verb asked (« il recommence à courir » → « recommence »), which the sentence must take up.
  const verb = pointMatch ? /\p{L}{5,}/u.exec(pointMatch.input.slice(pointMatch[0].length).replace(pointSubject(), ''))?.[0] : undefined;
  if (point !== undefined && verb !== undefined) {
    const key = termKey(verb);
    const given = addressing.filter((position) => givesPoint(index.sentences[position]!.folded, point) && index.sentences[position]!.keys.some((found) => keysMatch(found, key)));
    if (given.length > 0) return { status: 'answered', evidence: given, missing: [], candidate: given[0]!, reason: 'le point de départ (ou le terme) demandé est donné pour le cas posé' };
  }
  if (open) return assessOpenDroit(index, addressing, concluding, candidate, request, followed);
  if (concluding.length > 0) {
    const reason = cited ? 'la règle citée et une conclusion sur le cas posé' : 'une conclusion sur le cas posé';
    // The passage that answers is the conclusion drawn (« donc », « il en résulte », « en l'état du droit »), not the
    // rule that shares the request's modal (« … doit la réunir à la demande… »): shown alone when there is one.
    const drawn = concluding.filter((position) => conclusionOn(request, index.sentences[position]!.folded) === 'connector');
    const evidence = drawn.length > 0 ? drawn : concluding;
    return { status: 'answered', evidence, missing: [], candidate: evidence[0]!, reason };
  }
  // With a rule cited, a modal sentence left out above states the rule of another act: the rule is cited, the case is not concluded on.
  const concludesWithoutRule = !cited && addressing.some((position) => conclusionOn(request, index.sentences[position]!.folded) === 'modal');
  const other = [...otherActors].map((position) => roleBeforeModal(index.sentences[position]!.folded)).find((role) => role !== undefined);
  return {
    status: 'partial',
    evidence: [],
    missing: [other !== undefined && actorAsked !== undefined ? `la règle citée vise ${roleLabels[other]}, pas ${roleLabels[actorAsked]} : la réponse ne conclut pas sur le cas posé` : concludesWithoutRule ? 'la réponse conclut sans citer la règle applicable (article, loi, décret, jurisprudence)' : cited ? 'la règle est citée mais la réponse ne conclut pas sur le cas posé (oui, non, à quelles conditions)' : 'ni règle citée ni conclusion sur le cas posé'],
    candidate,
  };
}
