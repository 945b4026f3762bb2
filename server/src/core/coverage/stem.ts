/**
 * Word matching for coverage: Snowball French stems, a shared-prefix rule for derived forms the stemmer keeps
 * apart (identification ~ identifier, complémentarité ~ complémentaire) and a small table of irregular and
 * derived forms it cannot relate (mise ~ mettre, formation ~ former, 1er ~ premier, hôpital ~ hospitalier).
 * See the design note on French NLP dependencies, section 3.
 */
import lunr from 'lunr';
import installFrench from 'lunr-languages/lunr.fr';
import installStemmerSupport from 'lunr-languages/lunr.stemmer.support';
import { stripAccents } from '../text/fold';

// Snowball's French algorithm as lunr-languages generates it (the same version as snowball-stemmers, used before:
// the same stem for every word form of data/, of the French dictionary and 1.4 million generated forms), in plain
// JavaScript that an interpreter runs some 6 times faster (33,000 words: 4,600 forms stemmed in 25 ms, not 145 ms).
installStemmerSupport(lunr);
installFrench(lunr);
const frenchStemmer = (lunr.fr as { stemmer: (token: InstanceType<typeof lunr.Token>) => InstanceType<typeof lunr.Token> }).stemmer;

/** The Snowball French stem of a lower-case word. */
export function snowballStem(word: string): string {
  return frenchStemmer(new lunr.Token(word)).toString();
}

function stripAll(words: string): string[] {
  return words.split(/\s+/).map(stripAccents);
}

/** Function words, never terms. */
const stopwords = new Set(
  stripAll(
    'a à au aux avec ce ces cet cette celle celles celui ceux chaque comme dans de des du elle elles en entre et eux ' +
    'il ils je la le les leur leurs lui ma mais me même mes moi mon ne ni nos notre nous on ou où par pas pour qu que ' +
    'quel quelle quelles quels qui sa se ses si son sous sur ta te tes toi ton tu un une vos votre vous y ' +
    'est sont été être étant avoir ont a avait aurait sera seront serait seraient fait faire font été soit soient ' +
    'dont lequel laquelle lesquels lesquelles auquel auxquels duquel desquels cela ceci ça tout tous toute toutes ' +
    'plus moins très aussi ainsi donc alors afin lors puis bien encore déjà enfin notamment particulier surtout ' +
    'également autre autres certain certains certaines plusieurs aucun aucune sans non oui peu trop tant ' +
    'contre chez lors sein cas dehors matière partout via selon vers depuis pendant après avant quant auprès vis ' +
    'l d s n c j m t qu'
  ),
);

/**
 * Words of the request formula and of the kinds' cues: they say what is asked, not about what, so they are not
 * matched against the answer.
 */
const requestWords = new Set(
  stripAll(
    'demande demander demandé souhaite souhaiterait souhaitait savoir connaître connaitre indiquer préciser ' +
    'communiquer communication interroge interroger voudrait aimerait prie remercie vouloir faire part ' +
    'gouvernement ministre ministère ministère état madame monsieur mme député députée sénateur sénatrice ' +
    'entend entendent compte comptent envisage envisagent envisagé envisagés envisagées envisager prendre prises pris ' +
    'mesure mesures concrète concrètes concret concrets action actions moyen moyens manière façon comment pourquoi ' +
    'calendrier délai délais date quand échéance nombre montant coût part position avis sentiment ' +
    'modalité modalités forme intention possible éventuellement donc exactement précisément ' +
    'quelle quelles quels quel combien éléments élément mise œuvre oeuvre concernant relatif relative relatives relatifs ' +
    'prévoit prévoir prévu mettre place permettre permet prendrait comportant vient viennent fasse doit devra ' +
    'pourrait pourraient donne ensemble'
  ),
);

/** Irregular and derived forms the stemmer and the prefix rule cannot relate: word → shared key. */
const irregular = new Map<string, string>();
function group(key: string, words: string): void {
  for (const word of words.split(/\s+/)) irregular.set(stripAccents(word), key);
}
group('mettre', 'mettre met mets mettent mis mise mises mettant mettra mettront');
group('prevoir', 'prévoir prévoit prévoient prévu prévue prévus prévues prévoira prévision prévisions');
group('former', 'former formé formée formés formées formant formation formations formera formeront formateur formateurs');
group('premier', 'premier première premiers premières 1er 1re 1ère 1ers');
group('second', 'second seconde seconds 2nd 2nde 2e 2ème deuxième deuxièmes');
group('troisieme', 'troisième 3e 3ème');
group('hopital', 'hôpital hôpitaux hospitalier hospitalière hospitaliers hospitalières hospitalisation hospitalisé hospitalisée hospitalisés hospitalisées');
group('indicateur', 'indicateur indicateurs');
group('soutenir', 'soutenir soutien soutiens soutient soutenu soutenue soutenus soutenues soutiendra');
group('financer', 'financer finance financement financements financier financière financiers financières financé financée financés financées');
group('handicap', 'handicap handicaps handicapé handicapée handicapés handicapées');
group('medecin', 'médecin médecins médecine médical médicale médicaux médicales');
group('loi', 'loi lois législatif législative législatifs législatives législateur');
group('reglement', 'règlement règlements réglementer réglementation réglementaire réglementaires réglementé réglementée');
group('enfant', 'enfant enfants enfance');
group('mineur', 'mineur mineurs mineure mineures');
group('oeuvre', 'œuvre oeuvre');
group('droit', 'droit droits');
group('territoire', 'territoire territoires territorial territoriale territoriaux territoriales');

const stemCache = new Map<string, string>();

/** The matching key of a folded word: the irregular table's key, else its Snowball stem without accents. */
export function termKey(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  const key = irregular.get(stripAccents(word)) ?? stripAccents(snowballStem(word));
  if (stemCache.size < 50_000) stemCache.set(word, key);
  return key;
}

/** A content word of a request: not a function word, not a word of the request formula. */
export function isContentWord(word: string): boolean {
  const plain = stripAccents(word);
  if (stopwords.has(plain) || requestWords.has(plain)) return false;
  if (word.length < 3 && !/\d/.test(word)) return false;
  return true;
}

/**
 * True when two keys denote the same word family: equal, or sharing a prefix of at least 5 characters that
 * covers at least 80 % of the shorter key (identif ~ identifi, protect ~ proteg).
 */
export function keysMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 5) return false;
  let common = 0;
  while (common < shorter && a.charCodeAt(common) === b.charCodeAt(common)) common++;
  return common >= 5 && common >= 0.8 * shorter;
}
