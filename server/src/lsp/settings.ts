import type { AnalyzeOptions } from '../core';
import { configFromObject } from '../node/config-file';

/** The `qe.*` settings as the client sends them (`workspace/configuration`, section `qe`). */
export interface QeSettings {
  readonly profile?: unknown;
  readonly rules?: unknown;
}

/** Settings → analysis options; a broken value is reported and replaced by its default. */
export function settingsToOptions(settings: QeSettings | null | undefined): { options: AnalyzeOptions; warnings: readonly string[] } {
  if (!settings) return { options: {}, warnings: [] };
  const rules = settings.rules && typeof settings.rules === 'object' && Object.keys(settings.rules).length === 0 ? undefined : settings.rules;
  return configFromObject({ ...(settings.profile !== undefined ? { profile: settings.profile } : {}), ...(rules !== undefined ? { rules } : {}) }, 'réglages qe');
}
