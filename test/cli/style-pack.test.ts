import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireBundles, runCli, tempDir } from '../helpers/cli';

const dossier = '# Réponse\n\nLes services vont solutionner ces difficultés.\n';
const pack = JSON.stringify({ substitutions: [{ fautif: 'solutionner', correct: 'résoudre', message: 'Écrire « résoudre ».' }] });

interface Report {
  files: { path: string; diagnostics: { rule: string; message: string; severity: string }[] }[];
}

describe('qe-check et le guide de style', function () {
  this.timeout(30_000);
  before(requireBundles);

  it('trouve le .qe-style.json le plus proche en remontant depuis chaque fichier', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    mkdirSync(join(dir, 'c'));
    writeFileSync(join(dir, 'a', '.qe-style.json'), pack);
    writeFileSync(join(dir, 'a', 'b', 'q1.qe.md'), dossier);
    writeFileSync(join(dir, 'c', 'q2.qe.md'), dossier);
    const result = runCli(['--format', 'json', join('a', 'b', 'q1.qe.md'), join('c', 'q2.qe.md')], { cwd: dir });
    assert.equal(result.stderr, '');
    const report = JSON.parse(result.stdout) as Report;
    const rules = report.files.map((file) => file.diagnostics.filter((diagnostic) => diagnostic.rule === 'terme-prefere').map((diagnostic) => diagnostic.message));
    assert.deepEqual(rules, [['Écrire « résoudre ».'], []]);
  });

  it('--config remplace la recherche, --no-config la supprime, --profile l’emporte', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.qe-style.json'), JSON.stringify({ rules: { 'terme-prefere': 'error' }, substitutions: [{ fautif: 'solutionner', correct: 'résoudre' }] }));
    writeFileSync(join(dir, 'autre.json'), JSON.stringify({ profile: 'imprimerie-nationale' }));
    writeFileSync(join(dir, 'q.qe.md'), dossier);
    const found = JSON.parse(runCli(['--format', 'json', 'q.qe.md'], { cwd: dir }).stdout) as Report;
    assert.equal(found.files[0]!.diagnostics.find((diagnostic) => diagnostic.rule === 'terme-prefere')?.severity, 'error');
    for (const args of [['--config', 'autre.json'], ['--no-config']]) {
      const report = JSON.parse(runCli(['--format', 'json', ...args, 'q.qe.md'], { cwd: dir }).stdout) as Report;
      assert.ok(!report.files[0]!.diagnostics.some((diagnostic) => diagnostic.rule === 'terme-prefere'), args.join(' '));
    }
    const status = runCli(['--profile', 'jo', 'q.qe.md'], { cwd: dir });
    assert.equal(status.status, 1, 'terme-prefere en erreur : code de sortie 1');
  });

  it('un guide cassé : messages en français sur la sortie d’erreur, une fois, et le contrôle continue', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.qe-style.json'), '{\n  "profile": "senat",\n  "rules": { "terme-prefre": "error" },\n  "substitutions": [{ "fautif": "solutionner", "correct": "résoudre" }]\n}\n');
    writeFileSync(join(dir, 'q1.qe.md'), dossier);
    writeFileSync(join(dir, 'q2.qe.md'), dossier);
    const result = runCli(['q1.qe.md', 'q2.qe.md'], { cwd: dir });
    assert.notEqual(result.status, 2, result.stderr);
    const lines = result.stderr.trim().split('\n');
    assert.equal(lines.length, 2, result.stderr);
    assert.match(lines[0]!, /^qe-check : .*\.qe-style\.json:2:14 : profil « senat » inconnu/);
    assert.match(lines[1]!, /\.qe-style\.json:3:14 : règle inconnue « terme-prefre » ignorée\. Voulez-vous dire « terme-prefere » \?$/);
    assert.match(result.stdout, /terme-prefere/, 'la partie valide du guide s’applique');

    writeFileSync(join(dir, '.qe-style.json'), '{ "profile": ');
    const invalid = runCli(['q1.qe.md'], { cwd: dir });
    assert.notEqual(invalid.status, 2);
    assert.match(invalid.stderr, /JSON invalide \(valeur attendue\) : le fichier de style est ignoré, contrôle avec les réglages par défaut\./);
    assert.doesNotMatch(invalid.stdout, /terme-prefere/);
  });

  it('--config FICHIER garde son comportement (fichier absent : avertissement, réglages par défaut)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'q.qe.md'), dossier);
    const result = runCli(['--config', 'absent.json', 'q.qe.md'], { cwd: dir });
    assert.notEqual(result.status, 2, result.stderr);
    assert.match(result.stderr, /fichier de style « absent\.json » ignoré \(fichier introuvable\)/);
  });
});
