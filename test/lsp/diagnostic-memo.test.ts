/**
 * The language server converts findings to diagnostics on every keystroke (4,000 at 50,000 words): a
 * `DiagnosticMemo` reuses the previous conversion's diagnostics for the findings an edit left in place. After
 * random edits (line breaks and `\r\n` included), its diagnostics equal a fresh conversion's.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, AnalysisCache, LineIndex } from '../../server/src/core';
import { DiagnosticMemo, toDiagnostic } from '../../server/src/lsp/convert';
import { realDossiers } from '../robustness/dossiers';

const dossiers = realDossiers();
const uri = 'file:///dossier.qe.md';

const editArbitrary = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.integer({ min: 0, max: 30 }),
  insert: fc.constantFrom('', 'x', ' ', '\n', '\r\n', '\n\n', 'Le ministère  rappelle.', "l'État", '« citation »', '# Réponse\n\n'),
});

describe('diagnostics réutilisés d’une frappe à l’autre', () => {
  it('après des modifications aléatoires, les diagnostics égalent une conversion complète', () => {
    let reused = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: dossiers.length - 1 }), fc.array(editArbitrary, { minLength: 1, maxLength: 12 }), (index, edits) => {
        const cache = new AnalysisCache();
        const memo = new DiagnosticMemo();
        let text = dossiers[index]!;
        for (const edit of [undefined, ...edits]) {
          if (edit) {
            const at = Math.floor(edit.at * text.length);
            text = text.slice(0, at) + edit.insert + text.slice(at + edit.remove);
          }
          const { findings } = analyze(text, { cache });
          const lines = new LineIndex(text);
          assert.deepEqual(memo.convert(findings, lines, text, uri), findings.map((finding) => toDiagnostic(finding, lines, uri)));
        }
        reused += memo.stats.reused;
      }),
      { seed: 20261127, numRuns: 40 },
    );
    assert.ok(reused > 0);
  });

  it('aux bords des constats (juste avant, dedans, juste après), les positions réutilisées sont justes', function () {
    // About 1,900 analyses of a real dossier: some 17 s of CPU on an idle 2-core machine, more on a loaded one.
    this.timeout(180_000);
    let reused = 0;
    // Line ends `\n` and `\r\n` (an edit between `\r` and `\n` moves the line start).
    for (const text of [dossiers[4]!, dossiers[4]!.replace(/\n/g, '\r\n')]) {
      const findings = analyze(text).findings;
      for (const finding of findings.filter((_, i) => i % 3 === 0).slice(0, 12)) {
        const { start, end } = finding.range;
        const lineEnd = text.indexOf('\n', end);
        for (const at of [start - 1, start, start + 1, end - 1, end, end + 1, lineEnd, lineEnd + 1]) {
          for (const [insert, remove] of [['\n', 0], ['\r\n', 0], ['x', 0], ['', 1], ['\n', 1]] as const) {
            const memo = new DiagnosticMemo();
            const cache = new AnalysisCache();
            memo.convert(analyze(text, { cache }).findings, new LineIndex(text), text, uri);
            const edited = text.slice(0, at) + insert + text.slice(at + remove);
            const after = analyze(edited, { cache }).findings;
            const lines = new LineIndex(edited);
            assert.deepEqual(memo.convert(after, lines, edited, uri), after.map((other) => toDiagnostic(other, lines, uri)), `${JSON.stringify(insert)} à ${at}`);
            reused += memo.stats.reused;
          }
        }
      }
    }
    assert.ok(reused > 0);
  });

  it('un constat sur chaque caractère : aucune position réutilisée à tort, quelle que soit la modification', () => {
    // Synthetic findings covering every offset and every one-character range: a reuse limit off by one
    // character (before the change, or at the first line break of the unchanged end) gives a wrong position.
    const findingsOf = (text: string) =>
      Array.from({ length: text.length + 1 }, (_, offset) => ({
        rule: 'essai',
        severity: 'hint' as const,
        message: 'm',
        range: { start: offset, end: Math.min(offset + 1, text.length) },
      }));
    const texts = ['ab\ncd\r\nef\rgh\n\nij', 'a\r\n\r\nb\nc', 'x\ny'];
    const inserts = ['', 'z', '\n', '\r', '\r\n', 'zz\nz'];
    let reused = 0;
    for (const text of texts) {
      for (let at = 0; at <= text.length; at++) {
        for (let remove = 0; remove <= 2 && at + remove <= text.length; remove++) {
          for (const insert of inserts) {
            const memo = new DiagnosticMemo();
            memo.convert(findingsOf(text), new LineIndex(text), text, uri);
            const edited = text.slice(0, at) + insert + text.slice(at + remove);
            // The findings an analysis would keep: those of the unchanged text, shifted after the change.
            const lines = new LineIndex(edited);
            const findings = findingsOf(edited);
            const context = `${JSON.stringify(text)} : ${JSON.stringify(insert)} à ${at}, ${remove} ôté(s)`;
            assert.deepEqual(memo.convert(findings, lines, edited, uri), findings.map((finding) => toDiagnostic(finding, lines, uri)), context);
            reused += memo.stats.reused;
          }
        }
      }
    }
    assert.ok(reused > 0);
  });

  it('une frappe en fin de réponse garde les diagnostics d’avant, objet pour objet', () => {
    const text = dossiers[4]!;
    const memo = new DiagnosticMemo();
    const cache = new AnalysisCache();
    const before = analyze(text, { cache });
    const first = memo.convert(before.findings, new LineIndex(text), text, uri);
    const at = text.indexOf('# Notes internes');
    assert.ok(at > 0);
    const edited = `${text.slice(0, at)}Ajout ${text.slice(at)}`;
    const after = analyze(edited, { cache });
    const second = memo.convert(after.findings, new LineIndex(edited), edited, uri);
    const kept = before.findings.filter((finding) => finding.range.end < at).length;
    assert.ok(kept > 3);
    for (let i = 0; i < kept; i++) assert.equal(second[i], first[i], `diagnostic ${i}`);
  });
});
