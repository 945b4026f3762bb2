/**
 * Style packs (`.qe-style.json`, `qe.*` settings): validation and conversion to analysis options. Pure: the
 * Node side finds and reads the file, this module judges its content. A broken part is reported in French and
 * left out; the rest of the pack still applies.
 */
import { findNodeAtLocation, parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { describeJsonError } from '../text/json-errors';
import type { Severity } from '../findings/finding';
import type { OffsetRange } from '../model/types';
import { allRuleMeta } from '../rules/registry';
import { nearest } from './nearest';
import { jsonNesting, jsonTooDeep } from '../parse/nesting';
import { stripAccents } from '../text/fold';
import type { ApostropheSetting, Ministere, Profile, StylePack, Substitution } from './settings';

/** Path of a value inside the pack (`["rules", "date-relative"]`). */
export type PackPath = readonly (string | number)[];

export interface PackProblem {
  /** French message, without the file name. */
  readonly message: string;
  readonly path: PackPath;
  /** Whether the problem is about the property name (unknown key or rule id) or its value. */
  readonly target: 'key' | 'value';
  /** `error` for what breaks the pack (syntax, types), `warning` for what is merely ignored (unknown keys). */
  readonly severity: Extract<Severity, 'error' | 'warning'>;
}

export interface LocatedPackProblem {
  readonly message: string;
  readonly range: OffsetRange;
  readonly severity: Extract<Severity, 'error' | 'warning'>;
}

export interface PackValidation {
  readonly pack: StylePack;
  readonly problems: readonly PackProblem[];
}

/** Name of the workspace style file, looked for in the dossier's folder and its parents. */
export const stylePackFileName = '.qe-style.json';

/** A pack longer than this (characters) is not read: a real one is a few kilobytes. */
const maxPackLength = 2_000_000;
/** Objects and arrays a pack may nest (a real one nests 3 deep). */
const maxPackNesting = 64;
/** Entries of each list or glossary of a pack that are used; the others are ignored with a warning. */
const maxPackEntries = 5_000;

const profiles: readonly Profile[] = ['jo', 'imprimerie-nationale'];
const apostrophes: readonly ApostropheSetting[] = ['droite', 'typographique', 'indifferent'];
const severityValues: readonly (Severity | 'off')[] = ['error', 'warning', 'information', 'hint', 'off'];
const topLevelKeys = ['$schema', 'profile', 'nbspStrict', 'apostrophe', 'rules', 'sigles', 'motsAcceptes', 'substitutions', 'ministeres'] as const;

type JsonObject = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is JsonObject {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'une liste';
  if (typeof value === 'object') return 'un objet';
  if (typeof value === 'string') return `le texte « ${value} »`;
  if (typeof value === 'number') return `le nombre ${value}`;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return typeof value;
}

/** A value as quoted in a message: « texte » for strings, a description otherwise. */
function shown(value: unknown): string {
  return typeof value === 'string' ? `« ${value} »` : describeType(value);
}

function suggestion(wanted: string, candidates: Iterable<string>): string {
  const close = nearest(wanted, candidates);
  return close ? ` Voulez-vous dire « ${close} » ?` : '';
}

class Validator {
  readonly problems: PackProblem[] = [];

  constructor(private readonly isKnownRule: (id: string) => boolean) {}

  error(path: PackPath, message: string, target: 'key' | 'value' = 'value'): void {
    this.problems.push({ message, path, target, severity: 'error' });
  }

  warning(path: PackPath, message: string, target: 'key' | 'value' = 'key'): void {
    this.problems.push({ message, path, target, severity: 'warning' });
  }

  string(value: unknown, path: PackPath, what: string): string | undefined {
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    this.error(path, `${what} : un texte non vide est attendu, pas ${describeType(value)}.`);
    return undefined;
  }

  stringList(value: unknown, path: PackPath, what: string): string[] | undefined {
    if (!Array.isArray(value)) {
      this.error(path, `« ${what} » doit être une liste de textes, pas ${describeType(value)} ; ignoré.`);
      return undefined;
    }
    const result: string[] = [];
    value.forEach((item, index) => {
      const text = this.string(item, [...path, index], `« ${what} », élément ${index + 1}`);
      if (text !== undefined) result.push(text);
    });
    return result;
  }

  pack(raw: unknown): StylePack {
    if (!isObject(raw)) {
      this.error([], `un objet JSON est attendu, pas ${describeType(raw)} ; réglages par défaut.`);
      return {};
    }
    const pack: { -readonly [K in keyof StylePack]: StylePack[K] } = {};
    for (const [key, value] of Object.entries(raw)) {
      switch (key) {
        case '$schema':
          break;
        case 'profile':
          if (typeof value === 'string' && (profiles as readonly string[]).includes(value)) pack.profile = value as Profile;
          else this.error([key], `profil ${shown(value)} inconnu (« jo » ou « imprimerie-nationale ») ; profil par défaut (jo) retenu.`);
          break;
        case 'nbspStrict':
          if (typeof value === 'boolean') pack.nbspStrict = value;
          else this.error([key], `« nbspStrict » attend true ou false, pas ${describeType(value)} ; ignoré.`);
          break;
        case 'apostrophe': {
          const normalized = typeof value === 'string' ? stripAccents(value) : undefined;
          if (normalized && (apostrophes as readonly string[]).includes(normalized)) pack.apostrophe = normalized as ApostropheSetting;
          else this.error([key], `« apostrophe » attend « droite », « typographique » ou « indifferent », pas ${describeType(value)} ; ignoré.`);
          break;
        }
        case 'rules': {
          const rules = this.rules(value);
          if (rules) pack.rules = rules;
          break;
        }
        case 'sigles': {
          const sigles = this.sigles(value);
          if (sigles) pack.sigles = sigles;
          break;
        }
        case 'motsAcceptes': {
          const words = this.stringList(value, [key], 'motsAcceptes');
          if (words) pack.motsAcceptes = words;
          break;
        }
        case 'substitutions': {
          const substitutions = this.substitutions(value);
          if (substitutions) pack.substitutions = substitutions;
          break;
        }
        case 'ministeres': {
          const ministeres = this.ministeres(value);
          if (ministeres) pack.ministeres = ministeres;
          break;
        }
        default:
          this.warning([key], `clé inconnue « ${key} » ignorée.${suggestion(key, topLevelKeys)}`);
      }
    }
    return this.capped(pack);
  }

  /** Keeps the first `maxPackEntries` entries of each list and glossary: more would slow every check down. */
  private capped(pack: { -readonly [K in keyof StylePack]: StylePack[K] }): StylePack {
    // First in the list: a pack this large may have more problems than are listed.
    const tooMany = (key: string, count: number): void => {
      this.problems.unshift({
        message: `« ${key} » compte ${count.toLocaleString('fr-FR')} entrées : seules les ${maxPackEntries.toLocaleString('fr-FR')} premières sont prises en compte.`,
        path: [key],
        target: 'value',
        severity: 'warning',
      });
    };
    for (const key of ['motsAcceptes', 'substitutions', 'ministeres'] as const) {
      const list = pack[key];
      if (list && list.length > maxPackEntries) {
        tooMany(key, list.length);
        (pack as Record<string, unknown>)[key] = list.slice(0, maxPackEntries);
      }
    }
    if (pack.sigles) {
      const entries = Object.entries(pack.sigles);
      if (entries.length > maxPackEntries) {
        tooMany('sigles', entries.length);
        pack.sigles = Object.fromEntries(entries.slice(0, maxPackEntries));
      }
    }
    return pack;
  }

  rules(value: unknown): Record<string, Severity | 'off'> | undefined {
    if (!isObject(value)) {
      this.error(['rules'], `« rules » doit être un objet { "identifiant-de-règle": "gravité" }, pas ${describeType(value)} ; ignoré.`);
      return undefined;
    }
    const rules: Record<string, Severity | 'off'> = {};
    for (const [id, severity] of Object.entries(value)) {
      if (!this.isKnownRule(id)) {
        this.warning(['rules', id], `règle inconnue « ${id} » ignorée.${suggestion(id, allRuleMeta.map((meta) => meta.id))}`);
      } else if (typeof severity !== 'string' || !(severityValues as readonly string[]).includes(severity)) {
        this.error(['rules', id], `gravité ${shown(severity)} invalide pour « ${id} » (error, warning, information, hint ou off) ; ignorée.`);
      } else {
        rules[id] = severity as Severity | 'off';
      }
    }
    return rules;
  }

  sigles(value: unknown): Record<string, string> | undefined {
    if (!isObject(value)) {
      this.error(['sigles'], `« sigles » doit être un objet { "SIGLE": "développement" }, pas ${describeType(value)} ; ignoré.`);
      return undefined;
    }
    const sigles: Record<string, string> = {};
    for (const [acronym, expansion] of Object.entries(value)) {
      if (acronym.trim() === '') {
        this.error(['sigles', acronym], 'un sigle vide est ignoré.', 'key');
        continue;
      }
      const text = this.string(expansion, ['sigles', acronym], `développement du sigle « ${acronym} »`);
      if (text !== undefined) sigles[acronym.trim()] = text;
    }
    return sigles;
  }

  substitutions(value: unknown): Substitution[] | undefined {
    if (!Array.isArray(value)) {
      this.error(['substitutions'], `« substitutions » doit être une liste d'objets { "fautif": …, "correct": … }, pas ${describeType(value)} ; ignoré.`);
      return undefined;
    }
    const result: Substitution[] = [];
    value.forEach((item, index) => {
      const path = ['substitutions', index];
      const label = `substitution ${index + 1}`;
      if (!isObject(item)) {
        this.error(path, `${label} : un objet { "fautif": …, "correct": … } est attendu, pas ${describeType(item)} ; ignorée.`);
        return;
      }
      for (const key of Object.keys(item)) {
        if (key !== 'fautif' && key !== 'correct' && key !== 'message') {
          this.warning([...path, key], `${label} : clé inconnue « ${key} » ignorée (fautif, correct, message).`);
        }
      }
      const fautif = this.string(item.fautif, [...path, 'fautif'], `${label}, « fautif »`);
      const correct = typeof item.correct === 'string' ? item.correct.trim() : undefined;
      if (correct === undefined) this.error([...path, 'correct'], `${label} : « correct » doit être un texte, pas ${describeType(item.correct)}.`);
      let message: string | undefined;
      if (item.message !== undefined) message = this.string(item.message, [...path, 'message'], `${label}, « message »`);
      if (fautif === undefined || correct === undefined) return;
      if (containsTerm(correct, fautif)) {
        this.error(
          [...path, 'correct'],
          `${label} : le terme correct « ${correct} » contient le terme fautif « ${fautif} » ; la correction serait signalée à nouveau. Substitution ignorée.`,
        );
        return;
      }
      result.push({ fautif, correct, ...(message !== undefined ? { message } : {}) });
    });
    return result;
  }

  ministeres(value: unknown): Ministere[] | undefined {
    if (!Array.isArray(value)) {
      this.error(['ministeres'], `« ministeres » doit être une liste de noms ou d'objets { "nom": … }, pas ${describeType(value)} ; ignoré.`);
      return undefined;
    }
    const result: Ministere[] = [];
    value.forEach((item, index) => {
      const path = ['ministeres', index];
      const label = `ministère ${index + 1}`;
      if (typeof item === 'string') {
        const nom = this.string(item, path, label);
        if (nom !== undefined) result.push({ nom, anciensNoms: [] });
        return;
      }
      if (!isObject(item)) {
        this.error(path, `${label} : un nom ou un objet { "nom": … } est attendu, pas ${describeType(item)} ; ignoré.`);
        return;
      }
      for (const key of Object.keys(item)) {
        if (!['nom', 'anciensNoms', 'titulaire', 'genre'].includes(key)) {
          this.warning([...path, key], `${label} : clé inconnue « ${key} » ignorée (nom, anciensNoms, titulaire, genre).`);
        }
      }
      const nom = this.string(item.nom, [...path, 'nom'], `${label}, « nom »`);
      const anciensNoms = item.anciensNoms === undefined ? [] : (this.stringList(item.anciensNoms, [...path, 'anciensNoms'], 'anciensNoms') ?? []);
      const titulaire = item.titulaire === undefined ? undefined : this.string(item.titulaire, [...path, 'titulaire'], `${label}, « titulaire »`);
      let genre: Ministere['genre'];
      if (item.genre !== undefined) {
        const normalized = typeof item.genre === 'string' ? stripAccents(item.genre) : '';
        if (normalized === 'feminin' || normalized === 'masculin') genre = normalized;
        else this.error([...path, 'genre'], `${label} : « genre » attend « feminin » ou « masculin », pas ${describeType(item.genre)}.`);
      }
      if (nom === undefined) return;
      result.push({ nom, anciensNoms, ...(titulaire !== undefined ? { titulaire } : {}), ...(genre ? { genre } : {}) });
    });
    return result;
  }
}

/** True when `term` occurs in `text` as whole words (case-insensitive). */
function containsTerm(text: string, term: string): boolean {
  return termPattern(term, 'iu').test(text);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A pattern matching `term` as whole words: apostrophes match either form (' or ’), any run of spaces
 * (including no-break spaces) matches a space.
 */
export function termPattern(term: string, flags: string): RegExp {
  const body = term
    .trim()
    .split(/[\s\u00A0\u202F]+/u)
    .map((part) => escapeRegExp(part).replace(/['’]/gu, "['’]"))
    .join('[\\s\\u00A0\\u202F]+');
  return new RegExp(`(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_])`, flags);
}

/** Validates an already-parsed pack (VS Code settings, or a JSON file). */
export function validateStylePack(raw: unknown, isKnownRule: (id: string) => boolean = defaultIsKnownRule): PackValidation {
  const validator = new Validator(isKnownRule);
  const pack = validator.pack(raw);
  return { pack, problems: validator.problems };
}

function defaultIsKnownRule(id: string): boolean {
  return allRuleMeta.some((meta) => meta.id === id);
}


export interface ParsedStylePack {
  readonly pack: StylePack;
  readonly problems: readonly LocatedPackProblem[];
  /** True when the text is not valid JSON: the whole pack is ignored. */
  readonly invalidJson: boolean;
}

/**
 * Reads a `.qe-style.json` text: invalid JSON gives one problem and an empty pack (defaults); otherwise each
 * broken part is located on the file (the property name for unknown keys, the value for wrong values).
 */
export function parseStylePack(text: string, isKnownRule?: (id: string) => boolean): ParsedStylePack {
  const refused = (message: string, range: OffsetRange): ParsedStylePack => ({
    pack: {},
    invalidJson: true,
    problems: [{ message: `${message} : le fichier de style est ignoré, contrôle avec les réglages par défaut.`, range, severity: 'error' }],
  });
  if (text.length > maxPackLength) {
    return refused(`Fichier trop volumineux (${text.length.toLocaleString('fr-FR')} caractères, au plus ${maxPackLength.toLocaleString('fr-FR')})`, { start: 0, end: 0 });
  }
  const errors: ParseError[] = [];
  const source = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  // jsonc-parser and the conversion below recurse once per level: refuse a deep text before parsing it.
  const nesting = jsonNesting(source, maxPackNesting);
  if (nesting.offset >= 0) {
    const deep = jsonTooDeep(nesting.offset, maxPackNesting);
    return refused(`JSON trop imbriqué (${deep.message})`, deep.range);
  }
  const root = parseTree(source, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || !root) {
    const error = errors[0];
    const what = error ? describeJsonError(error) : 'fichier vide';
    return {
      pack: {},
      invalidJson: true,
      problems: [
        {
          message: `JSON invalide (${what}) : le fichier de style est ignoré, contrôle avec les réglages par défaut.`,
          range: error ? { start: error.offset, end: error.offset + Math.max(1, error.length) } : { start: 0, end: 0 },
          severity: 'error',
        },
      ],
    };
  }
  const { pack, problems } = validateStylePack(nodeValue(root), isKnownRule);
  return {
    pack,
    invalidJson: false,
    // Locating is a walk per problem: a pack with thousands of broken entries lists the first ones and a count.
    problems: cappedPackProblems(problems).map((problem) => ({ message: problem.message, severity: problem.severity, range: locate(root, problem) })),
  };
}

/** At most this many problems are listed for one pack; one more counts the others. */
const maxPackProblems = 200;

function cappedPackProblems(problems: readonly PackProblem[]): readonly PackProblem[] {
  if (problems.length <= maxPackProblems) return problems;
  const rest = problems.length - maxPackProblems;
  const next = problems[maxPackProblems]!;
  return [...problems.slice(0, maxPackProblems), { ...next, message: `${rest.toLocaleString('fr-FR')} autres problèmes non affichés.` }];
}

function nodeValue(node: JsonNode): unknown {
  switch (node.type) {
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key && value) result[String(key.value)] = nodeValue(value);
      }
      return result;
    }
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}

function locate(root: JsonNode, problem: PackProblem): OffsetRange {
  // Walk up the path until a node exists (a missing `correct` is reported on its substitution).
  for (let length = problem.path.length; length >= 0; length--) {
    const node = findNodeAtLocation(root, [...problem.path.slice(0, length)]);
    if (!node) continue;
    const target = problem.target === 'key' && length === problem.path.length && node.parent?.type === 'property' ? node.parent.children?.[0] : node;
    const chosen = target ?? node;
    return { start: chosen.offset, end: chosen.offset + chosen.length };
  }
  return { start: root.offset, end: root.offset + 1 };
}

/** `rules.date-relative`, `substitutions[2].correct`: where a problem is, for messages without positions. */
export function formatPackPath(path: PackPath): string {
  return path.reduce<string>((result, part) => (typeof part === 'number' ? `${result}[${part}]` : result ? `${result}.${part}` : part), '');
}
