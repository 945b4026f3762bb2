import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/latinismes-et-termes-etrangers';
import { checkAnswer, fixedAnswer, texts } from './helpers';

describe('latinismes-et-termes-etrangers', () => {
  it('anglicismes (avertissement) et latinismes (information)', () => {
    const seen = checkAnswer(rule, 'Une task force respecte la deadline, in fine.');
    assert.deepEqual(texts(seen), ['task force', 'deadline', 'in fine']);
    assert.deepEqual(seen.map((finding) => finding.severity), ['warning', 'warning', 'information']);
    assert.equal(fixedAnswer(rule, 'Une deadline est fixée.'), 'Une échéance est fixée.');
  });

  it('à priori → a priori', () => {
    assert.equal(fixedAnswer(rule, 'Cela semble, à priori, exact.'), 'Cela semble, a priori, exact.');
  });

  it('ignore les noms propres et les citations', () => {
    assert.deepEqual(checkAnswer(rule, 'La French Tech et le programme Choose France ; « the deadline ».'), []);
  });

  it('ne propose que les remplacements qui gardent l’accord du déterminant', () => {
    const fixesOf = (text: string) => (checkAnswer(rule, text)[0]!.finding.fixes ?? []).map((fix) => fix.edits[0]!.newText);
    assert.deepEqual(fixesOf('Une task force a été créée.'), ["cellule d'intervention"]);
    assert.deepEqual(fixesOf('La deadline est fixée.'), ['date limite']);
    assert.deepEqual(fixesOf('Le process est long.'), ['processus', 'procédé']);
    assert.deepEqual(fixesOf("L'e-mail est parti."), [], '« l’courriel » serait fautif');
    assert.deepEqual(fixesOf('Des task forces ont été réunies.'), [], 'le pluriel est laissé au rédacteur');
    assert.equal(fixedAnswer(rule, 'Une task force a été créée.'), "Une cellule d'intervention a été créée.");
  });
});
