/**
 * The evidence each kind of request needs in the answer (QUESTION-FORMS.md §5, RULES.md I4), looked for in one
 * answer sentence (folded text).
 */
import { lazyRx, rx } from './regex';
import { isContentWord, keysMatch, termKey } from './stem';
import { stripAccents } from '../text/fold';
import type { SubQuestionKind } from './types';

const month = '(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)';
const year = '(?:19|20)\\d{2}';

/** An absolute date or period: « le 1er juillet 2024 », « début 2020 », « au premier semestre 2025 », « dès 2025 ». */
const absoluteDate = lazyRx(
  `\\b(?:(?:1er|\\d{1,2})\\s+${month}\\s+${year}|${month}\\s+${year}|(?:début|fin|mi|courant|printemps|été|automne|hiver|rentrée)[\\s-]+(?:de\\s+l'année\\s+|d'année\\s+)?${year}|(?:premier|second|1er|2e|2nd|deuxième|troisième|3e|quatrième|4e)\\s+(?:semestre|trimestre)\\s+(?:de\\s+l'année\\s+)?${year}|(?:en|dès|depuis|à compter de|à partir de|avant|d'ici|d'ici à|pour|jusqu'en|au cours de l'année|de l'année|l'année|horizon|à l'horizon)\\s+(?:fin\\s+|la fin de\\s+(?:l'année\\s+)?)?${year}|${year}\\s*[-–]\\s*${year}|\\d{1,2}/\\d{1,2}/${year})\\b`,
  'g',
);
/** An explicit statement that no calendar is set yet. */
const noCalendar = lazyRx(
  "\\b(?:aucun calendrier|pas de calendrier|aucune date|aucune échéance|calendrier (?:n'est|n'a) pas (?:encore )?(?:été )?(?:arrêté|fixé|défini)|n'(?:est|a) pas encore (?:été )?(?:arrêté|fixé|défini)e?|à ce stade,? (?:aucun|aucune))",
  'g',
);

const cardinalWords =
  '(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|cents|mille|dix-sept|dix-huit|dix-neuf)';
/**
 * A number with a unit or a counted noun (« 80 M€ », « 17,8 lits pour 100 000 habitants », « 21 jours »), in
 * figures or in words (« deux mille médecins », « six cent cinquante agents »: a number in words with « cent » or
 * « mille » counts whatever noun follows it; « un million de jeunes »), or a share in words (« la moitié des
 * communes », « un tiers des agents », « un agent sur quatre »). The runs of number words are bounded: « cent »
 * is itself a number word, so an unbounded run over « cent cent cent … » backtracks in cubic time (measured: 8 KB, 8.6 s).
 */
const figure = lazyRx(
  `(?:\\b\\d+(?:[  \\u202f.]\\d{3})*(?:,\\d+)?\\s*(?:%|‰|€|M€|Md€|k€|m€|md€|(?:millions?|milliards?)\\s+d'euros|euros?|(?!(?:${month}|et|à|au|aux|ou|de la|du)\\b)\\p{L}{3,})|\\bun\\s+(?:million|milliard)\\s+d(?:'euros|e\\s+\\p{L}{3,}|'\\p{L}{3,})|\\b(?:la\\s+moitié|(?:un|deux)\\s+tiers|(?:un|trois)\\s+quarts?)\\s+d(?:es|u|e\\s+la|e\\s+l'|e|')\\s*\\p{L}{3,}|\\b(?:un|une)\\s+\\p{L}{3,}\\s+sur\\s+(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\\b|\\b(?:${cardinalWords}[\\s-]+(?:et[\\s-]+)?){0,3}(?:cents?|mille)(?:[\\s-]+(?:et[\\s-]+)?${cardinalWords}){0,4}\\s+(?:(?:millions?|milliards?)\\s+d'euros|euros|(?!(?:${month}|et|à|au|aux|ou|de|du|des|la|le|les|millions?|milliards?|${cardinalWords})\\b)\\p{L}{4,})|\\b${cardinalWords}(?:-${cardinalWords}){0,4}\\s+(?:millions?|milliards?|lits|postes|places|projets|unités|départements|établissements|heures|jours|mois|ans|semaines|personnes|patients|professionnels|équipes|centres|structures)\\b)`,
  'g',
);
const noData = lazyRx(
  "\\b(?:ne\\s+dispos\\p{L}*\\s+pas\\s+d(?:e\\s+|'un\\s+|'une\\s+|')(?:éléments|informations?|données|chiffres|statistiques|suivi|outil|système|recensement|décompte|comptabilisation)|ne\\s+(?:permet|permettent)\\s+pas\\s+d(?:e\\s+|')(?:isoler|identifier|chiffrer|dénombrer|connaître|évaluer|quantifier)|n'(?:est|sont)\\s+pas\\s+en\\s+mesure\\s+de\\s+(?:chiffrer|fournir|communiquer|préciser|dénombrer|évaluer)|ne\\s+fait\\s+pas\\s+l'objet\\s+d'une\\s+(?:comptabilisation|évaluation|identification)|ne\\s+(?:distingue|distinguent|recense|recensent|isole|isolent)\\s+pas|(?:n'est|ne sont)\\s+pas\\s+(?:possible\\s+de\\s+)?(?:chiffrée?s?|dénombrée?s?|recensée?s?|connue?s?)|(?:impossible|pas possible)\\s+de\\s+(?:chiffrer|dénombrer|recenser)|(?:ces|les) données (?:ne sont pas|n'existent pas)|ne font? pas l'objet d'un (?:suivi|recensement|décompte)|aucune (?:donnée|statistique)|pas de (?:données|statistiques)|n'est pas (?:encore\\s+|toujours\\s+)?(?:disponible|connu)|ne sont pas (?:encore\\s+|toujours\\s+)?(?:disponibles|connus|connues))",
  'g',
);

/** A named measure: a text, a plan, a fund, an amount, a body, a programme… */
const namedMeasure = lazyRx(
  "\\bmesures?\\s+(?:de\\s+\\p{L}+\\s+)?(?:comme|telles?\\s+que|notamment)\\b|\\b(?:plans?|programmes?|stratégies?|fonds|décrets?|arrêtés?|circulaires?|instructions?|lois?|proposition de loi|projet de loi|ordonnances?|appels? à projets|appel d'offres?|groupes? de travail|comités?|commissions?|missions?|feuilles? de route|dispositifs?|crédits?|financements?|enveloppes?|dotations?|guides?|référentiels?|expérimentations?|réformes?|outils?|mécanismes?|campagnes?\\s+(?:d'information|de sensibilisation|de communication|de prévention|de contrôles?|de vaccination|de dépistage|nationales?)|formations?|rapports?|protocoles?|conventions?|recommandations?|certifications?|cahiers? des charges|observatoires?|plateformes?|sites?|subventions?|aides?|allocations?|projets?|notices?|codes?|textes?|registres?|répertoires?|procédures?|sondages?|atlas|enquêtes?|systèmes? d'information|centres?|équipes?|unités?|établissements?|indemnités?|grilles? indiciaires?|bonifications?|exonérations?|crédits? d'impôt|labels?|chartes?|pactes?|guichets?(?:\\s+uniques?)?|maisons?\\s+(?:de\\s+santé|france\\s+services|de\\s+la\\s+justice)|pass'\\p{L}+|pass\\s+(?:culture|sport|numérique))\\b|\\d\\s*(?:M€|Md€|€|millions?|milliards?)",
  'g',
);

/**
 * A measure described by the action taken or announced (« les contrôles ont été renforcés », « les préfets ont été
 * invités à saisir… », « seront déployés »): older answers describe what is done without naming a plan.
 */
const actionTaken = lazyRx(
  "\\b(?:a|ont|sera|seront|vient d'être|viennent d'être|(?:va|vont)(?:-(?:t-)?(?:il|elle|ils|elles))?\\s+être)\\s+(?:été\\s+)?(?:(?:également|ainsi|récemment|considérablement|notamment|progressivement|systématiquement)\\s+)?(?:renforcée?s?|créée?s?|mise?s?\\s+en\\s+(?:place|œuvre|oeuvre)|déployée?s?|lancée?s?|généralisée?s?|revalorisée?s?|simplifiée?s?|invitée?s?\\s+à|chargée?s?\\s+d|sensibilisée?s?|diffusée?s?|signée?s?|recrutée?s?|installée?s?|intensifiée?s?|doublée?s?|étendue?s?|élargie?s?|poursuivie?s?|amplifiée?s?)|\\b(?:le gouvernement|l'état|le ministère|la ministre|le ministre)\\s+a\\s+(?:(?:également|ainsi|récemment)\\s+)?(?:créé|lancé|engagé|mis en place|renforcé|déployé|publié|adopté|généralisé|revalorisé)\\b",
);

const textInHistory = lazyRx("(?<=\\b\\p{L}{3,}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)\\s+(?:[\\p{L}']+\\s+){0,5}?)par\\s+(?:la|le|l'|une|un)\\s*(?:lois?|décrets?|ordonnances?|arrêtés?|circulaires?)\\s+(?:n°\\s*[\\d-]+\\s+)?(?:du|de)\\s+(?:\\d{1,2}(?:er)?\\s+\\p{L}+\\s+)?\\d{4}", 'g');

/** A named measure (a text, a plan, a fund…), reports cited as sources aside. */
export function namesMeasure(folded: string): boolean {
  return has(namedMeasure(), withoutSources(folded));
}

export function describesAction(folded: string): boolean {
  return actionTaken().test(withoutSources(folded));
}

/** Connectors that describe a mechanism: how, why, on which basis. */
const mechanism = lazyRx(
  "\\b(?:afin de|afin que|en raison d|dans la mesure où|grâce à|par le biais|via|au moyen d|permet(?:tent|tra|tront)?(?:,[^,.;:]{1,60},)? d|permettant|consiste|repose sur|reposent sur|s'appuie sur|s'appuient sur|dans le cadre d|en application d|aux termes d|conformément à|c'est pourquoi|parce que|puisque|car\\b|ainsi,|en effet|notamment par|par l'intermédiaire|en lien avec|sous l'égide|à travers|relève de|relèvent de|relève de la compétence|est chargée? de|sont chargée?s de|(?:s')?expliquen?t?\\b|en (?:\\p{L}+ant)\\b|sur la base d|au vu d|après avis d|compte tenu d|du fait d|eu égard à|(?:résulte|résultent|découle|découlent|procède|procèdent)\\s+d|(?:a|ont)\\s+conduit\\s+à|(?:fixée?s?|définie?s?|déterminée?s?|précisée?s?|calculée?s?) (?:par|selon)\\s+(?:un|une|le|la|les|l')?\\s*(?:arrêtés?|décrets?|barèmes?|circulaires?|instructions?|conventions?|règlements?)|(?:déposée?s?|adressée?s?|transmise?s?|présentée?s?|instruite?s?) (?:auprès|par)\\b|selon (?:un|une|le|la|les) (?:barèmes?|procédures?|critères?|modalités))",
  'g',
);

/**
 * An attribution of competence to someone else (« relève de la compétence exclusive de la commune », « appartient
 * aux seules communes »): the Government says it is not its to do, which answers a request for its intention.
 */
const competence =
  "(?:relève|relèvent)\\s+(?:exclusivement\\s+)?(?:de la seule compétence|du seul|de la seule|de la compétence\\s+(?:exclusive\\s+)?(?:du maire|des maires|du conseil municipal|des conseils municipaux|de la commune|des communes|des collectivités|de la collectivité|du département|des départements|de la région|des régions|de l'autorité judiciaire|du juge|des juridictions|des partenaires sociaux))|compétence\\s+(?:exclusive|exclusivement\\s+\\p{L}+|propre)\\b|(?:appartient|appartiennent|incombe|revient)\\s+(?:aux seul(?:e)?s|au seul|à la seule|exclusivement)|(?:il appartient|il incombe|il revient)\\s+(?:aux?|à la|à l')\\s*(?:maires?|communes?|collectivités?(?: territoriales)?|conseils? municipaux|conseil municipal|élus locaux|autorités? locales?|départements?|régions?|employeurs?|partenaires sociaux|juges?|juridictions?|intéressée?s?)\\b|(?:relève|relèvent)\\s+de\\s+la\\s+libre\\s+administration";
const competenceCue = lazyRx(`\\b(?:${competence})`);
/** A measure already taken (« ont été rappelées aux préfets par une instruction du… »): the action asked is done. */
const alreadyDone =
  "(?:a|ont)\\s+(?:déjà\\s+)?été\\s+(?:rappelée?s?|diffusée?s?|adoptée?s?|publiée?s?|mise?s?\\s+en\\s+(?:place|œuvre|oeuvre))\\s+(?:[\\p{L}'-]+,?\\s+){0,8}?par\\s+(?:une?|la|le|les)\\s+(?:instruction|circulaire|décret|arrêté|loi|ordonnance|note|lettre)";

/**
 * The way asked is not the one taken (« ne constitue pas aujourd'hui la voie retenue », « n'est pas la voie
 * privilégiée », « n'apparaît pas aujourd'hui la solution la plus adaptée »): a no, said of what the sentence is about.
 */
const wayNotTaken =
  "(?:ne\\s+(?:constitue|constituent|représente|représentent)|n'(?:est|sont|était|apparaît|apparait|paraît|parait|semble))\\s+pas(?:\\s*,)?\\s+(?:(?:à ce stade|aujourd'hui|actuellement|pour l'heure|pour le moment|en l'état|donc|dès lors|encore)(?:\\s*,)?\\s+)*(?:la|une|l'|les|des)\\s*(?:voies?|options?|pistes?|solutions?|orientations?|approches?|réponses?)\\s+(?:(?:la|les)\\s+plus\\s+)?(?:retenue?s?|privilégiée?s?|choisie?s?|envisagée?s?|adaptée?s?|appropriée?s?|pertinente?s?|souhaitables?|opportune?s?)\\b";
/**
 * Another way chosen instead (« le Gouvernement a fait le choix de … plutôt que de … », « privilégie … plutôt qu'une
 * … », « a privilégié une autre approche », « une autre voie a été retenue »).
 */
const otherWayChosen =
  "(?:(?:a|ont)\\s+(?:donc\\s+|ainsi\\s+)?(?:fait\\s+le\\s+choix|choisi|préféré|privilégié|opté\\s+pour)|(?:fait|font)\\s+le\\s+choix|privilégie|privilégient|préfère|préfèrent)\\b[^.;]{0,200}?\\bplutôt\\s+qu" +
  "|(?:(?:a|ont)\\s+(?:donc\\s+|ainsi\\s+)?(?:privilégié|retenu|choisi|préféré)|privilégie|privilégient|préfère|préfèrent|retient|retiennent)\\s+(?:une\\s+autre|d'autres)\\s+(?:voies?|options?|pistes?|solutions?|approches?|orientations?)\\b" +
  "|\\b(?:une\\s+autre|d'autres)\\s+(?:voies?|options?|pistes?|solutions?|approches?|orientations?)\\s+(?:(?:a|ont)\\s+été|(?:est|sont|sera|seront))\\s+(?:donc\\s+|ainsi\\s+)?(?:retenue?s?|privilégiée?s?|choisie?s?|préférée?s?)";

/**
 * The refusals of administrative answers, which rarely say « le Gouvernement n'envisage pas » (QUESTION-FORMS.md
 * §10, issue 10): « cette mesure ne saurait être étendue », « un allongement n'apparaît pas opportun », « une
 * réduction ne paraît pas souhaitable », « il n'entre pas dans les intentions du Gouvernement de », « elle n'a pas
 * été retenue », « il ne peut être envisagé de », « il n'est pas question de », « n'est pas d'actualité ». Each is a
 * no on what the sentence is about.
 */
const administrativeRefusal =
  "ne\\s+(?:saurait|sauraient)\\b|(?:n'|ne\\s+)(?:apparaît|apparait|paraît|parait|semble|semblerait|paraîtrait|apparaîtrait|est|serait)\\s+(?:donc\\s+|dès lors\\s+|toutefois\\s+|cependant\\s+|pas\\s+)?(?:pas\\s+)?(?:\\p{L}+\\s+)?(?:opportune?s?|souhaitables?|envisageables?|pertinente?s?|justifiée?s?|adaptée?s?|nécessaires?|utiles?|possibles?|réalisables?|ouverte?s?|souhaitée?s?|prévue?s?|envisagée?s?|retenue?s?|proportionnée?s?|appropriée?s?|raisonnables?|judicieuse?s?|équitables?|réalistes?|cohérente?s?|compatibles?|soutenables?|de nature à)\\b|ne\\s+(?:peut|peuvent|pourrait|pourraient)\\s+(?:donc\\s+|dès lors\\s+)?devenir\\b|n'entre\\s+pas\\s+dans\\s+(?:les\\s+intentions|le\\s+projet|les\\s+projets)|il\\s+n'est\\s+pas\\s+question\\s+d|n'est\\s+pas\\s+d'actualité|ne\\s+(?:figure|fait)\\s+pas\\s+(?:partie\\s+)?(?:des|parmi\\s+les)\\s+(?:priorités|orientations|projets|intentions)|ne\\s+(?:peut|peuvent|saurait|sauraient)\\s+(?:donc\\s+|dès lors\\s+)?recevoir\\s+(?:un|une|d'|de)\\s*(?:avis|suite|réponse)\\s+favorables?|(?:reste|est|demeure)\\s+(?:très\\s+|particulièrement\\s+|donc\\s+)?attachée?\\s+(?:à\\s+la\\s+stabilité|au\\s+maintien|à\\s+la\\s+préservation)|\\bmaintien\\b[^.;]{0,60}?\\b(?:apparaît|apparait|paraît|parait|semble|est)\\s+(?:donc\\s+|dès lors\\s+|ainsi\\s+)?(?:préférable|plus\\s+adaptée?|justifiée?|souhaitable)|n'(?:a|ont)\\s+pas\\s+été\\s+(?:retenue?s?|jugée?s?\\s+(?:opportune?s?|souhaitables?|utiles?|nécessaires?))|ne\\s+(?:peut|peuvent|pourrait|pourraient)\\s+(?:donc\\s+|dès lors\\s+)?être\\s+(?:envisagée?s?|retenue?s?|accueillie?s?|étendue?s?|acceptée?s?|généralisée?s?)|n'est\\s+pas\\s+(?:envisagée?|prévue?|retenue?)\\s+(?:de|d')|n'est\\s+pas\\s+dans\\s+(?:ses|les|leurs|nos|mes)\\s+intentions|exclu(?:t|ent)\\s+(?:donc\\s+|dès lors\\s+)?toute?\\s+(?:forme\\s+de\\s+|possibilité\\s+de\\s+)?(?:dérogation|exception|modification|extension|assouplissement)|ne\\s+(?:permet|permettent|permettrait|permettraient)\\s+pas\\s+(?:d'envisager|de\\s+retenir|de\\s+donner\\s+suite|d'accéder|de\\s+réserver\\s+une\\s+suite\\s+favorable)|" +
  `${wayNotTaken}|${otherWayChosen}`;

/**
 * What is asked already exists (« est d'ores et déjà indemnisé », « existe déjà », « permet déjà de… », « le
 * dispositif actuel répond à cette préoccupation »): the answer that the scheme in place already does it is a no to
 * creating it, with its reason (QUESTION-FORMS.md §10).
 */
const alreadyInPlace = lazyRx(
  "\\b(?:(?:permet|permettent|répond|répondent)\\s+(?:ainsi\\s+|donc\\s+|pleinement\\s+|largement\\s+)?(?:à\\s+(?:cette|ces|votre)\\s+(?:préoccupations?|attentes?|demandes?|besoins?|situations?|objectifs?))|(?:le|ce|les|ces)\\s+(?:dispositifs?|droit|cadre|régimes?|règles?)\\s+(?:actuel(?:le)?s?|existante?s?|en vigueur)\\s+(?:permet|permettent|répond|répondent|offre|offrent|garantit|garantissent|suffi\\p{L}*)|d'ores et déjà|(?:existe|existent)\\s+déjà|déjà\\s+(?:prévue?s?|possibles?|en vigueur|ouverte?s?|applicables?|autorisée?s?|couverte?s?|indemnisée?s?|éligibles?|prise?s?\\s+en\\s+(?:charge|compte)|mise?s?\\s+en\\s+(?:place|œuvre|oeuvre))|(?:permet|permettent|répond|répondent|satisfait|satisfont|couvre|couvrent)\\s+déjà)",
);

export function isAlreadyInPlace(folded: string): boolean {
  return alreadyInPlace().test(folded);
}

/**
 * A yes said by what will be done (« l'exonération sera intégrée au projet de loi de finances », « le plafond sera
 * relevé », « il est envisagé de »), a « suite favorable » given or refused, « la réponse est négative », or a view
 * given with a pronoun (« le Gouvernement n'y est pas favorable », « y est opposé »).
 */
const announcedChange =
  "(?:fera|feront)\\s+(?:donc\\s+|prochainement\\s+|très prochainement\\s+|rapidement\\s+)?l'objet\\s+d'(?:un|une)\\s+(?:projet de loi|proposition de loi|décret|arrêté|circulaire|ordonnance|texte|disposition|réforme|modification)|il est (?:envisagé|projeté|proposé) (?:de|d')|(?:une\\s+)?suite favorable|(?:par la négative|par l'affirmative)|\\bréponse\\s+(?:à\\s+(?:cette|la)\\s+question(?:\\s+posée)?\\s+)?(?:est|sera|serait|ne peut être que|ne saurait être que)\\s+(?:donc\\s+)?(?:négative|positive|affirmative)|(?:sera|seront)\\s+(?:donc\\s+|prochainement\\s+|ainsi\\s+|également\\s+)?(?:intégrée?s?|inscrite?s?|introduite?s?|modifiée?s?|étendue?s?|relevée?s?|supprimée?s?|créée?s?|adoptée?s?|revalorisée?s?|simplifiée?s?|généralisée?s?|pérennisée?s?|abrogée?s?|prolongée?s?|mise?s?\\s+en\\s+(?:place|œuvre|oeuvre))\\b|(?:le gouvernement|le ministère|la ministre|le ministre|l'état|il|elle)\\s+(?:n'y|n'en|y|en)\\s+(?:est|sera|serait)\\s+(?:pas\\s+)?(?:très\\s+)?(?:favorable|défavorable|opposée?|hostile|réservée?)\\b";

const announcedCue = lazyRx(`\\b(?:${announcedChange})`);

/** An explicit yes or no about the object. */
const polarity = lazyRx(
  `\\b(?:il n'(?:est|apparaît|apparait|a)\\s+(?:donc\\s+|dès lors\\s+|toutefois\\s+|cependant\\s+|actuellement\\s+|aujourd'hui\\s+|pour autant\\s+)?pas\\s+(?:été\\s+)?(?:envisagée?|prévue?|possible|opportune?|souhaitable|nécessaire|utile|justifiée?|retenue?)|il n'y a pas lieu|ne\\s+(?:peut|peuvent|pourra|pourront|pourrait|saurait|sauraient)\\s+(?:donc\\s+|dès lors\\s+|pas\\s+|en aucun cas\\s+)+|n'est pas envisageable|ne dispose(?:nt)? pas d|n'(?:a|ont) pas (?:vocation|compétence|le pouvoir)|n'est pas (?:dans les intentions|à l'ordre du jour)|le gouvernement (?:n'est pas|est) (?:opposé|hostile)|n'(?:envisage|entend|prévoit|compte|souhaite)\\s+pas|n'a\\s+pas\\s+(?:l'intention|été\\s+(?:retenue?s?|prévue?s?|envisagée?s?|jugée?s?|donnée?s?|possible)|pour\\s+(?:objet|but|intention)|paru|semblé|vocation)|ne\\s+(?:prévoit|envisage|souhaite|compte|sera|seront|saurait)\\s+pas|(?:n'est|ne sont)\\s+pas\\s+(?:\\p{L}+\\s+){0,2}?(?:prévue?s?|envisagée?s?|souhaitée?s?|ouverte?s?|retenue?s?|à l'ordre du jour|favorable|opportune?s?|nécessaires?)|il est prévu|est prévue? (?:de|d'|que|à)|sont prévue?s (?:de|d'|à)|(?:le gouvernement|le ministère|l'état|la ministre|le ministre|il|elle)\\s+(?:envisage|entend|prévoit|a décidé|décide|s'engage|compte|est favorable|n'est pas favorable|a engagé|va)\\s+(?:de|d'|à|pas)?|sera (?:proposée?|présentée?|publiée?|engagée?|lancée?)|seront (?:proposée?s|présentée?s|publiée?s|engagée?s|lancée?s)|a été (?:décidée?|engagée?|lancée?|retenue?)|est (?:engagée?|lancée?)|^(?:oui|non)[,.]|aucune (?:modification|évolution|réforme)|pas (?:actuellement|encore) (?:ouvert|envisagé|prévu)|(?:le gouvernement|la france|l'état|le ministère|la ministre|le ministre)\\s+(?:a\\s+(?:toujours\\s+|pleinement\\s+|activement\\s+|donc\\s+)?(?:soutenu|défendu|appuyé|plaidé\\s+pour|approuvé)|(?:soutient|défend|appuie|approuve)\\s+(?:pleinement\\s+|donc\\s+)?(?:la|le|les|cette|ce|ces|l')\\s*(?:proposition|projet|initiative|demande|évolution|révision|réforme|modification|démarche|position))\\b|${competence}|${alreadyDone}|${administrativeRefusal}|${announcedChange})`,
  'g',
);

/** « Une réflexion est en cours », « le sujet est à l'étude » : neither yes nor no. */
const reflection = lazyRx("\\b(?:une? (?:réflexion|étude|examen|concertation|travail|expertise)\\s+(?:est|sont|a été|ont été)?\\s*(?:-elle\\s+|-il\\s+)?(?:actuellement\\s+|également\\s+)?(?:en cours|engagée?|menée?|conduite?|lancée?)|(?:est|sont) (?:actuellement )?à l'étude|fait l'objet d'une (?:réflexion|étude|expertise)|engager une réflexion)");

export function isReflection(folded: string): boolean {
  return has(reflection(), folded);
}

/**
 * A legal conclusion on the case asked (QUESTION-FORMS.md §10.2): « dès lors », « par conséquent », « il en
 * résulte », « rien ne s'oppose à », « il appartient à », case law (« le Conseil d'État a jugé que »)…
 */
const legalConclusion = lazyRx(
  `(?:^(?:ainsi|aussi),|\\b(?:il (?:résulte|ressort|découle) (?:de|des|du|d')|aucune?\\s+(?:disposition|texte|règle)s?(?:\\s+[\\p{L}']+){0,3}?\\s+(?:n'|ne\\s+)|rien n'(?:impose|oblige|interdit|empêche)|en l'état (?:actuel )?du droit|de sorte que|dès lors(?!\\s+qu)|dans ces conditions|par conséquent|il en résulte|il en découle|il s'ensuit|en conséquence|par suite|donc|rien ne s'oppose|rien n'interdit|exclu(?:t|ent)\\s+(?:donc\\s+|dès lors\\s+)?(?:toute?s?|tout)\\b|il appartient|il incombe|en revanche|a jugé|ont jugé|a considéré|a estimé que|a précisé que|jurisprudence|n'est pas susceptible|est susceptible|ne saurait|n'(?:est|sont) (?:pas|plus) (?:obligatoires?|tenue?s?|soumise?s?|applicables?|possibles?|autorisée?s?|interdite?s?|requise?s?)|est (?:obligatoire|soumise?|applicable|interdite?|autorisée?|exclue?|incompétente?|compétente?|tenue? de|requise?|nulle?|illégale?|légale?)|sont (?:soumise?s|applicables|interdite?s|autorisée?s|exclue?s|tenue?s de|obligatoires))|\\b(?:${competence}))`,
  'g',
);
/**
 * The conclusion words that draw the answer's own conclusion (« donc », « par conséquent », « il en résulte »…), as
 * opposed to the weaker ones: a sentence opened by « Ainsi, » often restates the rule, and case law (« a jugé
 * que ») may rule on another point than the one asked.
 */
const ownConclusion = lazyRx(
  `(?:\\b(?:il (?:résulte|ressort|découle) (?:de|des|du|d')|aucune?\\s+(?:disposition|texte|règle)s?(?:\\s+[\\p{L}']+){0,3}?\\s+(?:n'|ne\\s+)|rien n'(?:impose|oblige|interdit|empêche)|en l'état (?:actuel )?du droit|de sorte que|dès lors(?!\\s+qu)|dans ces conditions|par conséquent|il en résulte|il en découle|il s'ensuit|en conséquence|par suite|donc|rien ne s'oppose|rien n'interdit|exclu(?:t|ent)\\s+(?:donc\\s+|dès lors\\s+)?(?:toute?s?|tout)\\b|il appartient|il incombe|en revanche|n'est pas susceptible|est susceptible|ne saurait|n'(?:est|sont) (?:pas|plus) (?:obligatoires?|tenue?s?|soumise?s?|applicables?|possibles?|autorisée?s?|interdite?s?|requise?s?)|est (?:obligatoire|soumise?|applicable|interdite?|autorisée?|exclue?|incompétente?|compétente?|tenue? de|requise?|nulle?|illégale?|légale?)|sont (?:soumise?s|applicables|interdite?s|autorisée?s|exclue?s|tenue?s de|obligatoires))|\\b(?:${competence}))`,
  'g',
);
/**
 * Further forms in which a legal answer draws its own conclusion, without « donc » (QUESTION-FORMS.md §10.2): the
 * reservation that closes the ministry's reading (« …, sous réserve de l'appréciation souveraine du juge
 * administratif »), « la réponse est négative », « il est loisible au maire de », what no text provides (« la loi
 * ne prévoit aucune obligation »), a competence given to one organ alone (« est seul compétent »), a rule that
 * excludes or admits the case (« n'est pas exclue », « est admise »).
 */
const closingForms =
  "sous réserve de l'appréciation (?:souveraine\\s+)?(?:du juge|des juges|de la juridiction|des juridictions|du tribunal|des tribunaux)|la réponse (?:est|ne peut être que) (?:donc\\s+)?(?:négative|positive|affirmative)|il (?:est|serait) loisible|(?:la loi|le code|le législateur|la réglementation|les textes?|aucun texte)(?:\\s+[\\p{L}'-]+){0,3}?\\s+ne\\s+(?:prévoi(?:t|ent)|impose(?:nt)?|exige(?:nt)?|fixe(?:nt)?|institue(?:nt)?|édicte(?:nt)?|pose(?:nt)?)\\s+(?:aucune?|pas|nullement)|aucune obligation";
const closingConclusion = lazyRx(`\\b(?:${closingForms})`);

/**
 * The answer's own closing on the rule just set out (« …, sous réserve de l'appréciation souveraine du juge »,
 * « la réponse est négative », « la loi ne prévoit aucune obligation »): like « il en résulte », it takes up the
 * rule of the sentence before without the request's words.
 */
export function closesOnRule(folded: string): boolean {
  return closingConclusion().test(folded);
}

const furtherOwnConclusion = lazyRx(
  `\\b(?:${closingForms}|(?:est|sont)\\s+(?:seule?s?\\s+)?(?:compétente?s?|incompétente?s?)\\s+pour|n'(?:est|sont) pas (?:exclue?s?|admise?s?|illégale?s?|légale?s?|irrégulière?s?|nulle?s?)\\b|(?:est|sont) (?:admise?s?|exclue?s?)\\b|ne (?:fait|font|ferait|feraient) pas obstacle|(?:doit|doivent|peut|peuvent|est|sont) (?:être )?(?:regardée?s?|considérée?s?) comme)`,
  'g',
);
/**
 * Weaker forms (they may restate the rule): case law in the present (« le juge administratif admet », « la
 * jurisprudence considère »), « il apparaît (ainsi) que », a principle that « s'oppose à ce que », a freedom
 * (« fixe librement », « est libre de »). Like « Ainsi, », they conclude only in a sentence on the predicate asked.
 */
const furtherWeakConclusion = lazyRx(
  "\\b(?:(?:le juge|les juges|la jurisprudence|le conseil d'état|la cour|le tribunal|les juridictions?)(?:\\s+(?:administratif|administrative|administratifs|judiciaire|judiciaires|suprême))?\\s+(?:admet|admettent|considère|considèrent|estime|estiment|juge|jugent|reconnaît|reconnaissent|a admis|a reconnu|ont admis|ont reconnu)|il (?:apparaît|apparait|ressort|semble)\\s+(?:ainsi\\s+|donc\\s+|dès lors\\s+|en conséquence\\s+)?(?:que|qu')|s'opposen?t?\\s+à\\s+ce\\s+qu|librement|(?:est|sont)\\s+libres?\\s+de)",
  'g',
);
/** A quotation (« … », " … "), the words of a text cited. */
const quoted = /«[^»]*»|"[^"]*"|“[^”]*”/gu;

/** Modal families a `droit` request and its conclusion share (« si un maire peut… » → « le maire peut donc… »). */
const modalFamilies: readonly RegExp[] = [
  // Not « permet » / « autorise »: a rule cited that permits (« l'article … permet aux communes de… ») often states
  // the rule, not the conclusion on the case asked, and an answer cut of its conclusion would still pass.
  // An entitlement says the same (« est fondé à refuser », « n'a pas le droit d'y siéger », « est habilité à »).
  rx("\\b(?:peut|peuvent|pourrait|pourraient|pourra|pourront|pouvant|possible|possibilité|loisible|(?:a|ont)\\s+(?:pas\\s+)?le\\s+droit\\s+(?:de|d)|(?:fondée?s?|habilitée?s?)\\s+à|en\\s+droit\\s+de)\\b"),
  rx("\\b(?:doit|doivent|devrait|devraient|devra|devront|obligation|obligatoire|obligée?s?|tenue?s?\\s+de|tenue?s?\\s+d')|\\b(?:est|sont|serait|seraient|reste|restent)\\s+due?s?\\b|\\bouvre(?:nt)?\\s+droit\\b"),
  rx("\\b(?:soumise?s?|assujettie?s?|imposable)"),
  rx("\\b(?:interdite?s?|interdit|interdire|autorisée?s?|autoriser?|permise?s?|permet)\\b"),
  rx("\\b(?:inéligible|éligible|incompatib\\p{L}*|compatib\\p{L}*)"),
  rx("\\b(?:nullité|nulle?s?|annulation|illégal\\p{L}*|irrégul\\p{L}*|entachée?s?)"),
  rx("\\b(?:relève|relèvent|compétence|compétente?s?|incompétente?s?)\\b"),
  rx("\\b(?:opposables?|inopposables?|applicables?|inapplicables?)\\b"),
  // A qualification asked (« si le dépôt d'une urne constitue une inhumation ») and given (« ne constitue pas une inhumation »).
  rx("\\b(?:constitue|constituent|constituerait|constitueraient|constituer)\\b"),
];

/**
 * What a `droit` request asks about (its predicate), wider than the modal families: a permission answers a
 * question on a prohibition (« si le droit local interdit… » → « une commune peut… »), so the deontic words form
 * one group; nullity, eligibility, competence and applicability are each their own. The noun « possibilité »
 * is left out: « si une telle possibilité subsiste » names a thing, its predicate is « subsiste ».
 */
const predicateGroups: readonly RegExp[] = [
  rx("\\b(?:(?:est|sont|serait|seraient|reste|restent)\\s+due?s?\\b|ouvre(?:nt)?\\s+droit|peut|peuvent|pourrait|pourraient|pourra|pourront|possible|impossible|doit|doivent|devrait|devraient|devra|devront|obligation|obligatoire|obligée?s?|tenue?s?\\s+d|interdi\\p{L}*|autoris\\p{L}*|permi\\p{L}*|permet\\p{L}*|soumise?s?|assujettie?s?|libre|faculté|droit\\s+d|rien ne s'oppose|s'oppos\\p{L}*|admet\\b|admettent\\b|admise?s?\\b|exclue?s?)"),
  rx("\\b(?:inéligib\\p{L}*|éligib\\p{L}*|incompatib\\p{L}*|compatib\\p{L}*)"),
  rx("\\b(?:nullité|nulle?s?|annul\\p{L}*|illégal\\p{L}*|irrégul\\p{L}*|entachée?s?)"),
  rx("\\b(?:relève|relèvent|compétence|compétente?s?|incompétente?s?)\\b"),
  rx("\\b(?:opposables?|inopposables?|applicab\\p{L}*|inapplicab\\p{L}*|s'appliqu\\p{L}*|appliquée?s?)\\b"),
];

/**
 * How an answer sentence concludes on a `droit` request: `connector` (a conclusion word or case law), `modal`
 * (the request's own modal: « si un maire peut… » → « le maire peut… »), or undefined. When the request asks
 * about a predicate (may, must, void, eligible…), a weak conclusion (« Ainsi, », case law) counts only in a
 * sentence on that predicate: « Ainsi, les conseillers ont le droit d'être informés » does not conclude on « si
 * la délibération est susceptible d'annulation », and case law on another point (« a considéré que les
 * documents… ») neither.
 */
export function conclusionOn(requestFolded: string, sentenceFolded: string): 'connector' | 'modal' | undefined {
  // The rule said of the case the author put (« les dons aux associations exerçant l'activité visée par l'honorable
  // parlementaire ouvrent droit à la réduction ») concludes on it.
  if (requestReference().test(sentenceFolded) && (predicateGroups.some((group) => group.test(sentenceFolded)) || /\bbénéfici/u.test(sentenceFolded))) return 'connector';
  // A text quoted (« aux termes de l'article L. 231, " les agents … ne peuvent être élus " », « … dispose que " toute
  // inhumation … est autorisée par le maire " ») states the rule, not the answer's conclusion on the case: neither its
  // conclusion words nor its modal conclude.
  const unquoted = sentenceFolded.replace(quoted, ' ');
  const own = has(ownConclusion(), unquoted) || has(furtherOwnConclusion(), unquoted);
  if (own || has(legalConclusion(), unquoted) || has(furtherWeakConclusion(), unquoted)) {
    const asked = predicateGroups.filter((group) => group.test(requestFolded));
    if (asked.length === 0 || own || asked.some((group) => group.test(unquoted))) return 'connector';
  }
  if (modalFamilies.some((family) => family.test(requestFolded) && family.test(unquoted))) return 'modal';
  return restatesPredicate(requestFolded, unquoted) ? 'modal' : undefined;
}

/** A modal and the infinitive it governs (« peuvent percevoir », « ne peut donc pas conserver », « est tenu de verser »), then what follows. */
const modalInfinitive = lazyRx(
  "\\b(?:peut|peuvent|pourra|pourront|doit|doivent|devra|devront|(?:est|sont)\\s+(?:tenue?s?|autorisée?s?|fondée?s?|habilitée?s?)\\s+(?:à\\s+|de\\s+|d'))\\s*(?:(?:pas|plus|donc|dès lors|ainsi|également|désormais|toutefois|en principe|notamment)\\s+)*(?:,[^,.;:]{1,80},\\s*)?(\\p{L}{4,}(?:er|ir|re|oir))\\b([^.;:]{0,160})",
  'g',
);

/** The verb asked and the verb of the rule are one: same word family, or (irregular verbs, « perçoit » / « percevoir ») the same first four letters. */
function sameVerb(asked: string, infinitive: string): boolean {
  if (keysMatch(termKey(asked), termKey(infinitive))) return true;
  const root = infinitiveOf(asked);
  return root !== undefined && (root === stripAccents(infinitive) || keysMatch(termKey(root), termKey(infinitive)));
}

/**
 * The infinitive of the irregular forms a request uses (« acquiert » → « acquérir », « perçoit » → « percevoir »,
 * « obtient » → « obtenir »), which the stemmer keeps apart from their infinitive; undefined for any other word. A
 * shared prefix would not do: « conserve » and « consulter » share four letters.
 */
function infinitiveOf(word: string): string | undefined {
  const plain = stripAccents(word).toLowerCase();
  for (const [form, ending] of irregularForms) if (form.test(plain)) return plain.replace(form, ending);
  return undefined;
}
const irregularForms: readonly (readonly [RegExp, string])[] = [
  [/quier(?:s|t|ent)$|quise?s?$/u, 'querir'],
  [/(?<=(?:re|per|con|de|a))(?:coi(?:s|t|vent)|cue?s?)$/u, 'cevoir'],
  [/tien(?:s|t|nent)$/u, 'tenir'],
  [/vien(?:s|t|nent)$/u, 'venir'],
  [/(?:mets?|mettent)$/u, 'mettre'],
  [/(?:prends?|prennent)$/u, 'prendre'],
  [/^(?:doi(?:s|t|vent))$/u, 'devoir'],
];

/** The content words of a folded text, in order (« conserve ses droits à l'avancement » → conserve, droits, avancement). */
function contentWordsOf(folded: string): string[] {
  return (folded.match(/\p{L}+/gu) ?? []).filter((word) => isContentWord(word));
}

/**
 * A yes/no `droit` request without a modal (« si un fonctionnaire en disponibilité conserve ses droits à
 * l'avancement ») is concluded on by a rule that restates its predicate with a modal (« le fonctionnaire … peut
 * conserver, pendant cinq ans au plus, ses droits à l'avancement »; QUESTION-FORMS.md §10.2): a verb of the request as the infinitive, followed by a word that
 * follows that verb in the request (its object). Another act with a modal (« peut demander un entretien ») is not.
 */
function restatesPredicate(requestFolded: string, sentenceFolded: string): boolean {
  if (!/^\W*(?:si|s')\b/u.test(requestFolded) || modalFamilies.some((family) => family.test(requestFolded))) return false;
  const asked = contentWordsOf(requestFolded);
  if (asked.length < 2) return false;
  modalInfinitive().lastIndex = 0;
  for (let found = modalInfinitive().exec(sentenceFolded); found; found = modalInfinitive().exec(sentenceFolded)) {
    const infinitive = found[1]!;
    // What follows the infinitive, incises set aside (« conserver, pendant cinq ans au plus, ses droits »).
    const after = contentWordsOf(found[2]!.replace(/^\s*,[^,]{1,80},/u, ' ')).slice(0, 4);
    for (const [at, word] of asked.entries()) {
      if (!sameVerb(word, infinitive)) continue;
      const object = asked.slice(at + 1, at + 5).map((other) => termKey(other));
      if (after.some((other) => object.some((key) => keysMatch(key, termKey(other))))) return true;
    }
  }
  return statesAskedPredicate(asked, sentenceFolded);
}

/**
 * « l'article L. 514-8 … prévoit que le fonctionnaire placé en disponibilité conserve ses droits à l'avancement »
 * states the very predicate asked (« si un fonctionnaire placé en disponibilité conserve ses droits à
 * l'avancement »), affirmed or denied: the request's last three content words, in order, in the clause the rule
 * introduces. Another act on the same object (« peut consulter ses droits à l'avancement ») is not.
 */
function statesAskedPredicate(asked: readonly string[], sentenceFolded: string): boolean {
  const tail = asked.slice(-3).map((word) => termKey(word));
  const clause = /\bqu(?:e\b|')/u.exec(sentenceFolded);
  if (tail.length < 3 || !clause || restatement().test(sentenceFolded)) return false;
  const words = contentWordsOf(sentenceFolded.slice(clause.index)).map((word) => termKey(word));
  for (let at = 0; at + tail.length <= words.length; at++) if (tail.every((key, offset) => keysMatch(key, words[at + offset]!))) return true;
  return false;
}

/**
 * The answer's own conclusion (« n'est plus possible », « ne fait pas obstacle », « est tenu de ») on the predicate the
 * request asks about (may, must, void…), outside a quoted text: it concludes on the case even a few sentences after
 * the rule.
 */
export function ownConclusionOn(requestFolded: string, sentenceFolded: string): boolean {
  const unquoted = sentenceFolded.replace(quoted, ' ');
  if (!has(ownConclusion(), unquoted) && !has(furtherOwnConclusion(), unquoted)) return false;
  const asked = predicateGroups.filter((group) => group.test(requestFolded));
  return asked.length > 0 && asked.some((group) => group.test(unquoted));
}

/**
 * The sentence draws the answer's own conclusion (« donc », « par conséquent », « il en résulte », « n'est pas
 * tenu », « ne fait pas obstacle »…), outside a quoted text, or names the case put by the author; not only the weak
 * forms (« Ainsi, », case law in the present, « il apparaît que ») that may restate the rule.
 */
export function drawsOwnConclusion(sentenceFolded: string): boolean {
  if (requestReference().test(sentenceFolded)) return true;
  const unquoted = sentenceFolded.replace(quoted, ' ');
  return has(ownConclusion(), unquoted) || has(furtherOwnConclusion(), unquoted);
}

/** An explicit refusal (« le Gouvernement n'envisage pas de… », « ne peut donc bénéficier… »). */
export function isRefusal(folded: string): boolean {
  return !restatement().test(folded) && has(refusal(), folded);
}

export function citesRule(folded: string): boolean {
  return has(legalCitation(), folded);
}

/** An evaluative statement attributed to the Government or the ministry. */
const evaluation = lazyRx(
  "\\b(?:le gouvernement|le ministère|la ministre|le ministre|l'état|il)\\s+(?:(?:ne\\s+|n')?(?:considère|estime|juge|partage|soutient|approuve|encourage|salue|se félicite|reste attaché|est attaché|est conscient|est favorable|est défavorable|souhaite|entend|tient à|rappelle|souligne|réaffirme|n'est pas favorable))|\\b(?:le ministère|la ministre|le ministre)\\s+(?:de|du|des|de la|de l'|chargée?\\s+d[eu']?)\\s*[\\p{L}'-]+(?:\\s+(?:et\\s+)?[\\p{L}'-]+){0,3}?\\s+(?:pleinement\\s+|également\\s+)?(?:(?:ne\\s+|n')?(?:considère|estime|juge|partage|soutient|approuve|encourage|salue|se félicite|est favorable|est défavorable|n'est pas favorable))\\b|\\b(?:constitue|constituent|représente|représentent)\\s+(?:donc\\s+|ainsi\\s+)?(?:une|un)\\s+(?:réelle\\s+|véritable\\s+|importante?\\s+|nette\\s+)?(?:avancée|progrès|amélioration|étape\\s+(?:importante|décisive|majeure)|réponse\\s+(?:adaptée|appropriée|proportionnée|pertinente|satisfaisante))|\\b(?:cette analyse|cette position|cet avis|ce constat)\\s+(?:est|n'est pas)\\s+partagée?|\\best (?:une|la) priorité|\\bsouhaite laisser|\\b(?:il apparaît|il convient|il importe|il est (?:nécessaire|essentiel|indispensable|important))",
  'g',
);

/** A legal citation (RULES G1-G3): an article, a numbered or dated text, a code. */
const legalCitation = lazyRx(
  "\\b(?:articles?\\s+(?:[lrd]\\.?\\s*|l\\.\\s*|r\\.\\s*|d\\.\\s*)?\\d|(?:loi|décret|ordonnance|arrêté|circulaire|directive|règlement)\\s+(?:n°|no\\b|du\\s+\\d)|code\\s+(?:de la|du|des|de l')\\s+\\p{L}+|code\\s+général|aux termes de|en application de l'article|conformément (?:à l'article|aux dispositions))",
  'g',
);

/** Relation words between two compared things. */
const relation = lazyRx(
  "\\b(?:continuité|poursui\\p{L}*|prolonge\\p{L}*|complément\\p{L}*|compl[eè]te\\p{L}*|renforc\\p{L}*|approfondi\\p{L}*|succède|succéder|remplace\\p{L}*|s'inscrit|s'inscrivent|dans le cadre d|déjà|reprend|reprise|étend|élargi\\p{L}*|nouveauté|nouvel\\p{L}*|à la différence|contrairement|par rapport|à l'instar|comme le|articul\\p{L}*|cohéren\\p{L}*|héritage|bilan|suite|finalités?\\s+(?:différente|distincte)s?|(?:se\\s+)?disting\\p{L}*|ne\\s+(?:modifie|modifient|remet|remettent|remplace|remplacent)\\s+pas|sans\\s+(?:modifier|remettre en cause|remplacer)|(?:sert|servent)\\s+de\\s+(?:base|fondement|référence)|s'ajoute|s'ajoutent|indépendamment)",
  'g',
);

function has(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}

/** Does this answer sentence carry the evidence a request of this kind needs? */
export function carriesEvidence(kind: SubQuestionKind, folded: string): boolean {
  if (restatement().test(folded)) return false;
  switch (kind) {
    case 'calendrier':
      return has(absoluteDate(), folded) || has(noCalendar(), folded);
    case 'chiffres':
      return hasFigure(folded) || has(noData(), folded);
    case 'mesures': {
      // A measure only under study is not a measure decided (« le coût de cette mesure nécessite une étude »).
      const said = withoutSources(folded);
      // Texts as the agents of the law's history (« accordé par la loi du 28 février 1923, supprimé par une
      // ordonnance du 30 août 1960 ») are not a measure taken; « la loi du … a aggravé les peines » is.
      return (has(namedMeasure(), blanked(said, textInHistory())) || actionTaken().test(said)) && !pendingStudy().test(said);
    }
    case 'modalites':
      return has(mechanism(), folded) || has(legalCitation(), folded) || has(decidedBy(), folded);
    case 'intention': {
      const said = withoutLawStatements(folded);
      // A refusal or a text announced (« … sont à l'étude et feront prochainement l'objet d'un projet de loi »)
      // answers even beside a reflection.
      return (has(polarity(), said) || alreadyInPlace().test(said)) && !(has(reflection(), said) && !has(refusal(), said) && !announcedCue().test(said));
    }
    case 'position':
      return statesView(withoutDiscourseMarkers(withoutProvisionReferences(folded)));
    case 'droit':
      return has(legalCitation(), folded);
    case 'articulation':
      return has(relation(), folded);
    case 'autre':
      return true;
  }
}

function statesView(folded: string): boolean {
  return has(evaluation(), folded) || has(polarity(), folded) || has(impersonalView(), folded) || has(qualification(), folded);
}

/** `folded` with every match of `pattern` (a global expression) replaced by spaces: offsets are kept. */
function blanked(folded: string, pattern: RegExp): string {
  return folded.replace(pattern, (found) => ' '.repeat(found.length));
}

/**
 * « Il convient de rappeler que… », « il importe de préciser… », « le ministre tient à souligner… », « le ministre
 * rappelle que… » introduce a fact, not the Government's view: the formula is set aside before a view is looked for, so that once the passage that
 * gives the view is removed, a reminder of the law is not read as one.
 */
const discourseMarker = lazyRx(
  "\\b(?:il\\s+(?:convient|conviendrait|importe|faut|est\\s+(?:utile|important|nécessaire|opportun)|apparaît\\s+(?:utile|nécessaire|important)|apparait\\s+(?:utile|nécessaire|important))|(?:le gouvernement|le ministère|la ministre|le ministre|l'état)\\s+(?:tient\\s+à|souhaite))\\s+(?:tout\\s+d'abord\\s+|d'abord\\s+|en premier lieu\\s+|également\\s+|toutefois\\s+|cependant\\s+|néanmoins\\s+|ici\\s+|donc\\s+|en outre\\s+|par ailleurs\\s+|au préalable\\s+|à cet égard\\s+|à titre liminaire\\s+|tout d'abord,\\s+)?(?:de\\s+|d')(?:rappeler|préciser|souligner|noter|indiquer|observer|relever|signaler|mentionner|remarquer|faire\\s+(?:observer|remarquer|valoir))\\b|\\b(?:le gouvernement|le ministère|la ministre|le ministre|l'état)\\s+(?:rappelle|précise|indique|signale)\\s+(?:tout\\s+d'abord\\s+|d'abord\\s+|également\\s+|toutefois\\s+|cependant\\s+)?(?:que|qu')",
  'g',
);

export function withoutDiscourseMarkers(folded: string): string {
  return blanked(folded, discourseMarker());
}

/**
 * « est prévue à l'article L. 2123-35 », « sont prévues par le décret »: where a rule is written, not what the
 * Government intends. Set aside before an intention is looked for (« il est prévu de… » still counts).
 */
const provisionReference = lazyRx(
  "\\b(?:est|sont|sera|seront|a été|ont été|était|étaient|demeure|demeurent)?\\s*(?:expressément\\s+|notamment\\s+|également\\s+)?prévue?s?\\s+(?:à|au|aux|par|dans)\\s+(?:l'|les?\\s+|la\\s+|ces\\s+|cet\\s+|ce\\s+)?(?:articles?|alinéas?|code|loi|lois|décrets?|arrêtés?|ordonnances?|règlements?|dispositions?|textes?|circulaires?|conventions?|statuts?)\\b",
  'g',
);

export function withoutProvisionReferences(folded: string): string {
  return blanked(folded, provisionReference());
}

/**
 * « Selon le rapport de… », « d'après l'enquête… » name where a finding comes from, not a measure taken: set aside
 * before a named measure is looked for, so that once the measures are removed a cited report is not read as one.
 */
const sourceCitation = lazyRx(
  "\\b(?:selon|d'après|comme l'(?:indique|indiquent|établit|souligne|montre)|ainsi que l'(?:indique|établit|montre))\\s+(?:le\\s+|la\\s+|les\\s+|l'|un\\s+|une\\s+)?(?:(?:dernier|dernière|derniers|dernières|récent|récente|récents|récentes)\\s+)?(?:rapports?|études?|enquêtes?|sondages?|données|chiffres|statistiques|travaux|atlas|baromètres?|observatoires?|bilans?|recensements?)\\b",
  'g',
);

export function withoutSources(folded: string): string {
  return blanked(folded, sourceCitation());
}

/**
 * What the law says, not what the Government will do: « une commune ne peut pas fermer un chemin » (bare, without
 * « donc » or « en aucun cas », and not said of the Government), « elle prévoit que » (a text's content). Set aside
 * before an intention is looked for; « ne peut donc bénéficier », « le Gouvernement ne peut pas » still answer.
 */
const lawStatement = lazyRx(
  "(?<!(?:gouvernement|l'état|ministère|ministre|\\bil)\\s)\\bne\\s+(?:peut|peuvent|pourra|pourront|pourrait|pourraient)\\s+pas\\b(?!\\s+(?:donc|dès lors|en aucun cas)\\b)|\\b(?:il|elle)\\s+prévoi(?:t|ent)\\s+(?:que|qu')",
  'g',
);

export function withoutLawStatements(folded: string): string {
  return blanked(withoutProvisionReferences(folded), lawStatement());
}

/**
 * A named measure made concrete: with a figure (an amount, a rate), a date or a text cited (« Le plan national
 * d'actions 2024-2029, publié le 23 février 2024, finance à 80 % les chiens de protection »). « Un comité de suivi de
 * la stratégie se réunira » names a body, not what is done.
 */
export function concreteMeasure(folded: string): boolean {
  if (restatement().test(folded) || pendingStudy().test(folded)) return false;
  const said = withoutSources(folded);
  return has(namedMeasure(), said) && (hasFigure(said) || has(absoluteDate(), said) || has(legalCitation(), said));
}

/** A programme, plan or fund named with its credits (« la stratégie décennale … 100 M€ supplémentaires »). */
const fundedMeasure = lazyRx(
  "\\b(?:plans?|programmes?|stratégies?|feuilles? de route|fonds|pactes?|dispositifs?|appels? à projets|crédits?|financements?|enveloppes?|dotations?|subventions?)\\b",
);
const amount = lazyRx("\\d\\s*(?:m€|md€|k€|€|(?:millions?|milliards?|euros?)\\b)|\\b(?:crédits|financements?|enveloppes?|dotations?)\\s+(?:supplémentaires|nouveaux|nouvelles|dédiée?s?|alloué(?:e|s|es)?|spécifiques?|de\\s+\\d)|\\b(?:sont|ont été|seront|est|a été)\\s+(?:ainsi\\s+)?(?:alloué(?:e|s|es)?|dédiée?s?|consacrée?s?|délégué(?:e|s|es)?)");
/** A legal qualification of the practice asked about (« est en principe prohibée », « est dépourvu de base légale »). */
const qualification = lazyRx(
  "\\b(?:est|sont|serait|seraient|demeure|demeurent|reste|restent)\\s+(?:donc\\s+|en principe\\s+|par principe\\s+|strictement\\s+|formellement\\s+){0,2}(?:prohibée?s?|interdite?s?|illégale?s?|illégaux|illicites?|irrégulières?|irrégulière?s?|abusi(?:f|ve|fs|ves)|contraires?\\s+(?:à|au|aux)|dépourvue?s?\\s+de\\s+(?:base|fondement)\\s+(?:légale?|juridique))",
);
/**
 * An impersonal statement of the Government's view (« il convient de », « serait de nature à méconnaître »,
 * « il n'apparaît pas opportun », « présenterait l'inconvénient de », « soulèverait des difficultés »): the view is
 * the answer's own even without « le Gouvernement estime ».
 */
const impersonalView = lazyRx(
  "\\b(?:présenter(?:ait|aient|a|ont)?\\s+l'(?:inconvénient|avantage)|présente(?:nt)?\\s+l'(?:inconvénient|avantage)|(?:soulève|soulèvent|soulèverait|soulèveraient|poserait|poseraient)\\s+(?:de\\s+(?:sérieuses|réelles|nombreuses)\\s+|des\\s+)?difficultés|risquerai(?:t|ent)\\s+de|irai(?:t|ent)\\s+à l'encontre|serai(?:t|ent)\\s+(?:contraires?|préjudiciables?|inéquitables?|disproportionnée?s?|inopportune?s?))|\\b(?:(?:est|serait|seraient|sont|pourrait être|pourraient être|paraît|paraîtrait|semble|semblerait)\\s+(?:cependant\\s+|toutefois\\s+|donc\\s+|également\\s+)?de nature à|il (?:ne\\s+)?(?:convient|conviendrait|importe|paraît|semble|apparaît|apparait)\\b|il (?:est|serait|n'est|ne serait) (?:pas\\s+)?(?:nécessaire|essentiel|indispensable|important|souhaitable|opportun|préférable|utile|justifié)|(?:le gouvernement|l'état|le ministère)\\s+(?:est|reste|demeure)\\s+(?:très\\s+|particulièrement\\s+)?(?:attaché|attentif|vigilant|mobilisé|favorable|défavorable|opposé|conscient))",
);

/**
 * Evidence strong enough to tie a sentence to a request that shares only a word with it, when no sentence
 * addresses the request by its words (QUESTION-FORMS.md §10): figures for a count, a named programme with its
 * credits for means, an explicit refusal or an attribution of competence for an intention, an appraisal or a
 * legal qualification for a view. A published answer answers in these forms without repeating the request.
 */
export function carriesStrongEvidence(kind: SubQuestionKind, folded: string): boolean {
  if (restatement().test(folded)) return false;
  switch (kind) {
    case 'chiffres':
      return hasFigure(folded);
    case 'mesures':
      return has(fundedMeasure(), folded) && has(amount(), folded);
    case 'intention':
      return has(refusal(), folded) || has(competenceCue(), folded);
    case 'position': {
      const said = withoutDiscourseMarkers(folded);
      return has(qualification(), said) || has(impersonalView(), said) || has(refusal(), said);
    }
    default:
      return false;
  }
}

const alreadyDoneCue = lazyRx(`\\b${alreadyDone}`);

/**
 * Which of the forms above a sentence answers in (French, for the hover), so that a reviewer sees why it counts.
 */
export function answerForm(kind: SubQuestionKind, folded: string): string | undefined {
  if (kind !== 'intention' && kind !== 'position') return undefined;
  if (has(refusal(), folded)) return 'un refus explicite : un non répond';
  if (has(competenceCue(), folded)) return 'la compétence est attribuée à un autre que l’État (commune, maire…) : ce n’est pas au Gouvernement d’agir';
  if (has(alreadyDoneCue(), folded)) return 'une mesure déjà prise (un texte l’a rappelé ou mis en œuvre)';
  if (kind === 'intention' && alreadyInPlace().test(folded)) return 'ce qui est demandé existe déjà (le dispositif en place y répond) : c’est la réponse';
  if (kind === 'position' && has(qualification(), folded)) return 'une qualification juridique de la pratique (interdite, illégale…)';
  if (kind === 'position' && has(impersonalView(), withoutDiscourseMarkers(folded))) return 'une appréciation exprimée de façon impersonnelle (il convient, serait de nature à…)';
  return undefined;
}

/**
 * A sentence that names the request itself by its author (« une modification dans le sens souhaité par l'honorable
 * parlementaire », « l'activité visée par l'auteur de la question »): it is about what is asked, in no word of it.
 */
const requestReference = lazyRx(
  "\\b(?:dans le sens|(?:souhaitée?s?|proposée?s?|suggérée?s?|demandée?s?|évoquée?s?|visée?s?|préconisée?s?|mentionnée?s?|exposée?s?|décrite?s?|signalée?s?))\\s+(?:souhaité\\s+|proposé\\s+|suggéré\\s+|demandé\\s+|indiqué\\s+)?par\\s+(?:l'honorable parlementaire|l'auteur de la question|(?:le|la)\\s+(?:parlementaire|député|députée|sénateur|sénatrice))\\b",
);

export function refersToRequest(folded: string): boolean {
  return requestReference().test(folded);
}

/**
 * The answer's restatement of the question (« L'honorable parlementaire souhaite connaître les suites données à… »):
 * it repeats the request's words and its named things, but answers nothing.
 */
const restatedVerbs = "(?:appeler|attirer|souhaite|souhaiterait|désire|désirerait|voudrait|demande|a demandé|s'interroge|s'inquiète|interroge|appelle|appelé|attire|attiré|évoque|évoqué|fait part|expose|exposé|souligne|souligné)";
const restatement = lazyRx(
  `^\\W*(?:(?:par|dans)\\s+(?:sa|votre|une|la|cette)\\s+question[^,]*,\\s*)?(?:l'honorable parlementaire|l'auteur de la question|(?:le|la|m\\.|mme)\\s+(?:parlementaire|député|députée|sénateur|sénatrice))\\s+(?:(?:a|avait)\\s+(?:bien\\s+voulu\\s+)?)?${restatedVerbs}\\b` +
    // « Vous m'interrogez sur… », « Vous avez bien voulu appeler mon attention sur… », « Par question écrite du 3 mars,
    // M. Martin a appelé l'attention du Gouvernement sur… », « L'attention du Gouvernement a été appelée sur… »: the
    // question said again, whatever its date, figure or negation.
    `|^\\W*vous\\s+(?:m'|avez\\s+(?:bien\\s+voulu\\s+)?)?(?:interrog\\p{L}*|m'avez\\s+interrogée?|appel\\p{L}*\\s+mon\\s+attention|attir\\p{L}*\\s+mon\\s+attention|souhait\\p{L}*\\s+(?:connaître|savoir)|demand\\p{L}*)\\b` +
    `|^\\W*vous\\s+m'avez\\s+(?:interrogée?|questionnée?|demandé|saisie?)\\b` +
    `|^\\W*(?:par|dans)\\s+(?:(?:sa|votre|une|la|cette)\\s+)?question\\s+(?:écrite\\s+)?[^,]{0,80},\\s*(?:m\\.|mme|monsieur|madame)\\s+[^,]{0,60}?\\b(?:a\\s+(?:bien\\s+voulu\\s+)?)?${restatedVerbs}\\b` +
    `|^\\W*l'attention\\s+(?:du\\s+gouvernement|de\\s+la\\s+ministre|du\\s+ministre|du\\s+ministère)\\s+a\\s+été\\s+(?:appelée|attirée)\\b`,
);

export function restatesQuestion(folded: string): boolean {
  return restatement().test(folded);
}

/**
 * A measure only to be studied (« nécessite une étude approfondie », « fait actuellement l'objet d'une analyse », « le
 * projet, actuellement à l'étude », « il est difficile de préjuger la suite »): no measure is decided yet.
 */
const pendingStudy = lazyRx(
  "\\b(?:(?:nécessite|nécessitent|nécessitera|requiert|requièrent|appelle|appellent|exige|exigent|suppose|supposent)\\s+(?:une?\\s+|des\\s+)(?:\\p{L}+\\s+)?(?:études?|analyses?|expertises?|examens?|réflexions?)|(?:fait|font)\\s+(?:actuellement\\s+|encore\\s+)?l'objet\\s+d'(?:une?\\s+)(?:\\p{L}+\\s+)?(?:analyse|étude|examen|expertise|réflexion)|(?:actuellement|encore|toujours)\\s+à\\s+l'(?:étude|examen)|(?:est|sont)\\s+à\\s+l'(?:étude|examen)|difficile\\s+de\\s+préjuger)",
);

export function isPendingStudy(folded: string): boolean {
  return pendingStudy().test(folded);
}

/**
 * A date announced for what is awaited (« sa publication devrait intervenir au début de l'année 2025 », « le décret
 * sera publié en juin 2025 », « est prévue pour 2026 »), not a date in the history of the matter.
 */
const dateAnnounced = lazyRx(
  "\\b(?:(?:devrait|devraient|doit|doivent|pourrait|pourraient)\\s+(?:intervenir|aboutir|être\\s+(?:publiée?s?|adoptée?s?|prise?s?|pris|signée?s?|effective?s?|achevée?s?))|interviendra|interviendront|(?:sera|seront)\\s+(?:publiée?s?|adoptée?s?|prise?s?|pris|signée?s?|effective?s?)|(?:est|sont)\\s+(?:prévue?s?|attendue?s?|programmée?s?)\\s+(?:pour|en|au|à|d'ici|dès|début|fin)|(?:a|ont)\\s+(?:déjà\\s+|finalement\\s+)?été\\s+(?:publiée?s?|adoptée?s?|prise?s?|pris|signée?s?)|(?:est|sont)\\s+(?:entrée?s?\\s+en\\s+vigueur|parue?s?))",
);

/** The absolute dates of a folded text (global pattern: reset `lastIndex` before use). */
export function absoluteDates(): RegExp {
  return absoluteDate();
}

/**
 * A date announced for the awaited act (« sa publication devrait intervenir début 2025 »), or the date on which it was
 * done (« l'arrêté a été publié au Journal officiel du 4 août 2023 », « est entré en vigueur le 1er janvier 2024 »):
 * the act asked about is out, and the answer says when.
 */
export function announcesDate(folded: string): boolean {
  return dateAnnounced().test(folded) && has(absoluteDate(), folded);
}

/**
 * What the Government did or is preparing about a problem: a text that changed the rule (« l'article 3 de la loi
 * organique du 26 février 2003 a exclu… »), an action taken (`actionTaken`), or texts being drafted (« de nouvelles
 * dispositions sont en cours de définition »). A bare mention of a text (« désignés par ordonnance ») is not one.
 */
const textChange = lazyRx("\\b(?:a|ont)\\s+(?:\\p{L}+\\s+)?(?:exclu|modifié|supprimé|créé|institué|instauré|introduit|étendu|abrogé|remplacé|simplifié|réformé|assoupli|élargi)\\b");
const textsInPreparation = lazyRx("\\b(?:est|sont)\\s+(?:actuellement\\s+)?en cours\\s+d(?:e\\s+|')(?:définition|élaboration|préparation|rédaction|finalisation)\\b");

export function governmentActs(folded: string): boolean {
  const said = withoutSources(folded);
  return (textChange().test(said) && has(namedMeasure(), said)) || actionTaken().test(said) || textsInPreparation().test(said);
}

/** The negative forms of `polarity`: a refusal answers even when a reflection is mentioned. */
const refusal = lazyRx(`\\b(?:n'(?:envisage|entend|prévoit|compte|apparaît|apparait)\\s+(?:donc\\s+|dès lors\\s+|toutefois\\s+|cependant\\s+|actuellement\\s+|pour autant\\s+)?pas|ne\\s+(?:prévoit|envisage|peut|saurait)\\s+(?:donc\\s+)?pas|^non[,.]|il n'y a pas lieu|${administrativeRefusal})`);

const textNumber = lazyRx('(?:article|n°|loi|décret|\\bl\\.|\\br\\.|\\bd\\.)\\s*$');
const dayMonth = lazyRx(`^\\d{1,2}\\s+${month}\\b`);

/** A figure that is not merely a year, a date or a text number. */
function hasFigure(folded: string): boolean {
  // « Le nombre de lits fermés est de 42 » : the unit is in the subject.
  return figuresIn(folded).length > 0 || statesCount(folded);
}

/**
 * An article's number, with its parts after hyphens and its Latin suffix (« l'article 279-0 bis », « article
 * 278-0 bis A », « articles L. 2121-13 et L. 2122-22 »): a reference, not a figure; « 0 bis » read as a count of
 * « bis » made a legal sentence answer « combien … ».
 */
const articleNumber = lazyRx(
  "\\barticles?\\s+(?:[lrda]\\.?\\s*|lo\\.?\\s*)?\\d+(?:[-.]\\d+)*(?:\\s+(?:bis|ter|quater|\\p{L}+ies)\\b)?(?:\\s+[a-z]\\b(?!')(?:\\s+[a-z]\\b(?!'))?)?(?:(?:,\\s*[lrd]\\.\\s*|\\s+(?:et|à)\\s+(?:[lrd]\\.\\s*)?)\\d+(?:[-.]\\d+)*(?:\\s+(?:bis|ter|quater|\\p{L}+ies)\\b)?)*",
  'g',
);

/** The figures of a sentence with their unit (« 702 gardes », « 240 millions d'euros », « 120 heures »), years, dates and text numbers left out. */
/**
 * Numbers that name rather than count: a text's number (« directive 2006/112/CE », « décret n° 2024-123 »), any
 * number joined to another by « / » or « - », and a date (« 28 novembre 2006 »). « Le taux … fixé par la directive
 * 2006/112/CE » is no count statement.
 */
const referenceNumber = lazyRx(`\\b(?:n[°o]\\s*)?\\d+(?:[-/]\\d+)+(?:/\\p{L}+)?|\\b\\d{1,2}(?:er)?\\s+${month}\\b(?:\\s+\\d{4})?`, 'g');

/** The sentence with article numbers and other reference numbers blanked: what is left to read figures in. */
function withoutReferenceNumbers(folded: string): string {
  return blanked(blanked(folded, articleNumber()), referenceNumber());
}

export function figuresIn(folded: string): string[] {
  const found: string[] = [];
  folded = withoutReferenceNumbers(folded);
  figure().lastIndex = 0;
  for (let match = figure().exec(folded); match; match = figure().exec(folded)) {
    const value = match[0];
    const before = folded.slice(Math.max(0, match.index - 12), match.index);
    if (/^(?:19|20)\d{2}\b/u.test(value) && !/^\d{4}\s*(?:%|€|M€|euros?|millions?|lits|postes|places|projets|personnes|patients)/u.test(value)) continue;
    if (textNumber().test(before)) continue;
    if (dayMonth().test(value)) continue;
    found.push(value);
  }
  return found;
}

/**
 * A request for a time limit or a duration (« dans quel délai », « sous quel délai », « pendant combien de temps »);
 * not « dans quels délais » these measures will be taken, which asks for their calendar.
 */
const delayAsked = lazyRx("\\b(?:quel délai|le délai|un délai|délai (?:légal|maximal|minimal|imparti|dans lequel)|combien de temps|quelle durée|la durée)\\b");
/**
 * A time limit or duration stated (« dans un délai maximal de trente jours », « sous quinze jours », « pendant deux
 * mois », « d'une durée de 6 ans »): the answer to « dans quel délai », which a date would not be.
 */
const delayStated = lazyRx(
  `\\b(?:délai\\s+(?:maximal\\s+|maximum\\s+|minimal\\s+|minimum\\s+|légal\\s+|réglementaire\\s+)?(?:de|d')|durée\\s+(?:maximale\\s+|minimale\\s+)?(?:de|d')|sous|dans\\s+les|dans\\s+un|pendant|durant|au plus tard|au moins|au minimum|au maximum)\\s+(?:\\d+|${cardinalWords}(?:[\\s-]+(?:et[\\s-]+)?${cardinalWords}){0,4})\\s+(?:jours?|semaines?|mois|ans|années?|heures?)\\b`,
);

export function asksDelay(requestFolded: string): boolean {
  return delayAsked().test(requestFolded);
}

export function statesDelay(folded: string): boolean {
  return delayStated().test(folded);
}

/**
 * A legal basis and its complement to the next comma (« En application de la loi de finances pour 2023, », « aux
 * termes de l'article L. 2334-1 du code général des collectivités territoriales, », « dans le cadre du plan… »):
 * where the rule comes from, not how the thing asked is done.
 */
// Only a legal source: « dans le cadre de la circulaire », « sur la base de la population » often are the mechanism itself.
const legalBasis = lazyRx("\\b(?:en application d(?:e|u|es|')|aux termes d(?:e|u|es|')|conformément (?:à|aux))[^,;]{0,200}", 'g');

/**
 * The sentence describes a mechanism (QUESTION-FORMS.md §5, MODALITÉS) once its legal basis is set aside: « En
 * application de la loi de finances, le fonds est doté de deux milliards d'euros » says where the rule comes from,
 * not how the credits are shared.
 */
export function describesMechanismBeyondBasis(folded: string): boolean {
  const rest = blanked(blanked(folded, legalBasis()), legalCitation());
  return has(mechanism(), rest) || has(plainMechanism(), rest);
}

/**
 * A mechanism said without a connector: who does it (« arrêtée par le préfet », « par les services de l'État »), on
 * which criteria (« en fonction de leur population », « au prorata », « selon des critères »), on what request (« sur
 * dossier », « après instruction »).
 */
const plainMechanism = lazyRx(
  "\\bpar\\s+(?:le|la|les|l')\\s*(?:préfets?|ministres?|ministère|conseils?|agences?|commissions?|directeurs?|directions?|maires?|présidents?|état|caisses?|services?|comités?|représentants?|autorités?|organismes?|opérateurs?)\\b|\\ben fonction d|\\bau prorata\\b|\\bselon (?:des|les|plusieurs|trois|deux) critères\\b|\\bsur (?:simple\\s+)?(?:dossier|demande|proposition|avis)\\b|\\baprès (?:avis|instruction|consultation|accord|examen)\\b|\\b(?:à partir|à l'issue|sur la base|au vu|au regard) d(?:e|u|es|')|\\bpar (?:un|une) (?:coefficient|barème|formule|mécanisme|clé|appel|commission|comité|procédure|dotation|convention)\\b",
);

/**
 * Who grants or decides, in a participle of decision (« habilités par le préfet », « arrêtée par le ministre », « sur
 * décision du préfet »), or on which criteria (« en fonction de », « au prorata », « après avis »): a mechanism. Not
 * the bare agent (« seront indemnisés par l'État » says who pays, not how).
 */
const decidedBy = lazyRx(
  "\\b(?:habilitée?s?|désignée?s?|autorisée?s?|agréée?s?|nommée?s?|arrêtée?s?|fixée?s?|accordée?s?|attribuée?s?|délivrée?s?|instruite?s?|examinée?s?|validée?s?|répartie?s?)\\s+(?:chaque année\\s+|annuellement\\s+)?par\\s+(?:le|la|les|l')\\s*(?:préfets?|ministres?|ministère|conseils?|agences?|commissions?|directeurs?|directions?|maires?|présidents?|caisses?|services?|comités?|autorités?|organismes?|opérateurs?)\\b|\\ben fonction d|\\bau prorata\\b|\\bselon (?:des|les|plusieurs|trois|deux) critères\\b|\\bsur (?:dossier|décision|avis)\\b|\\baprès (?:avis|instruction|examen)\\b",
  'g',
);

/** An explicit statement that the figure asked is not available (« ces données ne sont pas disponibles »). */
export function statesNoData(folded: string): boolean {
  return has(noData(), folded);
}

/** A count stated without a unit after it (« le nombre de lits fermés est de 42 », « s'établissait à 4 572 965 »). */
export function statesCount(folded: string): boolean {
  return countStatement().test(withoutReferenceNumbers(folded));
}

const countStatement = lazyRx(
  "\\b(?:nombre|total|montant|effectifs?|taux|s'élève|s'élèvent|atteint|atteignent|s'établit|s'établissent)\\b[^.;]*?\\b(?!(?:19|20)\\d{2}\\b)\\d+(?:[ ,.]\\d+)*\\b|\\b(?:s'établissai(?:t|ent)|s'élevai(?:t|ent)|atteignai(?:t|ent)|étai(?:t|ent)|sont|compt(?:e|ent|ait|aient))\\s+(?:(?:de|à|d'environ|environ|près de|plus de|moins de)\\s+)?(?!(?:19|20)\\d{2}\\b)\\d{1,3}(?:[ .]\\d{3})+\\b",
);

/** French description of what a request of this kind lacks, for messages. */
export const missingEvidence: Readonly<Record<SubQuestionKind, string>> = {
  calendrier: 'aucune date précise dans la réponse',
  chiffres: 'aucun chiffre avec son unité dans la réponse',
  mesures: 'aucune mesure nommée (texte, plan, fonds, montant, instance…) dans la réponse',
  modalites: 'le mécanisme (qui, comment, sur quelle base) n’est pas décrit',
  intention: 'la réponse ne dit ni oui ni non',
  position: 'aucune appréciation attribuée au Gouvernement',
  droit: 'aucune référence juridique précise (article, loi, décret…)',
  articulation: 'la relation entre les deux éléments comparés n’est pas explicitée',
  autre: 'la demande n’est pas traitée',
};
