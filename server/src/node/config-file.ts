import { readFileSync } from 'node:fs';
import type { AnalyzeOptions, Severity } from '../core';
import { ruleMeta } from '../core';

export interface LoadedConfig {
  readonly options: AnalyzeOptions;
  /** French messages for what was wrong; checking goes on with defaults for those parts. */
  readonly warnings: readonly string[];
}

const severities = new Set(['error', 'warning', 'information', 'hint', 'off']);

/** Reads a style file (`{ "profile": "jo", "rules": { "date-relative": "error" } }`); never throws. */
export function loadConfigFile(path: string): LoadedConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = (error as { code?: string }).code === 'ENOENT' ? 'fichier introuvable' : 'JSON invalide';
    return { options: {}, warnings: [`fichier de style « ${path} » ignoré (${reason}) ; contrôle avec les réglages par défaut.`] };
  }
  return configFromObject(raw, path);
}

export function configFromObject(raw: unknown, origin: string): LoadedConfig {
  const warnings: string[] = [];
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return { options: {}, warnings: [`${origin} : un objet JSON est attendu ; réglages par défaut.`] };
  }
  const record = raw as Record<string, unknown>;
  const options: { profile?: 'jo' | 'imprimerie-nationale'; severities?: Record<string, Severity | 'off'> } = {};
  if (record.profile !== undefined) {
    if (record.profile === 'jo' || record.profile === 'imprimerie-nationale') options.profile = record.profile;
    else warnings.push(`${origin} : profil « ${String(record.profile)} » inconnu (jo ou imprimerie-nationale) ; profil jo retenu.`);
  }
  if (record.rules !== undefined) {
    if (!record.rules || typeof record.rules !== 'object' || Array.isArray(record.rules)) {
      warnings.push(`${origin} : « rules » doit être un objet { "règle": "gravité" } ; ignoré.`);
    } else {
      const rules: Record<string, Severity | 'off'> = {};
      for (const [id, value] of Object.entries(record.rules as Record<string, unknown>)) {
        if (!ruleMeta(id)) warnings.push(`${origin} : règle inconnue « ${id} » ignorée.`);
        else if (typeof value !== 'string' || !severities.has(value)) {
          warnings.push(`${origin} : gravité « ${String(value)} » invalide pour « ${id} » (error, warning, information, hint ou off).`);
        } else rules[id] = value as Severity | 'off';
      }
      options.severities = rules;
    }
  }
  return { options, warnings };
}
