import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/locution-critiquee';
import { checkAnswer, fixedAnswer, texts } from './helpers';

describe('locution-critiquee', () => {
  it('exemples du catalogue avec correction', () => {
    assert.equal(fixedAnswer(rule, 'Suite à la publication du rapport, il faut pallier au manque de praticiens.'), 'À la suite de la publication du rapport, il faut pallier le manque de praticiens.');
    assert.equal(fixedAnswer(rule, 'Le 1er plan a déjà acté la formation des professionnels.'), 'Le 1er plan a déjà retenu la formation des professionnels.');
    assert.equal(fixedAnswer(rule, 'Une attention particulière sera mise sur la formation.'), 'Une attention particulière sera portée à la formation.');
    assert.equal(fixedAnswer(rule, "Il s'en suivra une réforme."), "Il s'ensuivra une réforme.");
  });

  it('gravité par entrée', () => {
    const seen = checkAnswer(rule, 'Suite aux travaux, par contre, il faut solutionner ce point au niveau des territoires.');
    assert.deepEqual(texts(seen), ['Suite aux', 'par contre', 'solutionner', 'au niveau des']);
    assert.deepEqual(seen.map((finding) => finding.severity), ['warning', 'hint', 'warning', 'hint']);
  });

  it('pièges : donner suite à, faire suite à, la suite à donner, initier quelqu’un à', () => {
    assert.deepEqual(checkAnswer(rule, "Il sera donné suite à la demande, qui fait suite à la réunion ; la suite à donner ; initier les élèves à la programmation ; par conséquent."), []);
  });
});
