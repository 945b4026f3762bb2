import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/coherence-temporelle';
import { checkAnswer, texts } from './helpers';

const front = 'publicationReponse:\n  date: 2021-03-10';

describe('coherence-temporelle', () => {
  it('futur pour une période passée, passé composé pour une période à venir', () => {
    const seen = checkAnswer(rule, 'Un groupe de travail sera mis en place début 2020. Le décret a été publié en juin 2022.', { front });
    assert.deepEqual(texts(seen), ['début 2020', 'juin 2022']);
    assert.ok(seen.every((finding) => finding.severity === 'information'));
  });

  it('exemple (publié le 19 novembre 2019) : « sera mis en place début 2020 » est cohérent', () => {
    assert.deepEqual(checkAnswer(rule, 'Un groupe de travail sera mis en place début 2020.', { front: 'publicationReponse:\n  date: 2019-11-19' }), []);
  });

  it('textes réels : une date rattachée à un participe, les intervalles et le conditionnel ne sont pas examinés', () => {
    const real = 'Dans le cadre de la stratégie annoncée en avril 2020, de nouvelles actions seront conduites. Sur la période 2019-2021, 13 USP seront déployées. Il serait utile en 2019 de revoir.';
    assert.deepEqual(checkAnswer(rule, real, { front }), []);
  });

  it('sans date de publication : rien', () => {
    assert.deepEqual(checkAnswer(rule, 'Un groupe sera mis en place début 2020.'), []);
  });
});

describe('coherence-temporelle (texte réel)', () => {
  it("question AN 17-1681 : « comme le soulignait le Conseil d'État en 2018, le développement … sera » (autre proposition)", () => {
    const text = "Pourtant, comme le soulignait le Conseil d'État en 2018, le développement des soins palliatifs sera une priorité.";
    assert.deepEqual(checkAnswer(rule, text, { front }), []);
  });
});
