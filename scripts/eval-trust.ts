/**
 * Lists the error and warning findings of the house-style rules on real published answers, with their context,
 * for judging by hand (issue 11: precision per rule and per severity, before and after a change), and runs one
 * `--fix` pass on each to list what it changed and what it left.
 *
 *   npx tsx scripts/eval-trust.ts dev|held-out [--fix] > out.txt
 *
 * Two sets, kept apart: `dev` (read while writing the rules) and `held-out` (read only to measure).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, fixToFixedPoint } from '../server/src/core';

const root = join(__dirname, '..', 'data', 'corpus');
const sets: Record<string, { raw: string[]; dev: string[] }> = {
  dev: {
    raw: ['QANR5L17QE10723', 'QANR5L17QE11494', 'QANR5L17QE1173', 'QANR5L17QE11735', 'QANR5L17QE1681'],
    dev: ['dev-003', 'dev-004', 'dev-005', 'dev-008', 'dev-010'],
  },
  'held-out': {
    raw: ['QANR5L17QE2536', 'QANR5L17QE3029', 'QANR5L17QE4461', 'QANR5L17QE5116', 'QANR5L17QE6277'],
    dev: ['dev-093', 'dev-100', 'dev-105', 'dev-113', 'dev-121'],
  },
};

interface Row {
  readonly id: string;
  readonly chamber: string;
  readonly number: number;
  readonly question: string;
  readonly answer: string | null;
}

function texts(set: string): { id: string; text: string }[] {
  const chosen = sets[set];
  if (!chosen) throw new Error(`jeu inconnu : ${set}`);
  const rows = readFileSync(join(root, 'coverage-dev', 'questions.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Row);
  const out = chosen.raw.map((id) => ({ id, text: readFileSync(join(root, 'an-17', 'raw', `${id}.json`), 'utf8') }));
  for (const id of chosen.dev) {
    const row = rows.find((candidate) => candidate.id === id)!;
    const answer = (row.answer ?? '').replace(/^Réponse\.\s*-\s*/, '');
    out.push({ id, text: `---\nnumero: ${row.number}\nchambre: ${row.chamber === 'Sénat' ? 'Sénat' : 'AN'}\n---\n\n# Question\n\n${row.question}\n\n# Réponse\n\n${answer}\n` });
  }
  return out;
}

const [set = 'dev'] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const fix = process.argv.includes('--fix');
for (const { id, text } of texts(set)) {
  const analysis = analyze(text, { profile: 'jo' });
  const answer = analysis.document.answer?.range;
  const shown = analysis.findings.filter((f) => (f.severity === 'error' || f.severity === 'warning') && (!answer || (f.range.start >= answer.start && f.range.end <= answer.end)));
  console.log(`\n=== ${id} (${shown.length})`);
  for (const f of shown) {
    const context = text.slice(Math.max(0, f.range.start - 50), f.range.end + 50).replace(/\s+/g, ' ');
    console.log(`- [${f.severity}] ${f.rule}: « ${text.slice(f.range.start, f.range.end)} » — ${f.message}\n    … ${context} …`);
  }
  if (fix) {
    const result = fixToFixedPoint(text, (next) => analyze(next, { profile: 'jo' }));
    console.log(`  --fix : ${result.changes} corrections, ${result.passes} passe(s)`);
    for (const f of result.analysis.findings.filter((finding) => finding.severity === 'error' || finding.severity === 'warning')) {
      const same = (message: string) => message.replace(/\d+/g, '#');
      if (!analysis.findings.some((before) => before.rule === f.rule && same(before.message) === same(f.message))) console.log(`  NOUVEAU après --fix : ${f.rule} « ${result.text.slice(f.range.start, f.range.end)} » — ${f.message}`);
    }
  }
}
