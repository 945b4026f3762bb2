/**
 * Style settings every rule can read (`context.settings`): the profile, the spacing and apostrophe switches,
 * and the data of the style pack (`.qe-style.json` and the `qe.*` settings of VS Code).
 */
import type { Severity } from '../findings/finding';
import type { SpellChecker } from '../spelling/spell-checker';

export type Profile = 'jo' | 'imprimerie-nationale';

/** Which apostrophe the answer must use: `droite` (U+0027), `typographique` (U+2019) or either. */
export type ApostropheSetting = 'droite' | 'typographique' | 'indifferent';

/** A preferred term: `fautif` is reported and replaced by `correct` (rule `terme-prefere`). */
export interface Substitution {
  readonly fautif: string;
  readonly correct: string;
  /** French message shown instead of the default one. */
  readonly message?: string;
}

/** A ministry's current name, with the names it must no longer be given and its office-holder. */
export interface Ministere {
  /** Current name, as the decree on attributions writes it (`ministère de la santé et de la prévention`). */
  readonly nom: string;
  /** Former names (previous governments) to report as obsolete. */
  readonly anciensNoms: readonly string[];
  /** Current minister (`Mme Agnès Firmin Le Bodo`), when known. */
  readonly titulaire?: string;
  /** Grammatical gender of the office-holder, for `la ministre` / `le ministre`. */
  readonly genre?: 'feminin' | 'masculin';
}

/** Settings passed to every rule, after defaults, VS Code settings and the style pack were merged. */
export interface StyleSettings {
  readonly profile: Profile;
  /** When true, only U+202F / U+00A0 of the right kind are accepted before high punctuation (catalog A1). */
  readonly nbspStrict: boolean;
  readonly apostrophe: ApostropheSetting;
  /**
   * Acronyms of the pack with their expansions (`MIPROF` → `Mission interministérielle …`). They extend the
   * built-in glossary; keys are the acronyms as written.
   */
  readonly sigles: ReadonlyMap<string, string>;
  /** Words accepted as written (spelling, acronyms, capitals), compared as written and in lower case. */
  readonly motsAcceptes: ReadonlySet<string>;
  readonly substitutions: readonly Substitution[];
  readonly ministeres: readonly Ministere[];
  /** Spelling checker for the rule `orthographe` (from `AnalyzeOptions.spellChecker`); absent: no spelling check. */
  readonly spellChecker?: SpellChecker;
}

/** The values a style pack can set; every field is optional (absent means the default). */
export interface StylePack {
  readonly profile?: Profile;
  readonly nbspStrict?: boolean;
  readonly apostrophe?: ApostropheSetting;
  /** Per-rule severity; `off` disables the rule. */
  readonly rules?: Readonly<Record<string, Severity | 'off'>>;
  readonly sigles?: Readonly<Record<string, string>>;
  readonly motsAcceptes?: readonly string[];
  readonly substitutions?: readonly Substitution[];
  readonly ministeres?: readonly Ministere[];
}

export const defaultStyleSettings: StyleSettings = {
  profile: 'jo',
  nbspStrict: false,
  apostrophe: 'indifferent',
  sigles: new Map(),
  motsAcceptes: new Set(),
  substitutions: [],
  ministeres: [],
};

/**
 * Merges packs from the weakest to the strongest: scalars and rule severities of a later pack win; glossaries
 * are united (a later expansion of the same acronym wins), lists are concatenated.
 */
export function mergePacks(...packs: readonly (StylePack | undefined)[]): StylePack {
  let merged: StylePack = {};
  for (const pack of packs) {
    if (!pack) continue;
    merged = {
      ...merged,
      ...(pack.profile !== undefined ? { profile: pack.profile } : {}),
      ...(pack.nbspStrict !== undefined ? { nbspStrict: pack.nbspStrict } : {}),
      ...(pack.apostrophe !== undefined ? { apostrophe: pack.apostrophe } : {}),
      ...(pack.rules ? { rules: { ...merged.rules, ...pack.rules } } : {}),
      ...(pack.sigles ? { sigles: { ...merged.sigles, ...pack.sigles } } : {}),
      ...(pack.motsAcceptes ? { motsAcceptes: [...(merged.motsAcceptes ?? []), ...pack.motsAcceptes] } : {}),
      ...(pack.substitutions ? { substitutions: [...(merged.substitutions ?? []), ...pack.substitutions] } : {}),
      ...(pack.ministeres ? { ministeres: [...(merged.ministeres ?? []), ...pack.ministeres] } : {}),
    };
  }
  return merged;
}

/** The settings rules see, from a (merged) pack: absent values take their defaults. */
export function styleSettings(pack: Omit<StylePack, 'rules'>): StyleSettings {
  return {
    profile: pack.profile ?? defaultStyleSettings.profile,
    nbspStrict: pack.nbspStrict ?? defaultStyleSettings.nbspStrict,
    apostrophe: pack.apostrophe ?? defaultStyleSettings.apostrophe,
    sigles: new Map(Object.entries(pack.sigles ?? {})),
    motsAcceptes: new Set(pack.motsAcceptes ?? []),
    substitutions: pack.substitutions ?? [],
    ministeres: pack.ministeres ?? [],
  };
}

/** Analysis options from a pack: the same fields, `rules` becoming `severities`. */
export function packToOptions(pack: StylePack): Omit<StylePack, 'rules'> & { readonly severities?: StylePack['rules'] } {
  const { rules, ...rest } = pack;
  return { ...rest, ...(rules ? { severities: rules } : {}) };
}
