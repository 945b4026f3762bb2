/**
 * Per-rule fixtures (`test/fixtures/rules/`, format in its README): expected findings marked inline by
 * `<!-- attendu: … -->` lines, which are stripped before the analysis, and golden fixed files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, applyFixes, LineIndex, packToOptions, parseStylePack, ruleMeta, type AnalyzeOptions, type Finding } from '../../server/src/core';
import { severityFor } from '../../server/src/core/rules/rule';

export const fixturesDir = join(__dirname, '..', 'fixtures', 'rules');

export interface Expected {
  /** 0-based line in the stripped text. */
  readonly line: number;
  readonly rule: string;
  /** Exact source text of the finding's range, when the marker gives it (`id « texte »`). */
  readonly text?: string;
  /** 1-based line of the marker in the fixture file, for messages. */
  readonly markerLine: number;
}

export interface Fixture {
  /** File name, e.g. `terme-prefere.qe.md` or `terme-prefere.casse.qe.md`. */
  readonly name: string;
  /** Rule the fixture is for: the file name up to the first dot. */
  readonly rule: string;
  readonly path: string;
  /** The fixture without its marker lines: what is analysed. */
  readonly text: string;
  readonly expected: readonly Expected[];
  /** Every rule id the fixture checks: its own and those named in markers. */
  readonly checked: ReadonlySet<string>;
  readonly options: AnalyzeOptions;
  /** Path of the golden fixed file (`<nom>.fixed.qe.md`), whether it exists or not. */
  readonly goldenPath: string;
  readonly problems: readonly string[];
}

const markerLine = /^\s*<!--\s*attendu\s*:(.*?)-->\s*$/u;
const item = /^\s*([a-z0-9-]+)\s*(?:«\s?([\s\S]*?)\s?»)?\s*$/u;

/** Splits `a « x, y », b` on the commas outside guillemets. */
function splitItems(list: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of list) {
    if (char === '«') depth++;
    if (char === '»') depth = Math.max(0, depth - 1);
    if (char === ',' && depth === 0) {
      items.push(current);
      current = '';
    } else current += char;
  }
  if (current.trim()) items.push(current);
  return items;
}

export function readFixture(name: string): Fixture {
  const path = join(fixturesDir, name);
  const source = readFileSync(path, 'utf8');
  const rule = name.slice(0, name.indexOf('.'));
  const base = name.slice(0, -'.qe.md'.length);
  const problems: string[] = [];
  const kept: string[] = [];
  const pending: Omit<Expected, 'line'>[] = [];
  const expected: Expected[] = [];
  const lines = source.split('\n');
  lines.forEach((line, index) => {
    const marker = markerLine.exec(line.replace(/\r$/, ''));
    if (marker) {
      for (const part of splitItems(marker[1]!)) {
        const parsed = item.exec(part);
        if (!parsed) problems.push(`${name}:${index + 1} : marqueur illisible « ${part.trim()} »`);
        else pending.push({ rule: parsed[1]!, ...(parsed[2] !== undefined ? { text: parsed[2] } : {}), markerLine: index + 1 });
      }
      return;
    }
    for (const entry of pending.splice(0)) expected.push({ ...entry, line: kept.length });
    kept.push(line);
  });
  for (const entry of pending) problems.push(`${name}:${entry.markerLine} : marqueur « attendu » sans ligne après lui`);

  let options: AnalyzeOptions = {};
  const stylePath = join(fixturesDir, `${base}.style.json`);
  if (existsSync(stylePath)) {
    const parsed = parseStylePack(readFileSync(stylePath, 'utf8'));
    for (const problem of parsed.problems) problems.push(`${base}.style.json : ${problem.message}`);
    options = packToOptions(parsed.pack);
  }
  // A rule off by default in the profile is switched on for its own fixture.
  const meta = ruleMeta(rule);
  if (meta && options.severities?.[rule] === undefined && severityFor(meta, options.profile ?? 'jo') === 'off') {
    const other = severityFor(meta, options.profile === 'imprimerie-nationale' ? 'jo' : 'imprimerie-nationale');
    options = { ...options, severities: { ...options.severities, [rule]: other === 'off' ? 'warning' : other } };
  }
  return {
    name,
    rule,
    path,
    text: kept.join('\n'),
    expected,
    checked: new Set([rule, ...expected.map((entry) => entry.rule)]),
    options,
    goldenPath: join(fixturesDir, `${base}.fixed.qe.md`),
    problems,
  };
}

/** Every fixture file name (`*.qe.md` but not `*.fixed.qe.md`), sorted. */
export function fixtureNames(): string[] {
  if (!existsSync(fixturesDir)) return [];
  return readdirSync(fixturesDir)
    .filter((name) => name.endsWith('.qe.md') && !name.endsWith('.fixed.qe.md'))
    .sort();
}

/** Findings of the checked rules only (other rules may fire on a fixture without failing it). */
export function checkedFindings(fixture: Fixture, text: string): Finding[] {
  return analyze(text, fixture.options).findings.filter((finding) => fixture.checked.has(finding.rule));
}

/**
 * Compares findings with the markers; returns French lines for what is missing or unexpected (empty when
 * they agree).
 */
export function compareWithMarkers(fixture: Fixture, findings: readonly Finding[]): string[] {
  const lines = new LineIndex(fixture.text);
  const actual = findings.map((finding) => ({
    finding,
    line: lines.positionAt(finding.range.start).line,
    text: fixture.text.slice(finding.range.start, finding.range.end),
    matched: false,
  }));
  const differences: string[] = [];
  for (const wanted of fixture.expected) {
    const found = actual.find(
      (candidate) => !candidate.matched && candidate.line === wanted.line && candidate.finding.rule === wanted.rule && (wanted.text === undefined || candidate.text === wanted.text),
    );
    if (found) found.matched = true;
    else {
      const near = actual.filter((candidate) => candidate.line === wanted.line && candidate.finding.rule === wanted.rule).map((candidate) => `« ${candidate.text} »`);
      differences.push(
        `manquant : ligne ${wanted.line + 1} (marqueur ligne ${wanted.markerLine}) ${wanted.rule}${wanted.text !== undefined ? ` « ${wanted.text} »` : ''}${near.length ? ` ; trouvé sur cette ligne : ${near.join(', ')}` : ''}`,
      );
    }
  }
  for (const extra of actual.filter((candidate) => !candidate.matched)) {
    differences.push(`inattendu : ligne ${extra.line + 1} ${extra.finding.rule} « ${extra.text} » — ${extra.finding.message}`);
  }
  return differences;
}

/** Applies the first fix of each checked finding, re-checks, and again until nothing changes. */
export function fixCheckedUntilStable(fixture: Fixture, maxPasses = 10): { text: string; passes: number } {
  let text = fixture.text;
  for (let pass = 1; pass <= maxPasses; pass++) {
    const result = applyFixes(text, checkedFindings(fixture, text));
    if (result.fixed === 0 || result.text === text) return { text, passes: pass - 1 };
    text = result.text;
  }
  return { text, passes: maxPasses };
}
