/**
 * Who acts in a request (QUESTION-FORMS.md §10.1), for the forms where the actor is not the grammatical subject
 * before the verb: an agent after a passive (« quelles mesures peuvent être prises par le maire »), a subject
 * after an inverted verb (« de quels moyens dispose le maire », « ce que peut faire une commune »), and a request
 * about what will happen (« si les communes bénéficieront d'une compensation »), which is the Government's
 * decision to come, not a rule in force.
 */
import { rx } from './regex';

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
const actorAfterVerb = rx(
  `\\b(?:(?:peut|peuvent|pourrait|pourraient|doit|doivent|devrait|devraient)\\s+(?:légalement\\s+)?être\\s+\\p{L}+\\s+par\\s+${determiner}\\s*` +
    `|(?:de\\s+)?quel(?:le)?s?\\s+(?:moyens|outils|leviers|pouvoirs|recours|possibilités|marges?\\s+de\\s+man(?:œ|oe)uvre|solutions|voies\\s+de\\s+recours|prérogatives)\\s+(?:juridiques\\s+|légaux\\s+|d'action\\s+)?(?:dispose|disposent|bénéficie|bénéficient)\\s+${determiner}\\s*` +
    `|\\bqu(?:e\\s+|')\\s*(?:peut|peuvent|doit|doivent|pourrait|pourraient|devrait|devraient)\\s+(?:\\p{L}+\\s+){1,3}?${determiner}\\s*` +
    `|\\bquel(?:le)?s?\\s+(?:attitude|conduite|démarche|procédure|position)\\s+(?:doit|doivent|devrait|devraient|peut|peuvent)\\s+(?:adopter|tenir|suivre|prendre|engager)\\s+${determiner}\\s*` +
    `|(?:solutions|possibilités|moyens|recours|voies\\s+de\\s+recours|options)\\s+(?:juridiques\\s+|légales\\s+)?(?:qui\\s+)?s'offr(?:e|ent)\\s+(?:à|au|aux)\\s*(?:${determiner}\\s*)?` +
    `)${localActorSource}\\b`,
);

/** True when the request asks what the law lets or makes someone other than the Government do, named after the verb. */
export function actorAfterLegalVerb(folded: string): boolean {
  return actorAfterVerb.test(folded);
}

/**
 * « si les communes bénéficieront d'une compensation », « si l'État prendra en charge ces travaux » : a simple
 * future in a « si » request about what the State grants (a compensation, an aid, credits) asks what will be
 * decided, not what the law says now. A legal consequence in the future (« si l'apport entraînera la taxation de la
 * plus-value ») stays a question of law, and so do the modals (« pourra », « devra ») and « sera », « aura » (« sera
 * tenu », « aura droit »), left to the other rules.
 */
const futureVerb = rx(
  "^(?:si|s'ils?|s'elles?)\\b(?:(?!\\b(?:pourra|pourront|devra|devront|faudra|vaudra|aura|auront|sera|seront|peut|peuvent|doit|doivent)\\b)[^,;:?])*?\\b(?!(?:entraîn|emporter|impliquer|provoquer|conduir|donner|ouvrir|suffir|constituer|relever|valoir)\\p{L}*\\b)\\p{L}{2,}(?:era|eront|ira|iront|endra|endront|iendra|iendront|evra|evront)\\b",
);
/** What the State grants: a future about it is the Government's decision. */
const stateGrant = rx(
  "\\b(?:compensations?|compensée?s?|aides?|dotations?|subventions?|crédits|financements?|indemnisations?|indemnités?|moyens|renforts?|postes|primes?|revalorisations?|fonds|part\\s+d[eu]|prise\\s+en\\s+charge|prendra\\s+en\\s+charge|prendront\\s+en\\s+charge|soutien|accompagnement|gratuite?s?|gratuité)\\b",
);

/** True when a « si » request asks, in the simple future, whether the State will grant something (a decision to come). */
export function asksFuture(folded: string): boolean {
  return futureVerb.test(folded) && stateGrant.test(folded);
}

/** « Le Gouvernement poussera-t-il… ? », « l'État prendra-t-il en charge… ? » : the Government's own act to come, asked yes or no. */
const governmentFutureInverted = rx(
  "\\b(?:gouvernement|état|etat|ministre|ministère|pouvoirs\\s+publics)\\s+(?:\\p{L}+\\s+)?(?:\\p{L}{2,}(?:era|eront|ira|iront|endra|endront|iendra|iendront|evra|evront)|ira|iront|fera|feront)(?:-t)?-(?:il|elle|ils|elles)\\b",
);

export function asksGovernmentFuture(folded: string): boolean {
  return governmentFutureInverted.test(folded);
}

/**
 * « quelle forme de financement le Gouvernement entend leur proposer », « quel dispositif l'État compte mettre en
 * place » : whatever the noun, what the Government will do (mesures), when no other cue names the kind.
 */
const whatGovernmentWillDo = rx(
  "^(?:(?:de|à|par|pour|sous|selon|avec)\\s+)?quel(?:le)?s?\\s+(?:\\p{L}+\\s+){1,3}?(?:le\\s+gouvernement|l'état|l'etat|la\\s+france|il|elle|son\\s+ministère|ses\\s+services)\\s+(?:entend|compte|envisage|va|pourrait|peut|souhaite|prévoit|propose|a\\s+l'intention\\s+d)",
);

export function asksWhatGovernmentWillDo(folded: string): boolean {
  return whatGovernmentWillDo.test(folded);
}
