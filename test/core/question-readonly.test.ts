import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';
import { readSeed } from '../helpers/corpus';

describe('the published question is read-only', () => {
  const { document, findings } = analyze(readSeed());
  const question = document.question!.range;
  const inQuestion = findings.filter((finding) => finding.range.start >= question.start && finding.range.end <= question.end);

  it('has findings in the question (the seed has known flaws there)', () => {
    assert.ok(inQuestion.length > 0);
  });

  it('reports them as information at most, with no fix', () => {
    for (const finding of inQuestion) {
      assert.ok(finding.severity === 'information' || finding.severity === 'hint', `${finding.rule} : ${finding.severity}`);
      assert.equal(finding.fixes, undefined, `${finding.rule} carries a fix in the question`);
    }
  });
});
