import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/majuscule-institutions';
import { checkAnswer, fixedAnswer, texts } from './helpers';

describe('majuscule-institutions', () => {
  it('corrige la casse des institutions uniques, lettre par lettre', () => {
    const text = "Le premier ministre, l'Assemblée Nationale, le sénat, la cour des comptes et les Nations Unies.";
    const seen = checkAnswer(rule, text);
    assert.deepEqual(texts(seen), ['premier ministre', 'Assemblée Nationale', 'sénat', 'cour des comptes', 'Nations Unies']);
    assert.equal(fixedAnswer(rule, text), "Le Premier ministre, l'Assemblée nationale, le Sénat, la Cour des comptes et les Nations unies.");
    assert.equal(seen[0]!.finding.fixes![0]!.edits.length, 1);
  });

  it("laisse l'accent à accent-capitales : « conseil d'Etat » → « Conseil d'Etat »", () => {
    assert.equal(fixedAnswer(rule, "le conseil d'Etat a jugé."), "le Conseil d'Etat a jugé.");
  });

  it('Constitution de 1958 et article de la Constitution', () => {
    assert.deepEqual(texts(checkAnswer(rule, "l'article 34 de la constitution et la constitution du 4 octobre 1958.")), ['constitution', 'constitution']);
  });

  it('ignore les formes correctes, les organismes multiples, les autres parlements et « la constitution d’un dossier »', () => {
    assert.deepEqual(
      checkAnswer(rule, "L'Assemblée nationale, le Premier ministre, le conseil des ministres, le conseil régional, le parlement écossais, la constitution d'un dossier."),
      [],
    );
  });
});
