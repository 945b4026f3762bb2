/**
 * The event a calendar request dates, and the words an answer dates it with (issue 10): « à quelle date la circulation
 * sera rétablie » → « les circulations ont repris le 12 décembre 2024 »; « l'ouverture de ces brigades » → « la
 * brigade ouvrira au printemps 2025 ». The stemmer keeps these words apart (rétablir / reprendre), and a sentence that
 * only shares a word of the request and a date is not enough: the date of another event of the same thing (« la
 * circulation a été interrompue le 12 janvier ») would pass. So the answer's word must be of the event's own family
 * and stand next to the date, in the same clause.
 */
import { lazyRx } from './regex';

/** Word families of the events a calendar request asks about, as folded-text patterns (accents folded by `lazyRx`). */
const families: readonly (() => RegExp)[] = [
  // Back in service.
  lazyRx("\\b(?:rétabli\\p{L}*|rétablissement|repr(?:is|ise|ises|end|endra|endront|ennent)|reprise|rouv(?:ert|erte|erts|ertes|rira|riront|re|rent)|réouverture|remise?s?\\s+en\\s+(?:service|circulation)|redémarr\\p{L}*)\\b", 'g'),
  // Opening.
  lazyRx("\\b(?:ouv(?:ert|erte|erts|ertes|rira|riront|re|rent)|ouverture|mise?s?\\s+en\\s+service|inaugur\\p{L}*|accueiller(?:a|ont)\\s+(?:ses|leurs)\\s+premiers?)\\b", 'g'),
  // Completion.
  lazyRx("\\b(?:achev\\p{L}*|achèvement|termin\\p{L}*|livr(?:é|ée|és|ées|era|eront)|livraison|s'achèver(?:a|ont)|s'achèvent|s'achève)\\b", 'g'),
  // Coming into force.
  lazyRx("\\b(?:entr(?:é|ée|és|ées|era|eront)\\s+en\\s+vigueur|entrée\\s+en\\s+vigueur|applicables?|s'appliquer(?:a|ont)|s'applique(?:nt)?|effective?s?|prendr(?:a|ont)\\s+effet|prise?\\s+d'effet)\\b", 'g'),
  // Publication.
  lazyRx("\\b(?:publi(?:é|ée|és|ées|era|eront)|publication|par(?:u|ue|us|ues|aîtra|aitra|aîtront|aitront)|parution)\\b", 'g'),
  // Payment.
  lazyRx("\\b(?:vers(?:é|ée|és|ées|era|eront)|versement|versements|pay(?:é|ée|és|ées|era|eront)|paiement|paiements)\\b", 'g'),
  // Start.
  lazyRx("\\b(?:lanc(?:é|ée|és|ées|era|eront)|lancement|démarr\\p{L}*|début(?:era|eront|é|ée)|engag(?:é|ée|és|ées|era|eront)|commencer(?:a|ont)|commencé)\\b", 'g'),
];

/** The families of events a request names (« sera rétablie » → back in service). */
export function eventFamilies(requestFolded: string): number[] {
  return families.flatMap((family, index) => {
    const pattern = family();
    pattern.lastIndex = 0;
    return pattern.test(requestFolded) ? [index] : [];
  });
}

/**
 * The sentence dates an event of one of these families: a word of the family within 80 characters of a date the
 * `dates` pattern finds, with no clause break (« ; », « : ») between them.
 */
export function datesEvent(folded: string, asked: readonly number[], dates: RegExp): boolean {
  if (asked.length === 0) return false;
  const found: number[] = [];
  dates.lastIndex = 0;
  for (let date = dates.exec(folded); date; date = dates.exec(folded)) found.push(date.index);
  if (found.length === 0) return false;
  for (const index of asked) {
    const word = families[index]!();
    word.lastIndex = 0;
    for (let match = word.exec(folded); match; match = word.exec(folded)) {
      if (found.some((at) => Math.abs(at - match!.index) <= 80 && !/[;:]/u.test(folded.slice(Math.min(at, match!.index), Math.max(at, match!.index))))) return true;
    }
  }
  return false;
}

/** The sentence names an event of one of these families (« la reprise des circulations »), dated or not. */
export function namesEvent(folded: string, asked: readonly number[]): boolean {
  return asked.some((index) => {
    const word = families[index]!();
    word.lastIndex = 0;
    return word.test(folded);
  });
}
