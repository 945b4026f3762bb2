import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/points-de-suspension';
import { checkAnswer, fixedAnswer, texts } from './helpers';

describe('points-de-suspension', () => {
  it('remplace trois points par « … » et corrige « etc... »', () => {
    assert.deepEqual(texts(checkAnswer(rule, 'les partenaires, etc... et les autres...')), ['etc...', '...']);
    assert.equal(fixedAnswer(rule, 'les partenaires, etc... et les autres...'), 'les partenaires, etc. et les autres…');
    assert.equal(fixedAnswer(rule, 'les partenaires, etc…'), 'les partenaires, etc.');
  });

  it('supprime l’espace avant « … » après un mot', () => {
    assert.deepEqual(texts(checkAnswer(rule, 'les mesures …')), [' …']);
    assert.equal(fixedAnswer(rule, 'les mesures …'), 'les mesures…');
  });

  it('ignore les élisions de citation et « , … » (texte réel QE 11494)', () => {
    assert.deepEqual(checkAnswer(rule, 'Elle cite « le texte […] applicable » (mort naturelle, accident, …).'), []);
  });
});

describe('points-de-suspension (espace avant « ... »)', () => {
  it('la correction colle aussi les points au mot qui précède', () => {
    assert.deepEqual(texts(checkAnswer(rule, 'les mesures ...')), ['...']);
    assert.equal(fixedAnswer(rule, 'les mesures ...'), 'les mesures…');
  });
});
