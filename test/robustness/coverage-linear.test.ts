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

  it('« n’est pas donc  donc  … » (adverbes séparés de deux espaces) : moins de 3 s de CPU, et le refus « ne constitue pas, à ce stade, la voie retenue » compte encore', () => {
    // Exponential before (review of the second stop of 7 December): « \\s*,?\\s+ » inside a repeated group split each
    // double space two ways; 24 repetitions took 19.6 s in one 330-byte dossier.
    const question = 'M. Paul Dupont demande à M. le ministre des transports s’il entend créer une vignette pour les poids lourds.';
    const used = cpuMs(() => analyze(dossier(question, `La création d'une vignette n'est pas ${'donc  '.repeat(40)}x.`)));
    assert.ok(used < 3000, `${Math.round(used)} ms`);
    const refused = analyze(dossier(question, 'La création d’une vignette pour les poids lourds ne constitue pas, à ce stade, la voie retenue par le Gouvernement.'));
    assert.deepEqual(refused.subQuestions.map((sub) => sub.status), ['answered']);
  });

  it('« Si » suivi de 3 900 virgules, 60 fois : moins de 3 s de CPU (cas posé avant la demande ; 6 s avant)', () => {
    // Quadratic before: « [\\s,]* » then a lazy « [^.;]*? » over a long run of commas or spaces.
    const question = `Si ${','.repeat(3900)} il lui demande s’il peut réviser ce barème. `.repeat(60);
    const used = cpuMs(() => analyze(dossier(question, 'Le barème est fixé par arrêté.')));
    assert.ok(used < 3000, `${Math.round(used)} ms`);
  });

  it('« et » suivi de 2 000 espaces avant « dans l’affirmative » : moins de 1,5 s de CPU (3,3 s avant), et la demande conditionnelle est encore séparée', () => {
    // Cubic before (second review of 7 December): « ,?\\s+(?:et|mais)?,?\\s* » shared a run of spaces every way.
    const question = `M. Paul Dupont demande à M. le ministre de l'intérieur s’il entend réviser ce barème et${' '.repeat(2000)}dans l'affirmative, dans quel délai.`;
    const used = cpuMs(() => analyze(dossier(question, 'Le barème sera révisé en 2026.')));
    assert.ok(used < 1500, `${Math.round(used)} ms`);
    const split = analyze(dossier("M. Paul Dupont demande à M. le ministre de l'intérieur s’il entend réviser ce barème et, dans l'affirmative, dans quel délai.", 'Le barème sera révisé en 2026.'));
    assert.equal(split.subQuestions.length, 2);
  });
});
