import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, applyFixes, type Profile } from '../../../server/src/core/index';
import { groupABC } from './house-style-ids';

const shared = join(__dirname, '..', '..', '..', 'data');
const corpus = join(shared, 'corpus', 'an-17', 'raw');
const ours = new Set<string>(groupABC);

function fixableLeft(text: string, profile: Profile): string[] {
  const first = analyze(text, { profile }).findings.filter((finding) => ours.has(finding.rule));
  const fixed = applyFixes(text, first).text;
  return analyze(fixed, { profile })
    .findings.filter((finding) => ours.has(finding.rule) && finding.fixes?.length)
    .map((finding) => `${finding.rule} « ${fixed.slice(finding.range.start, finding.range.end)} »`);
}

describe('groupes A–C : appliquer les corrections puis recontrôler ne laisse rien de corrigible', () => {
  const files = [join(shared, 'seeds', 'qe-15-24191.md'), ...readdirSync(corpus).filter((name) => name.endsWith('.json')).sort().map((name) => join(corpus, name))];
  for (const file of files) {
    for (const profile of ['jo', 'imprimerie-nationale'] as const) {
      it(`${file.split('/').pop()} (${profile})`, () => {
        const text = readFileSync(file, 'utf8');
        assert.deepEqual(fixableLeft(text, profile), []);
        if (file.endsWith('.json')) assert.doesNotThrow(() => JSON.parse(applyFixes(text, analyze(text, { profile }).findings.filter((finding) => ours.has(finding.rule))).text));
      });
    }
  }
});
