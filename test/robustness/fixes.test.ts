/**
 * Fix-all on random and mutated dossiers: it stabilises, it is idempotent, it changes nothing outside the
 * edits it applies, and prose rules never edit metadata, notes, code or comments.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, applyFixes, type AnalyzeOptions } from '../../server/src/core';
import { structureRules } from '../../server/src/core/rules/structure/meta';
import { realDossiers } from './dossiers';
import { assertValidRanges } from './ranges';

const profiles: readonly AnalyzeOptions[] = [
  {},
  { profile: 'imprimerie-nationale', nbspStrict: true, apostrophe: 'typographique' },
  { apostrophe: 'droite', substitutions: [{ fautif: 'en charge de', correct: 'chargé de' }, { fautif: 'impacter', correct: 'toucher' }] },
];

/** Insertions that give fixable findings under the profiles above. */
const typos = [
  '  ', ' ,', ' .', 'Etat', 'l\'Etat', 'gouvernement', '"citation"', '...', 'etc...', '1000000 euros', '3.5 %', ' ; ', 'a!', ' :',
  'M ', 'Mme. ', 'en charge de', 'impacter', '2nd', '1ere', ' - ', '« mot»', '«mot »', '!!', '??', 'c\'est-à-dire', '10 %',
];

const dossiers = realDossiers();
const structureIds = new Set(structureRules.map((meta) => meta.id));

/** Applies every fix, re-checks and again, until nothing changes (as `qe-check --fix` and fix-on-save). */
function fixAll(text: string, options: AnalyzeOptions): { text: string; passes: number } {
  let current = text;
  for (let pass = 1; pass <= 10; pass++) {
    const result = applyFixes(current, analyze(current, options).findings);
    if (result.text === current) return { text: current, passes: pass };
    current = result.text;
  }
  return { text: current, passes: 11 };
}

const input = fc
  .record({
    index: fc.integer({ min: 0, max: dossiers.length - 1 }),
    options: fc.constantFrom(...profiles),
    inserts: fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), text: fc.constantFrom(...typos) }), { minLength: 0, maxLength: 15 }),
  })
  .map(({ index, options, inserts }) => {
    let text = dossiers[index]!;
    // Insert inside the answer, where prose rules look.
    const from = Math.max(0, text.search(/# Réponse|#### Texte de la réponse/));
    for (const insert of inserts) {
      const at = from + Math.floor(insert.at * (text.length - from));
      text = text.slice(0, at) + insert.text + text.slice(at);
    }
    return { text, options };
  });

describe('robustesse des corrections (tout corriger)', () => {
  it('chaque passe ne change que les plages de ses corrections, et les règles de prose ne touchent pas aux parties masquées', () => {
    let edits = 0;
    fc.assert(
      fc.property(input, ({ text, options }) => {
        const analysis = analyze(text, options);
        assertValidRanges(text, analysis);
        for (const finding of analysis.findings) {
          if (structureIds.has(finding.rule)) continue;
          for (const fix of finding.fixes ?? []) {
            for (const edit of fix.edits) {
              const touched = analysis.document.masked.find(
                (mask) => mask.reason !== 'link' && mask.reason !== 'html' && mask.start < Math.max(edit.range.end, edit.range.start + 1) && edit.range.start < mask.end,
              );
              assert.equal(touched, undefined, `la correction de ${finding.rule} touche une partie masquée (${touched?.reason})`);
            }
          }
        }
        const result = applyFixes(text, analysis.findings);
        // Rebuild the fixed text from the original and the applied edits only: nothing else may differ.
        let rebuilt = '';
        let cursor = 0;
        for (const edit of result.applied) {
          assert.ok(edit.range.start >= cursor, 'corrections disjointes et ordonnées');
          rebuilt += text.slice(cursor, edit.range.start) + edit.newText;
          cursor = edit.range.end;
        }
        rebuilt += text.slice(cursor);
        assert.equal(result.text, rebuilt);
        edits += result.applied.length;
      }),
      { seed: 1789, numRuns: 120 },
    );
    assert.ok(edits > 10, `des corrections ont bien été appliquées (${edits})`);
  });

  it('tout corriger se stabilise et est idempotent ; le texte corrigé reste valide', () => {
    fc.assert(
      fc.property(input, ({ text, options }) => {
        const once = fixAll(text, options);
        assert.ok(once.passes <= 10, 'stable en au plus 10 passes');
        const twice = fixAll(once.text, options);
        assert.equal(twice.text, once.text);
        assert.equal(twice.passes, 1);
        assertValidRanges(once.text, analyze(once.text, options));
      }),
      { seed: 1848, numRuns: 60 },
    );
  });
});
