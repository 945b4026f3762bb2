import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, type QeDocument } from '../../../server/src/core';
import type { OffsetRange } from '../../../server/src/core/model/types';
import { readRawRecords, readSeed } from '../../helpers/corpus';

interface Piece {
  level: string;
  range: OffsetRange;
  text: string;
}

function pieces(document: QeDocument): Piece[] {
  const result: Piece[] = [];
  for (const section of [document.question, document.answer, ...document.notes]) {
    if (!section) continue;
    for (const paragraph of section.paragraphs) {
      result.push({ level: 'paragraph', range: paragraph.range, text: paragraph.text });
      for (const sentence of paragraph.sentences) {
        result.push({ level: 'sentence', range: sentence.range, text: sentence.text });
        for (const word of sentence.words) result.push({ level: 'word', range: word.range, text: word.text });
      }
    }
  }
  return result;
}

function assertSlicesBack(source: string, decode: (slice: string) => string = (slice) => slice): void {
  const { document } = analyze(source);
  const all = pieces(document);
  assert.ok(all.some((piece) => piece.level === 'word'), 'the document has words');
  for (const piece of all) {
    assert.ok(piece.range.start >= 0 && piece.range.start <= piece.range.end && piece.range.end <= source.length, `${piece.level} range inside the text`);
    assert.equal(decode(source.slice(piece.range.start, piece.range.end)), piece.text, `${piece.level} « ${piece.text.slice(0, 40)} »`);
  }
}

const entities: Record<string, string> = { '&#8364;': '€', '&#339;': 'œ', '&#8230;': '…', '&amp;': '&' };

/** Decodes a slice of a JSON string literal holding HTML, as the open-data reader does. */
function decodeJsonHtml(slice: string): string {
  const json = JSON.parse(`"${slice}"`) as string;
  return json.replace(/<[^>]+>/g, '').replace(/&#?\w+;/g, (entity) => entities[entity] ?? entity);
}

describe('ranges slice back to their text', () => {
  it('the seed page export (LF)', () => assertSlicesBack(readSeed()));

  it('the seed with CRLF line ends', () => assertSlicesBack(readSeed().replace(/\n/g, '\r\n')));

  it('every open-data record (through JSON and HTML decoding)', () => {
    for (const [, text] of readRawRecords()) assertSlicesBack(text, decodeJsonHtml);
  });

  it('words inside emphasis, links and escapes map to their characters', () => {
    const source = '---\nnumero: 1\n---\n\n# Réponse\n\nLe *plan* de [la MIPROF](https://example.org) coûte 5\\*3 &amp; plus.\n\n# Question\n\nQuoi ?\n';
    const { document } = analyze(source);
    const words = document.answer!.paragraphs[0]!.sentences.flatMap((sentence) => sentence.words);
    const slice = (text: string) => {
      const word = words.find((candidate) => candidate.text === text)!;
      return source.slice(word.range.start, word.range.end);
    };
    assert.equal(slice('plan'), 'plan');
    assert.equal(slice('MIPROF'), 'MIPROF');
    assert.equal(slice('&'), '&amp;');
  });

  it('generated dossiers: CRLF or LF, no-break spaces, non-BMP characters', () => {
    const fragment = fc.constantFrom(
      'Le Gouvernement',
      "l'État",
      'a engagé',
      '32\u00a0000 euros',
      '1\u202f200 agents',
      'en 2019-2021',
      'M. Dupont',
      '😀',
      '𝒜𝒷𝒸',
      'n° 2019-1480',
      'etc.',
      'aujourd’hui',
      '« cité »',
      '(voir ci-dessus)',
    );
    const sentence = fc.array(fragment, { minLength: 1, maxLength: 12 }).map((words) => `${words.join(' ')}.`);
    const paragraph = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((sentences) => sentences.join(' '));
    const dossier = fc
      .record({
        question: fc.array(paragraph, { minLength: 1, maxLength: 3 }),
        answer: fc.array(paragraph, { minLength: 1, maxLength: 4 }),
        crlf: fc.boolean(),
      })
      .map(({ question, answer, crlf }) => {
        const text = `---\nnumero: 12\n---\n\n# Question\n\n${question.join('\n\n')}\n\n# Réponse\n\n${answer.join('\n\n')}\n`;
        return crlf ? text.replace(/\n/g, '\r\n') : text;
      });
    fc.assert(fc.property(dossier, (text) => assertSlicesBack(text)), { numRuns: 150, seed: 20261127 });
  });
});
