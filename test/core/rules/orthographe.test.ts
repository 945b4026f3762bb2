import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/orthographe';
import { dossier, documentOf } from './helpers';
import { runRules } from '../../../server/src/core/rules/run';
import { defaultStyleSettings } from '../../../server/src/core/config/settings';
import { cachingSpellChecker, spellingSuggestions, type SpellChecker } from '../../../server/src/core/spelling/spell-checker';
import { loadSpellChecker } from '../../../server/src/node/spelling';

/** A fake engine: knows the words of a list. */
function fake(words: string): SpellChecker & { calls: number } {
  const known = new Set(words.split(' '));
  const engine = {
    calls: 0,
    correct(word: string) {
      engine.calls++;
      return known.has(word);
    },
    suggest: (word: string) => (word === 'profesionnels' ? ['professionnels', 'professionnel'] : []),
  };
  return engine;
}

function run(text: string, spellChecker: SpellChecker | undefined, motsAcceptes: readonly string[] = []) {
  const style = { ...defaultStyleSettings, motsAcceptes: new Set(motsAcceptes), ...(spellChecker ? { spellChecker } : {}) };
  return runRules(documentOf(text), { profile: 'jo', severities: {}, style }, [rule]).map((finding) => ({ text: text.slice(finding.range.start, finding.range.end), severity: finding.severity, fixes: finding.fixes }));
}

describe('orthographe', () => {
  const checker = fake("mot le les des plan formation professionnels de la sur médico sociale est prêt a été l' d' État en œuvre");

  it('mot inconnu : erreur sans suggestion (calculée à la demande)', () => {
    const seen = run(dossier('Le plan de formation des profesionnels est prêt.'), checker);
    assert.deepEqual(seen.map((s) => s.text), ['profesionnels']);
    assert.equal(seen[0]!.severity, 'error');
    assert.equal(seen[0]!.fixes, undefined);
    assert.deepEqual(spellingSuggestions(checker, 'profesionnels'), ['professionnels', 'professionnel']);
  });

  it('sans correcteur : aucun constat', () => {
    assert.deepEqual(run(dossier('Le plan des profesionnels.'), undefined), []);
  });

  it('ignore sigles, nombres, noms propres, élisions, mots admis, mots de la question, traits d’union', () => {
    const text = dossier("Le plan de l'État, la MIPROF, l'ECPAT, 2019, Marlène Schiappa, d'Édosomwan, le mot xyzzy, la musicothérapie, médico-sociale, lorem-sociale.", {
      question: 'Le plan sur la xyzzy.',
    });
    assert.deepEqual(run(text, checker, ['lorem']).map((s) => s.text), []);
  });

  it('cache des verdicts et mots admis (cachingSpellChecker)', () => {
    const engine = fake('plan');
    const cached = cachingSpellChecker(engine, { acceptedWords: ['Miprof'] });
    assert.equal(cached.correct('plan') && cached.correct('plan') && cached.correct('miprof'), true);
    assert.equal(engine.calls, 1);
  });

  it('hunspell réel (dictionary-fr) : charge une fois, détecte une faute, suggère', async function () {
    this.timeout(20000);
    const real = await loadSpellChecker();
    assert.equal(await loadSpellChecker(), real);
    const text = dossier("Aujourd'hui, le Gouvernement a déjà acté la formation des profesionnels médico-sociaux.");
    assert.deepEqual(run(text, real).map((s) => s.text), ['profesionnels']);
    assert.equal(spellingSuggestions(real, 'profesionnels')[0], 'professionnels');
    // Ligature: a sure fix; 1990 reform spelling: accepted.
    const ligature = dossier('Un frère ou une soeur ; le système de santé est abimé.');
    const findings = runRules(documentOf(ligature), { profile: 'jo', severities: {}, style: { ...defaultStyleSettings, spellChecker: real } }, [rule]);
    assert.deepEqual(findings.map((finding) => ligature.slice(finding.range.start, finding.range.end)), ['soeur']);
    assert.equal(findings[0]!.fixes![0]!.edits[0]!.newText, 'sœur');
  });

  it('lexique admis : locutions latines du droit et adjectifs administratifs préfixés (vrai dictionnaire)', async () => {
    const real = await loadSpellChecker();
    const text = dossier(
      'Les coopérations supracommunales et supra-communales, les instances infradépartementales, infra-départementales et interdépartementales se développent a minima, mutatis mutandis, in abstracto, stricto sensu, intuitu personae, et ultra vires ; l’article 4 quinquies.',
    );
    assert.deepEqual(run(text, real).map((s) => s.text), []);
    assert.deepEqual(run(dossier('Les instances supracomunales se développent.'), real).map((s) => s.text), ['supracomunales'], 'une faute reste signalée');
  });
});

