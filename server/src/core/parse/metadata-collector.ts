import type { Metadata, MetadataEntry, MetadataKey, OffsetRange } from '../model/types';
import type { Problem } from './raw';
import { closestKey, coerceValue, findKeySpec, metadataKeys } from './metadata';

const maxSuggestions = 100;
let knownKeysText: string | undefined;
const knownKeys = (): string => (knownKeysText ??= metadataKeys.map((spec) => spec.key).join(', '));

/**
 * Gathers metadata from any input (front matter, "Données clés" lines, JSON fields): finds the key, types
 * the value, remembers where both were written, and records a French problem for what is wrong.
 */
export class MetadataCollector {
  readonly metadata: Metadata = {};
  readonly entries: MetadataEntry[] = [];
  readonly problems: Problem[] = [];

  /** Returns false when the key is unknown (the caller decides whether that is a problem). */
  set(sourceKey: string, raw: unknown, keyRange: OffsetRange, valueRange: OffsetRange, reportUnknown = true): boolean {
    const spec = findKeySpec(sourceKey);
    if (!spec) {
      if (reportUnknown) this.unknown(sourceKey, keyRange);
      return false;
    }
    if (this.metadata[spec.key] !== undefined) {
      this.problems.push({
        rule: 'metadonnee-invalide',
        message: `La métadonnée « ${spec.label} » est donnée deux fois ; seule la première valeur est retenue.`,
        range: keyRange,
        severity: 'warning',
      });
      return true;
    }
    const coerced = coerceValue(spec, raw);
    if (!coerced.ok) {
      this.problems.push({ rule: 'metadonnee-invalide', message: coerced.message, range: valueRange });
      return true;
    }
    this.assign(spec.key, coerced.value);
    this.entries.push({ key: spec.key, sourceKey, keyRange, valueRange });
    return true;
  }

  private assign<K extends MetadataKey>(key: K, value: Metadata[K]): void {
    this.metadata[key] = value;
  }

  private unknownCount = 0;

  private unknown(sourceKey: string, keyRange: OffsetRange): void {
    // A suggestion costs an edit distance per known key: past a hundred unknown keys, none is looked for.
    const suggestion = ++this.unknownCount <= maxSuggestions ? closestKey(sourceKey) : undefined;
    const known = knownKeys();
    this.problems.push({
      rule: 'metadonnee-inconnue',
      message: suggestion
        ? `Métadonnée inconnue « ${sourceKey} » : vouliez-vous écrire « ${suggestion} » ?`
        : `Métadonnée inconnue « ${sourceKey} ». Clés admises : ${known}.`,
      range: keyRange,
      fixes: suggestion ? [{ title: `Remplacer par « ${suggestion} »`, edits: [{ range: keyRange, newText: suggestion }] }] : [],
    });
  }
}
