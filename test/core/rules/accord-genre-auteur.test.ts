import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/accord-genre-auteur';
import { check, dossier, texts } from './helpers';
import { applyFixes } from '../../../server/src/core/index';

describe('accord-genre-auteur', () => {
  it('autrice : « le député » est signalé et corrigé', () => {
    const text = dossier('Comme le souligne le député, M. le député a raison.', { front: 'auteur: Mme Christelle D’Intorni' });
    const seen = check(rule, text);
    assert.deepEqual(texts(seen), ['le député', 'M. le député']);
    const fixed = applyFixes(text, seen.map((s) => s.finding)).text;
    assert.match(fixed, /Comme le souligne la députée, Mme la députée a raison\./);
  });

  it('auteur lu au début de la question', () => {
    const text = dossier('La députée souligne ce point.', { question: 'M. Patrice Anato interroge Mme la ministre.' });
    assert.deepEqual(texts(check(rule, text)), ['La députée']);
  });

  it('« l’honorable parlementaire » est épicène', () => {
    assert.deepEqual(check(rule, dossier("L'honorable parlementaire a raison.", { front: 'auteur: Mme Pascale Bordes' })), []);
  });
});
