/**
 * An anaphoric request (« si une telle possibilité subsiste ») whose case is stated in the opening sentence after
 * « rappelle / expose à M. le ministre que … » takes its object from that clause, so that a legal answer on the
 * case addresses it (second reader of issue 10: such answers were flagged partial). Hand-made sentences.
 */
import assert from 'node:assert/strict';
import { extract, run } from './helpers';

const question =
  "M. Jean Dupont rappelle à M. le ministre de l'intérieur qu'un adjoint au maire pouvait présider la commission d'appel d'offres en l'absence du maire. Il lui demande si une telle faculté demeure après la réforme de 2019.";

describe('coverage: the case stated in the opening « que » clause (anaphoric request)', () => {
  it('carries the opening clause, not the addressee, into the request’s object', () => {
    const [sub] = extract(question);
    const words = sub!.terms.map((term) => term.word);
    assert.ok(words.includes('commission') && words.includes('adjoint'), words.join(' '));
    assert.ok(!words.includes('ministre') && !words.includes('intérieur') && !words.includes('Dupont'), words.join(' '));
  });

  it('a legal conclusion on the stated case answers it, without the request’s own words', () => {
    const analysis = run(
      question,
      "L'article L. 1411-5 du code général des collectivités territoriales fixe la composition de cette instance. Dès lors, seul le maire ou un élu qu'il désigne par arrêté peut présider la commission, et non un adjoint en sa seule qualité.",
    );
    assert.equal(analysis.subQuestions[0]!.status, 'answered');
    assert.deepEqual(analysis.findings.filter((finding) => finding.rule.startsWith('sous-question')), []);
  });

  it('an answer on another subject still leaves it unanswered', () => {
    const analysis = run(question, 'Les crédits de la dotation de soutien à l’investissement local ont été reconduits pour 2020.');
    assert.notEqual(analysis.subQuestions[0]!.status, 'answered');
  });

  it('an opening without « que » adds nothing', () => {
    const [sub] = extract("M. Jean Dupont interroge M. le ministre de l'intérieur. Il lui demande si une telle faculté demeure après la réforme de 2019.");
    assert.deepEqual(sub!.terms.filter((term) => term.weight < 1), []);
  });
});
