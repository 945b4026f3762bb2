/**
 * Statuses and evidence on hand-made answers in the forms of administrative answers (issue 10, QUESTION-FORMS.md
 * §10; cases in test/fixtures/coverage/administrative-answers/): the complete answer answers, the evidence is the
 * passage a reviewer points to, the answer without that passage is flagged on that request and on it alone; counterparts (a reflection, a
 * description without yes or no) stay flagged.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { builtinCatalog } from '../../../server/src/core/completion/catalog';
import { hover } from '../../../server/src/core/hover';
import { run } from './helpers';

interface Case {
  readonly id: string;
  readonly form: string;
  readonly question: string;
  readonly answer: string;
  /** What a reviewer points to as the answer (absent for a counterpart that must stay flagged). */
  readonly passage?: string;
  readonly expect: readonly string[];
  /** The start of what the hover says of why the evidence counts (for a one-request question). */
  readonly reason?: string;
  /** The messages of the coverage findings on the complete answer (they say what is missing, on what). */
  readonly messages?: readonly string[];
  /** Why the answer without the passage still answers (the rest says it too). */
  readonly ablationKept?: string;
}

const cases = JSON.parse(readFileSync(resolve(__dirname, '../../fixtures/coverage/administrative-answers/cases.json'), 'utf8')) as Case[];

describe('coverage: administrative answer forms (statuses and evidence)', () => {
  for (const item of cases) {
    describe(`${item.id} — ${item.form}`, () => {
      const analysis = run(item.question, item.answer);
      const text = analysis.document.text;

      it('the complete answer gets the expected statuses', () => {
        assert.deepEqual(
          analysis.subQuestions.map((sub) => `${sub.kind}/${sub.status}`),
          item.expect,
        );
      });

      const reason = item.reason;
      if (reason !== undefined) {
        it('the hover says why the passage counts', () => {
          const at = text.indexOf(analysis.subQuestions[0]!.text) + 3;
          assert.match(hover(analysis, at, {} as never)!.markdown, new RegExp(`Pourquoi ce passage compte : ${reason.replace(/[()…]/gu, '.')}`, 'u'));
        });
        it('the hover of the passage itself says it too', () => {
          const passage = analysis.subQuestions[0]!.evidence[0];
          assert.ok(passage, 'un passage retenu');
          const markdown = hover(analysis, passage.start + 1, builtinCatalog)?.markdown ?? '';
          assert.match(markdown, /^Ce passage répond à la \*\*sous-question Q1\*\*/u);
          assert.match(markdown, new RegExp(`Pourquoi ce passage compte : ${reason.replace(/[()…]/gu, '.')}`, 'u'));
        });
      }

      const messages = item.messages;
      if (messages !== undefined) {
        it('the messages say what is missing, on what', () => {
          assert.deepEqual(
            analysis.findings.filter((finding) => finding.rule === 'sous-question-partielle' || finding.rule === 'sous-question-sans-reponse').map((finding) => finding.message),
            messages,
          );
        });
      }

      const passage = item.passage;
      if (passage === undefined) return;
      const answering = analysis.subQuestions.filter((sub) => sub.evidence.some((range) => passage.includes(text.slice(range.start, range.end).trim())));

      it('the evidence is the passage that answers', () => {
        assert.ok(answering.length > 0, `évidence : ${JSON.stringify(analysis.subQuestions.map((sub) => sub.evidence.map((range) => text.slice(range.start, range.end))))}`);
      });

      if (item.ablationKept !== undefined) {
        it(`without the passage, the rest still answers: ${item.ablationKept}`, () => {
          const after = run(item.question, item.answer.replace(passage, ' '));
          for (const sub of answering) assert.equal(after.subQuestions.find((candidate) => candidate.id === sub.id)?.status, 'answered');
        });
      } else {
        it('without the passage, the sub-question it answers is flagged', () => {
          const after = run(item.question, item.answer.replace(passage, ' '));
          for (const sub of answering) {
            const again = after.subQuestions.find((candidate) => candidate.id === sub.id);
            assert.notEqual(again?.status, 'answered', `${sub.id} reste répondue`);
            assert.ok(after.findings.some((finding) => (finding.rule === 'sous-question-partielle' || finding.rule === 'sous-question-sans-reponse') && finding.message.startsWith(`Sous-question ${sub.id.slice(1)} `)));
          }
        });
      }

      const others = analysis.subQuestions.filter((sub) => sub.status === 'answered' && !answering.includes(sub));
      if (others.length > 0) {
        it('without the passage, the other requests keep their own answer', () => {
          const after = run(item.question, item.answer.replace(passage, ' '));
          for (const sub of others) assert.equal(after.subQuestions.find((candidate) => candidate.id === sub.id)?.status, 'answered', `${sub.id} perd sa réponse`);
        });
      }
    });
  }
});
