/**
 * The reference catalog the editor completes from and explains in hovers: the built-in reference data
 * (`core/reference`, generated from the shared reference files) extended by workspace catalogue files
 * (`.qe-catalogue.json`, schema `schemas/qe-catalog.schema.json`). Pure: the Node side finds and reads the
 * files, this module validates and merges them.
 */
import { parseTree, type ParseError } from 'jsonc-parser';
import { describeJsonError } from '../text/json-errors';
import { jsonNesting, jsonTooDeep } from '../parse/nesting';
import {
  acronyms as builtinAcronyms,
  governments,
  plans as builtinPlans,
  sources as builtinSources,
  type AcronymEntry,
  type PlanEntry,
  type SourceEntry,
} from '../reference';

export type { AcronymEntry, PlanEntry, SourceEntry } from '../reference';

export interface MinistryEntry {
  /** As written in the Journal officiel (`ministère de l'intérieur`). */
  readonly nom: string;
  /** Government that used the name (`Bayrou`), or `espace de travail` for a catalogue file. */
  readonly gouvernement: string;
  readonly debut?: string;
  readonly fin?: string | null;
}

/** Where an entry comes from, shown in hovers. */
export type Origin = 'intégré' | string;

export interface Catalog {
  readonly plans: readonly (PlanEntry & { readonly origine?: Origin })[];
  readonly sources: readonly (SourceEntry & { readonly origine?: Origin })[];
  readonly acronyms: readonly (AcronymEntry & { readonly origine?: Origin })[];
  readonly ministries: readonly MinistryEntry[];
}

/** Name of the workspace catalogue file, looked for in the dossier's folder and its parents. */
export const catalogFileName = '.qe-catalogue.json';

function ministriesOf(): MinistryEntry[] {
  const result: MinistryEntry[] = [];
  for (const government of governments) {
    for (const nom of [...government.ministeres, ...(government.portefeuillesDelegues ?? [])]) {
      result.push({ nom, gouvernement: government.gouvernement, debut: government.debut, fin: government.fin });
    }
  }
  return result;
}

export const builtinCatalog: Catalog = {
  plans: builtinPlans,
  sources: builtinSources,
  acronyms: builtinAcronyms,
  ministries: ministriesOf(),
};

/** A workspace catalogue file, once validated. */
export interface CatalogExtension {
  readonly plans: readonly PlanEntry[];
  readonly sources: readonly SourceEntry[];
  readonly acronyms: readonly AcronymEntry[];
  readonly ministries: readonly string[];
}

export interface CatalogProblem {
  /** French message. */
  readonly message: string;
  /** Offset range in the file. */
  readonly range: { readonly start: number; readonly end: number };
}

/** A catalogue longer than this (characters), or nested deeper, is not read (a real one is a few kilobytes). */
const maxCatalogLength = 2_000_000;
const maxCatalogNesting = 64;

function catalogRefusal(text: string): CatalogProblem | undefined {
  if (text.length > maxCatalogLength) {
    return {
      message: `Catalogue trop volumineux (${text.length.toLocaleString('fr-FR')} caractères, au plus ${maxCatalogLength.toLocaleString('fr-FR')}) : il est ignoré.`,
      range: { start: 0, end: 0 },
    };
  }
  const nesting = jsonNesting(text, maxCatalogNesting);
  if (nesting.offset < 0) return undefined;
  const deep = jsonTooDeep(nesting.offset, maxCatalogNesting);
  return { message: `Catalogue trop imbriqué : ${deep.message} ; il est ignoré.`, range: deep.range };
}

/** At most this many problems are listed for one catalogue; one more counts the others. */
const maxCatalogProblems = 200;

function cappedProblems(problems: CatalogProblem[]): CatalogProblem[] {
  if (problems.length <= maxCatalogProblems) return problems;
  const kept = problems.slice(0, maxCatalogProblems);
  kept.push({ message: `${(problems.length - maxCatalogProblems).toLocaleString('fr-FR')} autres problèmes non affichés.`, range: problems[maxCatalogProblems]!.range });
  return kept;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: Json | undefined): value is JsonObject => !!value && typeof value === 'object' && !Array.isArray(value);
const isString = (value: Json | undefined): value is string => typeof value === 'string' && value.trim() !== '';
const strings = (value: Json | undefined): string[] | undefined =>
  Array.isArray(value) && value.every((item) => typeof item === 'string') ? (value as string[]) : undefined;

/**
 * Reads a `.qe-catalogue.json` file. Invalid entries are reported (in French, with their range) and left out;
 * valid ones are kept. Unknown top-level keys are reported.
 */
export function parseCatalogExtension(text: string): { extension: CatalogExtension; problems: CatalogProblem[] } {
  const problems: CatalogProblem[] = [];
  const errors: ParseError[] = [];
  // Refused before parsing: jsonc-parser recurses once per level, and a huge catalog would slow every hover.
  const refusal = catalogRefusal(text);
  if (refusal) return { extension: { plans: [], sources: [], acronyms: [], ministries: [] }, problems: [refusal] };
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  for (const error of errors) {
    problems.push({ message: `JSON invalide : ${describeJsonError(error)}.`, range: { start: error.offset, end: error.offset + Math.max(error.length, 1) } });
  }
  const extension = { plans: [] as PlanEntry[], sources: [] as SourceEntry[], acronyms: [] as AcronymEntry[], ministries: [] as string[] };
  if (!tree || tree.type !== 'object') {
    if (errors.length === 0) problems.push({ message: 'Le catalogue doit être un objet JSON.', range: { start: 0, end: text.length } });
    return { extension, problems };
  }
  for (const property of tree.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (!keyNode || !valueNode) continue;
    const key = String(keyNode.value);
    const rangeOfNode = (node: typeof valueNode) => ({ start: node.offset, end: node.offset + node.length });
    const items = valueNode.type === 'array' ? (valueNode.children ?? []) : undefined;
    const valueOf = (node: typeof valueNode): Json => {
      // Rebuild plain JSON from the node (jsonc-parser's getNodeValue equivalent, typed).
      switch (node.type) {
        case 'object': {
          const out: JsonObject = {};
          for (const child of node.children ?? []) {
            const [k, v] = child.children ?? [];
            if (k && v) out[String(k.value)] = valueOf(v);
          }
          return out;
        }
        case 'array':
          return (node.children ?? []).map(valueOf);
        default:
          return node.value as Json;
      }
    };
    if (key === '$schema' || key === 'description') continue;
    if (!['sigles', 'plans', 'sources', 'ministeres'].includes(key)) {
      problems.push({ message: `Clé inconnue « ${key} » : clés admises : sigles, plans, sources, ministeres.`, range: rangeOfNode(keyNode) });
      continue;
    }
    if (!items) {
      problems.push({ message: `« ${key} » doit être une liste.`, range: rangeOfNode(valueNode) });
      continue;
    }
    for (const node of items) {
      const value = valueOf(node);
      const range = rangeOfNode(node);
      if (key === 'ministeres') {
        if (isString(value)) extension.ministries.push(value);
        else problems.push({ message: 'Un ministère s’écrit comme un texte : « ministère de l’intérieur ».', range });
        continue;
      }
      if (!isObject(value)) {
        problems.push({ message: `Chaque élément de « ${key} » est un objet.`, range });
        continue;
      }
      if (key === 'sigles') {
        if (!isString(value.sigle) || !isString(value.developpement)) {
          problems.push({ message: 'Un sigle a besoin de « sigle » et de « developpement ».', range });
          continue;
        }
        extension.acronyms.push({
          sigle: value.sigle,
          developpement: value.developpement,
          article: typeof value.article === 'string' ? value.article : '',
          type: isString(value.type) ? value.type : 'organisme public',
          ...(value.usageCourant === true ? { usageCourant: true } : {}),
          ...(strings(value.variantes) ? { variantes: strings(value.variantes)! } : {}),
          ...(value.obsolete === true ? { obsolete: true } : {}),
          ...(isString(value.remplacePar) ? { remplacePar: value.remplacePar } : {}),
        });
      } else if (key === 'plans') {
        if (!isString(value.id) || !isString(value.nom)) {
          problems.push({ message: 'Un plan a besoin d’un « id » et d’un « nom ».', range });
          continue;
        }
        const mesures = Array.isArray(value.mesures)
          ? value.mesures.filter(isObject).filter((m) => isString(m.intitule)).map((m) => ({ numero: typeof m.numero === 'number' ? m.numero : null, intitule: m.intitule as string }))
          : undefined;
        const axes = Array.isArray(value.axes)
          ? value.axes.filter(isObject).filter((a) => typeof a.numero === 'number' && isString(a.intitule)).map((a) => ({ numero: a.numero as number, intitule: a.intitule as string }))
          : undefined;
        extension.plans.push({
          id: value.id,
          nom: value.nom,
          ...(isString(value.periode) ? { periode: value.periode } : {}),
          ...(isString(value.porteur) ? { porteur: value.porteur } : {}),
          ...(isString(value.adoption) ? { adoption: value.adoption } : {}),
          ...(isString(value.domaine) ? { domaine: value.domaine } : {}),
          ...(typeof value.nombreMesures === 'number' ? { nombreMesures: value.nombreMesures } : {}),
          ...(axes?.length ? { axes } : {}),
          ...(mesures?.length ? { mesures } : {}),
          verifie: value.verifie !== false,
        });
      } else {
        if (!isString(value.id) || !isString(value.nom)) {
          problems.push({ message: 'Une source a besoin d’un « id » et d’un « nom ».', range });
          continue;
        }
        extension.sources.push({
          id: value.id,
          nom: value.nom,
          ...(isString(value.sigle) ? { sigle: value.sigle } : {}),
          ...(isString(value.type) ? { type: value.type } : {}),
          ...(strings(value.exemplePublication) ? { exemplePublication: strings(value.exemplePublication)! } : {}),
          ...(isString(value.rattachement) ? { rattachement: value.rattachement } : {}),
        });
      }
    }
  }
  return { extension, problems: cappedProblems(problems) };
}

/**
 * The catalog extended by workspace files, nearest last: an entry with the same id (plans, sources) or the
 * same acronym replaces the built-in one.
 */
export function extendCatalog(base: Catalog, extensions: readonly { readonly origin: string; readonly extension: CatalogExtension }[]): Catalog {
  if (extensions.length === 0) return base;
  const plans = new Map(base.plans.map((plan) => [plan.id, plan] as const));
  const sources = new Map(base.sources.map((source) => [source.id, source] as const));
  const acronyms = new Map(base.acronyms.map((acronym) => [acronym.id ?? acronym.sigle, acronym] as const));
  const ministries = [...base.ministries];
  for (const { origin, extension } of extensions) {
    for (const plan of extension.plans) plans.set(plan.id, { ...plan, origine: origin });
    for (const source of extension.sources) sources.set(source.id, { ...source, origine: origin });
    for (const acronym of extension.acronyms) {
      for (const [key, existing] of acronyms) if (existing.sigle === acronym.sigle) acronyms.delete(key);
      acronyms.set(acronym.sigle, { ...acronym, origine: origin });
    }
    for (const nom of extension.ministries) ministries.unshift({ nom, gouvernement: 'espace de travail' });
  }
  return { plans: [...plans.values()], sources: [...sources.values()], acronyms: [...acronyms.values()], ministries };
}

/** The ministries in office at an ISO date (the latest government when the date is unknown), workspace ones first. */
export function ministriesAt(catalog: Catalog, date?: string): MinistryEntry[] {
  const workspace = catalog.ministries.filter((ministry) => ministry.debut === undefined);
  const dated = catalog.ministries.filter((ministry) => ministry.debut !== undefined);
  let chosen: MinistryEntry[];
  if (date) {
    chosen = dated.filter((ministry) => ministry.debut! <= date && (ministry.fin === null || ministry.fin === undefined || date <= ministry.fin));
  } else {
    const latest = dated.reduce((max, ministry) => (ministry.debut! > max ? ministry.debut! : max), '');
    chosen = dated.filter((ministry) => ministry.debut === latest);
  }
  if (chosen.length === 0) chosen = dated;
  const seen = new Set<string>();
  return [...workspace, ...chosen].filter((ministry) => (seen.has(ministry.nom) ? false : (seen.add(ministry.nom), true)));
}
