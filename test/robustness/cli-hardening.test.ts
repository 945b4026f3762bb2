/**
 * Hardening of `qe-check` and of the file reads the server shares with it (issue 12): a FIFO as `question:`
 * does not block, paths do not leave the dossier's folder tree (unless `--racine`), a closed pipe is quiet.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cliPath, requireBundles } from '../helpers/cli';
import { pullCapabilities, TestLspClient } from '../helpers/lsp-client';

function run(args: string[], cwd: string, timeout = 15_000) {
  const result = spawnSync(process.execPath, [cliPath, ...args], { cwd, encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, timedOut: result.error !== undefined };
}

const withQuestion = (path: string) => `---\nnumero: 1\nquestion: ${path}\n---\n\n# Réponse\n\nLe Gouvernement répond.\n`;

describe('robustesse de qe-check et des lectures de fichiers', function () {
  this.timeout(60_000);
  before(requireBundles);
  let dir: string;
  beforeEach(() => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), 'qe-cli-dur-')));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('défaut 1 — un lot avec des fichiers imbriqués ou saturés de constatations : chaque fichier a son rapport, « --fix » corrige les autres', () => {
    const dossier = (answer: string) => `---\nnumero: 1\n---\n\n# Question\n\nM. Jean Dupont interroge M. le ministre.\n\n# Réponse\n\n${answer}\n`;
    const files: [string, string][] = [
      ['a-sain.qe.md', dossier('Le ministre  répond.')],
      ['b-citations.qe.md', dossier(`${'> '.repeat(4113)}texte`)],
      ['c-listes.qe.md', dossier(`${'- '.repeat(2057)}texte`)],
      ['d-crochets.qe.md', dossier('['.repeat(5000))],
      ['e-etat.qe.md', dossier('Etat '.repeat(30_000))],
      ['f-sain.qe.md', dossier('Le préfet  répond.')],
    ];
    for (const [name, text] of files) writeFileSync(join(dir, name), text);
    const names = files.map(([name]) => name);
    const checked = run(['--format', 'json', ...names], dir, 120_000);
    assert.equal(checked.timedOut, false);
    assert.ok(checked.status === 0 || checked.status === 1, `code ${checked.status} ${checked.stderr.slice(0, 300)}`);
    const report = JSON.parse(checked.stdout) as { files: { file?: string; path?: string }[] };
    assert.equal(report.files.length, files.length, 'un rapport par fichier');
    const fixed = run(['--fix', ...names], dir, 120_000);
    assert.equal(fixed.timedOut, false);
    assert.ok(!/RangeError|Maximum call stack/.test(fixed.stderr + fixed.stdout), fixed.stderr.slice(0, 300));
    // The files checked to the end, before and after the nested ones, are fixed.
    assert.match(readFileSync(join(dir, 'a-sain.qe.md'), 'utf8'), /Le ministre répond\./);
    assert.match(readFileSync(join(dir, 'f-sain.qe.md'), 'utf8'), /Le préfet répond\./);
  });

  it('défaut 8 — un tube nommé comme « question: » ne bloque ni qe-check ni le serveur', async function () {
    if (spawnSync('mkfifo', [join(dir, 'tube.md')]).status !== 0) this.skip(); // mkfifo missing: nothing to test.
    writeFileSync(join(dir, 'reponse.qe.md'), withQuestion('tube.md'));
    const result = run(['--format', 'json', 'reponse.qe.md'], dir, 10_000);
    assert.equal(result.timedOut, false, 'qe-check ne reste pas bloqué');
    assert.match(result.stdout, /n’est pas un fichier ordinaire/);
    const client = new TestLspClient();
    try {
      await client.initialize(pullCapabilities, dir);
      const uri = pathToFileURL(join(dir, 'reponse.qe.md')).href;
      await client.open(uri, withQuestion('tube.md'));
      const diagnostics = await Promise.race([client.pull(uri), new Promise<never>((_, reject) => setTimeout(() => reject(new Error('serveur bloqué')), 10_000))]);
      assert.ok(diagnostics.some((diagnostic) => /n’est pas un fichier ordinaire/.test(diagnostic.message)));
    } finally {
      await client.close();
    }
  });

  it('défaut 9 — lancé depuis un dossier parent, qe-check ne lit pas hors du dossier du fichier contrôlé (sauf --racine)', () => {
    mkdirSync(join(dir, 'dossiers'));
    mkdirSync(join(dir, 'prive'));
    writeFileSync(join(dir, 'prive', 'secret.md'), '# Question\n\nTexte secret hors du dossier.\n');
    writeFileSync(join(dir, 'dossiers', 'reponse.qe.md'), withQuestion('../prive/secret.md'));
    const refused = run(['--format', 'json', join('dossiers', 'reponse.qe.md')], dir);
    assert.doesNotMatch(refused.stdout, /Texte secret/);
    assert.match(refused.stdout, /hors de l’espace de travail/);
    const allowed = run(['--format', 'json', '--racine', dir, join('dossiers', 'reponse.qe.md')], dir);
    assert.doesNotMatch(allowed.stdout, /hors de l’espace de travail/);
    assert.doesNotMatch(allowed.stdout, /fichier-question-introuvable/);
    const fromRoot = run(['--format', 'json', join(dir, 'dossiers', 'reponse.qe.md')], '/');
    assert.match(fromRoot.stdout, /hors de l’espace de travail/, 'depuis /, la racine n’est pas autorisée');
  });

  it('défaut 10 — « qe-check … | head -1 » : pas d’erreur, rien sur stderr', async () => {
    const paragraphs = Array.from({ length: 4000 }, (_, i) => `Le  plan ${i} sera publié par l'Etat.`).join('\n\n');
    writeFileSync(join(dir, 'long.qe.md'), `---\nnumero: 1\n---\n\n# Réponse\n\n${paragraphs}\n`);
    const child = spawn(process.execPath, [cliPath, '--suggestions', '--sans-grammaire', 'long.qe.md'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // `head -1`: read the first line, then close the pipe.
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', (status) => resolve(status)));
    assert.equal(stderr, '', 'rien sur stderr');
    assert.ok(code === 0 || code === 1, `code de sortie ${code}`);
  });
});
