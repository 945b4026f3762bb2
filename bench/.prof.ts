import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { generateCorpus } from './similar-corpus';
import { CorpusIndex } from '../server/src/node/corpus';
const n = Number(process.argv[2] ?? 10000);
const dir = mkdtempSync(join(tmpdir(), 'h14s-prof-'));
generateCorpus(join(dir, 'c'), n);
const c = CorpusIndex.onDisk(join(dir, 's', 'index-questions.json'));
const t = process.cpuUsage(); const w = performance.now();
void c.update([join(dir, 'c')]).then(() => {
  const u = process.cpuUsage(t);
  global.gc?.();
  console.log('build cpu', ((u.user + u.system) / 1000).toFixed(0), 'wall', (performance.now() - w).toFixed(0), 'heap', (process.memoryUsage().heapUsed / 1e6).toFixed(0), 'rss', (process.memoryUsage().rss / 1e6).toFixed(0));
  const t2 = process.cpuUsage(); c.save(join(dir, 's', 'index-questions.json')); console.log('save cpu', (process.cpuUsage(t2).user / 1000).toFixed(0));
  const t3 = process.cpuUsage(); const l = CorpusIndex.load(join(dir, 's', 'index-questions.json')); console.log('load cpu', (process.cpuUsage(t3).user / 1000).toFixed(0), l.corpus.index.size, l.problem);
});
