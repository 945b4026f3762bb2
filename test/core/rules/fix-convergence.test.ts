import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, applyFixes, fixToFixedPoint, LineIndex, type Finding, type Profile } from '../../../server/src/core/index';
import { fixAll } from '../../../server/src/lsp/fix-all';
import { groupABC } from './house-style-ids';

const shared = join(__dirname, '..', '..', '..', 'data');
const corpus = join(shared, 'corpus', 'an-17', 'raw');
const ours = new Set<string>(groupABC);
const files = [join(shared, 'seeds', 'qe-15-24191.md'), ...readdirSync(corpus).filter((name) => name.endsWith('.json')).sort().map((name) => join(corpus, name))];

function fixableLeft(text: string, profile: Profile): string[] {
  const first = analyze(text, { profile }).findings.filter((finding) => ours.has(finding.rule));
  const fixed = applyFixes(text, first).text;
  return analyze(fixed, { profile })
    .findings.filter((finding) => ours.has(finding.rule) && finding.fixes?.length)
    .map((finding) => `${finding.rule} « ${fixed.slice(finding.range.start, finding.range.end)} »`);
}

/** Errors and warnings per rule: a fix-all must not add one. */
function weighty(findings: readonly Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of findings) if (finding.severity === 'error' || finding.severity === 'warning') counts.set(finding.rule, (counts.get(finding.rule) ?? 0) + 1);
  return counts;
}

describe('groupes A–C : appliquer les corrections puis recontrôler ne laisse rien de corrigible', () => {
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

describe('tout corriger (qe-check --fix et l’éditeur, une seule fonction) : un appel suffit, rien de créé', () => {
  for (const file of files) {
    it(file.split('/').pop()!, () => {
      const text = readFileSync(file, 'utf8');
      const check = (next: string) => analyze(next, { profile: 'jo' });
      const before = check(text);
      const result = fixToFixedPoint(text, check, before);
      // Nothing fixable left, by any rule.
      assert.deepEqual(
        result.analysis.findings.filter((finding) => finding.fixes?.length).map((finding) => `${finding.rule} « ${result.text.slice(finding.range.start, finding.range.end)} »`),
        [],
      );
      // No rule has more errors or warnings than before.
      const was = weighty(before.findings);
      for (const [rule, count] of weighty(result.analysis.findings)) assert.ok(count <= (was.get(rule) ?? 0), `${rule} : ${was.get(rule) ?? 0} → ${count}`);
      if (file.endsWith('.json')) assert.doesNotThrow(() => JSON.parse(result.text));
      // The editor's code path (source.fixAll.qe, « Corriger tout ») gives the same text and the same count.
      const editor = fixAll(before, new LineIndex(text), check);
      if (result.changes === 0) assert.equal(editor, undefined);
      else {
        assert.ok(editor);
        assert.equal(editor.changes, result.changes);
        const lines = new LineIndex(text);
        let edited = text;
        for (const edit of [...editor.edits].reverse()) {
          edited = edited.slice(0, lines.offsetAt(edit.range.start)) + edit.newText + edited.slice(lines.offsetAt(edit.range.end));
        }
        assert.equal(edited, result.text);
        assert.equal(fixAll(check(edited), new LineIndex(edited), check), undefined, 'un second « tout corriger » ne trouve rien');
      }
    });
  }
});
