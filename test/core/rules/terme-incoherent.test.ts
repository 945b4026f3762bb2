import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/terme-incoherent';
import { check, checkAnswer, dossier, texts } from './helpers';
import { applyFixes } from '../../../server/src/core/index';

describe('terme-incoherent', () => {
  it('variante d’accord d’un terme figé (réponse : information, corrigible)', () => {
    const answer = "Le plan d'action national est prêt. Le plan d'action national est financé. Le plan d'action nationale est évalué.";
    const seen = checkAnswer(rule, answer);
    assert.deepEqual(texts(seen), ["plan d'action nationale"]);
    assert.equal(seen[0]!.severity, 'information');
    assert.match(applyFixes(dossier(answer), [seen[0]!.finding]).text, /Le plan d'action national est évalué/);
  });

  it('erreur de mot réel dans la question (sample)', () => {
    const question = "Une stratégie d'identifications des visites. La facilitation d'identification des victimes. Des indicateurs d'identification des victimes.";
    const seen = check(rule, dossier("L'identification des victimes est une étape clé.", { question }));
    assert.deepEqual(texts(seen), ['identifications des visites']);
  });

  it('contraste réel (premier / second plan) et variantes rares : rien', () => {
    assert.deepEqual(checkAnswer(rule, "Le premier plan d'action a réussi. Le premier plan d'action est évalué. Le second plan d'action commence. L'évaluation qualitative et l'évaluation quantitative, l'évaluation quantitative."), []);
  });
});
