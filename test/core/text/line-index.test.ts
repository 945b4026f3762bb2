import { strict as assert } from 'node:assert';
import { LineIndex } from '../../../server/src/core/text/line-index';

/** Every offset's position, by a walk over the text (lines end at `\n`, `\r\n` or a lone `\r`). */
function walked(text: string): { line: number; character: number }[] {
  const positions: { line: number; character: number }[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i <= text.length; i++) {
    positions.push({ line, character });
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      character = 0;
    } else character++;
  }
  return positions;
}

describe('LineIndex', () => {
  // Texts with `\n` only take the `indexOf` path; the others the loop over every character: same positions.
  const texts = ['', 'a', '\n', '\n\n', 'un\n\ndeux\ntrois\n', 'é’\u202Fx\nz', 'a\r\nb', 'a\rb\nc\r\n', '\r\r\n\n', 'fin\r'];

  it('gives each offset the line and character of a walk over the text, with or without \\r', () => {
    for (const text of texts) {
      const index = new LineIndex(text);
      const expected = walked(text);
      for (let offset = 0; offset <= text.length; offset++) {
        // Between `\r` and `\n` is never a position: the walk counts it on the `\r`'s line.
        if (text[offset - 1] === '\r' && text[offset] === '\n') continue;
        assert.deepEqual(index.positionAt(offset), expected[offset], `${JSON.stringify(text)} @ ${offset}`);
      }
      assert.equal(index.lineCount, expected[text.length]!.line + 1, JSON.stringify(text));
    }
  });
});
