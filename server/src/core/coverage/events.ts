/**
 * The event a calendar request dates, and the words an answer names it with (issue 10): « à quelle date la
 * circulation sera rétablie » → « la reprise des circulations dépendra de l'expertise ». The stemmer keeps these words
 * apart (rétablir / reprendre). A sentence naming the event without a date makes the request partial instead of « no
 * passage at all ». Taking a date beside such a word as the answer was tried and withdrawn (rev2-cv18): the date was
 * often another event's (« suspendue depuis le 14 janvier 2024, ne reprendra qu'à l'issue de l'expertise »).
 */
import { lazyRx } from './regex';

/** Word families of the events a calendar request asks about, as folded-text patterns (accents folded by `lazyRx`). */
const families: readonly (() => RegExp)[] = [
  // Back in service.
  lazyRx("\\b(?:rétabli\\p{L}*|rétablissement|repr(?:is|ise|ises|end|endra|endront|ennent)|reprise|rouv(?:ert|erte|erts|ertes|rira|riront|re|rent)|réouverture|remise?s?\\s+en\\s+(?:service|circulation)|redémarr\\p{L}*)\\b"),
  // Opening.
  lazyRx("\\b(?:ouv(?:ert|erte|erts|ertes|rira|riront|re|rent)|ouverture|mise?s?\\s+en\\s+service|inaugur\\p{L}*|accueiller(?:a|ont)\\s+(?:ses|leurs)\\s+premiers?)\\b"),
  // Completion.
  lazyRx("\\b(?:achev\\p{L}*|achèvement|termin\\p{L}*|livr(?:é|ée|és|ées|era|eront)|livraison|s'achèver(?:a|ont)|s'achèvent|s'achève)\\b"),
  // Coming into force.
  lazyRx("\\b(?:entr(?:é|ée|és|ées|era|eront)\\s+en\\s+vigueur|entrée\\s+en\\s+vigueur|applicables?|s'appliquer(?:a|ont)|s'applique(?:nt)?|effective?s?|prendr(?:a|ont)\\s+effet|prise?\\s+d'effet)\\b"),
  // Publication.
  lazyRx("\\b(?:publi(?:é|ée|és|ées|era|eront)|publication|par(?:u|ue|us|ues|aîtra|aitra|aîtront|aitront)|parution)\\b"),
  // Payment.
  lazyRx("\\b(?:vers(?:é|ée|és|ées|era|eront)|versement|versements|pay(?:é|ée|és|ées|era|eront)|paiement|paiements)\\b"),
  // Start.
  lazyRx("\\b(?:lanc(?:é|ée|és|ées|era|eront)|lancement|démarr\\p{L}*|début(?:era|eront|é|ée)|engag(?:é|ée|és|ées|era|eront)|commencer(?:a|ont)|commencé)\\b"),
];

/** The families of events a request names (« sera rétablie » → back in service). */
export function eventFamilies(requestFolded: string): number[] {
  return families.flatMap((family, index) => (family().test(requestFolded) ? [index] : []));
}

/** The sentence names an event of one of these families (« la reprise des circulations »). */
export function namesEvent(folded: string, asked: readonly number[]): boolean {
  return asked.some((index) => families[index]!().test(folded));
}
