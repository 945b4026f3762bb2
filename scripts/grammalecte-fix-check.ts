/**
 * Grammalecte as the oracle of the fixes: on the real texts (open-data answers, seed, coverage-dev answers),
 * counts Grammalecte's grammar errors in the answer before and after one `qe-check --fix` pass (the core's
 * `fixToFixedPoint`), and lists every error the fixes added. Typography (apostrophes, spaces), which the fixes
 * change on purpose, is left out of the comparison.
 *
 *   npx tsx scripts/grammalecte-fix-check.ts            # report; exit 1 when a fix added a grammar error
 *
 * Needs `grammalecte-cli` (Debian package `grammalecte`, or /usr/bin/grammalecte-cli).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, fixToFixedPoint, type Analysis } from '../server/src/core';

export const grammalecte = ['/usr/bin/grammalecte-cli', '/usr/local/bin/grammalecte-cli'].find((path) => existsSync(path));

/** Types of Grammalecte errors that are typography, which the fixes change on purpose. */
const typography = new Set(['typo', 'apos', 'esp', 'nbsp', 'tu', 'num', 'maj']);

interface GrammalecteError {
  readonly sType: string;
  readonly sMessage: string;
  readonly nStartX: number;
  readonly nEndX: number;
}

/** The answer's paragraphs, one a line. */
function answerText(analysis: Analysis): string {
  return (analysis.document.answer?.paragraphs ?? []).map((paragraph) => paragraph.text.replace(/\s+/g, ' ')).join('\n\n');
}

/** Grammar errors (not typography) of each text, as « message — excerpt » lines: one Grammalecte run for all. */
export function grammarErrors(texts: readonly string[]): string[][] {
  const dir = mkdtempSync(join(tmpdir(), 'qe-grammalecte-'));
  try {
    const file = join(dir, 'textes.txt');
    // Paragraphs of every text in a row; each text's count says which of Grammalecte's paragraphs are its own.
    const paragraphs = texts.map((text) => text.split('\n\n').map((paragraph) => paragraph.trim() || '.'));
    writeFileSync(file, paragraphs.flat().join('\n\n'));
    const output = execFileSync(grammalecte!, ['-f', file, '-j', '-cl'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const data = (JSON.parse(output) as { data: { lGrammarErrors: GrammalecteError[] }[] }).data;
    const flat = paragraphs.flat();
    const errors = data.map((paragraph, index) =>
      paragraph.lGrammarErrors
        .filter((error) => !typography.has(error.sType))
        .map((error) => `${error.sMessage} — « ${(flat[index] ?? '').slice(Math.max(0, error.nStartX - 20), error.nEndX + 20)} »`),
    );
    let cursor = 0;
    return paragraphs.map((list) => {
      const own = errors.slice(cursor, cursor + list.length).flat();
      cursor += list.length;
      return own;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The real texts: name → file text (open-data records and seed as they are; coverage-dev answers as dossiers). */
export function realTexts(): Map<string, string> {
  const data = join(__dirname, '..', 'data');
  const texts = new Map<string, string>();
  texts.set('qe-15-24191.md', readFileSync(join(data, 'seeds', 'qe-15-24191.md'), 'utf8'));
  const raw = join(data, 'corpus', 'an-17', 'raw');
  for (const name of readdirSync(raw).filter((file) => file.endsWith('.json')).sort()) texts.set(name, readFileSync(join(raw, name), 'utf8'));
  for (const line of readFileSync(join(data, 'corpus', 'coverage-dev', 'questions.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { id: string; number: number; question: string; answer: string | null };
    if (!row.answer) continue;
    const answer = row.answer.replace(/^Réponse\.\s*-\s*/, '');
    texts.set(row.id, `---\nnumero: ${row.number}\n---\n\n# Question\n\n${row.question}\n\n# Réponse\n\n${answer}\n`);
  }
  return texts;
}

export interface OracleRow {
  readonly name: string;
  readonly before: number;
  readonly after: number;
  /** Errors after the fixes that were not there before. */
  readonly added: readonly string[];
  readonly changes: number;
}

/** Grammar errors before and after `--fix` on each text, and those the fixes added. */
export function compare(texts: ReadonlyMap<string, string>): OracleRow[] {
  const check = (next: string) => analyze(next, { profile: 'jo' });
  const runs = [...texts].map(([name, text]) => {
    const first = check(text);
    const result = fixToFixedPoint(text, check, first);
    return { name, before: answerText(first), after: answerText(result.analysis), changes: result.changes };
  });
  const before = grammarErrors(runs.map((run) => run.before));
  const after = grammarErrors(runs.map((run) => run.after));
  return runs.map((run, index) => {
    // Errors compared by message: an edit moves excerpts, not messages.
    const remaining = before[index]!.map((error) => error.split(' — ')[0]);
    const added = after[index]!.filter((error) => {
      const at = remaining.indexOf(error.split(' — ')[0]);
      if (at < 0) return true;
      remaining.splice(at, 1);
      return false;
    });
    return { name: run.name, before: before[index]!.length, after: after[index]!.length, added, changes: run.changes };
  });
}

if (require.main === module) {
  if (!grammalecte) {
    console.error('grammalecte-cli est introuvable (paquet Debian « grammalecte »).');
    process.exit(2);
  }
  let worse = 0;
  let before = 0;
  let after = 0;
  for (const row of compare(realTexts())) {
    before += row.before;
    after += row.after;
    console.log(`${row.name} : ${row.changes} corrections, erreurs de grammaire ${row.before} → ${row.after}`);
    for (const error of row.added) console.log(`  ajoutée : ${error}`);
    if (row.added.length > 0) worse++;
  }
  console.log(`Total : ${before} → ${after} ; textes où une correction ajoute une erreur : ${worse}.`);
  process.exit(worse > 0 ? 1 : 0);
}
