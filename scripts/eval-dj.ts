/**
 * Quick evaluation of the D–J rules on the 13 answered open-data records and the seed: counts per rule,
 * answers touched, and every finding (`--all`) or only error-severity ones. `npx tsx scripts/eval-dj.ts [--all] [--spelling] [rule…]`
 * (`--spelling` loads hunspell for the rule `orthographe`).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../server/src/core/index';
import { LineIndex } from '../server/src/core/text/line-index';
import { loadSpellChecker } from '../server/src/node/spelling';
import type { SpellChecker } from '../server/src/core/spelling/spell-checker';

export const djRuleIds = [
  'civilite-abreviation', 'personne-sans-civilite', 'tiers-nommement-designe', 'abreviations-courantes', 'et-ou-barre-oblique',
  'ecriture-inclusive', 'titre-feminise', 'accord-genre-auteur',
  'sigle-non-developpe', 'sigle-coherence', 'sigle-forme', 'sigle-orthographe',
  'citation-loi', 'citation-article-code', 'citation-decret-arrete-circulaire', 'latinismes-et-termes-etrangers',
  'anglicisme-legistique', 'locution-critiquee', 'pleonasme', 'virgule-c-est-pourquoi', 'incise-non-fermee', 'personne-grammaticale',
  'reponse-vide', 'espace-reservee', 'question-dans-reponse', 'reformulation-question', 'coherence-ministere', 'phrase-trop-longue',
  'repetition-proche', 'doublon', 'terme-incoherent', 'orthographe',
];

const shared = resolve(__dirname, '..', 'data');
const files: string[] = [];
const rawDir = join(shared, 'corpus', 'an-17', 'raw');
if (existsSync(rawDir)) for (const name of readdirSync(rawDir).sort()) files.push(join(rawDir, name));
files.push(join(shared, 'seeds', 'qe-15-24191.md'));

const args = process.argv.slice(2);
const showAll = args.includes('--all');
const only = args.filter((arg) => !arg.startsWith('--'));
const wanted = new Set(only.length > 0 ? only : djRuleIds);

async function main(): Promise<void> {
const spellChecker: SpellChecker | undefined = args.includes('--spelling') ? await loadSpellChecker() : undefined;
const counts = new Map<string, { findings: number; answers: Set<string> }>();
let answered = 0;
let words = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const analysis = analyze(text, spellChecker ? { spellChecker } : {});
  if (!analysis.document.answer) continue;
  answered++;
  words += analysis.document.answer.paragraphs.reduce((n, p) => n + p.sentences.reduce((m, s) => m + s.words.filter((w) => w.kind === 'word').length, 0), 0);
  const index = new LineIndex(text);
  const name = file.split('/').pop()!;
  for (const finding of analysis.findings) {
    if (!wanted.has(finding.rule)) continue;
    const entry = counts.get(finding.rule) ?? { findings: 0, answers: new Set<string>() };
    entry.findings++;
    entry.answers.add(name);
    counts.set(finding.rule, entry);
    if (showAll || finding.severity === 'error') {
      const position = index.positionAt(finding.range.start);
      console.log(`${name}:${position.line + 1}:${position.character + 1} ${finding.severity} ${finding.rule} « ${text.slice(finding.range.start, finding.range.end).slice(0, 80)} » ${finding.message}`);
    }
  }
}
console.log(`\n${answered} réponses, ${words} mots`);
for (const id of djRuleIds) {
  if (!wanted.has(id)) continue;
  const entry = counts.get(id);
  console.log(`${id.padEnd(36)} ${String(entry?.findings ?? 0).padStart(4)} constats  ${String(entry?.answers.size ?? 0).padStart(2)}/${answered} réponses  ${((1000 * (entry?.findings ?? 0)) / Math.max(1, words)).toFixed(2)} ‰ mots`);
}
}

if (require.main === module) void main();
