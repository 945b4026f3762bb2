/**
 * Runs every registered rule on the 13 answered open-data records and on the seed, and prints counts per rule
 * (findings, answers hit, per 1,000 words of answer) and every error-severity finding with its text.
 *
 *   npm run eval:style [-- --profile imprimerie-nationale] [-- --all]   (--all lists every finding)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, type Finding, type Profile } from '../server/src/core/index';
import { rules } from '../server/src/core/rules/registry';

const shared = join(__dirname, '..', 'data');
const corpus = join(shared, 'corpus', 'an-17', 'raw');
const seed = join(shared, 'seeds', 'qe-15-24191.md');
const args = process.argv.slice(2);
const profile: Profile = args.includes('--profile') && args[args.indexOf('--profile') + 1] === 'imprimerie-nationale' ? 'imprimerie-nationale' : 'jo';
const listAll = args.includes('--all');

interface Row {
  findings: number;
  answers: Set<string>;
  /** Answers with a finding above hint level (hints are the quiet, fixable spacing findings). */
  visible: Set<string>;
  bySeverity: Record<string, number>;
}

const houseStyle = new Set(rules.map((rule) => rule.meta.id));
const rows = new Map<string, Row>();
const errors: string[] = [];
const all: string[] = [];
let realWords = 0;
let realAnswers = 0;

const files = readdirSync(corpus)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => join(corpus, name));
files.push(seed);

for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const { document, findings } = analyze(text, { profile });
  if (!document.answer || document.answer.text.trim() === '') continue;
  const name = file.split('/').pop()!;
  const isSeed = file === seed;
  const words = document.answer.paragraphs.reduce((sum, p) => sum + p.sentences.reduce((s, sentence) => s + sentence.words.filter((w) => w.kind === 'word' || w.kind === 'number').length, 0), 0);
  if (!isSeed) {
    realWords += words;
    realAnswers++;
  }
  for (const finding of findings) {
    if (!houseStyle.has(finding.rule)) continue;
    const inAnswer = finding.range.start >= document.answer.range.start && finding.range.end <= document.answer.range.end;
    const where = inAnswer ? 'réponse' : 'question';
    const line = `${name} [${finding.severity}] ${finding.rule} (${where}) « ${excerpt(text, finding)} » — ${finding.message}`;
    if (listAll) all.push(line);
    if (isSeed) continue;
    const row = rows.get(finding.rule) ?? { findings: 0, answers: new Set<string>(), visible: new Set<string>(), bySeverity: {} };
    row.findings++;
    row.answers.add(name);
    if (finding.severity !== 'hint') row.visible.add(name);
    row.bySeverity[finding.severity] = (row.bySeverity[finding.severity] ?? 0) + 1;
    rows.set(finding.rule, row);
    if (finding.severity === 'error' && inAnswer) errors.push(line);
  }
}

function excerpt(text: string, finding: Finding): string {
  const before = text.slice(Math.max(0, finding.range.start - 30), finding.range.start).replace(/\s+/g, ' ');
  const inside = text.slice(finding.range.start, finding.range.end).replace(/\s+/g, ' ');
  const after = text.slice(finding.range.end, finding.range.end + 30).replace(/\s+/g, ' ');
  return `…${before}[${inside}]${after}…`;
}

const seedSummary = analyze(readFileSync(seed, 'utf8'), { profile }).findings.filter((finding) => houseStyle.has(finding.rule));
console.log(`Profil : ${profile} — ${realAnswers} réponses réelles (${realWords} mots) + la réponse d'exemple (${seedSummary.length} constats)\n`);
console.log('règle'.padEnd(36) + 'constats'.padStart(9) + 'réponses'.padStart(10) + '/1000 mots'.padStart(12) + '  gravités');
for (const rule of [...houseStyle].sort()) {
  const row = rows.get(rule);
  const count = row?.findings ?? 0;
  const answers = row?.answers.size ?? 0;
  const visible = row?.visible.size ?? 0;
  const flag = visible * 3 > realAnswers ? ' ⚠ plus d’un tiers des réponses (hors indications)' : answers * 3 > realAnswers ? ' (indications seulement au-delà du tiers)' : '';
  const severities = row ? Object.entries(row.bySeverity).map(([severity, n]) => `${severity} ${n}`).join(', ') : '';
  console.log(rule.padEnd(36) + String(count).padStart(9) + `${answers}/${realAnswers}`.padStart(10) + ((count * 1000) / Math.max(1, realWords)).toFixed(2).padStart(12) + `  ${severities}${flag}`);
}
console.log(`\nConstats de gravité « error » dans les réponses réelles : ${errors.length}`);
for (const line of errors) console.log(`  ${line}`);
if (listAll) {
  console.log('\nTous les constats :');
  for (const line of all) console.log(`  ${line}`);
}
