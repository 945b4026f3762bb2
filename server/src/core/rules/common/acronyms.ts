/**
 * Acronym occurrences and definitions (rules `sigle-non-developpe`, `sigle-coherence`, `sigle-forme`,
 * `sigle-orthographe`): tokens, the built-in glossary plus the style pack's, and the forms of a definition
 * (`Nom développé (SIGLE)`, `SIGLE (Nom développé)`, `SIGLE, Nom développé,`, `SIGLE, c'est-à-dire …`).
 */
import type { StyleSettings } from '../../config/settings';
import { acronymsByForm, acronymsByUpperForm, type AcronymEntry } from '../../reference';
import { comparisonKey } from '../../text/fold';
import type { ProseView } from './mask';
import { letterRegExp } from '../../text/letters';

/** All-capitals tokens (`MIPROF`, `AP-HP`, `COVID-19`, `FSE+`) and the glossary's mixed-case forms. */
const capsToken = letterRegExp(String.raw`(?<![\p{L}\p{N}&-])\p{Lu}[\p{Lu}\p{N}&]*(?:-\p{Lu}[\p{Lu}\p{N}]*)*\p{Lu}(?:-\p{N}+|\+)?(?![\p{L}\p{N}])|(?<![\p{L}\p{N}&-])\p{Lu}{2,}(?![\p{L}\p{N}])`, 'gu');
const mixedForms = [...acronymsByForm.keys()].filter((form) => /\p{Ll}/u.test(form) && !/\s/.test(form) && form.length >= 3);
const mixedToken = letterRegExp(`(?<![\\p{L}\\p{N}])(?:${mixedForms.map(escape).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
const roman = /^(?=[IVXLCDM]+$)M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
/** Not acronyms: civilities, roman numerals written alone, codes, names of identifiers (SIRET, ISBN). */
const notAcronyms = new Set(['MM', 'NOR', 'NB', 'OK', 'TODO', 'TBD', 'XXX', 'FIXME', 'SIRET', 'SIREN', 'ISBN', 'ISSN', 'IBAN', 'BIC', 'ECLI']);

/**
 * Courts cited in case-law references (« CE, 12 mai 2004 », « TA Lyon, 4 juin 2001 », « CAA Paris, … n° ») and
 * official journals cited by number or date (« JORF n° 0029 du 4 février 2020 »).
 */
const courts = new Set(['CE', 'CAA', 'TA', 'TJ', 'TGI', 'TI', 'CA', 'CC', 'CEDH', 'CJUE', 'CJCE', 'TC', 'CNDA', 'JORF', 'JO', 'BO', 'BOFiP', 'JOUE', 'JOCE']);
const months =
  'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|janv\\.|févr\\.|fév\\.|avr\\.|juil\\.|juill\\.|sept\\.|oct\\.|nov\\.|déc\\.';
/**
 * After a court's acronym in a case-law citation: optional formation (« Ass. », « Sect. », « réf. »), optional
 * seat (« Lyon », « Paris »), then a date, a « n° » or « req. ».
 */
const citationAfter = new RegExp(
  String.raw`^,?(?:[\s\u00A0]+(?:ass|sect|réf|ord|plén|ch|civ|crim|soc|com|gde ch|GC)\.?,?)*(?:[\s\u00A0]+(?:de[\s\u00A0]+|d['’])?\p{Lu}[\p{L}'’-]+(?:[\s\u00A0-]+\p{Lu}[\p{L}'’-]+)*,?)?[\s\u00A0]+(?:(?:du|le)[\s\u00A0]+)?(?:\d{1,2}(?:er)?[\s\u00A0]+(?:${months})[\s\u00A0]+\d{4}|n°|no\b|req\.)`,
  'iu',
);

/** True when the token is the court of a case-law citation, not an acronym to define. */
function courtInCitation(form: string, after: string): boolean {
  return courts.has(form.replace(/\./g, '')) && citationAfter.test(after);
}

/** A long unknown token with many vowels is a word in capitals (a drug, a brand: `MIDAZOLAM`), not an acronym. */
function wordInCapitals(form: string): boolean {
  const letters = form.replace(/[^\p{L}]/gu, '');
  if (letters.length < 8) return false;
  const vowels = letters.replace(/[^AEIOUYÀÂÉÈÊËÎÏÔÛÙ]/g, '').length;
  return vowels / letters.length >= 0.35;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface AcronymOccurrence {
  readonly view: ProseView;
  /** Text offsets in the view. */
  readonly start: number;
  readonly end: number;
  /** As written. */
  readonly form: string;
  /** Grouping key: upper case without the plural. */
  readonly key: string;
  readonly entries: readonly AcronymEntry[];
  /** Expansion from the style pack, when it has one. */
  readonly packExpansion?: string;
}

export function lookupAcronym(form: string): readonly AcronymEntry[] {
  return acronymsByForm.get(form) ?? acronymsByUpperForm.get(form.toUpperCase()) ?? [];
}

/** True when the token is written in capitals (digits, `&`, `-`, `+` allowed). */
export function isAllCaps(form: string): boolean {
  return /^[\p{Lu}\p{N}&+-]+$/u.test(form) && /\p{Lu}.*\p{Lu}/u.test(form);
}

type AcronymToken = Pick<AcronymOccurrence, 'start' | 'end' | 'form' | 'key' | 'entries'>;

/** Acronym tokens of a view's masked text, remembered by text (the same text recurs: undo, a paragraph whose key changed). */
const tokenMemo = new Map<string, readonly AcronymToken[]>();
/** Characters of the remembered texts (entries alone do not bound memory: a paragraph may be long). */
const tokenMemoBudget = 1 << 21;
let tokenMemoChars = 0;

function acronymTokens(text: string): readonly AcronymToken[] {
  const known = tokenMemo.get(text);
  if (known) return known;
  const found: { start: number; end: number; form: string }[] = [];
  for (const pattern of [capsToken, mixedToken]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) found.push({ start: m.index, end: m.index + m[0].length, form: m[0] });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const tokens: AcronymToken[] = [];
  let reach = -1;
  for (const token of found) {
    if (token.start < reach) continue;
    reach = token.end;
    if (notAcronyms.has(token.form)) continue;
    const entries = lookupAcronym(token.form);
    if (entries.length === 0 && (roman.test(token.form) || wordInCapitals(token.form))) continue;
    if (inCapitalsRun(text, token.start, token.end)) continue;
    if (courtInCitation(token.form, text.slice(token.end, token.end + 80))) continue;
    tokens.push({ start: token.start, end: token.end, form: token.form, key: token.form.toUpperCase(), entries });
  }
  if (tokenMemo.size >= 4000 || tokenMemoChars + text.length > tokenMemoBudget) {
    tokenMemo.clear();
    tokenMemoChars = 0;
  }
  tokenMemo.set(text, tokens);
  tokenMemoChars += text.length;
  return tokens;
}

/** `\s` (JavaScript's white space and line terminators), U+00A0, U+202F and the apostrophes: what separates words here. */
function separatesWords(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff ||
    code === 39 /* ' */ || code === 0x2019 /* ’ */
  );
}

/**
 * The nearest two words in `[from, to)` walking from `at` by `step` (−1: backwards from `to`, +1: forwards
 * from `from`), cut at the window's edge. Only two words are read: splitting the whole window for each token
 * cost a second per megabyte of capitals.
 */
function nearestWords(text: string, from: number, to: number, step: 1 | -1): string[] {
  const words: string[] = [];
  let i = step < 0 ? to - 1 : from;
  const inside = (at: number): boolean => at >= from && at < to;
  while (words.length < 2) {
    while (inside(i) && separatesWords(text.charCodeAt(i))) i += step;
    if (!inside(i)) break;
    const wordStart = i;
    while (inside(i) && !separatesWords(text.charCodeAt(i))) i += step;
    words.push(step < 0 ? text.slice(i + 1, wordStart + 1) : text.slice(wordStart, i));
  }
  return words;
}

/** A heading or slogan in capitals: the token has two capitalised neighbours among the words around it (60 characters each side). */
function inCapitalsRun(text: string, start: number, end: number): boolean {
  // The last two words before, in reading order (one word alone is `before[0]`), and the first two after.
  const near = nearestWords(text, Math.max(0, start - 60), start, -1);
  const before = near.length === 2 ? [near[1], near[0]] : near;
  const after = nearestWords(text, end, Math.min(text.length, end + 60), 1);
  const caps = (word: string | undefined) => word !== undefined && /^\p{Lu}{2,}[\p{Lu},.:;-]*$/u.test(word);
  return (caps(before[1]) && caps(after[0])) || (caps(before[0]) && caps(before[1])) || (caps(after[0]) && caps(after[1]));
}

const articles = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'et', 'pour', 'contre', 'a', 'au', 'aux', 'en', 'sur', 'dans', 'par']);

/**
 * True when the words of `expansion` cover the letters of `acronym` in order: each word either is skipped or
 * gives a prefix of the remaining letters (`Mission interministérielle de protection des femmes` → MIPROF). The
 * first content word must give the first letter.
 */
function coversAcronym(acronym: string, expansion: string, anyStart = false): boolean {
  const letters = comparisonKey(acronym).replace(/[^a-z0-9]/g, '');
  if (letters.length < 2) return false;
  const words = comparisonKey(expansion)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
  const firstContent = words.findIndex((word) => !articles.has(word));
  if (firstContent < 0) return false;
  if (anyStart) {
    for (let from = words.length - 1; from >= firstContent; from--) {
      if (!articles.has(words[from]!) && coversAcronym(acronym, words.slice(from).join(' '))) return true;
    }
    return false;
  }
  const content = words.slice(firstContent);
  const memo = new Map<string, boolean>();
  const match = (i: number, j: number, used: number): boolean => {
    if (i === letters.length) return used >= Math.min(2, letters.length);
    if (j === content.length) return false;
    const key = `${i},${j},${Math.min(used, 2)}`;
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    let ok = false;
    const word = content[j]!;
    // The word gives its initial, then possibly more letters of the acronym found in it in order
    // (« PROtection » gives PRO, « DéCès » gives DC).
    let most = 0;
    if (word[0] === letters[i]) {
      most = 1;
      for (let w = 1; w < word.length && i + most < letters.length; w++) if (word[w] === letters[i + most]) most++;
    }
    for (let k = most; k >= 1 && !ok; k--) ok = match(i + k, j + 1, used + 1);
    if (!ok && !(i === 0 && j === 0)) ok = match(i, j + 1, used);
    memo.set(key, ok);
    return ok;
  };
  return match(0, 0, 0);
}

/** True when `text` names the glossary expansion (accents, case and apostrophes folded). */
function namesExpansion(text: string, occurrence: Pick<AcronymOccurrence, 'entries' | 'packExpansion'>): boolean {
  const folded = comparisonKey(text);
  const expansions = [...occurrence.entries.map((entry) => entry.developpement), ...(occurrence.packExpansion ? [occurrence.packExpansion] : [])];
  return expansions.some((expansion) => {
    const head = comparisonKey(expansion).split(/\s+/).slice(0, 5).join(' ');
    return head.length >= 6 && folded.includes(head);
  });
}

export type DefinitionKind = 'apres-parentheses' | 'avant-parentheses' | 'apposition';

export interface Definition {
  readonly kind: DefinitionKind;
  /** Text offsets (view) of the parenthesis or apposition holding the acronym or its expansion. */
  readonly start: number;
  readonly end: number;
}

/** How this occurrence is defined on the spot, if it is. */
function definitionAt(occurrence: AcronymOccurrence): Definition | undefined {
  const { view, start, end, form } = occurrence;
  const text = view.paragraph.text;
  const after = text.slice(end, end + 260);
  // SIGLE (Nom développé)
  const paren = /^[\s\u00A0\u202F]*\(([^()]{3,240})\)/u.exec(after);
  if (paren && (coversAcronym(form, paren[1]!) || namesExpansion(paren[1]!, occurrence))) {
    return { kind: 'apres-parentheses', start: end, end: end + paren[0].length };
  }
  // Nom développé (SIGLE) — also (Nom, SIGLE) and (SIGLE, autre sigle)
  const open = text.lastIndexOf('(', start);
  if (open >= 0 && !text.slice(open, start).includes(')')) {
    const close = text.indexOf(')', end);
    const inside = text.slice(open + 1, start);
    const before = text.slice(Math.max(0, open - 260), open);
    const candidates = [inside, before.split(/[.;:]/).pop() ?? before];
    if (close >= 0 && candidates.some((candidate) => candidate.trim().length > 0 && (coversAcronym(form, tail(candidate, 24), true) || namesExpansion(candidate, occurrence)))) {
      return { kind: 'avant-parentheses', start: open, end: close + 1 };
    }
  }
  // SIGLE, Nom développé, — SIGLE, c'est-à-dire …
  const apposition = /^,[\s\u00A0\u202F]+(c['’]est-à-dire[\s\u00A0\u202F]+)?([^,.;()]{3,200})[,.;)]/u.exec(after);
  if (apposition && (apposition[1] || coversAcronym(form, apposition[2]!) || namesExpansion(apposition[2]!, occurrence))) {
    return { kind: 'apposition', start: end, end: end + apposition[0].length - 1 };
  }
  return undefined;
}

/** The last `count` words of a text, from the last one whose initial covers the acronym's start. */
function tail(text: string, count: number): string {
  const words = text.trim().split(/[\s\u00A0\u202F]+/);
  return words.slice(-count).join(' ');
}

/**
 * An acronym of one answer paragraph as the sigle rules gather it per paragraph (`collectFacts`): text offsets
 * of the view (paragraph-relative, so reusable wherever the paragraph moves) and its definition on the spot.
 */
export interface ParagraphAcronym extends AcronymToken {
  /** Expansion from the style pack, when it has one. */
  readonly packExpansion?: string;
  readonly definition?: Definition;
}

/** The view's acronyms, shared by the sigle rules within one analysis (same view, same settings). */
const paragraphMemo = new WeakMap<ProseView, { readonly settings: StyleSettings; readonly acronyms: readonly ParagraphAcronym[] }>();

/** The acronyms of an answer paragraph (none for the question), with their definitions, in text order. */
export function paragraphAcronyms(view: ProseView, settings: StyleSettings): readonly ParagraphAcronym[] {
  if (view.section !== 'answer') return [];
  const known = paragraphMemo.get(view);
  if (known && known.settings === settings) return known.acronyms;
  const acronyms = acronymTokens(view.text).map((token): ParagraphAcronym => {
    const packExpansion = settings.sigles.get(token.form) ?? settings.sigles.get(token.form.toUpperCase());
    const occurrence = { view, ...token, ...(packExpansion ? { packExpansion } : {}) };
    const definition = definitionAt(occurrence);
    return { ...token, ...(packExpansion ? { packExpansion } : {}), ...(definition ? { definition } : {}) };
  });
  paragraphMemo.set(view, { settings, acronyms });
  return acronyms;
}

/** An acronym of the facts placed in the paragraph where it is now. */
export interface PlacedAcronym extends ParagraphAcronym {
  readonly view: ProseView;
}

/** The answer's acronyms from per-paragraph facts, grouped by acronym (glossary key), each group in document order. */
export function groupAcronyms<Facts>(facts: readonly { readonly view: ProseView; readonly facts: Facts }[], acronymsOf: (facts: Facts) => readonly ParagraphAcronym[]): PlacedAcronym[][] {
  const groups = new Map<string, PlacedAcronym[]>();
  for (const { view, facts: paragraph } of facts) {
    for (const acronym of acronymsOf(paragraph)) {
      const placed = { ...acronym, view };
      const list = groups.get(acronym.key);
      if (list) list.push(placed);
      else groups.set(acronym.key, [placed]);
    }
  }
  return [...groups.values()];
}
