import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/ordinal-abreviation';
import { checkAnswer, fixedAnswer, texts } from './helpers';

describe('ordinal-abreviation', () => {
  it('corrige les suffixes fautifs (hors position devant un nom commun)', () => {
    const text = 'le 3ème, la 1ère, le 2nd, la 2nde, le XXème et le 1ier.';
    const seen = checkAnswer(rule, text);
    assert.deepEqual(texts(seen), ['3ème', '1ère', '2nd', '2nde', 'XXème', '1ier']);
    assert.equal(seen[0]!.severity, 'error');
    assert.equal(fixedAnswer(rule, text), 'le 3e, la 1re, le 2e, la 2e, le XXe et le 1er.');
  });

  it('exemple et réel (QE 357) : devant un nom commun, la première correction écrit l’ordinal en lettres, la seconde l’abrège', () => {
    const seen = checkAnswer(rule, "au projet d'un 2nd plan d'action et avec le 5ème plan national.");
    assert.deepEqual(texts(seen), ['2nd', '5ème']);
    assert.deepEqual(seen[0]!.finding.fixes!.map((fix) => fix.edits.map((edit) => edit.newText)), [['deuxième'], ['e']]);
    assert.equal(fixedAnswer(rule, "au projet d'un 2nd plan d'action et avec le 5ème plan national."), "au projet d'un deuxième plan d'action et avec le cinquième plan national.");
  });

  it('« 2nd » fautif ne dit rien de sûr du genre : « deuxième » s’accorde avec tous (« la 2nd réunion »)', () => {
    assert.equal(fixedAnswer(rule, 'La 2nd réunion a eu lieu.'), 'La deuxième réunion a eu lieu.');
    assert.equal(fixedAnswer(rule, 'Les 2nds rapports sont rendus.'), 'Les deuxièmes rapports sont rendus.');
    assert.equal(fixedAnswer(rule, 'La 1ère réunion a eu lieu.'), 'La première réunion a eu lieu.');
  });

  it('déterminant et suffixe en désaccord (« le 1ère », « les 1er ») : signalé sans correction automatique', () => {
    assert.equal(fixedAnswer(rule, 'Les 2ème et 3ème siècles.'), 'Les 2e et 3e siècles.', 'coordination : chaque ordinal au singulier');
    for (const answer of ['Le 1ère plan est adopté.', 'Les 1ier plans sont adoptés.']) {
      const seen = checkAnswer(rule, answer);
      assert.equal(seen.length, 1, answer);
      assert.equal(seen[0]!.finding.fixes, undefined, answer);
    }
    assert.equal(fixedAnswer(rule, 'Le 3ème axe.'), 'Le troisième axe.');
  });

  it('accepte 1er, 1re, 2e, 2d, 2de, 1ers, XXIe, Ier, 1°, et ignore les unités', () => {
    assert.deepEqual(checkAnswer(rule, 'le 1er, la 1re, le 2e, le 2d, la 2de, les 1ers, le XXIe siècle, François Ier, 1° et 2°, 2 m, Mme Martin.'), []);
  });
});
