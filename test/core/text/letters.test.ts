import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COVERED_BLOCKS, DIGIT, LETTER, letterRegExp, letterSource } from '../../../server/src/core/text/letters';
import { readQa, readSeed, readRawRecords } from '../../helpers/corpus';

const letter = new RegExp(`^[${LETTER}]$`, 'u');
const digit = new RegExp(`^[${DIGIT}]$`, 'u');

describe('letters: \\p{L} and \\p{N} spelt out', () => {
  it('LETTER and DIGIT equal \\p{L} and \\p{N} on every code point of the covered blocks', () => {
    let checked = 0;
    for (const [first, last] of COVERED_BLOCKS) {
      for (let code = first; code <= last; code++) {
        const char = String.fromCodePoint(code);
        assert.equal(letter.test(char), /^\p{L}$/u.test(char), `U+${code.toString(16)} lettre`);
        assert.equal(digit.test(char), /^\p{N}$/u.test(char), `U+${code.toString(16)} chiffre`);
        checked++;
      }
    }
    assert.ok(checked > 1_700);
  });

  it('every letter and digit of the corpus, the seed and the examples is covered', () => {
    const texts = [readSeed(), ...readRawRecords().map(([, text]) => text), ...readQa().flatMap((qa) => [qa.question, qa.answer])];
    const examples = join(__dirname, '..', '..', '..', 'examples');
    for (const name of readdirSync(examples).filter((file) => file.endsWith('.md'))) texts.push(readFileSync(join(examples, name), 'utf8'));
    const missing = new Set<string>();
    for (const text of texts) {
      for (const char of text) {
        if (/\p{L}/u.test(char) && !letter.test(char)) missing.add(char);
        if (/\p{N}/u.test(char) && !digit.test(char)) missing.add(char);
      }
    }
    assert.deepEqual([...missing], []);
  });

  it('spells out the properties inside and outside classes, and their complements alone', () => {
    assert.equal(letterSource(String.raw`\p{L}+`, 'u'), `[${LETTER}]+`);
    assert.equal(letterSource(String.raw`[\p{L}\p{N}_-]`, 'gu'), `[${LETTER}${DIGIT}_-]`);
    assert.equal(letterSource(String.raw`\P{L}`, 'u'), `[^${LETTER}]`);
    // A complement inside a class cannot be spelt out: it stays a property escape.
    assert.equal(letterSource(String.raw`[\P{L}x]`, 'u'), String.raw`[\P{L}x]`);
  });

  it('leaves alone escaped backslashes, other properties and patterns without flag u', () => {
    assert.equal(letterSource(String.raw`\\p{L}`, 'u'), String.raw`\\p{L}`);
    assert.equal(letterSource(String.raw`\p{Lu}\p{Ll}\p{M}`, 'u'), String.raw`\p{Lu}\p{Ll}\p{M}`);
    assert.equal(letterSource(String.raw`\p{L}`, 'g'), String.raw`\p{L}`);
    // A class closed before the property: the property stands alone again; an escaped bracket closes nothing.
    assert.equal(letterSource(String.raw`[a]\p{N}`, 'u'), `[a][${DIGIT}]`);
    assert.equal(letterSource(String.raw`[\]\p{L}]\p{N}`, 'u'), String.raw`[\]` + `${LETTER}][${DIGIT}]`);
  });

  it('matches what the Unicode property matches on French text, case-insensitive flag included', () => {
    const text = 'L’Œuvre d’Ève — 1er et 2ᵉ arrêtés, ½ part, « Ærø », n° 12 ; ﬁn ; État ; été ; αβ ; Щ.';
    const patterns: [string, string][] = [
      [String.raw`(?<![\p{L}\p{N}_])\p{L}+(?![\p{L}\p{N}_])`, 'gu'],
      [String.raw`\p{N}+`, 'gu'],
      [String.raw`(?<!\p{L})(?:été|état)(?!\p{L})`, 'giu'],
      [String.raw`\P{L}+`, 'gu'],
    ];
    for (const [source, flags] of patterns) {
      assert.deepEqual(text.match(letterRegExp(source, flags)), text.match(new RegExp(source, flags)), source);
    }
  });
});
