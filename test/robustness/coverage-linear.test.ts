/**
 * Coverage in linear time on hostile answers (issue 12), found by the review of this stop's coverage changes: a
 * number in words built on « cent » (itself a number word) backtracked in cubic time (8 KB of « cent » : 8.6 s),
 * and every acronym of the answer was compared with every word of the question, with a Unicode normalisation per
 * comparison (5,000 « XYZ » under a 20,000-word question: 8.9 s). Bounds are generous CPU times, far above what
 * the fixed code takes (a few tens of ms) and far below the old times.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';
import { figuresIn, statesDelay } from '../../server/src/core/coverage/evidence';
import { cpuMs } from '../helpers/cpu';

const dossier = (question: string, answer: string) => `# Question\n\n${question}\n\n# Réponse\n\n${answer}\n`;

describe('robustesse : couverture en temps linéaire sur des réponses hostiles', () => {
  it('« deux cent » répété 3 000 fois sous une question chiffrée : moins de 3 s de CPU, et les nombres en lettres comptent encore', () => {
    const question = 'M. Paul Dupont demande à M. le ministre des armées combien de postes seront créés dans les bases de défense.';
    const used = cpuMs(() => analyze(dossier(question, `${'deux cent '.repeat(3000)}postes.`)));
    assert.ok(used < 3000, `${Math.round(used)} ms`);
    const answered = analyze(dossier(question, 'Deux cent cinquante postes seront créés dans les bases de défense en 2025.'));
    assert.deepEqual(answered.subQuestions.map((sub) => sub.status), ['answered']);
  });

  it('10 000 sigles sous une question de 20 000 mots : moins de 3 s de CPU', () => {
    const question = `M. Paul Dupont appelle l'attention de Mme la ministre de l'éducation nationale sur ${'la situation des écoles rurales '.repeat(4000)}. Il lui demande quelles mesures elle entend prendre pour les accompagnants d'élèves en situation de handicap.`;
    const used = cpuMs(() => analyze(dossier(question, `${'Les XYZ et les ABC. '.repeat(5000)}`)));
    assert.ok(used < 3000, `${Math.round(used)} ms`);
  });

  it('« dix-sept-dix-sept-… » (un nombre composé lu de deux façons) : moins de 3 s de CPU pour les chiffres et les délais', () => {
    const chain = `${'dix-sept-'.repeat(40)}x`;
    const used = cpuMs(() => {
      figuresIn(chain);
      statesDelay(`pendant ${chain}`);
    });
    assert.ok(used < 3000, `${Math.round(used)} ms`);
    assert.ok(statesDelay('dans un delai de deux cent cinquante jours'), 'un délai en lettres reste lu');
  });
});
