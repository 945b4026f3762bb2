/**
 * Recall seen by a reader (issue 10): ten incomplete drafts made by hand from real published answers (AN
 * open-data records, the seed, coverage-dev), each with the passages that answer one sub-question deleted. The
 * removed sub-question must be flagged. Drafts and expectations: test/fixtures/coverage/incomplete-drafts/;
 * `npx tsx scripts/recall-incomplete-drafts.ts` prints the detail. The drafts were written by the second reader,
 * not by the rule authors, and nothing was tuned on them.
 */
import assert from 'node:assert/strict';
import { draftFindings, loadDrafts } from '../../../scripts/recall-incomplete-drafts';

describe('coverage: incomplete drafts made from published answers', () => {
  const drafts = loadDrafts();
  let results: { file: string; subs: number; removed: number }[] = [];
  before(() => {
    results = drafts.map((draft) => {
      const { subs, removed } = draftFindings(draft);
      return { file: draft.file, subs: subs.length, removed: removed.length };
    });
  });

  it('has ten drafts, each removing a sub-question the checker extracts', () => {
    assert.equal(drafts.length, 10);
    drafts.forEach((draft, i) => assert.ok(results[i]!.subs >= Math.max(2, draft.removedSubQuestion), draft.file));
  });

  it('flags the removed sub-question on at least 9 of the 10 drafts', () => {
    const missed = results.filter((result) => result.removed === 0).map((result) => result.file);
    // Floor = what was measured on 2026-12-07 (9 of 10; the miss is dev-090-sans-q2: a legal answer whose
    // conclusion on annulment was cut still counts as answered). Raise it when a general fix catches the miss.
    assert.ok(drafts.length - missed.length >= 9, `non signalées : ${missed.join(', ')}`);
  });
});
