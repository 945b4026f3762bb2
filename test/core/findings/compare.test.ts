/**
 * Findings' order: rule ids are compared without ICU's collator when they are plain (compareRuleIds); the order
 * must be the one `localeCompare` gives, for every id a check can produce.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../server/src/core';
import { compareRuleIds } from '../../../server/src/core/findings/finding';
import { rules } from '../../../server/src/core/rules/registry';
import { root } from '../../helpers/cli';

const sign = (value: number) => Math.sign(value);

describe('ordre des constatations : identifiants de règle', () => {
  const ids = new Set(rules.map((rule) => rule.meta.id));
  // The ids of findings that no rule of the registry makes (reading, coverage, internal errors).
  for (const name of ['qe-15-24191.qe.md', 'QANR5L17QE357.qe.md', 'QANR5L17QE13134.qe.md']) {
    for (const finding of analyze(readFileSync(join(root, 'examples', name), 'utf8')).findings) ids.add(finding.rule);
  }
  for (const id of ['erreur-interne', 'fichier-vide', 'fichier-illisible', 'accord-delegue']) ids.add(id);

  it('chaque identifiant produit est « simple » (minuscules ASCII, chiffres, tirets) : pas de collation ICU', () => {
    assert.ok(ids.size > 60);
    for (const id of ids) assert.match(id, /^[a-z0-9-]+$/, id);
  });

  it('même ordre que localeCompare sur toutes les paires d’identifiants', () => {
    const list = [...ids, 'a', 'a-b', 'ab', 'a1', 'a-1', 'ab-', 'z9', ''];
    for (const a of list) for (const b of list) assert.equal(sign(compareRuleIds(a, b)), sign(a.localeCompare(b)), `${a} / ${b}`);
  });

  it('les autres identifiants gardent la collation (accents, majuscules)', () => {
    const list = ['école', 'ecole', 'Ecole', 'zèbre', 'Zèbre', 'eco_le'];
    for (const a of list) for (const b of list) assert.equal(sign(compareRuleIds(a, b)), sign(a.localeCompare(b)), `${a} / ${b}`);
    assert.ok(compareRuleIds('école', 'zèbre') < 0, 'é avant z, comme le veut la collation');
  });
});
