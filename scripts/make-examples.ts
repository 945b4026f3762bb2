/**
 * Regenerates the `.qe.md` examples from their sources (an AN page export and two open-data records) with the
 * same conversion as the "new answer from a question" command. Run: `npx tsx scripts/make-examples.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyze } from '../server/src/core';
import { toDossier } from '../server/src/core/dossier/serialize';

const sources = ['qe-15-24191.md', 'QANR5L17QE357.json', 'QANR5L17QE13134.json'];
for (const source of sources) {
  const text = readFileSync(join('examples', 'sources', source), 'utf8');
  const { document } = analyze(text);
  const target = join('examples', `${basename(source).replace(/\.(md|json)$/, '')}.qe.md`);
  writeFileSync(target, toDossier(document, { origin: `examples/sources/${source}` }));
  console.log(`${target} écrit`);
}
