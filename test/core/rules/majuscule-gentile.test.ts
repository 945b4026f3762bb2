import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/majuscule-gentile';
import { checkAnswer, fixedAnswer, texts } from './helpers';

describe('majuscule-gentile', () => {
  it('nom de nationalité en minuscule après un déterminant, adjectif à majuscule après un nom', () => {
    const text = 'Une victime, une nigériane, et des marocains dans un réseau Nigérian.';
    assert.deepEqual(texts(checkAnswer(rule, text)), ['nigériane', 'marocains', 'Nigérian']);
    assert.equal(fixedAnswer(rule, text), 'Une victime, une Nigériane, et des Marocains dans un réseau nigérian.');
  });

  it('exemple : « une nigériane » dans la question, en information', () => {
    const seen = checkAnswer(rule, 'Rien.', { question: 'la fiche de Jessica Edosomwan, une nigériane de 26 ans soupçonnée' });
    assert.deepEqual(texts(seen), ['nigériane']);
    assert.equal(seen[0]!.severity, 'information');
  });

  it('ignore les langues, « à la française », les adjectifs en minuscule et les noms à majuscule', () => {
    assert.deepEqual(checkAnswer(rule, 'en anglais, le français, à la française, le gouvernement français, les Français, pour les Allemands.'), []);
  });
});
