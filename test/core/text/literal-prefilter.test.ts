import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { FOLD_SAFE, installLiteralFilters, literalFilter, mayMatch } from '../../../server/src/core/text/literal-prefilter';
import { rx } from '../../../server/src/core/coverage/regex';

/** True when the filter says the pattern cannot match `text`. */
function skipped(source: string, flags: string, text: string): boolean {
  const filter = literalFilter(source, flags);
  if (filter === undefined) return false;
  const subject = filter.folded ? text.toLowerCase() : text;
  return !filter.literals.some((literal) => subject.includes(literal));
}

describe('literal prefilter', () => {
  it('reads the literals every match contains', () => {
    assert.deepEqual(literalFilter(String.raw`foo|bar\s+bazz`, 'u')?.literals, ['foo', 'bazz']);
    assert.deepEqual(literalFilter('(?:foo)?barre', 'u')?.literals, ['barre']);
    assert.deepEqual(literalFilter('(?!foo)barre', 'u')?.literals, ['barre']);
    assert.deepEqual(literalFilter('(?<=ab)(?=cdef)x', 'u')?.literals, ['cdef']);
    // A quantifier takes the last character only: « abc » then « d »+ (at least one « d »).
    assert.deepEqual(literalFilter('abcd?e', 'u')?.literals, ['abc']);
    assert.deepEqual(literalFilter('abcd+ef', 'u')?.literals, ['abcd']);
    assert.deepEqual(literalFilter(String.raw`\bmot\b`, 'u')?.literals, ['mot']);
    assert.deepEqual(literalFilter(String.raw`a\u00A0bcd`, 'u')?.literals, ['a\u00a0bcd']);
    // Case-insensitive: lower-cased, cut at « k » (U+212A KELVIN SIGN) and « s » (U+017F under iu).
    assert.deepEqual(literalFilter('Kelvins', 'iu')?.literals, ['elvin']);
    assert.deepEqual(literalFilter('ÉTÉ', 'i')?.literals, ['été']);
  });

  it('gives no filter when a match may hold no long literal or the syntax is not read', () => {
    for (const [source, flags] of [
      ['ab|cde', 'u'],
      ['(?:abc)*', 'u'],
      ['[abc]+', 'u'],
      ['abc|', 'u'],
      ['(abc)\\1', 'u'],
      [String.raw`\cJabc`, 'u'],
      ['a{,5}bcd', ''],
      [String.raw`\pL`, ''],
      ['😀abc', 'u'],
      [String.raw`\uD83D\uDE00?abc`, 'u'],
      ['abc', 'v'],
    ] as const) {
      const filter = literalFilter(source, flags);
      assert.ok(filter === undefined || filter.literals.every((literal) => literal.length >= 3), `${source} /${flags}`);
      if (source !== 'abc|' && source !== '(abc)\\1') assert.equal(filter, undefined, `${source} /${flags}`);
    }
    assert.equal(literalFilter('abc|', 'u'), undefined);
    assert.deepEqual(literalFilter('(abcd)\\1', 'u')?.literals, ['abcd']);
  });

  it('keeps in case-insensitive literals only characters whose every equivalent lower-cases to them (all of Unicode)', () => {
    let all = '';
    for (let cp = 0; cp <= 0x10ffff; cp++) if (cp < 0xd800 || cp > 0xdfff) all += String.fromCodePoint(cp);
    const escape = (c: string) => (/[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c);
    for (const lower of FOLD_SAFE) {
      assert.equal(lower.toLowerCase(), lower);
      for (const c of new Set([lower, lower.toUpperCase()])) {
        if (c.length !== 1) continue;
        for (const flags of ['gi', 'giu']) {
          for (const match of all.matchAll(new RegExp(escape(c), flags))) {
            assert.equal(match[0].toLowerCase(), lower, `/${c}/${flags} matches U+${match[0].codePointAt(0)!.toString(16)}`);
          }
        }
      }
    }
  });

  it('never skips a text the pattern matches (random patterns and texts, tricky case equivalents)', () => {
    const chars = ['a', 'b', 'c', 'k', 's', 'é', 'É', 'K', 'S', ' ', "'", '’', '\u212a', '\u017f', 'ß', 'İ', 'ı'];
    const word = fc.array(fc.constantFrom('a', 'b', 'c', 'k', 's', 'é', 'É', 'K', 'S', "'", '.'), { minLength: 1, maxLength: 5 }).map((cs) => cs.map((c) => (c === '.' ? '\\.' : c)).join(''));
    const atom: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        word,
        fc.constantFrom('[ab]', '[^a]', '.', '\\s', '\\b', '^', '$', '\\w+', '[ks]'),
        fc.tuple(word, fc.constantFrom('?', '*', '+', '{2}', '{0,1}')).map(([w, q]) => `${w}${q}`),
        fc.tuple(tie('node'), tie('node')).map(([a, b]) => `(?:${a}|${b})`),
        fc.tuple(tie('node'), tie('node')).map(([a, b]) => `${a}${b}`),
        fc.tuple(tie('node'), fc.constantFrom('?', '*', '+', '{2}', '{0,2}', '+?')).map(([a, q]) => `(?:${a})${q}`),
        fc.tuple(fc.constantFrom('?=', '?!', '?<=', '?<!'), tie('node')).map(([k, a]) => `(${k}${a})`),
        tie('node').map((a) => `(${a})`),
      ),
    })).node;
    fc.assert(
      fc.property(atom, fc.constantFrom('', 'u', 'i', 'iu'), fc.array(fc.constantFrom(...chars), { maxLength: 30 }), (source, flags, cs) => {
        let pattern: RegExp;
        try {
          pattern = new RegExp(source, flags);
        } catch {
          return true;
        }
        const text = cs.join('');
        if (skipped(source, flags, text)) assert.equal(pattern.test(text), false, `/${source}/${flags} on ${JSON.stringify(text)}`);
        // The text made of a literal itself, upper-cased, or with Kelvin and long s: skipped only if no match.
        for (const literal of literalFilter(source, flags)?.literals ?? []) {
          for (const variant of [literal, literal.toUpperCase(), literal.replace(/k/g, '\u212a').replace(/s/g, '\u017f')]) {
            if (skipped(source, flags, variant)) assert.equal(pattern.test(variant), false, `/${source}/${flags} on ${JSON.stringify(variant)}`);
          }
        }
        return true;
      }),
      { numRuns: 5000, seed: 20261207 },
    );
  });

  it('never skips a paragraph of the examples that a coverage or rule-like pattern matches', () => {
    const dir = join(__dirname, '../../../examples');
    const paragraphs = readdirSync(dir)
      .filter((name) => name.endsWith('.qe.md'))
      .flatMap((name) => readFileSync(join(dir, name), 'utf8').split(/\n\s*\n/));
    const sources = [
      String.raw`\b(?:attire|appelle)\s+(?:l'attention|son attention)\b`,
      String.raw`(?<![\p{L}])(?:mise?s?\s+en\s+(?:œuvre|place)|déploiement)(?![\p{L}])`,
      String.raw`\bl['’](?:an|année)\s+(?:dernier|dernière|prochain|prochaine)\b`,
      String.raw`(?:^|\s)(?:Mme|M\.)\s+\p{Lu}`,
    ];
    let skips = 0;
    for (const source of sources) {
      for (const flags of ['gu', 'giu']) {
        for (const paragraph of paragraphs) {
          for (const text of [paragraph, paragraph.toUpperCase(), paragraph.normalize('NFD').replace(/[\u0300-\u036f]/g, '')]) {
            if (!skipped(source, flags, text)) continue;
            skips++;
            assert.equal(new RegExp(source, flags).test(text), false, `/${source}/${flags}`);
          }
        }
      }
    }
    assert.ok(skips > 0);
  });

  it('mayMatch uses only the filters installed for the exact flags and source; rx patterns by their short source', () => {
    const source = 'zq-literal-prefilter-test (?:alpha|omega)';
    const pattern = new RegExp(source, 'u');
    const other = new RegExp(source, 'gu');
    installLiteralFilters([['u/' + source, ['zq-literal']], 'not an entry', ['u/x', []], ['u/y', [3]]]);
    assert.equal(mayMatch(pattern, 'nothing here'), false);
    assert.equal(mayMatch(pattern, 'a zq-literal-prefilter-test alpha'), true);
    // Other flags: no filter, the pattern is run.
    assert.equal(mayMatch(other, 'nothing here'), true);
    const short = String.raw`\bzq-court (?:alpha|omega)\b`;
    installLiteralFilters([['gu/' + short, ['zq-court']]]);
    const built = rx(short, 'g');
    assert.notEqual(built.source, short);
    assert.equal(mayMatch(built, 'rien'), false);
    assert.equal(mayMatch(built, 'un zq-court alpha'), true);
  });
});
