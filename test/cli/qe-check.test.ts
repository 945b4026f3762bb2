import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireBundles, runCli, tempDir } from '../helpers/cli';
import { seedPath } from '../helpers/corpus';

interface JsonReport {
  version: number;
  files: {
    path: string;
    metadata: Record<string, unknown>;
    question: { text: string; range: unknown } | null;
    answer: { text: string; range: unknown } | null;
    subQuestions: unknown[];
    diagnostics: { rule: string; severity: string; message: string; range: { start: { line: number; character: number } } }[];
  }[];
}

/** Sections that house style accepts (warnings at most), so that exit codes depend on what a test breaks. */
const body =
  '# Question\n\nM. Jean Dupont interroge M. le ministre de la santé sur la formation des professionnels.\n\n# Réponse\n\n' +
  'Le Gouvernement a engagé en 2024 un plan de formation des professionnels de santé, doté de vingt millions d’euros. ' +
  'Ce plan associe les agences régionales de santé et les universités de chaque région.\n';

function json(stdout: string): JsonReport {
  return JSON.parse(stdout) as JsonReport;
}

/** No Node stack trace may reach the user. */
function assertNoStack(output: string): void {
  assert.doesNotMatch(output, /\n\s+at .+:\d+:\d+/);
  assert.doesNotMatch(output, /Error:/);
}

describe('qe-check', function () {
  this.timeout(60_000);
  before(requireBundles);
  const dir = tempDir();
  const write = (name: string, content: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it('prints the JSON contract for the seed', () => {
    const result = runCli(['--format', 'json', seedPath]);
    // The published answer has real errors (« l'Etat »…): exit 1.
    assert.equal(result.status, 1, result.stderr);
    const report = json(result.stdout);
    assert.equal(report.version, 1);
    const [file] = report.files;
    assert.equal(file!.metadata.numero, 24191);
    assert.equal(file!.metadata.legislature, 15);
    assert.equal(file!.metadata.auteur, 'M. Patrice Anato');
    assert.equal(file!.metadata.ministereInterroge, 'Égalité femmes hommes et lutte contre les discriminations');
    assert.equal(file!.metadata.ministereAttributaire, 'Égalité femmes hommes et lutte contre les discriminations');
    assert.equal(file!.metadata.rubrique, 'Droits fondamentaux');
    assert.equal(file!.metadata.titre, "Second plan d'action national contre la traite des êtres humains");
    assert.ok(file!.question!.text.startsWith('M. Patrice Anato interroge'));
    assert.ok(file!.answer!.text.startsWith('Dès 2018'));
    assert.ok(file!.answer!.text.endsWith('ne rien laisser passer.'));
    assert.ok(Array.isArray(file!.subQuestions));
    assert.ok(file!.diagnostics.some((diagnostic) => diagnostic.severity === 'error'));
  });

  it('reports a wrong type with its position and exits 1', () => {
    const path = write('numero.qe.md', `---\nnumero: abc\nlegislature: 15\n---\n\n${body}`);
    const result = runCli(['--format', 'json', path]);
    assert.equal(result.status, 1);
    const diagnostic = json(result.stdout).files[0]!.diagnostics.find((candidate) => candidate.rule === 'metadonnee-invalide');
    assert.ok(diagnostic);
    assert.equal(diagnostic.severity, 'error');
    assert.match(diagnostic.message, /« abc »/);
    assert.deepEqual(diagnostic.range.start, { line: 1, character: 8 });
  });

  it('text output is French, one line per finding, with a summary', () => {
    const path = write('texte.qe.md', `---\nnumero: abc\n---\n\n${body}`);
    const result = runCli([path]);
    assert.equal(result.status, 1);
    assert.match(result.stdout, /texte\.qe\.md:2:9: erreur \[metadonnee-invalide\]/);
    // The short answer answers its one request: `reponse-vide` stays silent (issue 10).
    assert.match(result.stdout, /^1 erreur, 0 avertissement, 0 information dans 1 fichier\.$/m);
  });

  const badInputs: [string, string | Buffer, string, number][] = [
    ['an empty file', '', 'fichier-vide', 2],
    ['binary bytes', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]), 'fichier-illisible', 2],
    ['invalid UTF-8', Buffer.from([0x52, 0xe9, 0x70, 0x6f, 0x6e, 0x73, 0x65]), 'fichier-illisible', 2],
    ['an unterminated front matter', '---\nnumero: 12\nlegislature: 15\n\n# Réponse\n\nTexte.\n', 'entete-non-fermee', 1],
    ['invalid YAML', '---\nnumero: [12\nauteur: "M. X\n---\n\n# Réponse\n\nTexte.\n', 'entete-yaml-invalide', 1],
    ['an unknown key', `---\nnuemro: 12\n---\n\n${body}`, 'metadonnee-inconnue', 0],
    ['a JSON record that is not valid JSON', '{"question": {"uid": "QANR5L17QE1", ', 'fichier-illisible', 2],
  ];
  for (const [label, content, rule, status] of badInputs) {
    it(`${label}: ${rule}, exit ${status}, no stack trace`, () => {
      const path = write(`bad-${rule}-${status}.qe.md`, content);
      const result = runCli(['--format', 'json', path]);
      assert.equal(result.status, status, result.stderr);
      assertNoStack(result.stderr);
      const diagnostics = json(result.stdout).files[0]!.diagnostics;
      const diagnostic = diagnostics.find((candidate) => candidate.rule === rule);
      assert.ok(diagnostic, `${rule} in ${JSON.stringify(diagnostics)}`);
      assert.match(diagnostic.message, /[éèàêç]|fichier|métadonnée/i);
    });
  }

  it('the unknown key gets a suggestion', () => {
    const path = write('suggestion.qe.md', '---\nnuemro: 12\n---\n\n# Question\n\nQ.\n\n# Réponse\n\nTexte.\n');
    const diagnostic = json(runCli(['--format', 'json', path]).stdout).files[0]!.diagnostics.find((candidate) => candidate.rule === 'metadonnee-inconnue');
    assert.match(diagnostic!.message, /vouliez-vous écrire « numero »/);
  });

  it('a missing file exits 2 with a French message', () => {
    const result = runCli([join(dir, 'absent.qe.md')]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /impossible de lire .*absent\.qe\.md.*fichier introuvable/);
    assertNoStack(result.stderr);
  });

  it('a directory exits 2 with a French message', () => {
    const sub = join(dir, 'dossier');
    mkdirSync(sub, { recursive: true });
    const result = runCli([sub]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /est un dossier/);
  });

  it('usage errors exit 2', () => {
    for (const args of [[], ['--format', 'xml', seedPath], ['--inconnue', seedPath], ['--profile', 'autre', seedPath]]) {
      const result = runCli(args);
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.stderr, /qe-check : /);
      assertNoStack(result.stderr);
    }
  });

  it('a 10 MB file is checked in part, with a French notice', () => {
    const paragraph = 'Le Gouvernement a engagé des moyens importants pour les territoires concernés. '.repeat(12);
    const big = `---\nnumero: 1\n---\n\n# Question\n\nQuelles mesures ?\n\n# Réponse\n\n${`${paragraph}\n\n`.repeat(Math.ceil(10_000_000 / (paragraph.length + 2)))}`;
    const path = write('gros.qe.md', big);
    const result = runCli(['--format', 'json', path]);
    assert.ok(result.status === 0 || result.status === 1, result.stderr);
    const diagnostic = json(result.stdout).files[0]!.diagnostics.find((candidate) => candidate.rule === 'fichier-tronque');
    assert.ok(diagnostic);
    assert.match(diagnostic.message, /seuls les .* premiers sont contrôlés/);
  });

  it('text output counts hints without listing them, unless --suggestions', () => {
    const quiet = runCli([seedPath]);
    assert.doesNotMatch(quiet.stdout, /: suggestion \[/);
    const hidden = Number(/et (\d+) suggestions discrètes : --suggestions pour les afficher\)\.$/m.exec(quiet.stdout)?.[1]);
    assert.ok(hidden > 10, quiet.stdout.slice(-300));
    const all = runCli(['--suggestions', seedPath]);
    // Identical findings are one line with their count.
    const listed = all.stdout.split('\n').filter((line) => /: suggestion \[/.test(line)).map((line) => Number(/\((\d+) fois ; aussi en/.exec(line)?.[1] ?? 1));
    assert.equal(listed.reduce((sum, count) => sum + count, 0), hidden);
    assert.equal(all.status, quiet.status);
  });

  it('checks several files of different kinds in one run', () => {
    const path = write('ok.qe.md', '---\nnumero: 12\n---\n\n# Question\n\nQ.\n\n# Réponse\n\nTexte.\n');
    const result = runCli(['--format', 'json', seedPath, path]);
    assert.equal(json(result.stdout).files.length, 2);
  });
});
