/**
 * The repository is self-contained: no source, test, benchmark, evaluation or build script reaches a path outside
 * it (the design folder beside the checkout, an environment variable pointing there, an absolute path of the
 * machine). CI proves it by running the suite in a clone with nothing beside it (`.ci/run`); this lint names the
 * line at fault without that clone.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

const root = join(__dirname, '..', '..');
const scanned = /^(test|bench|scripts|server\/src|client\/src|\.ci)\/|^(esbuild\.mjs|eslint\.config\.mjs|package\.json|\.mocharc\.json)$/;
const self = relative(root, __filename).split(sep).join('/');

/** Marker of a line that names a path outside the repository on purpose, never to read it. */
const allowed = ['hors-dépôt', 'voulu'].join(' ');

/** Names built in pieces so that this file does not match its own patterns. */
const sharedEnv = ['QE', 'SHARED'].join('_');
const forbiddenText: readonly { readonly pattern: RegExp; readonly why: string }[] = [
  { pattern: new RegExp(`\\b${sharedEnv}\\b`), why: `variable ${sharedEnv}` },
  { pattern: /['"`]\/work\//, why: 'chemin absolu /work/' },
  { pattern: /['"`]\/home\/|['"`]\/Users\//, why: 'chemin absolu d’un poste' },
];

/**
 * `join(__dirname, '..', …)`, `resolve(__dirname, …)` and `join(root, …)` calls: their '..' segments, counted
 * from the file's folder (or from the repository root for a variable named `root`).
 */
const dirnameCall = /\b(?:join|resolve)\(\s*(__dirname|import\.meta\.dirname|\w*[rR]oot\w*)\s*((?:,\s*(?:'[^']*'|"[^"]*"|`[^`$]*`)\s*)+)\)/g;
/** Relative module specifiers that start with ../ (a hostile path given to a reader under test is an input, not a read). */
const relativeLiteral = /(?:\bfrom\s+|\brequire\(\s*|\bimport\(\s*)(['"`])((?:\.\.\/)+)[^'"`\n]*\1/g;

/** Problems of one file: each a line number and why. `path` is relative to the repository root, with `/`. */
export function outsideReferences(path: string, text: string): { line: number; why: string }[] {
  const depth = dirname(path) === '.' ? 0 : dirname(path).split('/').length;
  const problems: { line: number; why: string }[] = [];
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
  for (const { pattern, why } of forbiddenText) {
    const global = new RegExp(pattern.source, 'g');
    for (const match of text.matchAll(global)) problems.push({ line: lineOf(match.index), why });
  }
  for (const match of text.matchAll(dirnameCall)) {
    const from = /root/i.test(match[1]!) ? 0 : depth;
    const segments = [...match[2]!.matchAll(/'([^']*)'|"([^"]*)"|`([^`]*)`/g)].flatMap((part) => (part[1] ?? part[2] ?? part[3]!).split('/'));
    let up = 0;
    let level = 0;
    for (const segment of segments) {
      if (segment === '..') level--;
      else if (segment !== '.' && segment !== '') level++;
      up = Math.min(up, level);
    }
    if (-up > from) problems.push({ line: lineOf(match.index), why: `${-up} fois « .. » depuis ${from === 0 ? 'la racine' : dirname(path)}` });
  }
  for (const match of text.matchAll(relativeLiteral)) {
    const up = match[2]!.length / 3;
    if (up > depth) problems.push({ line: lineOf(match.index), why: `module ${match[0]} hors du dépôt` });
  }
  // A line that names a way out on purpose (a hostile input of a security test) says so.
  const lines = text.split('\n');
  return problems.filter((problem) => !lines[problem.line - 1]!.includes(allowed));
}

function trackedFiles(): string[] {
  return execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter((path) => path && scanned.test(path) && path !== self && /\.(m?[jt]s|json|sh)$|^\.ci\//.test(path) && !path.startsWith('test/fixtures/'));
}

describe('self-contained repository', () => {
  it('the detector finds each way out of the repository', () => {
    const bad = [
      "const seed = readFileSync(join(__dirname, '..', '..', '..', 'shared', 'seeds', 'x.md'));",
      `const dir = process.env.${sharedEnv} ?? 'x';`,
      "import { y } from '../../../../y';",
      "const p = '/work/shared/design/README.md';",
      "const q = resolve(__dirname, '../../..');",
      "const designDir = join(repoRoot, '..', 'shared', 'design');",
    ];
    for (const line of bad) assert.ok(outsideReferences('test/cli/x.test.ts', line).length > 0, line);
    const good = [
      "const seed = readFileSync(join(__dirname, '..', '..', 'data', 'seeds', 'x.md'));",
      "import { shared } from '../../server/src/core/rules/shared/style';",
      "const q = resolve(__dirname, '../..');",
    ];
    assert.deepEqual(outsideReferences('test/x.test.ts', `const hostile = '../../../etc/passwd'; // ${allowed}`), []);
    for (const line of good) assert.deepEqual(outsideReferences('test/cli/x.test.ts', line), [], line);
  });

  it('no tracked source, test, benchmark or script reaches outside the repository', () => {
    const files = trackedFiles();
    assert.ok(files.length > 100, `${files.length} fichiers examinés`);
    const problems = files.flatMap((path) => outsideReferences(path, readFileSync(join(root, path), 'utf8')).map((problem) => `${path}:${problem.line} : ${problem.why}`));
    assert.deepEqual(problems, []);
  });
});
