/**
 * Recall seen by a reader: on incomplete drafts made from real published answers (the passages that answer one
 * sub-question deleted by hand), is the removed sub-question flagged (`sous-question-sans-reponse` or
 * `sous-question-partielle`)? Prints, per draft, the sub-questions with their status and every coverage finding,
 * then « n signalées sur N ». Fixtures and expectations: test/fixtures/coverage/incomplete-drafts/.
 *
 *   npx tsx scripts/recall-incomplete-drafts.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../server/src/core';

export const coverageRules = ['sous-question-sans-reponse', 'sous-question-partielle'] as const;

export interface DraftExpectation {
  readonly file: string;
  readonly source: string;
  /** 1-based rank of the sub-question whose answer was deleted. */
  readonly removedSubQuestion: number;
  readonly kind: string;
  readonly removed: string;
}

export const draftsDir = join(__dirname, '..', 'test', 'fixtures', 'coverage', 'incomplete-drafts');

export function loadDrafts(): DraftExpectation[] {
  return (JSON.parse(readFileSync(join(draftsDir, 'expectations.json'), 'utf8')) as { drafts: DraftExpectation[] }).drafts;
}

/** Coverage findings of one draft, each tied to the rank of the sub-question it sits in (0 when outside). */
export function draftFindings(draft: DraftExpectation) {
  const text = readFileSync(join(draftsDir, draft.file), 'utf8');
  const analysis = analyze(text, { profile: 'jo' });
  const subs = analysis.subQuestions;
  const flags = analysis.findings
    .filter((f) => (coverageRules as readonly string[]).includes(f.rule))
    .map((f) => ({ rule: f.rule, message: f.message, rank: subs.findIndex((s) => f.range.start >= s.range.start && f.range.end <= s.range.end) + 1 }));
  const removed = flags.filter((f) => f.rank === draft.removedSubQuestion);
  return { text, subs, flags, removed };
}

function main(): void {
  const drafts = loadDrafts();
  let flagged = 0;
  for (const draft of drafts) {
    const { text, subs, flags, removed } = draftFindings(draft);
    if (removed.length > 0) flagged++;
    console.log(`\n== ${draft.file} — sous-question retirée : ${draft.removedSubQuestion} (${draft.kind}) — ${removed.length > 0 ? 'SIGNALÉE' : 'NON SIGNALÉE'}`);
    subs.forEach((sub, i) => {
      const evidence = sub.evidence.map((range) => `« ${text.slice(range.start, range.end).replace(/\s+/gu, ' ').slice(0, 140)} »`).join(' ');
      console.log(`  Q${i + 1} [${sub.kind} / ${sub.status}] ${sub.text.replace(/\s+/gu, ' ').slice(0, 160)}${evidence ? `\n      évidence : ${evidence}` : ''}`);
    });
    for (const flag of flags) console.log(`  >> ${flag.rule} Q${flag.rank} ${flag.message}`);
  }
  console.log(`\n${flagged} signalées sur ${drafts.length}`);
}

if (require.main === module) main();
