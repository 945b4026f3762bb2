/**
 * Generates the reference data the core bundles (`server/src/core/reference/*.json`) from the shared reference
 * files (`data/reference/*.json`, copied from the project's shared reference): compact JSON, only the fields the rules, hovers and completions use, so
 * that the bundle never reads reference sources at run time.
 *
 *   npx tsx scripts/build-reference.ts          # writes the files
 *   npx tsx scripts/build-reference.ts --check  # exits 1 when a generated file is stale
 *
 * A test (`test/core/reference/reference.test.ts`) fails when the committed files are stale.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { phraseGender, pluralPhrase } from '../server/src/core/rules/common/agreement';

export const defaultSourceDir = resolve(__dirname, '..', 'data', 'reference');
export const outputDir = resolve(__dirname, '..', 'server', 'src', 'core', 'reference');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function read(dir: string, name: string): JsonObject {
  return JSON.parse(readFileSync(join(dir, name), 'utf8')) as JsonObject;
}

/** Keeps the listed fields, dropping absent, null, false and empty values. */
function pick(entry: JsonObject, fields: readonly string[]): JsonObject {
  const out: JsonObject = {};
  for (const field of fields) {
    const value = entry[field];
    if (value === undefined || value === null || value === false) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    if (typeof value === 'string' && value === '' && field !== 'article') continue;
    out[field] = value;
  }
  return out;
}

function list(value: Json | undefined): JsonObject[] {
  return Array.isArray(value) ? (value.filter((item) => item !== null && typeof item === 'object' && !Array.isArray(item)) as JsonObject[]) : [];
}

const header = (source: string) => ({ source: `généré par scripts/build-reference.ts depuis ${source} — ne pas modifier à la main` });

/**
 * What the fixes need to insert an expansion where it agrees (`genre`, `singulier`, `pluriel`): computed from
 * the expansion and its article (plural of the head noun and of its adjectives, « de … » complements unchanged;
 * gender from `le` / `la` or from the head noun), then corrected by `acronyms-accord.json` (a null form: none
 * is sure, no automatic fix in that number). A name used without article (Tracfin, EDF) has no plural.
 */
function agreementFields(entry: JsonObject, override: JsonObject | undefined): JsonObject {
  const expansion = String(entry.developpement ?? '').replace(/\s*\([^)]*\)\s*$/, '');
  const article = String(entry.article ?? '');
  const out: JsonObject = {};
  const genre = phraseGender(expansion, article);
  if (genre) out.genre = genre;
  if (article === 'les') out.pluriel = expansion;
  else {
    out.singulier = expansion;
    const plural = article === '' ? undefined : pluralPhrase(expansion);
    if (plural) out.pluriel = plural;
  }
  for (const [field, value] of Object.entries(override ?? {})) {
    if (value === null) delete out[field];
    else out[field] = value;
  }
  return out;
}

/** The generated files: name → content. */
export function generateReference(sourceDir: string = defaultSourceDir): Map<string, string> {
  const files = new Map<string, string>();

  const acronyms = read(sourceDir, 'acronyms.json');
  const overrides = existsSync(join(sourceDir, 'acronyms-accord.json')) ? (read(sourceDir, 'acronyms-accord.json').accords as Record<string, JsonObject>) : {};
  const entries = list(acronyms.entrees).map((entry) => {
    const picked = pick(entry, ['id', 'sigle', 'developpement', 'article', 'type', 'usageCourant', 'variantes', 'obsolete', 'remplacePar']);
    // Variants carry, now and then, a related form in parentheses (`PMA (procréation …)`): keep plain forms.
    const variants = Array.isArray(picked.variantes) ? (picked.variantes as Json[]).filter((v): v is string => typeof v === 'string' && !/[()]/.test(v)) : [];
    if (variants.length > 0) picked.variantes = variants;
    else delete picked.variantes;
    Object.assign(picked, agreementFields(entry, overrides[String(entry.id ?? entry.sigle)]));
    if (picked.id === picked.sigle) delete picked.id;
    return picked;
  });
  files.set('acronyms.json', JSON.stringify({ ...header('acronyms.json'), version: acronyms.version ?? null, entrees: entries }) + '\n');

  const plans = read(sourceDir, 'plans.json');
  const planEntries = list(plans.plans).map((plan) => {
    const picked = pick(plan, ['id', 'nom', 'periode', 'porteur', 'adoption', 'domaine', 'nombreMesures', 'axes', 'mesures', 'verifie']);
    if (!picked.verifie) picked.verifie = false;
    return picked;
  });
  files.set('plans.json', JSON.stringify({ ...header('plans.json'), plans: planEntries }) + '\n');

  const sources = read(sourceDir, 'sources.json');
  const sourceEntries = list(sources.sources).map((source) =>
    pick(source, ['id', 'nom', 'sigle', 'type', 'exemplePublication', 'rattachement', 'obsolete', 'remplacePar']),
  );
  files.set('sources.json', JSON.stringify({ ...header('sources.json'), sources: sourceEntries }) + '\n');

  const ministeres = read(sourceDir, 'ministeres.json');
  const governments = list(ministeres.gouvernements).map((government) => {
    const picked = pick(government, ['gouvernement', 'premierMinistre', 'debut', 'fin', 'etape', 'ministeres', 'portefeuillesDelegues', 'verifie']);
    if (!('fin' in picked)) picked.fin = null;
    if (!picked.verifie) picked.verifie = false;
    return picked;
  });
  files.set('ministeres.json', JSON.stringify({ ...header('ministeres.json'), gouvernements: governments }) + '\n');
  return files;
}

/** Names of the generated files whose content on disk differs from a fresh generation. */
export function staleReferenceFiles(sourceDir: string = defaultSourceDir, dir: string = outputDir): string[] {
  const stale: string[] = [];
  for (const [name, content] of generateReference(sourceDir)) {
    const path = join(dir, name);
    if (!existsSync(path) || readFileSync(path, 'utf8') !== content) stale.push(name);
  }
  return stale;
}

if (require.main === module) {
  if (process.argv.includes('--check')) {
    const stale = staleReferenceFiles();
    if (stale.length > 0) {
      console.error(`Données de référence périmées : ${stale.join(', ')} (lancer « npx tsx scripts/build-reference.ts »).`);
      process.exit(1);
    }
    console.log('Données de référence à jour.');
  } else {
    for (const [name, content] of generateReference()) {
      writeFileSync(join(outputDir, name), content);
      console.log(`${name} : ${content.length.toLocaleString('fr-FR')} caractères`);
    }
  }
}
