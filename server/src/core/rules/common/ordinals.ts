import { letterRegExp } from '../../text/letters';
import { determinerBefore } from './agreement';
/**
 * Abbreviated ordinals (`1er`, `2d`, `3e`, and the wrong forms `2nd`, `3ème`) for the C-group rules: the correct
 * abbreviation of a wrong suffix, and the ordinal in words.
 */

/** An abbreviated ordinal: group 1 the number (arabic or roman), group 2 the suffix. */
export const ordinalPattern =
  letterRegExp(String.raw`(?<![\p{L}\d,.\-/])(\d{1,3}|[IVXLC]{1,6})(ères|ieres|ières|ère|ere|ière|iere|ier|ers|er|res|re|ièmes|iemes|èmes|emes|ième|ieme|ème|eme|è|es|me|nds|ndes|nde|nd|des|de|ds|d|e)(?![\p{L}\d])`, 'gu');

const units = ['', 'premier', 'deuxième', 'troisième', 'quatrième', 'cinquième', 'sixième', 'septième', 'huitième', 'neuvième', 'dixième', 'onzième', 'douzième', 'treizième', 'quatorzième', 'quinzième', 'seizième', 'dix-septième', 'dix-huitième', 'dix-neuvième', 'vingtième'];

export interface Ordinal {
  /** The correct abbreviation (`2d`, `3e`, `1re`), or undefined when the suffix is right. */
  readonly corrected?: string;
  /** The ordinal in words, agreeing with the suffix (`second`, `première`, `troisièmes`), when known. */
  readonly words?: string;
}

/** Reads an abbreviated ordinal; undefined when the number and the suffix do not make an ordinal. */
export function readOrdinal(number: string, suffix: string): Ordinal | undefined {
  const roman = /^[IVXLC]+$/.test(number);
  const value = roman ? undefined : Number(number);
  const plural = suffix.endsWith('s');
  const stem = suffix.replace(/s$/, '');
  let right: string;
  let feminine = false;
  let second = false;
  if (/^(?:er|ier)$/.test(stem)) {
    if (value !== 1 && !(roman && number === 'I')) return undefined;
    right = 'er';
  } else if (/^(?:re|ère|ere|ière|iere)$/.test(stem)) {
    if (value !== 1 && !(roman && number === 'I')) return value !== undefined || roman ? { corrected: `${number}e${plural ? 's' : ''}` } : undefined;
    right = 're';
    feminine = true;
  } else if (/^(?:d|nd|de|nde)$/.test(stem)) {
    if (value !== 2 && !(roman && number === 'II')) return undefined;
    second = true;
    feminine = stem.endsWith('e');
    right = stem === 'd' || stem === 'de' ? stem : 'e';
  } else if (/^(?:e|ème|eme|ième|ieme|è|me)$/.test(stem)) {
    if (value === 0) return undefined;
    right = 'e';
    if (value === 1) right = 'er';
  } else {
    return undefined;
  }
  const correctedSuffix = right + (plural ? 's' : '');
  const corrected = correctedSuffix === suffix ? undefined : `${number}${correctedSuffix}`;
  let words: string | undefined;
  if (value !== undefined && value >= 1 && value < units.length) {
    if (value === 1) words = feminine ? 'première' : 'premier';
    // A wrong « 2nd » says nothing sure of the gender (« la 2nd réunion »): « deuxième » agrees with both.
    else if (second) words = right === 'e' ? 'deuxième' : feminine ? 'seconde' : 'second';
    else words = units[value];
    if (words && plural) words += 's';
  }
  return { ...(corrected ? { corrected } : {}), ...(words ? { words } : {}) };
}

/** Nouns after which an abbreviated ordinal stays (dates, centuries, districts, legislatures…). */
export const ordinalKeepsAbbreviation = new Set([
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'siècle', 'siècles', 'arrondissement', 'arrondissements', 'circonscription', 'circonscriptions', 'législature',
  'législatures', 'république', 'régiment', 'régiments', 'chambre', 'chambres', 'classe', 'classes', 'section', 'sections',
  'division', 'divisions', 'brigade', 'escadron', 'bataillon', 'armée', 'corps', 'mandature', 'zone', 'zones', 'catégorie',
  // Chambers of the courts in case-law citations (« Cass. 1re civ. », « 2e ch. », « 3e sect. »).
  'civ', 'ch', 'crim', 'soc', 'com', 'sect', 'ass',
]);

/** Words that cannot be the noun an ordinal qualifies (`le 1er a été`, `1er et 2e plans`). */
export const notNouns = new Set([
  'a', 'ont', 'est', 'sont', 'et', 'ou', 'de', 'du', 'des', 'd', 'au', 'aux', 'à', 'en', 'le', 'la', 'les', 'l', 'qui', 'que', 'qu',
  'dont', 'ne', 'n', 'se', 's', 'sur', 'pour', 'par', 'dans', 'avec', 'sans', 'sera', 'seront', 'était', 'avait', 'fut', 'puis',
  'ainsi', 'mais', 'ni', 'car', 'y', 'il', 'elle', 'ils', 'elles', 'on', 'trimestre', 'semestre', 'tour',
]);

/** The lower-case word right after an ordinal (the noun it may qualify). */
export const followingWord = letterRegExp(String.raw`^[ \u00A0]+(\p{Ll}[\p{L}'’-]*)`, 'u');
/** The text before an ordinal ends a sentence (an ordinal there is capitalised by its fix). */
export const sentenceStart = /(?:^|[.!?»]\s+|\n)$/u;

/**
 * True when the determiner before an ordinal contradicts its suffix (« le 1ère », « la 1er », « les 1er »): no
 * correction is sure, the drafter chooses.
 */
export function ordinalDisagrees(text: string, start: number, number: string, suffix: string): boolean {
  const determiner = determinerBefore(text, start);
  if (!determiner) return false;
  const ordinal = `${number}${suffix}`;
  const gender = /^(?:1|I)(?:re|ère|ere|ière|iere)s?$/u.test(ordinal) ? 'f' : /^(?:1|I)(?:er|ier)s?$/u.test(ordinal) ? 'm' : undefined;
  if (determiner.gender && gender && determiner.gender !== gender) return true;
  if (!determiner.number || determiner.number === (suffix.endsWith('s') ? 'p' : 's')) return false;
  // « les 2e et 3e plans »: each ordinal is singular in a coordination.
  return !(determiner.number === 'p' && /^[ \u00A0]+(?:et|ou|à|au)[ \u00A0]/u.test(text.slice(start + ordinal.length, start + ordinal.length + 5)));
}
