/**
 * The analysis crossing from the check worker to the server's thread (issue 12, pre-emption): after a structured
 * clone, the same findings, coverage and document model, and every paragraph's source map answers as before —
 * for verbatim Markdown, for text with escapes and entities (a map per unit), and for open-data records.
 */
import assert from 'node:assert/strict';
import { analyze, type Analysis } from '../../server/src/core';
import { fromTransferred, toTransferred } from '../../server/src/lsp/analysis-transfer';
import { readRawRecords, readSeed } from '../helpers/corpus';

function crossed(analysis: Analysis): Analysis {
  const { data, buffers } = toTransferred(analysis);
  // What postMessage does: a clone (functions refused), the buffers moved.
  return fromTransferred(structuredClone(data, { transfer: buffers }));
}

function paragraphsOf(analysis: Analysis) {
  const { question, answer, notes } = analysis.document;
  return [question, answer, ...notes].flatMap((section) => section?.paragraphs ?? []);
}

function sameAnalysis(before: Analysis, after: Analysis): void {
  // JSON leaves out the closures and reads the sentences and words re-created on demand.
  assert.deepEqual(JSON.parse(JSON.stringify(after)), JSON.parse(JSON.stringify(before)));
  const original = paragraphsOf(before);
  const rebuilt = paragraphsOf(after);
  assert.equal(rebuilt.length, original.length);
  rebuilt.forEach((paragraph, index) => {
    const length = paragraph.text.length;
    for (const [start, end] of [[0, 0], [0, length], [1, Math.max(1, length - 1)], [length, length], [Math.floor(length / 2), Math.floor(length / 2) + 1]] as const) {
      assert.deepEqual(paragraph.sourceRange(start, end), original[index]!.sourceRange(start, end), `paragraphe ${index}, [${start}, ${end})`);
    }
  });
}

describe('analyse transmise du fil de contrôle au fil du serveur', () => {
  it('la graine : mêmes constatations, même modèle, mêmes correspondances de positions', () => {
    sameAnalysis(analyze(readSeed()), crossed(analyze(readSeed())));
  });

  it('échappements Markdown et entités (correspondance par caractère), relations nombreuses', () => {
    const repeated = 'Le ministère a pris des mesures concrètes \\* pour les agriculteurs &amp; les éleveurs. '.repeat(200);
    const text = `# Question\n\nM. Dupont interroge le ministre sur les mesures prises.\n\n# Réponse\n\n${repeated}\n`;
    const before = analyze(text);
    assert.ok(paragraphsOf(before).some((paragraph) => paragraph.sourceRange(0, paragraph.text.length).end - paragraph.sourceRange(0, 0).start !== paragraph.text.length));
    // A repetition lists its other occurrences: they travel packed.
    assert.ok(before.findings.some((finding) => (finding.related?.length ?? 0) >= 16));
    sameAnalysis(before, crossed(analyze(text)));
  });

  it('enregistrements open data (JSON)', () => {
    for (const [, text] of readRawRecords().slice(0, 3)) sameAnalysis(analyze(text), crossed(analyze(text)));
  });
});
