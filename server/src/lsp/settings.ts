import type { StylePack } from '../core';
import { formatPackPath, validateStylePack } from '../core';

/** The `qe.*` settings as the client sends them (`workspace/configuration`, section `qe`). */
export interface QeSettings {
  readonly profile?: unknown;
  readonly rules?: unknown;
  readonly nbspStrict?: unknown;
  readonly apostrophe?: unknown;
  readonly sigles?: unknown;
  readonly motsAcceptes?: unknown;
  readonly substitutions?: unknown;
  readonly ministeres?: unknown;
}

const packKeys = ['profile', 'rules', 'nbspStrict', 'apostrophe', 'sigles', 'motsAcceptes', 'substitutions', 'ministeres'] as const;

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}

/**
 * Settings → style pack (the weakest layer: a workspace `.qe-style.json` wins over it). Only the pack's keys
 * are read (`qe.trace` and others are ignored); a broken value is reported in French and left out.
 */
export function settingsToPack(settings: QeSettings | null | undefined): { pack: StylePack; warnings: readonly string[] } {
  if (!settings) return { pack: {}, warnings: [] };
  const raw: Record<string, unknown> = {};
  for (const key of packKeys) if (!isEmpty(settings[key])) raw[key] = settings[key];
  const { pack, problems } = validateStylePack(raw);
  const warnings = problems.map((problem) => `réglages qe (qe.${formatPackPath(problem.path)}) : ${problem.message}`);
  return { pack, warnings };
}
