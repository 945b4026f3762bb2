/**
 * Security: no network access from the CLI, the server or the core (every way out is replaced by a throwing
 * stub that records the attempt); linked question files only inside the workspace; no code ever loaded from
 * a workspace.
 */
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { buildSync } from 'esbuild';
import {
  CodeActionRequest,
  CompletionRequest,
  DocumentSymbolRequest,
  HoverRequest,
} from 'vscode-languageserver-protocol/node';
import { analyze } from '../../server/src/core';
import { findCatalogFiles } from '../../server/src/node/catalog-file';
import { linkedFileReader } from '../../server/src/node/linked-file';
import { findStylePack } from '../../server/src/node/style-pack';
import { requireBundles, root, runCli } from '../helpers/cli';
import { pullCapabilities, TestLspClient } from '../helpers/lsp-client';
import { realDossiers } from './dossiers';

const preload = resolve(__dirname, 'fixtures', 'no-network.preload.js');

/** A workspace with a dossier linking its question, a style pack, a catalogue and bait for code loading. */
function makeWorkspace(): { dir: string; dossier: string; marker: string; outside: string } {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'qe-securite-')));
  const outside = realpathSync(mkdtempSync(join(tmpdir(), 'qe-dehors-')));
  const marker = join(outside, 'code-execute.txt');
  writeFileSync(join(outside, 'secret.md'), '# Question\n\nTexte secret hors de l’espace de travail.\n');
  mkdirSync(join(dir, 'dossiers'));
  writeFileSync(join(dir, 'dossiers', 'question.md'), '# Question\n\nQuel est le calendrier du plan ?\n');
  const dossier = join(dir, 'dossiers', 'reponse.qe.md');
  writeFileSync(dossier, '---\nnumero: 1\nquestion: question.md\n---\n\n# Réponse\n\nLe  plan sera publié en 2025 par l\'Etat.\n');
  writeFileSync(join(dir, '.qe-style.json'), JSON.stringify({ profile: 'imprimerie-nationale', substitutions: [{ fautif: 'plan', correct: 'programme' }] }));
  writeFileSync(join(dir, '.qe-catalogue.json'), '{}');
  // Bait: any of these executed would write the marker.
  const bait = `require('node:fs').writeFileSync(${JSON.stringify(marker)}, __filename);`;
  for (const name of ['.qe-style.js', '.qe-style.cjs', 'qe.config.js', '.qe-catalogue.js', '.eslintrc.js']) writeFileSync(join(dir, name), bait);
  mkdirSync(join(dir, 'node_modules', 'qe-plugin'), { recursive: true });
  writeFileSync(join(dir, 'node_modules', 'qe-plugin', 'index.js'), bait);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'piege', main: 'qe.config.js', qe: { plugins: ['qe-plugin'] } }));
  return { dir, dossier, marker, outside };
}

function withPreload<T>(log: string, run: () => T): T {
  const saved = { options: process.env.NODE_OPTIONS, log: process.env.QE_NETWORK_LOG };
  process.env.NODE_OPTIONS = `${saved.options ?? ''} --require ${preload}`.trim();
  process.env.QE_NETWORK_LOG = log;
  try {
    return run();
  } finally {
    if (saved.options === undefined) delete process.env.NODE_OPTIONS;
    else process.env.NODE_OPTIONS = saved.options;
    if (saved.log === undefined) delete process.env.QE_NETWORK_LOG;
    else process.env.QE_NETWORK_LOG = saved.log;
  }
}

function attempts(log: string): string[] {
  return existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : [];
}

describe('sécurité', function () {
  this.timeout(60_000);
  before(requireBundles);

  describe('aucun accès réseau', () => {
    it('le garde-fou détecte bien une tentative (témoin)', () => {
      const log = join(mkdtempSync(join(tmpdir(), 'qe-reseau-')), 'log');
      const script = join(mkdtempSync(join(tmpdir(), 'qe-reseau-')), 'temoin.js');
      writeFileSync(script, "try { require('node:https').get('https://example.org'); } catch {} fetch('http://x').catch(() => {});");
      withPreload(log, () => runCli(['--version']));
      assert.deepEqual(attempts(log), [], 'qe-check --version');
      withPreload(log, () => spawnSync(process.execPath, [script], { encoding: 'utf8' }));
      assert.deepEqual(attempts(log), ['node:https.get', 'fetch']);
    });

    it('qe-check (texte, json, sarif, --fix) ne tente aucun accès réseau', () => {
      const { dossier, dir } = makeWorkspace();
      const log = join(dir, '..', `${Date.now()}-reseau.log`);
      withPreload(log, () => {
        for (const format of ['text', 'json', 'sarif']) {
          const result = runCli(['--format', format, dossier], { cwd: dir });
          assert.ok(result.status === 0 || result.status === 1, result.stderr);
        }
        // --fix writes: it works on a copy of the example, never on the repository's file.
        const example = join(dir, 'exemple.qe.md');
        copyFileSync(join(root, 'examples', 'qe-15-24191.qe.md'), example);
        const result = runCli(['--fix', dossier, example], { cwd: dir });
        assert.ok(result.status === 0 || result.status === 1 || result.status === 2, result.stderr);
      });
      assert.deepEqual(attempts(log), []);
    });

    it('le serveur de langage ne tente aucun accès réseau (ouverture, diagnostics, plan, actions, survol, complétion)', async () => {
      const { dossier, dir } = makeWorkspace();
      const log = join(dir, '..', `${Date.now()}-reseau-serveur.log`);
      const client = withPreload(log, () => new TestLspClient());
      try {
        await client.initialize(pullCapabilities, dir);
        const uri = pathToFileURL(dossier).href;
        await client.open(uri, readFileSync(dossier, 'utf8'));
        const diagnostics = await client.pull(uri);
        assert.ok(diagnostics.length > 0, 'le dossier a été contrôlé');
        await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
        const range = { start: { line: 7, character: 0 }, end: { line: 7, character: 10 } };
        await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics } });
        await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 7, character: 4 } }).catch(() => null);
        await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 7, character: 4 } }).catch(() => null);
        assert.ok(client.alive);
      } finally {
        await client.close();
      }
      assert.deepEqual(attempts(log), []);
    });

    it('le cœur (analyze) sur tous les dossiers réels ne tente aucun accès réseau', () => {
      const log = join(mkdtempSync(join(tmpdir(), 'qe-reseau-')), 'log');
      const script = join(mkdtempSync(join(tmpdir(), 'qe-coeur-')), 'coeur.ts');
      writeFileSync(
        script,
        `import { readFileSync } from 'node:fs';\nimport { analyze } from ${JSON.stringify(join(root, 'server', 'src', 'core'))};\nconst texts = JSON.parse(readFileSync(${JSON.stringify(`${script}.json`)}, 'utf8')) as string[];\nfor (const text of texts) analyze(text, { profile: 'imprimerie-nationale' });\nprocess.stdout.write('ok');\n`,
      );
      writeFileSync(`${script}.json`, JSON.stringify(realDossiers()));
      // Bundled like the CLI (no loader in the child, whose own IPC would blur the record).
      const bundle = script.replace(/\.ts$/, '.js');
      buildSync({ entryPoints: [script], outfile: bundle, bundle: true, platform: 'node', format: 'cjs', target: 'node20', mainFields: ['module', 'main'], logLevel: 'silent' });
      const result = withPreload(log, () => spawnSync(process.execPath, [bundle], { encoding: 'utf8', cwd: root }));
      assert.equal(result.stdout, 'ok', result.stderr);
      assert.deepEqual(attempts(log), []);
    });
  });

  describe('fichiers de question liés : seulement dans l’espace de travail', () => {
    it('refuse ../../etc/passwd, les chemins absolus et les liens symboliques vers l’extérieur, en français', () => {
      const { dir, dossier, outside } = makeWorkspace();
      symlinkSync(join(outside, 'secret.md'), join(dir, 'dossiers', 'lien.md'));
      symlinkSync(outside, join(dir, 'dossiers', 'dossier-lien'));
      const read = linkedFileReader(dossier, [dir]);
      const refused = (path: string, pattern: RegExp) => {
        const result = read(path);
        assert.ok('error' in result, `${path} doit être refusé`);
        assert.match(result.error, pattern);
      };
      refused('../../../../../../etc/passwd', /hors de l’espace de travail|introuvable/);
      refused(`../../${outside.split('/').pop()}/secret.md`, /hors de l’espace de travail/);
      refused('/etc/passwd', /chemin relatif/);
      refused(join(outside, 'secret.md'), /chemin relatif/);
      refused('lien.md', /hors de l’espace de travail/);
      refused('dossier-lien/secret.md', /hors de l’espace de travail/);
      const accepted = read('question.md');
      assert.ok(!('error' in accepted) && accepted.text.includes('calendrier'));
    });

    it('au travers du cœur et de qe-check : un constat en français, le texte extérieur n’est jamais lu', () => {
      const { dir, outside } = makeWorkspace();
      const dossier = join(dir, 'dossiers', 'piege.qe.md');
      writeFileSync(dossier, `---\nnumero: 2\nquestion: ../../${outside.split('/').pop()}/secret.md\n---\n\n# Réponse\n\nTexte.\n`);
      const analysis = analyze(readFileSync(dossier, 'utf8'), { readLinkedFile: linkedFileReader(dossier, [dir]) });
      const finding = analysis.findings.find((candidate) => candidate.rule === 'fichier-question-introuvable');
      assert.ok(finding);
      assert.match(finding.message, /hors de l’espace de travail/);
      assert.ok(!analysis.document.question, 'la question extérieure n’est pas lue');
      const cli = runCli(['--format', 'json', dossier], { cwd: dir });
      assert.match(cli.stdout, /hors de l’espace de travail/);
      assert.doesNotMatch(cli.stdout, /Texte secret/);
    });
  });

  describe('guides de style et catalogues : seulement dans l’espace de travail', () => {
    it('un .qe-style.json ou un .qe-catalogue.json lien symbolique vers l’extérieur n’est pas lu', () => {
      const { dir, dossier, outside } = makeWorkspace();
      const sub = join(dir, 'dossiers');
      writeFileSync(join(outside, 'guide.json'), JSON.stringify({ profile: 'imprimerie-nationale' }));
      symlinkSync(join(outside, 'guide.json'), join(sub, '.qe-style.json'));
      symlinkSync(join(outside, 'guide.json'), join(sub, '.qe-catalogue.json'));
      // The workspace's own files (at its root) are still found; the links below them are skipped.
      assert.equal(findStylePack(dossier, [dir]), join(dir, '.qe-style.json'));
      assert.deepEqual(findCatalogFiles(dossier, [dir]), [join(dir, '.qe-catalogue.json')]);
    });
  });

  describe('aucun code chargé depuis l’espace de travail', () => {
    it('ni qe-check ni le serveur n’exécutent les fichiers .js d’un espace de travail (appâts)', async () => {
      const { dir, dossier, marker } = makeWorkspace();
      runCli(['--format', 'json', dossier], { cwd: dir });
      const client = new TestLspClient();
      try {
        await client.initialize(pullCapabilities, dir);
        const uri = pathToFileURL(dossier).href;
        await client.open(uri, readFileSync(dossier, 'utf8'));
        await client.pull(uri);
      } finally {
        await client.close();
      }
      assert.ok(!existsSync(marker), `du code de l’espace de travail a été exécuté : ${existsSync(marker) ? readFileSync(marker, 'utf8') : ''}`);
    });

    it('le code livré ne charge rien dynamiquement (pas de require calculé, import(), eval, Function, vm)', () => {
      const offenders: string[] = [];
      const walk = (folder: string): void => {
        for (const entry of readdirSync(folder, { withFileTypes: true })) {
          const path = join(folder, entry.name);
          if (entry.isDirectory()) {
            if (entry.name !== 'test') walk(path);
          } else if (entry.name.endsWith('.ts')) {
            const lines = readFileSync(path, 'utf8').split('\n');
            lines.forEach((line, index) => {
              const code = line.replace(/\/\/.*$/, '').replace(/^\s*\*.*$/, '');
              if (/\brequire\s*\(\s*[^'"\s)]|\bimport\s*\(|\beval\s*\(|\bnew\s+Function\b|from\s+'(node:)?vm'|\bcreateRequire\b/.test(code)) {
                // qe-check's launcher compiles with `vm` only its own bundle, by a fixed name beside itself (V8 code cache).
                if (path.endsWith(join('cli', 'launcher.ts')) && /^import \{ Script \} from 'node:vm';$/.test(code.trim())) return;
                offenders.push(`${path.slice(root.length + 1)}:${index + 1}: ${line.trim()}`);
              }
            });
          }
        }
      };
      walk(join(root, 'server', 'src'));
      walk(join(root, 'client', 'src'));
      assert.deepEqual(offenders, []);
    });
  });

  it('les dossiers réels passent (contrôle de l’outillage du test)', () => {
    assert.ok(realDossiers().length >= 10);
  });
});
