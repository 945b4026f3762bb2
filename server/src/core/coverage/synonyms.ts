/**
 * Paraphrases of administrative French that coverage accepts for a request's word (issue 10): an answer says
 * « véhicules » for « voitures », « fonctionnaires » for « personnels », « ces dispositions » for « la
 * réglementation », « les communes » for « les collectivités ». Near-synonyms go both ways; a hypernym of the
 * request (« collectivités », « soignants ») is answered by its hyponyms (« communes », « médecins »), not the
 * reverse.
 *
 * « municipal ~ commune » was tried and left out: on the tune half it tied a closing remark about « leur
 * commune » to a request about municipal councillors, so that the sentence that answered was no longer looked for.
 *
 * Kept small and general on purpose: each group was chosen from pairs seen between a question and its published
 * answer in the tune half of coverage-dev and in the earlier dev-set (never in the held-out half), and a match
 * through this table weighs like the word itself, so one shared synonym never addresses a request alone (the
 * address bound needs at least one and a half words of the request).
 */
import { termKey } from './stem';

/** Near-synonyms: every word answers for every other. */
const synonymGroups: readonly string[] = [
  'voiture véhicule automobile',
  'personnel agent fonctionnaire',
  'réglementation règle disposition texte',
  // « dans quels délais sa parution » → « sa publication devrait intervenir… »: the two words name one act.
  'parution publication',
  // « assister aux réunions » / « siéger »: one presence at a body's meetings.
  'assister siéger',
];

/** A request's hypernym → the words an answer names its members with. */
const hyponyms: readonly (readonly [string, string])[] = [
  ['collectivité', 'commune département région'],
  ['soignant', 'médecin infirmier'],
];

/**
 * A request's text named by its kind → the word an answer takes it up with (« le décret d'application » → « ce
 * texte sera publié au premier trimestre 2025 »): an answer names the text it has just described by the general word.
 */
const takenUpAs: readonly (readonly [string, string])[] = [
  ['décret', 'texte'],
  ['arrêté', 'texte'],
  ['ordonnance', 'texte'],
  ['circulaire', 'texte'],
  // Legal answers on local government name the person or the body asked about by its general word (« si un conseiller
  // municipal peut assister aux réunions d'une commission » → « un élu qui n'en est pas membre ne peut siéger dans ces
  // instances »).
  ['conseiller', 'élu'],
  ['adjoint', 'élu'],
  ['commission', 'instance'],
  // « quels recours sont ouverts au salarié » → « le salarié peut saisir le conseil de prud'hommes / contester… ».
  ['recours', 'saisir'],
  ['recours', 'contester'],
];

const aliases = new Map<string, Set<string>>();

function add(from: string, to: string): void {
  const key = termKey(from);
  const target = termKey(to);
  if (key === target) return;
  const set = aliases.get(key) ?? new Set<string>();
  set.add(target);
  aliases.set(key, set);
}

for (const group of synonymGroups) {
  const words = group.split(' ');
  for (const word of words) for (const other of words) add(word, other);
}
for (const [general, members] of hyponyms) for (const member of members.split(' ')) add(general, member);
for (const [named, general] of takenUpAs) add(named, general);

const none: readonly string[] = [];
const frozen = new Map<string, readonly string[]>([...aliases].map(([key, set]) => [key, [...set]]));

/**
 * The noun of a verb in « -uire » (réduire → réduction, produire → production, construire → construction): the stems
 * (« reduir », « reduct ») share too short a prefix for the stem rule, and answers name the action by its noun
 * (« s'il compte réduire le nombre… » → « une réduction du nombre… ne paraît pas souhaitable »).
 */
const deverbal = /^(\p{L}{2,})uir$/u;

const recoursKey = termKey('recours');
const remedyVerbs = new Set([termKey('saisir'), termKey('contester')]);
const recoursAsUse = /\brecours\s+(?:à|a|au|aux)\b/u;

/**
 * « le recours à des médecins intérimaires », « avoir recours aux contractuels »: « recours » is the use of
 * something there, not a remedy, and « saisir » / « contester » in the answer do not take it up.
 */
export function usesRecoursAsUse(requestFolded: string): boolean {
  return recoursAsUse.test(requestFolded);
}

/**
 * Other word keys an answer may use for this request word key (empty for most words). `recoursIsUse`: the request's
 * « recours » is a use (« recours à »), and the remedy verbs are no paraphrase of it.
 */
export function paraphraseKeys(key: string, recoursIsUse = false): readonly string[] {
  if (recoursIsUse && key === recoursKey) return (frozen.get(key) ?? none).filter((alias) => !remedyVerbs.has(alias));
  const known = frozen.get(key);
  if (known) return known;
  const verb = deverbal.exec(key);
  return verb ? [`${verb[1]}uct`] : none;
}
