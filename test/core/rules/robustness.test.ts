import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyFixes } from '../../../server/src/core/index';
import { rules } from '../../../server/src/core/rules/registry';
import { runRules } from '../../../server/src/core/rules/run';
import { groupABC } from './house-style-ids';
import { documentOf, dossier } from './helpers';

const ours = rules.filter((rule) => (groupABC as readonly string[]).includes(rule.meta.id));
const pieces = [
  'a', 'E', 'É', 'l\'', 'l’', 'Etat', 'gouvernement', ' ', '  ', '\u00A0', '\u202F', '\n', '\n\n', '.', ',', ';', ':', '!', '?', '…',
  '...', '«', '»', '"', '“', '”', '(', ')', '[', ']', '-', '–', '1', '2nd', '1er', '3ème', '2019', '18/10/2019', '14h30', '%',
  'M€', '€', 'n°', 'N°', '#', 'https://x.fr', 'www.a.fr', 'a@b.fr', 'L. 2212-2', 'octobre', 'Octobre', 'dernier', 'A ', 'le ',
  'ministère de la ', 'Santé', '12345', '1.5', 'etc.', '`c`', '&amp;', '\\*', '*', '_',
];

describe('groupes A–C : robustesse (textes aléatoires)', () => {
  it('aucune règle ne plante ; plages et corrections restent dans le texte ; les corrections se recontrôlent', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), fc.constantFrom('jo', 'imprimerie-nationale'), (parts, profile) => {
        const text = dossier(parts.join(''), { front: 'publicationReponse:\n  date: 2020-01-15' });
        const findings = runRules(documentOf(text), { profile: profile as 'jo' | 'imprimerie-nationale', severities: {} }, ours);
        assert.deepEqual(findings.filter((finding) => finding.rule === 'erreur-interne').map((finding) => finding.message), []);
        for (const finding of findings) {
          assert.ok(finding.range.start >= 0 && finding.range.start <= finding.range.end && finding.range.end <= text.length, finding.rule);
          for (const fix of finding.fixes ?? []) {
            for (const edit of fix.edits) assert.ok(edit.range.start >= 0 && edit.range.start <= edit.range.end && edit.range.end <= text.length, finding.rule);
          }
        }
        const fixed = applyFixes(text, findings).text;
        assert.doesNotThrow(() => runRules(documentOf(fixed), { profile: profile as 'jo' | 'imprimerie-nationale', severities: {} }, ours));
      }),
      { numRuns: 300, seed: 4242 },
    );
  });
});
