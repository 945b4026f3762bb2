import type { Chambre, Metadata, MetadataKey, Publication } from '../model/types';
import { stripAccents } from '../text/fold';
import { levenshtein } from '../config/nearest';

/**
 * The metadata keys of a dossier: their canonical name (the JSON contract's), the spellings accepted in a
 * front matter or a "Données clés" block, and how a raw value becomes a typed one.
 */
export interface MetadataKeySpec {
  readonly key: MetadataKey;
  /** French label for messages and hovers. */
  readonly label: string;
  /** Other spellings, compared after normalisation (see `normalizeKey`). */
  readonly aliases: readonly string[];
  readonly type: 'entier' | 'texte' | 'chambre' | 'publication' | 'booleen' | 'chemin';
}

export const metadataKeys: readonly MetadataKeySpec[] = [
  { key: 'numero', label: 'numéro de la question', aliases: ['numéro de la question', 'n°', 'numero question'], type: 'entier' },
  { key: 'legislature', label: 'législature', aliases: [], type: 'entier' },
  { key: 'chambre', label: 'chambre', aliases: ['assemblée'], type: 'chambre' },
  { key: 'auteur', label: 'auteur', aliases: ['auteure', 'député', 'sénateur'], type: 'texte' },
  { key: 'circonscription', label: 'circonscription', aliases: [], type: 'texte' },
  { key: 'groupe', label: 'groupe politique', aliases: ['groupe politique'], type: 'texte' },
  { key: 'ministereInterroge', label: 'ministère interrogé', aliases: ['ministère interrogé'], type: 'texte' },
  { key: 'ministereAttributaire', label: 'ministère attributaire', aliases: ['ministère attributaire'], type: 'texte' },
  { key: 'rubrique', label: 'rubrique', aliases: [], type: 'texte' },
  { key: 'titre', label: 'titre', aliases: ['tête d’analyse', 'analyse'], type: 'texte' },
  {
    key: 'publicationQuestion',
    label: 'publication de la question au JO',
    aliases: ['question publiée au JO le', 'publication question'],
    type: 'publication',
  },
  {
    key: 'publicationReponse',
    label: 'publication de la réponse au JO',
    aliases: ['réponse publiée au JO le', 'publication réponse'],
    type: 'publication',
  },
  { key: 'signalee', label: 'question signalée', aliases: ['signalée', 'question signalée'], type: 'booleen' },
  {
    key: 'signalement',
    label: 'signalement de la question au JO',
    aliases: ['date du signalement', 'question signalée au JO le', 'signalement au JO'],
    type: 'publication',
  },
  { key: 'questionsLiees', label: 'questions liées', aliases: ['questions identiques', 'questions liées'], type: 'texte' },
  { key: 'question', label: 'fichier de la question', aliases: ['fichier question', 'fichier de la question'], type: 'chemin' },
];

/** Lower case, no accents, no spaces, hyphens, underscores or apostrophes: `Ministère interrogé` → `ministereinterroge`. */
export function normalizeKey(key: string): string {
  return stripAccents(key)
    .toLowerCase()
    .replace(/[\s_\-'’.:]+/g, '');
}

const specByNormalizedKey = new Map<string, MetadataKeySpec>();
for (const spec of metadataKeys) {
  specByNormalizedKey.set(normalizeKey(spec.key), spec);
  for (const alias of spec.aliases) specByNormalizedKey.set(normalizeKey(alias), spec);
}

export function findKeySpec(sourceKey: string): MetadataKeySpec | undefined {
  return specByNormalizedKey.get(normalizeKey(sourceKey));
}

/** The known key closest to an unknown one, for a "did you mean" fix; undefined when none is close. */
export function closestKey(sourceKey: string): MetadataKey | undefined {
  const wanted = normalizeKey(sourceKey);
  let best: MetadataKey | undefined;
  let bestDistance = Infinity;
  for (const [normalized, spec] of specByNormalizedKey) {
    const distance = levenshtein(wanted, normalized);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = spec.key;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(wanted.length / 4)) ? best : undefined;
}

export type Coerced<T> = { ok: true; value: T } | { ok: false; message: string };

const months = [
  'janvier',
  'fevrier',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'aout',
  'septembre',
  'octobre',
  'novembre',
  'decembre',
];

/** `2019-11-05`, `05/11/2019` or `5 novembre 2019` (`1er` accepted) → `2019-11-05`. */
function parseFrenchDate(raw: string): string | undefined {
  const value = raw.trim();
  let year: number;
  let month: number;
  let day: number;
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match) {
    [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value))) {
    [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = /^(\d{1,2})(?:er)?\s+([a-zA-Zéèûô]+)\s+(\d{4})$/u.exec(value))) {
    const index = months.indexOf(stripAccents(match[2]!.toLowerCase()));
    if (index < 0) return undefined;
    [day, month, year] = [Number(match[1]), index + 1, Number(match[3])];
  } else {
    return undefined;
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function quote(raw: unknown): string {
  if (typeof raw === 'string') return `« ${raw} »`;
  if (raw === null || raw === undefined) return 'une valeur vide';
  if (typeof raw === 'object') return Array.isArray(raw) ? 'une liste' : 'un objet';
  return `« ${String(raw)} »`;
}

function coerceInteger(raw: unknown, label: string, min: number, max: number): Coerced<number> {
  let value: number | undefined;
  if (typeof raw === 'number' && Number.isInteger(raw)) value = raw;
  else if (typeof raw === 'string') {
    const match = /^\s*(\d+)\s*(?:e|è|ème|eme)?\s*$/.exec(raw);
    if (match) value = Number(match[1]);
  }
  if (value === undefined || value < min || value > max) {
    return { ok: false, message: `La valeur ${quote(raw)} de « ${label} » n’est pas valide : un nombre entier de ${min} à ${max} est attendu.` };
  }
  return { ok: true, value };
}

function coerceText(raw: unknown, label: string): Coerced<string> {
  if (typeof raw === 'number') return { ok: true, value: String(raw) };
  if (typeof raw !== 'string' || raw.trim() === '') {
    return { ok: false, message: `La valeur ${quote(raw)} de « ${label} » n’est pas valide : un texte non vide est attendu.` };
  }
  return { ok: true, value: raw.trim() };
}

function coerceChambre(raw: unknown, label: string): Coerced<Chambre> {
  if (typeof raw === 'string') {
    const normalized = normalizeKey(raw);
    if (['an', 'assembleenationale', 'assemblee'].includes(normalized)) return { ok: true, value: 'AN' };
    if (['senat', 's'].includes(normalized)) return { ok: true, value: 'SENAT' };
  }
  return { ok: false, message: `La valeur ${quote(raw)} de « ${label} » n’est pas valide : « AN » ou « Sénat » est attendu.` };
}

function coerceBoolean(raw: unknown, label: string): Coerced<boolean> {
  if (typeof raw === 'boolean') return { ok: true, value: raw };
  if (typeof raw === 'string') {
    const normalized = normalizeKey(raw);
    if (['oui', 'vrai', 'true'].includes(normalized)) return { ok: true, value: true };
    if (['non', 'faux', 'false'].includes(normalized)) return { ok: true, value: false };
  }
  return { ok: false, message: `La valeur ${quote(raw)} de « ${label} » n’est pas valide : « oui » ou « non » est attendu.` };
}

/** `{ date: 2019-11-05, page: 9703 }`, `5 novembre 2019, page 9703` or a bare date. */
function coercePublication(raw: unknown, label: string): Coerced<Publication> {
  const invalid = {
    ok: false as const,
    message: `La valeur ${quote(raw)} de « ${label} » n’est pas valide : une date (« 2019-11-05 » ou « 5 novembre 2019 »), suivie ou non de « , page 9703 », est attendue.`,
  };
  if (typeof raw === 'string') {
    const match = /^(.*?)(?:,\s*page\s+(\d+))?\s*$/i.exec(raw.trim());
    const date = match && parseFrenchDate(match[1]!);
    if (!match || !date) return invalid;
    return { ok: true, value: match[2] ? { date, page: Number(match[2]) } : { date } };
  }
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const record = raw as Record<string, unknown>;
    const publication: { date?: string; page?: number } = {};
    for (const [name, value] of Object.entries(record)) {
      const key = normalizeKey(name);
      if (key === 'date' && typeof value === 'string' && parseFrenchDate(value)) publication.date = parseFrenchDate(value)!;
      else if (key === 'page' && (typeof value === 'number' || /^\d+$/.test(String(value)))) publication.page = Number(value);
      else return invalid;
    }
    return { ok: true, value: publication };
  }
  return invalid;
}

/** Turns a raw value (from YAML, an export line or a JSON field) into the typed value of its key. */
export function coerceValue(spec: MetadataKeySpec, raw: unknown): Coerced<Metadata[MetadataKey]> {
  switch (spec.type) {
    case 'entier':
      return spec.key === 'legislature' ? coerceInteger(raw, spec.label, 1, 30) : coerceInteger(raw, spec.label, 1, 9_999_999);
    case 'texte':
    case 'chemin':
      return coerceText(raw, spec.label);
    case 'chambre':
      return coerceChambre(raw, spec.label);
    case 'booleen':
      return coerceBoolean(raw, spec.label);
    case 'publication':
      return coercePublication(raw, spec.label);
  }
}
