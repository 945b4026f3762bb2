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

  it('une tierce personne nommée dans la phrase (autre parlementaire) n’est pas l’auteur', () => {
    const front = { front: 'auteur: M. Jean Dupont' };
    assert.deepEqual(texts(check(rule, dossier('Mme Marie Durand, la députée du Nord, a posé la même question.', front))), []);
    assert.deepEqual(texts(check(rule, dossier('La même question a été posée par la députée Durand.', front))), []);
    assert.deepEqual(texts(check(rule, dossier('Le ministre remercie la députée de sa question.', front))), ['la députée'], 'sans autre nom : l’auteur');
    assert.deepEqual(texts(check(rule, dossier('M. Jean Dupont, la députée, le sait.', front))), ['la députée'], 'le nom de l’auteur');
  });
});
