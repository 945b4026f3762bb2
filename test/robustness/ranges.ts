/** Checks every range an analysis produces against the text it was computed on. */
import assert from 'node:assert/strict';
import type { Analysis } from '../../server/src/core';
import type { OffsetRange } from '../../server/src/core/model/types';

function assertRange(range: OffsetRange, length: number, what: string): void {
  assert.ok(
    Number.isInteger(range.start) && Number.isInteger(range.end) && range.start >= 0 && range.start <= range.end && range.end <= length,
    `${what} : plage invalide ${range.start}–${range.end} (texte de ${length} caractères)`,
  );
}

/** Every range of the model and of the findings (with fixes and related locations) is valid and inside the text. */
export function assertValidRanges(text: string, analysis: Analysis): void {
  const { document, findings } = analysis;
  const length = text.length;
  assert.equal(document.text, text);
  for (const section of [document.question, document.answer, ...document.notes]) {
    if (!section || section.sourcePath) continue;
    assertRange(section.range, length, 'section');
    if (section.headingRange) assertRange(section.headingRange, length, 'titre de section');
    for (const paragraph of section.paragraphs) {
      assertRange(paragraph.range, length, 'paragraphe');
      for (const gap of paragraph.breaks) assertRange(gap, length, 'coupure');
      for (const sentence of paragraph.sentences) {
        assertRange(sentence.range, length, 'phrase');
        for (const word of sentence.words) assertRange(word.range, length, 'mot');
      }
    }
  }
  for (const mask of document.masked) assertRange(mask, length, `masque ${mask.reason}`);
  for (const directive of document.directives) {
    assertRange(directive.range, length, 'directive');
    assertRange(directive.verbRange, length, 'verbe de directive');
    assertRange(directive.argumentRange, length, 'argument de directive');
  }
  for (const heading of document.headings) assertRange(heading.range, length, 'titre');
  for (const entry of document.metadataEntries) {
    assertRange(entry.keyRange, length, 'clé de métadonnée');
    assertRange(entry.valueRange, length, 'valeur de métadonnée');
  }
  if (document.metadataRange) assertRange(document.metadataRange, length, 'bloc de métadonnées');
  for (const finding of findings) {
    assertRange(finding.range, length, `constat ${finding.rule}`);
    assert.ok(finding.message.trim().length > 0, `constat ${finding.rule} sans message`);
    for (const fix of finding.fixes ?? []) for (const edit of fix.edits) assertRange(edit.range, length, `correction de ${finding.rule}`);
    for (const related of finding.related ?? []) assertRange(related.range, length, `lien de ${finding.rule}`);
  }
}

/** In paragraphs whose text is the source verbatim, every sentence and word slices back to its text. */
export function assertVerbatimSlices(text: string, analysis: Analysis): number {
  let checked = 0;
  const { document } = analysis;
  for (const section of [document.question, document.answer, ...document.notes]) {
    if (!section || section.sourcePath) continue;
    for (const paragraph of section.paragraphs) {
      if (text.slice(paragraph.range.start, paragraph.range.end) !== paragraph.text) continue;
      checked++;
      for (const sentence of paragraph.sentences) {
        assert.equal(text.slice(sentence.range.start, sentence.range.end), sentence.text, 'phrase');
        for (const word of sentence.words) assert.equal(text.slice(word.range.start, word.range.end), word.text, 'mot');
      }
    }
  }
  return checked;
}
