import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/terme-incoherent';
import { check, checkAnswer, dossier, texts } from './helpers';
import { analyze, applyFixes } from '../../../server/src/core/index';
import { defaultStyleSettings } from '../../../server/src/core/config/settings';
import { proseViews } from '../../../server/src/core/rules/common/mask';

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

  it('faits compacts (gardés dans le cache tant que le paragraphe ne change pas) : des tableaux, pas un objet par expression', () => {
    const document = analyze(dossier("Le plan d'action national est prêt, et financé.")).document;
    const view = proseViews(document)[0]!;
    const facts = rule.collectFacts!({ view, document, profile: 'jo', severity: 'information', settings: defaultStyleSettings });
    assert.ok(facts.grams instanceof Int32Array && facts.ranges instanceof Int32Array && facts.content instanceof Uint8Array);
    // The run before the comma (« et financé » is too short); phrases that start and end with a content word.
    assert.deepEqual(facts.keys, ['le', 'plan', "d'", 'action', 'national', 'est', 'pret']);
    const phrases = Array.from(facts.grams, (gram) => facts.keys.slice(gram >> 1, (gram >> 1) + 3 + (gram & 1)).join(' '));
    assert.deepEqual(phrases, ["plan d' action", 'national est pret', "plan d' action national", 'action national est pret']);
    // Offsets relative to the paragraph: « plan » … « national ».
    assert.deepEqual([facts.ranges[2], facts.ranges[9]], [view.text.indexOf('plan'), view.text.indexOf('national') + 'national'.length]);
  });
});
