/**
 * French agreement for the fixes that insert or replace words: the plural of a noun phrase (« agence régionale
 * de santé » → « agences régionales de santé »), the gender of its head noun, and the number, gender and elision
 * a context asks for (the determiner before the place of the fix). A fix that cannot be made to agree is not
 * offered (the finding stays, with the suggestion in its message).
 */

export type Gender = 'm' | 'f';
export type NumberFr = 's' | 'p';

/** Words that end the agreeing head of a noun phrase: complements (« de … »), determiners, coordinations. */
const phraseStops = new Set([
  'de', 'du', 'des', 'd', 'à', 'a', 'au', 'aux', 'pour', 'en', 'sur', 'par', 'contre', 'dans', 'avec', 'sans', 'entre', 'chez',
  'auprès', 'le', 'la', 'les', 'l', 'ou', 'un', 'une', 'vers', 'selon', 'hors', 'sous',
]);

const alInvariable = new Set(['bal', 'carnaval', 'chacal', 'festival', 'récital', 'régal', 'cal', 'naval', 'final', 'fatal', 'banal', 'natal', 'bancal', 'glacial', 'idéal']);
const ailAux = new Map([['travail', 'travaux'], ['bail', 'baux'], ['corail', 'coraux'], ['émail', 'émaux'], ['soupirail', 'soupiraux'], ['vitrail', 'vitraux'], ['vantail', 'vantaux']]);
const ouX = new Set(['bijou', 'caillou', 'chou', 'genou', 'hibou', 'joujou', 'pou']);
const euS = new Set(['bleu', 'pneu', 'émeu', 'landau', 'sarrau']);
/** Nouns whose plural is irregular outright. */
const irregular = new Map([['œil', 'yeux'], ['ciel', 'cieux'], ['aïeul', 'aïeux']]);

/** The plural of one French word (noun or adjective), keeping its initial capital. */
export function pluralWord(word: string): string {
  if (word.includes('-')) {
    const parts = word.split('-');
    // « médico-social » → « médico-sociaux »: a prefix in -o stays; « non-recours » → « non-recours ».
    return parts.map((part, index) => (index < parts.length - 1 && (/o$/i.test(part) || /^(?:non|quasi|sous|anti|extra|inter|intra|post|pré|pro|semi|vice|ex|auto|néo|pluri|multi|infra|supra)$/i.test(part)) ? part : pluralWord(part))).join('-');
  }
  const lower = word.toLowerCase();
  const keepCase = (plural: string) => (word[0] !== lower[0] ? plural[0]!.toUpperCase() + plural.slice(1) : plural);
  if (/[sxz]$/i.test(word)) return word;
  const known = irregular.get(lower) ?? ailAux.get(lower);
  if (known) return keepCase(known);
  if (lower.endsWith('al') && !alInvariable.has(lower)) return word.slice(0, -2) + 'aux';
  if (/(?:eau|au|eu)$/.test(lower) && !euS.has(lower)) return word + 'x';
  if (ouX.has(lower)) return word + 'x';
  return word + 's';
}

/** Splits a phrase into words and the separators between them (spaces, apostrophes kept with their word). */
function tokens(phrase: string): string[] {
  return phrase.split(/(\s+)/u);
}

function bare(word: string): string {
  return word.toLowerCase().replace(/['’]$/u, '');
}

/**
 * The plural of a noun phrase: the head noun and the adjectives that agree with it take the plural, up to the
 * first complement (« de … », « pour … »), determiner or punctuation; words after it are unchanged (« agence
 * régionale de santé » → « agences régionales de santé »). Undefined when the phrase does not start with a word
 * (a number, a parenthesis).
 */
export function pluralPhrase(phrase: string): string | undefined {
  const parts = tokens(phrase.trim());
  if (parts.length === 0 || !/^\p{L}/u.test(parts[0]!)) return undefined;
  const out: string[] = [];
  let agreeing = true;
  let capitalsOnly = true;
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]!;
    if (index % 2 === 1 || !agreeing) {
      out.push(part);
      continue;
    }
    const word = bare(part);
    const elided = /['’]/u.test(part);
    const capital = /^\p{Lu}/u.test(part);
    if (index > 0 && word === 'et') {
      // « sociale et solidaire »: a coordinated adjective agrees too (not « et de … »).
      const next = parts[index + 2];
      agreeing = next !== undefined && !phraseStops.has(bare(next)) && !/['’]/u.test(next) && /^\p{Ll}/u.test(next);
      out.push(part);
      continue;
    }
    // A participle with its complement (« portant … », « relative à … ») ends the agreeing head too.
    if (index > 0 && (phraseStops.has(word) || elided || /[^\p{L}-]/u.test(part) || (capital && !capitalsOnly) || /ant$/u.test(word) || /^relati(?:f|ve)$/u.test(word))) {
      agreeing = false;
      out.push(part);
      continue;
    }
    if (!capital) capitalsOnly = false;
    out.push(pluralWord(part));
  }
  return out.join('');
}

/** Head nouns that take « l' » and whose gender the article does not give. */
const headGender = new Map<string, Gender>([
  ['agence', 'f'], ['institut', 'm'], ['office', 'm'], ['organisation', 'f'], ['inspection', 'f'], ['autorité', 'f'], ['allocation', 'f'],
  ['association', 'f'], ['aide', 'f'], ['observatoire', 'm'], ['établissement', 'm'], ['union', 'f'], ['unité', 'f'], ['assistance', 'f'],
  ['enquête', 'f'], ['école', 'f'], ['impôt', 'm'], ['obligation', 'f'], ['appel', 'm'], ['assemblée', 'f'], ['accompagnant', 'm'],
  ['affection', 'f'], ['équipe', 'f'], ['économie', 'f'], ['équivalent', 'm'], ['hospitalisation', 'f'], ['habitation', 'f'],
  ['insertion', 'f'], ['installation', 'f'], ['infirmier', 'm'], ['interruption', 'f'], ['objectif', 'm'], ['opérateur', 'm'], ['fonds', 'm'],
  ['autorisation', 'f'], ['crédit', 'm'], ['département', 'm'], ['gaz', 'm'], ['jeu', 'm'], ['lit', 'm'], ['mineur', 'm'], ['entreprise', 'f'],
  ['soin', 'm'], ['trouble', 'm'], ['violence', 'f'], ['action', 'f'], ['agent', 'm'], ['emploi', 'm'], ['espace', 'm'], ['outil', 'm'],
  ['accord', 'm'], ['arrêté', 'm'], ['avis', 'm'], ['ordre', 'm'], ['indemnité', 'f'], ['instance', 'f'], ['initiative', 'f'],
]);
/** Adjectives that may come before the head noun (« Haute Autorité », « petites et moyennes entreprises »). */
const preposed = new Set(['haut', 'haute', 'hauts', 'hautes', 'grand', 'grande', 'petit', 'petite', 'petits', 'petites', 'nouveau', 'nouvelle', 'jeune', 'premier', 'première', 'moyen', 'moyenne', 'moyens', 'moyennes', 'et']);

/** The gender of a noun phrase's head noun, when the table or its suffix tells. */
export function phraseGender(phrase: string, article = ''): Gender | undefined {
  if (article === 'le') return 'm';
  if (article === 'la') return 'f';
  const words = phrase.trim().split(/\s+/u).map(bare);
  const head = words.find((word) => !preposed.has(word));
  if (!head) return undefined;
  const singular = head.replace(/s$/u, '');
  const known = headGender.get(head) ?? headGender.get(singular);
  if (known) return known;
  if (/(?:tion|sion|té|ance|ence|ure|ette|ise|ie)s?$/u.test(head)) return 'f';
  if (/(?:ment|age|isme|eur|oir|at|et)s?$/u.test(head)) return 'm';
  return undefined;
}

/** What the word before a noun tells of its number, gender and elision. */
export interface Determiner {
  /** The determiner as written (lower case). */
  readonly word: string;
  readonly number?: NumberFr;
  readonly gender?: Gender;
  /** « l' », « d' », « qu' »: the noun must start with a vowel sound. */
  readonly elided: boolean;
  /** « le », « la », « de », « ce », « que »: the noun must start with a consonant sound. */
  readonly elidable: boolean;
}

const determiners: Record<string, { number?: NumberFr; gender?: Gender; elidable?: boolean }> = {
  le: { number: 's', gender: 'm', elidable: true }, la: { number: 's', gender: 'f', elidable: true }, un: { number: 's', gender: 'm' },
  une: { number: 's', gender: 'f' }, du: { number: 's', gender: 'm' }, au: { number: 's', gender: 'm' }, ce: { number: 's', gender: 'm', elidable: true },
  cet: { number: 's', gender: 'm' }, cette: { number: 's', gender: 'f' }, son: { number: 's' }, sa: { number: 's', gender: 'f', elidable: true },
  mon: { number: 's' }, ma: { number: 's', gender: 'f', elidable: true }, notre: { number: 's' }, votre: { number: 's' }, leur: { number: 's' },
  chaque: { number: 's' }, aucun: { number: 's', gender: 'm' }, aucune: { number: 's', gender: 'f' }, quel: { number: 's', gender: 'm' },
  quelle: { number: 's', gender: 'f' }, tout: { number: 's', gender: 'm' }, toute: { number: 's', gender: 'f' },
  les: { number: 'p' }, des: { number: 'p' }, aux: { number: 'p' }, ces: { number: 'p' }, ses: { number: 'p' }, mes: { number: 'p' },
  nos: { number: 'p' }, vos: { number: 'p' }, leurs: { number: 'p' }, plusieurs: { number: 'p' }, quelques: { number: 'p' },
  certains: { number: 'p', gender: 'm' }, certaines: { number: 'p', gender: 'f' }, divers: { number: 'p', gender: 'm' }, diverses: { number: 'p', gender: 'f' },
  différents: { number: 'p', gender: 'm' }, différentes: { number: 'p', gender: 'f' }, nombreux: { number: 'p', gender: 'm' }, nombreuses: { number: 'p', gender: 'f' },
  deux: { number: 'p' }, trois: { number: 'p' }, quatre: { number: 'p' }, cinq: { number: 'p' }, six: { number: 'p' }, sept: { number: 'p' },
  huit: { number: 'p' }, neuf: { number: 'p' }, dix: { number: 'p' }, cent: { number: 'p' }, mille: { number: 'p' },
  de: { elidable: true }, que: { elidable: true }, en: {}, et: {}, ou: {}, par: {}, pour: {}, sur: {}, dans: {}, avec: {}, sans: {}, entre: {},
};
const elidedForms: Record<string, { number?: NumberFr }> = { l: { number: 's' }, d: {}, qu: {}, jusqu: {}, lorsqu: {}, puisqu: {} };

/** Adjectives that may stand between a determiner and the noun (« les nouvelles ARS », « la future DREAL »). */
const betweenAdjective = /^(?:nouvel(?:le)?s?|nouveaux?|futur(?:e)?s?|ancien(?:ne)?s?|actuel(?:le)?s?|différent(?:e)?s?|autres?|premier|première|premiers|premières|seul(?:e)?s?|même(?:s)?|dernier|dernière|derniers|dernières|mêmes?)$/u;

/**
 * The determiner right before `offset` in `text` (the word before, or the one before an adjective such as
 * « nouvelles »): undefined when none is found (a bare noun, a preposition: agreement cannot be decided).
 */
export function determinerBefore(text: string, offset: number): Determiner | undefined {
  const before = text.slice(Math.max(0, offset - 60), offset);
  const elided = /(?<![\p{L}])(\p{L}{1,6})['’]$/u.exec(before);
  if (elided) {
    const word = elided[1]!.toLowerCase();
    const known = elidedForms[word];
    return known ? { word: `${word}'`, ...known, elided: true, elidable: false } : undefined;
  }
  const words = /(?<![\p{L}])(\p{L}+)[ \u00A0]+(?:(\p{L}+)[ \u00A0]+)?$/u.exec(before);
  if (!words) return undefined;
  const last = (words[2] ?? words[1])!;
  const lastLower = last.toLowerCase();
  const direct = determiners[lastLower];
  const number = (value: { number?: NumberFr; gender?: Gender; elidable?: boolean }, word: string): Determiner => ({
    word,
    ...(value.number ? { number: value.number } : {}),
    ...(value.gender ? { gender: value.gender } : {}),
    elided: false,
    elidable: !!value.elidable,
  });
  if (direct) return number(direct, lastLower);
  if (/^\d+$/u.test(last)) return last === '1' ? undefined : { word: last, number: 'p', elided: false, elidable: false };
  if (words[2] && betweenAdjective.test(lastLower)) {
    const first = determiners[words[1]!.toLowerCase()];
    if (first?.number) return { ...number(first, words[1]!.toLowerCase()), elided: false, elidable: false };
  }
  return undefined;
}

/** True when a word starts with a vowel sound for elision (« l'agence »); undefined for an « h » we cannot tell. */
function startsWithVowelSound(word: string): boolean | undefined {
  const lower = word.toLowerCase();
  if (/^[aeiouyàâäéèêëîïôöûùœæ]/u.test(lower)) return true;
  if (/^h/u.test(lower)) return /^(?:haut|haute|hauts|hautes|handicap|hameau|hasard)/u.test(lower) ? false : undefined;
  return false;
}

/** The forms of a noun phrase a fix may insert: singular, plural, gender (from the glossary or the pack). */
export interface NounForms {
  readonly singulier?: string;
  readonly pluriel?: string;
  readonly genre?: Gender;
}

/** Why a phrase cannot go after a determiner, or undefined when it agrees. */
export function disagreement(determiner: Determiner | undefined, forms: NounForms): { phrase?: string; reason?: string } {
  if (!determiner) return { reason: 'nombre indécidable (pas de déterminant)' };
  const phrase = determiner.number === 'p' ? forms.pluriel : determiner.number === 's' ? forms.singulier : undefined;
  if (!phrase) return { reason: determiner.number ? `forme ${determiner.number === 'p' ? 'plurielle' : 'singulière'} inconnue` : 'nombre indécidable' };
  if (determiner.gender && forms.genre !== determiner.gender) return { reason: `genre du déterminant « ${determiner.word} » différent` };
  const vowel = startsWithVowelSound(phrase);
  if ((determiner.elided || determiner.word === 'cet') && vowel !== true) return { reason: `élision « ${determiner.word} » devant une consonne` };
  if (determiner.elidable && vowel !== false) return { reason: `« ${determiner.word} » devant une voyelle` };
  return { phrase };
}

/**
 * A noun phrase as it fits at `start` of `text`: plural after « les », elided after « l' »…; a name used without
 * article (« selon Tracfin », `properName`) stays singular. Undefined when agreement cannot be decided.
 */
export function fitPhrase(forms: NounForms & { readonly properName?: boolean }, text: string, start: number): string | undefined {
  const determiner = determinerBefore(text, start);
  if (forms.properName && forms.singulier && (!determiner || !determiner.number)) {
    const vowel = startsWithVowelSound(forms.singulier);
    if (determiner?.elided && vowel !== true) return undefined;
    if (determiner?.elidable && vowel !== false) return undefined;
    return forms.singulier;
  }
  return disagreement(determiner, forms).phrase;
}

/**
 * The ending a participle or adjective takes after the noun group before `start` (« la direction en charge de » →
 * « chargée »): the nearest determiner among the four words before gives gender and number. Undefined when no
 * determiner tells both (« Mme Durand, en charge de », « les directeurs » whose gender the determiner hides).
 */
export function participleEnding(text: string, start: number): '' | 'e' | 's' | 'es' | undefined {
  const words = text.slice(Math.max(0, start - 60), start).toLowerCase().split(/[^\p{L}'’]+/u).filter(Boolean).slice(-4);
  for (let index = words.length - 1; index >= 0; index--) {
    const word = words[index]!.replace(/['’]$/u, '');
    const known = determiners[word];
    if (!known?.number || ['de', 'que', 'en', 'et', 'ou'].includes(word)) continue;
    if (!known.gender) return undefined;
    return `${known.gender === 'f' ? 'e' : ''}${known.number === 'p' ? 's' : ''}` as '' | 'e' | 's' | 'es';
  }
  return undefined;
}
