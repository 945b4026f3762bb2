import { strict as assert } from 'node:assert';
import { analyze } from '../../../server/src/core';
import { builtinCatalog } from '../../../server/src/core/completion/catalog';
import { hover } from '../../../server/src/core/hover';
import { readSeed } from '../../helpers/corpus';

describe('éditeur : survol des sous-questions', () => {
  const text = readSeed();
  const analysis = analyze(text);
  const catalog = builtinCatalog;

  it('shows the kind, the status and the evidence of a sub-question of the question', () => {
    const q1 = analysis.subQuestions.find((sub) => sub.id === 'Q1')!;
    const result = hover(analysis, q1.range.start + 2, catalog)!;
    assert.ok(result, 'a hover on Q1');
    assert.deepEqual(result.range, q1.range);
    assert.match(result.markdown, /Sous-question 1/);
    assert.match(result.markdown, /calendrier/);
    assert.match(result.markdown, /partielle/);
    assert.match(result.markdown, /« .*2020.* »/s, 'quotes the passage with the date');
  });

  it('tells, on an answer passage, which sub-question it serves', () => {
    const q2 = analysis.subQuestions.find((sub) => sub.id === 'Q2')!;
    const passage = q2.evidence[0]!;
    const result = hover(analysis, passage.start + 1, catalog)!;
    assert.ok(result);
    assert.match(result.markdown, /sous-question Q2/);
    assert.match(result.markdown, /articulation/);
  });
});
