import { mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { generateCorpus } from './similar-corpus';
import { readDocument } from '../server/src/core/parse';
import { recordOf, SimilarIndex, identityKey } from '../server/src/core/similar';
import { seededRandom } from '../test/helpers/random';
const dir = mkdtempSync(join(tmpdir(), 'h14s-dbg-'));
const paths = generateCorpus(dir, 3000);
const idx = new SimilarIndex();
const recs = paths.map((p) => recordOf(p, readDocument(readFileSync(p, 'utf8')))!);
for (const r of recs) idx.add(r);
const random = seededRandom(5);
for (let i = 0; i < 30; i++) {
  const r = recs[Math.floor(random() * recs.length)]!;
  const rest = r.question.slice(r.question.indexOf(' sur ') + 5);
  const text = `---\nnumero: ${900000 + (r.numero ?? 0)}\nlegislature: 17\nchambre: AN\n---\n\n# Question\n\nMme Claire Fontaine interroge M. le ministre délégué sur ${rest}\n\n# Réponse\n\nÀ rédiger.\n`;
  const q = recordOf('q.qe.md', readDocument(text))!;
  const hits = idx.similar(q, 3);
  if (hits[0]?.record.numero !== r.numero || !hits[0]?.identical) {
    console.log('MISS', r.numero, hits.map((h) => [h.record.numero, h.identical]));
    console.log(' orig:', r.question.slice(0, 200)); console.log(' q   :', q.question.slice(0, 200));
    console.log(' k1', identityKey(r.question, r.auteur).slice(0, 120)); console.log(' k2', identityKey(q.question, q.auteur).slice(0, 120));
  }
}
