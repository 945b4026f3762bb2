/**
 * Prints, for every real published answer, the question, the whole answer, each sub-question with its kind and
 * status, and the coverage findings to judge by hand (`sous-question-sans-reponse`, `sous-question-partielle`,
 * `reponse-vide`, `reponse-par-renvoi`), so that a reviewer's verdicts
 * (test/fixtures/coverage/flag-verdicts.json) can be checked against the same output.
 *
 *   npx tsx scripts/judge-coverage-flags.ts [--summary] > out.txt
 *   npx tsx scripts/judge-coverage-flags.ts --check   # verdicts vs current findings, right/total per rule
 *
 * Dossiers: the answered open-data records (data/corpus/an-17/raw), the seed, and the coverage-dev questions
 * whose answer is complete (`answerComplete: true`). Each coverage-dev dossier names its half (tune / held-out):
 * judging flags reads both, but a fix must only be written from the tune half.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../server/src/core';
import { dossierOf, halfOf, loadCoverageDev } from './eval-coverage-lib';

export const judgedRules = ['sous-question-sans-reponse', 'sous-question-partielle', 'reponse-vide', 'reponse-par-renvoi'] as const;

export interface Dossier {
  readonly id: string;
  readonly set: string;
  readonly text: string;
}

export function publishedAnswers(root: string): Dossier[] {
  const raw = join(root, 'data', 'corpus', 'an-17', 'raw');
  const out: Dossier[] = [];
  for (const name of readdirSync(raw).filter((file) => file.endsWith('.json')).sort()) {
    const text = readFileSync(join(raw, name), 'utf8');
    if (!analyze(text).document.answer) continue; // a question not yet answered has no published answer to judge
    out.push({ id: name.replace(/\.json$/u, ''), set: 'an-17', text });
  }
  out.push({ id: 'qe-15-24191', set: 'seed', text: readFileSync(join(root, 'data', 'seeds', 'qe-15-24191.md'), 'utf8') });
  for (const { question } of loadCoverageDev(root)) {
    if (!question.answerComplete || question.answer === null) continue;
    out.push({ id: question.id, set: `coverage-dev/${halfOf(question.id)}`, text: dossierOf(question.question, question.answer) });
  }
  return out;
}

/** Finding key used in the verdict file: dossier, rule, sub-question id (or `-`). */
export function findingsToJudge(dossier: Dossier) {
  const analysis = analyze(dossier.text, { profile: 'jo' });
  const subs = analysis.subQuestions;
  const flags = analysis.findings
    .filter((f) => (judgedRules as readonly string[]).includes(f.rule))
    .map((f) => {
      const sub = subs.find((s) => f.range.start >= s.range.start && f.range.end <= s.range.end);
      return { id: dossier.id, rule: f.rule, subQuestion: sub?.id ?? '-', severity: f.severity, message: f.message };
    });
  return { analysis, subs, flags };
}

interface Verdict {
  readonly id: string;
  readonly rule: string;
  readonly subQuestion: string;
  readonly verdict: 'right' | 'wrong';
  readonly class: string;
}

/** Compares the recorded verdicts with today's findings: right/total per rule, and what is new or gone. */
function check(root: string): void {
  const file = join(root, 'test', 'fixtures', 'coverage', 'flag-verdicts.json');
  const verdicts = (JSON.parse(readFileSync(file, 'utf8')) as { verdicts: Verdict[] }).verdicts;
  const key = (v: { id: string; rule: string; subQuestion: string }) => `${v.id} ${v.rule} ${v.subQuestion}`;
  const judged = new Map(verdicts.map((v) => [key(v), v]));
  const seen = new Set<string>();
  const tally = new Map<string, { right: number; total: number; unjudged: number }>();
  for (const dossier of publishedAnswers(root)) {
    for (const flag of findingsToJudge(dossier).flags) {
      const row = tally.get(flag.rule) ?? { right: 0, total: 0, unjudged: 0 };
      tally.set(flag.rule, row);
      const verdict = judged.get(key(flag));
      seen.add(key(flag));
      if (!verdict) {
        row.unjudged++;
        console.log(`non jugé : ${key(flag)} — ${flag.message}`);
        continue;
      }
      row.total++;
      if (verdict.verdict === 'right') row.right++;
    }
  }
  for (const v of verdicts) if (!seen.has(key(v))) console.log(`disparu : ${key(v)} (${v.verdict}${v.verdict === 'wrong' ? `, ${v.class}` : ''})`);
  for (const [rule, row] of tally) console.log(`${rule} : ${row.right} justes sur ${row.total} jugés${row.unjudged ? ` (+${row.unjudged} non jugés)` : ''}`);
}

function main(): void {
  const root = join(__dirname, '..');
  if (process.argv.includes('--check')) {
    check(root);
    return;
  }
  const summary = process.argv.includes('--summary');
  const counts = new Map<string, number>();
  const dossiers = publishedAnswers(root);
  for (const dossier of dossiers) {
    const { analysis, subs, flags } = findingsToJudge(dossier);
    for (const flag of flags) counts.set(flag.rule, (counts.get(flag.rule) ?? 0) + 1);
    if (summary) continue;
    const { question, answer } = analysis.document;
    const slice = (range: { start: number; end: number } | undefined) => (range ? dossier.text.slice(range.start, range.end).trim() : '(aucune)');
    console.log(`\n======== ${dossier.id} [${dossier.set}] — ${flags.length} constat(s) à juger`);
    console.log(`QUESTION : ${slice(question?.range).replace(/\s+/gu, ' ')}`);
    console.log(`RÉPONSE : ${slice(answer?.range).replace(/\s+/gu, ' ')}`);
    for (const sub of subs) {
      const evidence = sub.evidence.map((range) => `« ${dossier.text.slice(range.start, range.end).replace(/\s+/gu, ' ')} »`).join(' ');
      console.log(`  ${sub.id} [${sub.kind} / ${sub.status}] ${sub.text.replace(/\s+/gu, ' ')}${evidence ? `\n      évidence : ${evidence}` : ''}`);
    }
    for (const flag of flags) console.log(`  >> ${flag.rule} ${flag.subQuestion} [${flag.severity}] ${flag.message}`);
  }
  console.log(`\n${dossiers.length} réponses publiées ; constats : ${[...counts].map(([rule, n]) => `${rule} ${n}`).join(', ')}`);
}

if (require.main === module) main();
