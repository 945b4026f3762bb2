/**
 * Statuses and evidence on hand-made answers in the forms of administrative answers (issue 10, QUESTION-FORMS.md
 * §10; cases in test/fixtures/coverage/administrative-answers/): the complete answer answers, the evidence is the
 * passage a reviewer points to, and the answer without that passage is flagged.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { run } from './helpers';

interface Case {
  readonly id: string;
  readonly form: string;
  readonly question: string;
  readonly answer: string;
  readonly passage: string;
  readonly expect: readonly string[];
  /** Why the answer without the passage still answers (the rest says it too). */
  readonly ablationKept?: string;
}

const cases = JSON.parse(readFileSync(resolve(__dirname, '../../fixtures/coverage/administrative-answers/cases.json'), 'utf8')) as Case[];

describe('coverage: administrative answer forms (statuses and evidence)', () => {
  for (const item of cases) {
    describe(`${item.id} — ${item.form}`, () => {
      const analysis = run(item.question, item.answer);
      const text = analysis.document.text;

      it('the complete answer answers', () => {
        assert.deepEqual(
          analysis.subQuestions.map((sub) => `${sub.kind}/${sub.status}`),
          item.expect,
        );
      });

      it('the evidence is the passage that answers', () => {
        const evidence = analysis.subQuestions.flatMap((sub) => sub.evidence.map((range) => text.slice(range.start, range.end)));
        assert.ok(
          evidence.some((sentence) => item.passage.includes(sentence.trim()) || sentence.includes(item.passage)),
          `évidence : ${JSON.stringify(evidence)}`,
        );
      });

      if (item.ablationKept === undefined) {
        it('without the passage, the sub-question is flagged', () => {
          const after = run(item.question, item.answer.replace(item.passage, ' '));
          assert.ok(after.subQuestions.every((sub) => sub.status !== 'answered'), after.subQuestions.map((sub) => sub.status).join(' '));
          assert.ok(after.findings.some((finding) => finding.rule === 'sous-question-partielle' || finding.rule === 'sous-question-sans-reponse'));
        });
      }
    });
  }
});
