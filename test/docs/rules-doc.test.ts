import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { allRuleMeta } from '../../server/src/core/rules/registry';
import { renderRuleDocs, rulesDocPath } from '../../scripts/gen-rule-docs';

describe('docs/regles.md', () => {
  it('est à jour avec le registre des règles (sinon : npm run docs:rules)', () => {
    assert.equal(readFileSync(rulesDocPath, 'utf8'), renderRuleDocs(), 'docs/regles.md est périmé : lancer « npm run docs:rules ».');
  });

  it('a une section « ## <id> » par règle, ancre du lien des diagnostics', () => {
    const text = renderRuleDocs();
    for (const meta of allRuleMeta) assert.ok(text.includes(`\n## ${meta.id}\n`), meta.id);
  });

  it('indique la gravité par profil quand elle en dépend', () => {
    const text = renderRuleDocs();
    const section = text.slice(text.indexOf('\n## apostrophe-typographique\n'));
    assert.match(section, /Gravité par défaut : suggestion \(profil « jo »\), information \(profil « imprimerie-nationale »\)/);
  });
});
