/**
 * Who acts in a request (QUESTION-FORMS.md §10.1), for the forms where the actor is not the grammatical subject
 * before the verb: an agent after a passive (« quelles mesures peuvent être prises par le maire »), a subject
 * after an inverted verb (« de quels moyens dispose le maire », « ce que peut faire une commune »), and a request
 * about what will happen (« si les communes bénéficieront d'une compensation »), which is the Government's
 * decision to come, not a rule in force.
 */
import { lazyRx } from './regex';

/** Someone other than the Government whose rights and duties a request asks about (§10.1). */
export const localActorSource =
  '(?:communes?|maires?|adjoints?|conseils?\\s+municipa(?:l|ux)|conseillers?|élus?|collectivités?|départements?|régions?|intercommunalités?|epci|syndicats?|communautés?|établissements?|agents?|fonctionnaires?|employeurs?|salariée?s?|propriétaires?|locataires?|bailleurs?|associations?|contribuables?|particuliers?|personnes?|usagers?|entreprises?|exploitants?|héritiers?|notaires?|président|présidente|préfets?|parents?|familles?|professionnels?|médecins?|pharmaciens?|infirmiers?|titulaires?|bénéficiaires?|demandeurs?|redevables?|administrés?|habitants?|riverains?|candidats?|retraitée?s?|veuves?|conjoints?)';

const determiner = "(?:le|la|les|l'|un|une|des|ce|cet|cette|ces|chaque|tout|toute|son|sa|ses|leurs?)";

/**
 * The law's means for someone else, with that someone after the verb: a passive with its agent (« peuvent être
 * prises par le maire »), an inverted subject (« de quels moyens dispose le maire », « que peut faire une
 * commune », « quelle attitude doit adopter le maire »), or means that are open to them (« les solutions qui
 * s'offrent aux communes »).
 */
const actorAfterVerb = lazyRx(
  `\\b(?:(?:peut|peuvent|pourrait|pourraient|doit|doivent|devrait|devraient)\\s+(?:légalement\\s+)?être\\s+\\p{L}+\\s+par\\s+${determiner}\\s*` +
    `|(?:de\\s+)?quel(?:le)?s?\\s+(?:moyens|outils|leviers|pouvoirs|recours|possibilités|marges?\\s+de\\s+man(?:œ|oe)uvre|solutions|voies\\s+de\\s+recours|prérogatives|délais?|durée)\\s+(?:juridiques\\s+|légaux\\s+|d'action\\s+)?(?:dispose|disposent|bénéficie|bénéficient)\\s+${determiner}\\s*` +
    `|\\bqu(?:e\\s+|')\\s*(?:peut|peuvent|doit|doivent|pourrait|pourraient|devrait|devraient)\\s+(?:\\p{L}+\\s+){1,3}?${determiner}\\s*` +
    `|\\bquel(?:le)?s?\\s+(?:attitude|conduite|démarche|procédure|position)\\s+(?:doit|doivent|devrait|devraient|peut|peuvent)\\s+(?:adopter|tenir|suivre|prendre|engager)\\s+${determiner}\\s*` +
    `|(?:solutions|possibilités|moyens|recours|voies\\s+de\\s+recours|options)\\s+(?:juridiques\\s+|légales\\s+)?(?:qui\\s+)?s'offr(?:e|ent)\\s+(?:à|au|aux)\\s*(?:${determiner}\\s*)?` +
    `)${localActorSource}\\b`,
);

/** True when the request asks what the law lets or makes someone other than the Government do, named after the verb. */
export function actorAfterLegalVerb(folded: string): boolean {
  return actorAfterVerb().test(folded);
}

/**
 * « si les communes bénéficieront d'une compensation », « si l'État prendra en charge ces travaux » : a simple
 * future in a « si » request about what the State grants (a compensation, an aid, credits) asks what will be
 * decided, not what the law says now. A legal consequence in the future (« si l'apport entraînera la taxation de la
 * plus-value ») stays a question of law, and so do the modals (« pourra », « devra ») and « sera », « aura » (« sera
 * tenu », « aura droit »), left to the other rules.
 */
const futureVerb = lazyRx(
  "^(?:si|s'ils?|s'elles?)\\b(?:(?!\\b(?:pourra|pourront|devra|devront|faudra|vaudra|aura|auront|sera|seront|peut|peuvent|doit|doivent)\\b)[^,;:?])*?\\b(?!(?:entraîn|emporter|impliquer|provoquer|conduir|donner|ouvrir|suffir|constituer|relever|valoir)\\p{L}*\\b)\\p{L}{2,}(?:era|eront|ira|iront|endra|endront|iendra|iendront|evra|evront)\\b",
);
/** What the State grants: a future about it is the Government's decision. */
const stateGrant = lazyRx(
  "\\b(?:compensations?|compensée?s?|aides?|dotations?|subventions?|crédits|financements?|indemnisations?|indemnités?|moyens|renforts?|postes|primes?|revalorisations?|fonds|part\\s+d[eu]|prise\\s+en\\s+charge|prendra\\s+en\\s+charge|prendront\\s+en\\s+charge|soutien|accompagnement|gratuite?s?|gratuité)\\b",
);

/** True when a « si » request asks, in the simple future, whether the State will grant something (a decision to come). */
/**
 * « si une commune nouvelle créée par la fusion de trois communes bénéficiera d'une garantie » : a case (one
 * commune, an agent, with an indefinite article) asks how the law in force will apply to it, not a decision to come.
 */
const caseSubject = lazyRx(`^si\\s+(?:un|une)\\s+(?:\\p{L}+\\s+)?${localActorSource}\\b`);

export function asksFuture(folded: string): boolean {
  return futureVerb().test(folded) && stateGrant().test(folded) && !caseSubject().test(folded);
}

/** « Le Gouvernement poussera-t-il… ? », « l'État prendra-t-il en charge… ? » : the Government's own act to come, asked yes or no. */
const governmentFutureInverted = lazyRx(
  "\\b(?:gouvernement|état|etat|ministre|ministère|pouvoirs\\s+publics)\\s+(?:\\p{L}+\\s+)?(?:\\p{L}{2,}(?:era|eront|ira|iront|endra|endront|iendra|iendront|evra|evront)|ira|iront|fera|feront)(?:-t)?-(?:il|elle|ils|elles)\\b",
);

export function asksGovernmentFuture(folded: string): boolean {
  return governmentFutureInverted().test(folded);
}

/**
 * « quelle forme de financement le Gouvernement entend leur proposer », « quel dispositif l'État compte mettre en
 * place » : whatever the noun, what the Government will do (mesures), when no other cue names the kind.
 */
const whatGovernmentWillDo = lazyRx(
  "^(?:(?:de|à|par|pour|sous|selon|avec)\\s+)?quel(?:le)?s?\\s+(?:\\p{L}+\\s+){1,3}?(?:le\\s+gouvernement|l'état|l'etat|la\\s+france|il|elle|son\\s+ministère|ses\\s+services)\\s+(?:entend|compte|envisage|va|pourrait|peut|souhaite|prévoit|propose|a\\s+l'intention\\s+d)",
);

export function asksWhatGovernmentWillDo(folded: string): boolean {
  return whatGovernmentWillDo().test(folded);
}

/**
 * A scheme of the State's own (QUESTION-FORMS.md §10.1): when the subject of a passive of change is one of these
 * (« si ces crédits peuvent être augmentés », « si le dispositif peut être étendu »), the actor left unsaid is
 * the Government, and the request asks its will.
 */
const stateScheme =
  "(?:dispositifs?|crédits?|mesures?|plans?|aides?|réformes?|fonds|dotations?|allocations?|plafonds?|seuils?|barèmes?|critères|décrets?|circulaires?|lois?|programmes?|expérimentations?|enveloppes?|exonérations?|bonus|chèques?|zonages?|moratoires?|compensations?|mécanismes?|prestations?|pensions?|bourses?|appels?\\s+à\\s+projets?|subventions?\\s+de\\s+l'état|réglementations?|interdictions?|listes?)";
/**
 * Heads that a commune or an employer may also set (« le taux de la taxe », « le montant de la redevance », « le
 * délai », « les conditions ») : a scheme of the State only when no one else is named in the request.
 */
const sharedScheme =
  "(?:délais?|dates?\\s+limites?|taux|conditions|règles?|calendriers?|échéances?|taxes?|contributions?|obligations?|dispositions?|montants?|indemnités?|primes?|normes?|financements?|soutiens?|régimes?|quotas?|contingents?|périodes?\\s+de\\s+(?:transition|dérogation))";

/** A change only the author of a scheme makes to it (not « cumulée », « versée », « imputée »: what the law allows). */
const changeParticiple =
  "(?:(?:augmenté|étendu|élargi|prolongé|prorogé|généralisé|revalorisé|relevé|rehaussé|abaissé|raccourci|allongé|reporté|repoussé|différé|décalé|pérennisé|reconduit|maintenu|rétabli|abondé|réabondé|majoré|modifié|revu|révisé|réexaminé|reconsidéré|assoupli|simplifié|adapté|aménagé|harmonisé|supprimé|abrogé|doublé|renforcé|accéléré|débloqué|réformé|redéfini|actualisé|complété|clarifié|amélioré|allégé|levé)(?:e|s|es)?|portée?s?\\s+(?=à\\s+(?:\\d|hauteur|\\p{L}+\\s+(?:ans|mois|jours|semaines|années|euros)))|mis(?:e|es)?\\s+en\\s+(?:place|œuvre|oeuvre))";

const schemeDeterminer = "(?:le|la|les|l'|ce|cet|cette|ces|un|une|des|son|sa|ses|leur|leurs|ledit|ladite|lesdits|lesdites)";
/** « le bénéfice de cette aide », « l'accès à ce dispositif », « le nouveau dispositif » : the scheme is the head's complement. */
const schemeHead = `(?:(?:bénéfice|éligibilité|accès|périmètre|champ(?:\\s+d'application)?|application|durée)\\s+(?:de\\s+|du\\s+|des\\s+|à\\s+|au\\s+|aux\\s+|d')\\s*(?:${schemeDeterminer}\\s*)?)?(?:\\p{L}+\\s+)?`;
/** « si, compte tenu de l'inflation, ces crédits… » : a phrase between commas after « si ». */
const incise = "(?:,[^,;?]{1,80},\\s*)?";

/**
 * « si ces crédits peuvent être augmentés », « si ce dispositif a vocation à être pérennisé » : a passive of change
 * whose subject is a scheme of the State. The subject's head (its first noun) decides: « si le contrat de l'agent
 * peut être prolongé » (an employer's act) does not match.
 */
const stateChangePassive = lazyRx(
  `^(?:si|s'ils?|s'elles?)\\s*${incise}${schemeDeterminer}\\s*${schemeHead}(${stateScheme}|${sharedScheme})\\b[^;?]{0,120}?\\b(?:ne\\s+|n')?(?:peut|peuvent|pourrait|pourraient|pourra|pourront|devrait|devraient|(?:a|ont)\\s+vocation\\s+à|(?:est|sont)\\s+appelée?s?\\s+à)\\s+(?:pas\\s+)?(?:\\p{L}+ment\\s+|bientôt\\s+|enfin\\s+|encore\\s+|à\\s+nouveau\\s+){0,2}être\\s+(?:\\p{L}+ment\\s+|à\\s+nouveau\\s+)?${changeParticiple}\\b`,
);

/**
 * « si la loi doit être modifiée », « si le décret doit être revu » : with « doit », only a text of the State (a list,
 * a condition or a contract « doit être complète / modifiée » is what the law requires of someone).
 */
const stateTextMustChange = lazyRx(
  `^(?:si|s'ils?|s'elles?)\\s*${incise}${schemeDeterminer}\\s*(?:lois?|décrets?|circulaires?|réglementations?|dispositifs?|barèmes?|plafonds?|seuils?|programmes?|codes?|ordonnances?)\\b[^;?]{0,120}?\\b(?:ne\\s+|n')?(?:doit|doivent)\\s+(?:pas\\s+)?(?:\\p{L}+ment\\s+|à\\s+nouveau\\s+)?être\\s+(?:\\p{L}+ment\\s+)?${changeParticiple}\\b`,
);

/**
 * « si une prolongation de ce délai est possible », « s'il est possible que ces crédits soient augmentés » : a
 * change to a scheme, named by a noun or in a subjunctive passive, that only the Government can make.
 */
const stateChangeNoun = lazyRx(
  "^si\\s+(?:une?|la|le|l'|des|les)\\s+(?:nouvelles?\\s+|éventuelles?\\s+)?(?:prolongation|prorogation|extension|revalorisation|augmentation|modification|révision|généralisation|pérennisation|réforme|évolution|assouplissement|report|hausse|relèvement|abaissement|majoration|simplification|élargissement|harmonisation|adaptation|suppression|reconduction|réouverture)\\b[^;?]{0,120}?\\b(?:est|serait|sera|paraît|semble|paraîtrait|semblerait)\\s+(?:\\p{L}+ment\\s+)?(?:possible|envisageable|réalisable|prévue?|à\\s+l'étude)\\b",
);
const stateChangeSubjunctive = lazyRx(
  `^s'il\\s+(?:ne\\s+|n')?(?:est|serait)\\s+(?:pas\\s+)?(?:possible|envisageable)\\s+qu(?:e\\s+|')\\s*${schemeDeterminer}\\s*${schemeHead}(${stateScheme}|${sharedScheme})\\b[^;?]{0,120}?\\b(?:soit|soient)\\s+(?:\\p{L}+ment\\s+)?${changeParticiple}\\b`,
);

/** « si ce dispositif est reconduit en 2026 » : a present passive of change with a time to come is a decision to come. */
const stateChangeToCome = lazyRx(
  `^(?:si|s'ils?|s'elles?)\\s*${incise}${schemeDeterminer}\\s*${schemeHead}(${stateScheme}|${sharedScheme})\\b[^;?]{0,120}?\\b(?:est|sont)\\s+(?:bien\\s+)?${changeParticiple}\\s+(?:[^;?]{0,40}?\\s)?(?:en\\s+(?:20\\d\\d|\\d{4})|l'an(?:née)?\\s+prochaine?|au-delà\\s+d|à\\s+l'avenir|à\\s+compter\\s+d|après\\s+(?:le|la|l')\\s*(?:\\d|31|30|1er|fin|échéance))`,
);

/** Acts of a commune, an employer or a private person: a change to them is what the law allows (§10.1), not the State's will. */
const localAct = lazyRx(
  "\\b(?:contrats?|baux|bail|délibérations?|statuts|règlements?\\s+intérieurs?|périodes?\\s+d'essai|plans?\\s+loca(?:l|ux)\\s+d'urbanisme|plu|plui|permis|concessions?|conventions?|marchés?|mandats?|détachements?|disponibilités?|congés?|titres?\\s+de\\s+séjour|autorisations?\\s+d'urbanisme|arrêtés?\\s+(?:municipa(?:l|ux)|du\\s+maire|de\\s+police)|budgets?\\s+(?:communa(?:l|ux)|annexes?|primitifs?)|listes?\\s+électorales?|séances?|réunions?\\s+du\\s+conseil|votes?\\s+du\\s+budget|enquêtes?\\s+publiques?)\\b",
);

const sharedHead = lazyRx(`^${sharedScheme}$`);
const localActorWord = lazyRx(`\\b${localActorSource}\\b`);

/** « … peut être modifiée par un simple arrêté » : which instrument the law requires, a question of law. */
const byLegalInstrument = lazyRx("^\\s*,?\\s*(?:par|sans)\\s+(?:un\\s+|une\\s+|la\\s+|le\\s+|l'|simple\\s+|voie\\s+(?:de\\s+)?)*(?:simple\\s+)?(?:arrêtés?|décrets?|circulaires?|délibérations?|ordonnances?|voie\\s+réglementaire|(?:la\\s+)?loi|avenant|accord|avis|consentement|autorisation)\\b");

/** Time limits of procedure (« le délai de recours peut-il être prorogé ») : what the law provides, not a scheme. */
const legalDelay = lazyRx("\\bdélais?\\s+(?:de\\s+(?:recours|prescription|forclusion|préavis|rétractation|carence|réponse|procédure)|d'(?:instruction|appel|opposition|affichage))\\b");
/** « … peut être maintenu en cas de déménagement » : the rule in a given case, what the law says. */
const inACase = lazyRx("^\\s*,?\\s*(?:en\\s+cas\\s+d|lorsqu|dans\\s+(?:le|l')\\s*(?:cas|hypothèse)|si\\b|quand\\b)");

/** True when a « si » request asks whether a scheme of the State can be changed: the Government's will (`intention`). */
export function asksStateChange(folded: string): boolean {
  const match = stateChangePassive().exec(folded) ?? stateTextMustChange().exec(folded) ?? stateChangeNoun().exec(folded) ?? stateChangeSubjunctive().exec(folded) ?? stateChangeToCome().exec(folded);
  if (!match) return false;
  // « si ces crédits peuvent être augmentés par la commune » : the agent named is someone else.
  const after = folded.slice(match.index + match[0].length);
  if (actorAfterLegalVerb(folded) || localAct().test(match[0]) || legalDelay().test(match[0]) || byLegalInstrument().test(after) || inACase().test(after)) return false;
  // « si le taux de la taxe peut être modifié par délibération de la commune » : a head others set, someone else named.
  return match[1] === undefined || !sharedHead().test(match[1]) || !localActorWord().test(folded);
}

/** True when a request names an act of a commune, an employer or a private person (« le contrat de l'agent »). */
export function namesLocalAct(folded: string): boolean {
  return localAct().test(folded);
}
