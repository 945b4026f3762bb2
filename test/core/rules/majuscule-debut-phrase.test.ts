import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/majuscule-debut-phrase';
import { checkAnswer, fixedAnswer, texts } from './helpers';

describe('majuscule-debut-phrase', () => {
  it('met la majuscule à une phrase qui commence en minuscule', () => {
    const text = 'Le plan est lancé. les mesures suivront.';
    const seen = checkAnswer(rule, text);
    assert.deepEqual(texts(seen), ['les']);
    assert.equal(seen[0]!.severity, 'error');
    assert.equal(fixedAnswer(rule, text), 'Le plan est lancé. Les mesures suivront.');
  });

  it('ne coupe pas après les abréviations et ignore listes, suspensions et noms de domaine', () => {
    assert.deepEqual(
      checkAnswer(rule, 'M. Patrice Anato interroge. Selon l’art. 3 du décret, etc. les mesures… et la suite. Il faut :\n\nla formation ;\n\nla sensibilisation. service-public.fr informe.'),
      [],
    );
  });

  it('abréviations des citations de jurisprudence à majuscule (« Cass. civ. », « Cons. const. »)', () => {
    assert.deepEqual(checkAnswer(rule, 'Voir Cass. civ. 1re, 5 mai 2010 et Cons. const., 12 janvier 2002, n° 2001-455 DC.'), []);
  });
});
