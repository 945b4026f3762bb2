import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { lazyRx, rx } from '../../../server/src/core/coverage/regex';
import { letterSource } from '../../../server/src/core/text/letters';
import { literalFilter } from '../../../server/src/core/text/literal-prefilter';

const coverageDir = join(__dirname, '..', '..', '..', 'server', 'src', 'core', 'coverage');

/** `rx` as it was built before its sources were spelt out ahead of the boundaries: the reference. */
function formerSource(source: string, flags = ''): string {
  const boundary = '(?:(?<![\\p{L}\\p{N}_])(?=[\\p{L}\\p{N}_])|(?<=[\\p{L}\\p{N}_])(?![\\p{L}\\p{N}_]))';
  const plain = source.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
  const unicodeFlags = flags.includes('u') ? flags : `${flags}u`;
  return letterSource(plain.replace(/\\b/g, boundary), unicodeFlags);
}

/** Every string literal and template piece of the coverage modules (the patterns and their parts). */
function coverageLiterals(): string[] {
  const found: string[] = [];
  for (const name of readdirSync(coverageDir).filter((file) => file.endsWith('.ts'))) {
    const file = ts.createSourceFile(name, readFileSync(join(coverageDir, name), 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push(node.text);
      else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) found.push(node.text);
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return found;
}

describe('coverage: rx', () => {
  it('builds every literal of the coverage modules as the former construction did (boundaries spelt out once)', () => {
    const literals = coverageLiterals().filter((text) => text.includes('\\b'));
    assert.ok(literals.length > 300, `${literals.length} literals with \\b`);
    for (const text of literals) {
      let former: string;
      try {
        former = new RegExp(formerSource(text), 'u').source;
      } catch {
        continue; // a piece of a pattern, not a pattern by itself
      }
      assert.equal(rx(text).source, former, text);
      assert.equal(rx(text, 'gi').source, new RegExp(formerSource(text, 'gi'), 'giu').source, text);
    }
  });

  it('the literals of a pattern read from its short source hold for the pattern rx builds (qe-check skips a pattern by them)', () => {
    // `rx` tells the literal filters to read its short source (`readLiteralsFrom`): sound only while the spelt-out
    // boundaries and letter classes require no literal and add no way to match. A change of `rx` that let a pattern
    // match more text (« ' » also « ’ ») would otherwise drop findings silently.
    let compared = 0;
    for (const text of coverageLiterals()) {
      const plain = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
      for (const flags of ['', 'gi']) {
        let built: RegExp;
        try {
          built = rx(text, flags);
        } catch {
          continue; // a piece of a pattern, not a pattern by itself
        }
        const short = literalFilter(plain, built.flags);
        if (!short) continue;
        const full = literalFilter(built.source, built.flags);
        assert.ok(full, `${text}: no literal read from the built pattern`);
        const fold = (literal: string) => (short.folded ? literal.toLowerCase() : literal);
        for (const literal of full.literals) assert.ok(short.literals.some((kept) => fold(literal).includes(fold(kept))), `${text} (${flags}): « ${literal} » holds none of ${JSON.stringify(short.literals)}`);
        compared++;
      }
    }
    assert.ok(compared > 200, `${compared} patterns compared`);
  });

  it('keeps the forms the rewriting must not confuse: \\p{L} and \\b side by side', () => {
    for (const source of [String.raw`\bété\p{L}+\b`, String.raw`[\p{L}\p{N}]\b[^\P{L}]`, String.raw`\P{L}\b\p{N}`, String.raw`(?<=\b)x`]) {
      assert.equal(rx(source, 'g').source, new RegExp(formerSource(source, 'g'), 'gu').source, source);
    }
    assert.ok(rx(String.raw`\bécole\b`).test('une ecole'));
  });

  it('lazyRx builds its pattern at the first call, then gives the same object (its lastIndex shared)', () => {
    const Original = RegExp;
    let built = 0;
    globalThis.RegExp = new Proxy(Original, { construct: (target, args: [string, string]) => (built++, new target(...args)) });
    try {
      const pattern = lazyRx(String.raw`\bécole\b`, 'g');
      assert.equal(built, 0);
      const first = pattern();
      assert.equal(built, 1);
      first.lastIndex = 3;
      assert.equal(pattern(), first);
      assert.equal(pattern().lastIndex, 3);
      assert.equal(built, 1);
      assert.equal(first.source, rx(String.raw`\bécole\b`, 'g').source);
    } finally {
      globalThis.RegExp = Original;
    }
  });

  it('loading the coverage analysis builds few of its patterns (the others wait for their first use)', () => {
    const Original = RegExp;
    let built = 0;
    const coverageModules = Object.keys(require.cache).filter((path) => path.includes(join('core', 'coverage')));
    const saved = coverageModules.map((path) => [path, require.cache[path]] as const);
    for (const path of coverageModules) delete require.cache[path];
    globalThis.RegExp = new Proxy(Original, { construct: (target, args: [string, string]) => (built++, new target(...args)) });
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require('../../../server/src/core/coverage');
    } finally {
      globalThis.RegExp = Original;
      for (const [path, module] of saved) require.cache[path] = module;
    }
    // About 110 when this was written (regular-expression literals are not counted); 410 when every pattern was built at load.
    assert.ok(built > 0 && built < 200, `${built} patterns built at load`);
  });
});
