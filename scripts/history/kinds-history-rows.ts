/**
 * kd6 experiment (issue 10): the rows of one READABLE measuring set under the rules of an earlier commit, the last
 * before a rule writer read the set (extracted sub-question, the rules' kind, `classify` and cue kinds, gold kind;
 * matched as `npm run eval:coverage` matches). Run inside `git archive COMMIT server test/core/coverage` extracted
 * in DIR/COMMIT (with node_modules linked), then `scripts/kinds-loso.ts --history DIR`:
 *
 *   mkdir -p DIR/C && git archive C server test/core/coverage | tar -x -C DIR/C && ln -s $PWD/node_modules DIR/C/
 *   cp scripts/history/kinds-history-rows.ts DIR/C/rows.ts && (cd DIR/C && npx tsx rows.ts real-q-odd all DIR/odd.json REPO)
 *
 * Commits used: a483d0b (before kd3 read real-q-even's first half: part `odd`, → 6a.json), 84b7412 (before kd4
 * gathered real-q-odd, → odd.json), 580298b (before kd5's first rule from real-q-mixed, → mixed.json). Never for a
 * reserved set (synth-set-3, real-q-blind, real-q-even's 2nd half, coverage-dev's held-out half).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { analyze } from './server/src/core/index';
import { foldForSearch } from './server/src/core/text/fold';
import { classify, cueKinds } from './server/src/core/coverage/kinds';

const [name, part, out, repo] = process.argv.slice(2) as [string, 'all' | 'odd', string, string];
if (name === 'synth-set-3' || name === 'real-q-blind' || (name === 'real-q-even' && part !== 'odd')) throw new Error('reserved set');
const dir = `${repo}/data/corpus/measure-sets/${name}`;
interface Sub { text: string; kind: string }
const read = <T>(file: string): T[] => readFileSync(`${dir}/${file}`, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const labels = new Map(read<{ id: string; subQuestions: Sub[] }>('labels.jsonl').map((e) => [e.id, e.subQuestions]));
const words = (text: string): string[] => text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[’']/gu, ' ').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);
function overlap(a: string, b: string): number {
  const left = words(a), right = words(b);
  if (!left.length || !right.length) return 0;
  const counts = new Map<string, number>();
  for (const w of left) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of right) { const c = counts.get(w) ?? 0; if (c > 0) { common++; counts.set(w, c - 1); } }
  return (2 * common) / (left.length + right.length);
}
const rows: { raw: string; rule: string; gold: string; noCue: boolean; cls: string | null; cues: string[] }[] = [];
read<{ id: string; question: string; answer?: string | null }>('questions.jsonl').filter((_, i) => part === 'all' || (part === 'odd') === (i % 2 === 0)).forEach((q) => {
  const subs: Sub[] = labels.get(q.id) ?? [];
  const answer = q.answer ?? null;
  const predicted = analyze(`# Question\n\n${q.question}\n${answer === null ? '' : `\n# Réponse\n\n${answer}\n`}`).subQuestions;
  const pairs: { g: number; p: number; score: number }[] = [];
  subs.forEach((s, g) => predicted.forEach((c: { text: string }, p: number) => { const score = overlap(s.text, c.text); if (score >= 0.5) pairs.push({ g, p, score }); }));
  pairs.sort((a, b) => b.score - a.score);
  const m = new Map<number, number>(); const used = new Set<number>();
  for (const { g, p } of pairs) { if (m.has(g) || used.has(p)) continue; m.set(g, p); used.add(p); }
  subs.forEach((s, g) => {
    const p = m.get(g);
    if (p === undefined) return;
    const folded = foldForSearch(predicted[p]!.text);
    rows.push({ raw: predicted[p]!.text, rule: predicted[p]!.kind, gold: s.kind, noCue: classify(folded) === undefined, cls: classify(folded) ?? null, cues: cueKinds(folded) });
  });
});
writeFileSync(out, JSON.stringify(rows));
const right = rows.filter((r) => r.rule === r.gold).length;
console.log(`${name} ${part}: ${rows.length} rows, rules ${right}/${rows.length} = ${(right / rows.length).toFixed(3)}`);
