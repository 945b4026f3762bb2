/**
 * Every rule the checker runs. Adding a rule: create `rules/<id>/index.ts` exporting `rule`, then add one
 * import and one array entry below (keep both lists in alphabetical order to ease merges).
 */
import type { Rule, RuleMeta } from './rule';
import { structureRules } from './structure/meta';
// house-style rules: imports (one line per rule)

export const rules: readonly Rule[] = [
  // house-style rules: entries (one line per rule)
];

/** Metadata of every finding id the tool can emit, for documentation, SARIF and severity settings. */
export const allRuleMeta: readonly RuleMeta[] = [...structureRules, ...rules.map((rule) => rule.meta)];

const byId = new Map(allRuleMeta.map((meta) => [meta.id, meta]));

export function ruleMeta(id: string): RuleMeta | undefined {
  return byId.get(id);
}
