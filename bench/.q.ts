import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from './similar-corpus';
import { CorpusIndex } from '../server/src/node/corpus';
import { readDocument } from '../server/src/core/parse';
import { recordOf } from '../server/src/core/similar';
import { seededRandom } from '../test/helpers/random';
const n = Number(process.argv[2] ?? 30000);
const dir = `/tmp/h14s-q-${n}`;
const file = join(dir, 's', 'index-questions.json');
async function main() {
  let paths: string[];
  if (!existsSync(file)) { paths = generateCorpus(join(dir, 'c'), n); const c = CorpusIndex.onDisk(file); await c.update([join(dir, 'c')]); c.save(file); c.close(); }
  else paths = Array.from({ length: n }, (_, i) => join(dir, 'c', String(Math.floor(i / 100)).padStart(4, '0'), `an-16-${100000 + i}.${i % 10 === 9 ? 'md' : 'json'}`));
  const { corpus } = CorpusIndex.load(file);
  const random = seededRandom(5);
  const qs = Array.from({ length: 60 }, () => { const p = paths[Math.floor(random() * n)]!; const r = recordOf(p, readDocument(readFileSync(p, 'utf8')))!; const rest = r.question.slice(r.question.indexOf(' sur ') + 5); return recordOf('q.qe.md', readDocument(`# Question\n\nMme Claire Fontaine interroge M. le ministre délégué sur ${rest}\n\n# Réponse\n\nx\n`))!; });
  for (const mode of ['ours']) {

    const times: number[] = []; const cpu: number[] = [];
    for (const q of qs) { const c = process.cpuUsage(); const t = performance.now(); corpus.index.similar(q, 10); times.push(performance.now() - t); const u = process.cpuUsage(c); cpu.push((u.user + u.system) / 1000); }
    times.sort((a, b) => a - b); cpu.sort((a, b) => a - b);
    console.log(mode, 'n', n, 'wall p50', times[30]!.toFixed(1), 'p95', times[57]!.toFixed(1), 'cpu p50', cpu[30]!.toFixed(1), 'p95', cpu[57]!.toFixed(1));
  }
}
void main();
