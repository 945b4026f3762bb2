/**
 * Cooperative cancellation of `analyze` (`core/cancel.ts`): once `isCancelled` returns true, the analysis stops
 * at once with `AnalysisCancelled` (it asks no more, whatever the stage: no stage turns it into an
 * `erreur-interne` finding), and a cache it used gives the same findings as a fresh analysis afterwards.
 */
import assert from 'node:assert/strict';
import { analyze, AnalysisCache, AnalysisCancelled } from '../../server/src/core';
import { realDossiers } from '../robustness/dossiers';

/** A signal that answers false `falseCalls` times, then true; counts the questions. */
function signal(falseCalls = Infinity) {
  const state = { asked: 0, isCancelled: () => ++state.asked > falseCalls };
  return state;
}

describe('core : annulation coopérative du contrôle', () => {
  const dossier = realDossiers()[2]!;
  const answerStart = dossier.indexOf('# Réponse');
  // A long answer: its body several times (many paragraphs, rules and sub-questions to stop between).
  const body = dossier.slice(dossier.indexOf('\n', answerStart) + 1, dossier.indexOf('# Notes'));
  const text = dossier.slice(0, answerStart) + '# Réponse\n\n' + body.repeat(8);
  const plain = analyze(text);

  it('sans annulation, le résultat est celui d’un contrôle sans signal, et le signal est interrogé souvent', () => {
    const never = signal();
    const result = analyze(text, { isCancelled: never.isCancelled });
    assert.deepEqual(result.findings, plain.findings);
    assert.deepEqual(result.subQuestions, plain.subQuestions);
    // Between stages, rules, paragraphs (model, rules, answer index) and sub-questions.
    assert.ok(never.asked > 100, `interrogé ${never.asked} fois`);
  });

  it('un signal qui passe à vrai arrête le contrôle aussitôt, à chaque étape, par AnalysisCancelled', () => {
    const total = signal();
    analyze(text, { isCancelled: total.isCancelled });
    // Every point where the analysis asks, from the first to the last: the stop is never swallowed by a stage.
    const points = [0, 1, 2, 3, 5, 8, 13, 21, 34, Math.floor(total.asked / 4), Math.floor(total.asked / 2), total.asked - 3, total.asked - 2, total.asked - 1];
    for (const falseCalls of points) {
      const turning = signal(falseCalls);
      assert.throws(() => analyze(text, { isCancelled: turning.isCancelled }), AnalysisCancelled, `après ${falseCalls} réponses « non »`);
      // Stopped at the first « yes »: not asked again.
      assert.equal(turning.asked, falseCalls + 1);
    }
  });

  it('un cache utilisé par un contrôle annulé donne ensuite les constatations d’un contrôle neuf', () => {
    const total = signal();
    analyze(text, { isCancelled: total.isCancelled });
    for (const fraction of [0.1, 0.5, 0.9]) {
      const cache = new AnalysisCache();
      // A first complete analysis, then one of an edited text cancelled part way, then the edited text again.
      analyze(text, { cache });
      const edited = text.replace('# Réponse\n\n', '# Réponse\n\nLe ministre  a décidé.\n\n');
      const turning = signal(Math.floor(total.asked * fraction));
      assert.throws(() => analyze(edited, { cache, isCancelled: turning.isCancelled }), AnalysisCancelled);
      const after = analyze(edited, { cache });
      const fresh = analyze(edited);
      assert.deepEqual(after.findings, fresh.findings);
      assert.deepEqual(after.subQuestions, fresh.subQuestions);
    }
  });

  it('le signal n’est pas un réglage : un nouveau signal à chaque contrôle garde le cache des paragraphes', () => {
    const cache = new AnalysisCache();
    analyze(text, { cache, isCancelled: signal().isCancelled });
    const misses = cache.stats.resultMisses;
    analyze(text, { cache, isCancelled: signal().isCancelled });
    assert.equal(cache.stats.resultMisses, misses, 'aucun résultat de règle recalculé');
    assert.ok(cache.stats.resultHits > 0);
  });
});
