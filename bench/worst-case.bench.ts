/**
 * Worst-case row (issue 12): 1 MB inputs built from the characters the patterns start from (brackets, braces,
 * apostrophes, front-matter keys, nesting, emphasis, every unit of `test/robustness/pathological.ts`, and
 * many short blocks: paragraphs, lines, list items, headings, quotes, sentences),
 * each checked by `analyze` (limit raised to 1.1 MB so that the size limit cuts nothing; the short blocks are
 * read up to the 6,000th, `parse/blocks.ts`). Target: ≤ 2 s each.
 * Figures are CPU time of this process (robust to other processes on the machine), best of `runs`.
 * Run: npx tsx bench/worst-case.bench.ts [--quick]
 */
import { analyze } from '../server/src/core';
import { pathologicalUnits, repeatTo } from '../test/robustness/pathological';

const size = 1_000_000;
const runs = process.argv.includes('--quick') ? 1 : 3;
const head = '---\nnumero: 1\n---\n\n# Question\n\nM. Jean Dupont interroge M. le ministre de l’intérieur.\n\n# Réponse\n\n';

const inputs: [string, string][] = [
  ['crochets « [ »', head + repeatTo('[', size)],
  ['accolades « { »', head + repeatTo('{', size)],
  ['apostrophes « l\' »', head + repeatTo("l'", size)],
  ['clés d’en-tête', `---\n${Array.from({ length: 90_000 }, (_, i) => `k${i}: v`).join('\n')}\n---\n\n# Réponse\n\nTexte.\n`],
  ['citations imbriquées « > »', head + repeatTo('> ', size)],
  ['emphases appariées', head + repeatTo('*a ', size / 2) + repeatTo(' a*', size / 2)],
  ...pathologicalUnits.map((unit): [string, string] => [`${JSON.stringify(unit)} répété`, head + repeatTo(unit, size)]),
  // Many short blocks (each costs the parse, the model and the rules; past 6,000 the rest is not read).
  ['paragraphes « le » séparés de lignes vides', head + repeatTo('le\n\n', size)],
  ['lignes « le » sans ligne vide', head + repeatTo('le\n', size)],
  ['éléments de liste « - a »', head + repeatTo('- a\n', size)],
  ['titres « # a »', head + repeatTo('# a\n', size)],
  ['citations « > a » séparées de lignes vides', head + repeatTo('> a\n\n', size)],
  ['phrases « Le. » en un paragraphe', head + repeatTo('Le. ', size)],
  // 6,000 blocks each full of what the rules report or segment.
  ['éléments de liste de 80 « l\' »', head + repeatTo(`- ${"l'".repeat(80)}\n`, size)],
  ['citations de 30 « Etat »', head + repeatTo(`> ${'Etat '.repeat(30)}\n\n`, size)],
  ['éléments de liste de 40 phrases « Le. »', head + repeatTo(`-${' Le.'.repeat(40)}\n`, size)],
];

let missed = 0;
const rows: string[] = [];
for (const [what, text] of inputs) {
  let best = Infinity;
  for (let run = 0; run < runs; run++) {
    const before = process.cpuUsage();
    analyze(text, { maxLength: 1_100_000 });
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  const ok = best <= 2000;
  if (!ok) missed++;
  const row = `| ${what} (${(text.length / 1e6).toFixed(2)} Mo) | ${Math.round(best).toLocaleString('fr-FR')} ms | ≤ 2 000 ms | ${ok ? 'atteint' : 'MANQUÉ'} |`;
  rows.push(row);
  process.stderr.write(`${row}\n`);
}
process.stdout.write(`| Pire cas, 1 Mo | CPU (meilleur de ${runs}) | Cible | Verdict |\n|---|---|---|---|\n${rows.join('\n')}\n`);
process.stdout.write(`${missed} cible(s) manquée(s) sur ${inputs.length}.\n`);
