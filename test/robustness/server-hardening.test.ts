/**
 * Hardening of the language server (issue 12): nothing a workspace holds can stop it, make a request fail, or
 * make it write or link outside the workspace. Each test drives the built server over stdio, as an editor would.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeActionRequest, CompletionRequest, DocumentLinkRequest, HoverRequest, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { requireBundles } from '../helpers/cli';
import { pullCapabilities, pushCapabilities, TestLspClient } from '../helpers/lsp-client';

const dossier = '---\nnumero: 1\n---\n\n# Question\n\nM. X interroge le ministre sur la DGFIP.\n\n# Réponse\n\nLa DGFIP publie le  rapport en 2025.\n';

function workspace(prefix: string): string {
  return realpathSync(mkdtempSync(join(tmpdir(), prefix)));
}

/** Nesting that overflows a recursive parser's stack (6,000 levels, about 12 KB). */
const deepJson = (key: string) => `{"${key}": ${'['.repeat(6000)}${']'.repeat(6000)}}`;

describe('robustesse du serveur de langage (fichiers hostiles)', function () {
  this.timeout(60_000);
  before(requireBundles);
  let client: TestLspClient | undefined;
  const folders: string[] = [];
  afterEach(async () => {
    await client?.close();
    client = undefined;
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it('défaut 2 — client « push » : un contrôle qui échoue ne fait pas tomber le serveur, les autres documents sont contrôlés', async () => {
    client = new TestLspClient();
    await client.initialize(pushCapabilities);
    // Once the dictionary (the emscripten runtime and its process-wide handler) is loaded.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const hostile = `# Réponse\n\n${'> '.repeat(6_000)}texte\n`;
    const hostilePublished = client.nextPublished('untitled:hostile.qe.md', 20_000);
    await client.open('untitled:hostile.qe.md', hostile);
    await hostilePublished;
    const published = client.nextPublished('untitled:sain.qe.md', 20_000);
    await client.open('untitled:sain.qe.md', dossier);
    const diagnostics = (await published).diagnostics;
    assert.ok(diagnostics.some((diagnostic) => diagnostic.code === 'espaces-multiples'), JSON.stringify(diagnostics.map((d) => d.code)));
    assert.ok(client.alive, 'le serveur est toujours là');
    assert.ok(client.stderr.length < 10_000, `pas de code minifié sur stderr (${client.stderr.length} octets)`);
  });

  it('défaut 2 — client « pull » : le même document donne une réponse, jamais une erreur de requête', async () => {
    client = new TestLspClient();
    await client.initialize(pullCapabilities);
    await client.open('untitled:hostile.qe.md', `# Réponse\n\n${'- '.repeat(3_000)}texte\n`);
    await client.pull('untitled:hostile.qe.md');
    await client.open('untitled:sain.qe.md', dossier);
    const diagnostics = await client.pull('untitled:sain.qe.md');
    assert.ok(diagnostics.some((diagnostic) => diagnostic.code === 'espaces-multiples'));
    assert.ok(client.alive);
  });

  for (const [name, make] of [
    ['imbriqué sur 6 000 niveaux', (dir: string) => writeFileSync(join(dir, '.qe-style.json'), deepJson('rules'))],
    ['de plus de 1 Mo', (dir: string) => writeFileSync(join(dir, '.qe-style.json'), `{"sigles": {${Array.from({ length: 40_000 }, (_, i) => `"S${i}": "sigle numéro ${i}"`).join(',')}}}`)],
    ['qui est un dossier (défaut 13)', (dir: string) => mkdirSync(join(dir, '.qe-style.json'))],
  ] as const) {
    it(`défaut 3 — un .qe-style.json ${name} : signalé, le contrôle continue avec les réglages par défaut`, async () => {
      const dir = workspace('qe-pack-');
      folders.push(dir);
      make(dir);
      mkdirSync(join(dir, 'dossiers'));
      const uri = pathToFileURL(join(dir, 'dossiers', 'reponse.qe.md')).href;
      client = new TestLspClient();
      await client.initialize(pullCapabilities, dir);
      await client.open(uri, dossier);
      const diagnostics = await client.pull(uri);
      assert.ok(diagnostics.some((diagnostic) => diagnostic.code === 'espaces-multiples'), 'le dossier est contrôlé');
      const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 6, character: 36 } });
      assert.ok(hover === null || typeof hover === 'object');
      await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 10, character: 3 } });
      const actions = await spellingActions(client, uri);
      assert.ok(Array.isArray(actions), 'les actions de code répondent');
      if (name.startsWith('qui')) assert.ok(!actions.some((action) => action.title.startsWith('Ajouter')), 'pas d’écriture dans un dossier');
      else assert.ok(diagnostics.some((diagnostic) => diagnostic.code === 'fichier-de-style' && /ignoré/.test(diagnostic.message)), JSON.stringify(diagnostics));
      assert.ok(client.alive);
    });
  }

  it('défaut 3 — le fichier de style profond ouvert dans l’éditeur : un diagnostic sur lui, le serveur tient (push)', async () => {
    const dir = workspace('qe-pack-ouvert-');
    folders.push(dir);
    const packUri = pathToFileURL(join(dir, '.qe-style.json')).href;
    client = new TestLspClient();
    await client.initialize(pushCapabilities, dir);
    const published = client.nextPublished(packUri);
    await client.open(packUri, deepJson('rules'), 'json');
    const diagnostics = (await published).diagnostics;
    assert.equal(diagnostics[0]?.code, 'fichier-de-style');
    const other = client.nextPublished(pathToFileURL(join(dir, 'a.qe.md')).href);
    await client.open(pathToFileURL(join(dir, 'a.qe.md')).href, dossier);
    assert.ok((await other).diagnostics.some((diagnostic) => diagnostic.code === 'espaces-multiples'));
  });

  it('défaut 3 — un .qe-catalogue.json imbriqué sur 6 000 niveaux : survol et complétion répondent', async () => {
    const dir = workspace('qe-catalogue-profond-');
    folders.push(dir);
    writeFileSync(join(dir, '.qe-catalogue.json'), deepJson('sigles'));
    const uri = pathToFileURL(join(dir, 'reponse.qe.md')).href;
    client = new TestLspClient();
    await client.initialize(pullCapabilities, dir);
    await client.open(uri, dossier);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 10, character: 4 } });
    assert.match(JSON.stringify(hover), /DGFIP/);
    const completion = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 10, character: 3 } });
    assert.ok(completion !== undefined);
  });

  it('défaut 5 — « Ajouter au dictionnaire » n’écrit jamais hors de l’espace de travail (lien symbolique pendant)', async () => {
    const dir = workspace('qe-dico-');
    const outside = workspace('qe-dico-dehors-');
    folders.push(dir, outside);
    symlinkSync(join(outside, 'cree-par-le-lien.json'), join(dir, '.qe-style.json'));
    const uri = pathToFileURL(join(dir, 'reponse.qe.md')).href;
    client = new TestLspClient();
    await client.initialize(pullCapabilities, dir);
    await client.open(uri, dossier);
    const actions = await spellingActions(client, uri);
    const add = actions.find((action) => action.title.startsWith('Ajouter'));
    assert.equal(add, undefined, JSON.stringify(add?.edit));
    assert.ok(!existsSync(join(outside, 'cree-par-le-lien.json')));
  });

  it('défaut 5 — sans lien, l’action crée le fichier de style dans l’espace de travail', async () => {
    const dir = workspace('qe-dico-sain-');
    folders.push(dir);
    const uri = pathToFileURL(join(dir, 'reponse.qe.md')).href;
    client = new TestLspClient();
    await client.initialize(pullCapabilities, dir);
    await client.open(uri, dossier);
    const add = (await spellingActions(client, uri)).find((action) => action.title.startsWith('Ajouter'));
    assert.ok(add, 'action proposée');
    assert.equal((add.edit!.documentChanges![0] as { uri: string }).uri, pathToFileURL(join(dir, '.qe-style.json')).href);
  });

  it('défaut 12 — « Source de la question : » ne fait un lien que vers un fichier de l’espace de travail', async () => {
    const dir = workspace('qe-liens-');
    const outside = workspace('qe-liens-dehors-');
    folders.push(dir, outside);
    writeFileSync(join(outside, 'secret.md'), 'secret');
    writeFileSync(join(dir, 'question.md'), '# Question\n\nTexte.\n');
    symlinkSync(join(outside, 'secret.md'), join(dir, 'raccourci.md'));
    const uri = pathToFileURL(join(dir, 'reponse.qe.md')).href;
    const text = `${dossier}\n# Notes internes\n\nSource de la question : ../${outside.split('/').pop()}/secret.md\n\nSource de la question : /etc/shadow\n\nSource de la question : raccourci.md\n\nSource de la question : question.md\n`;
    client = new TestLspClient();
    await client.initialize(pullCapabilities, dir);
    await client.open(uri, text);
    const links = (await client.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri } })) ?? [];
    const targets = links.map((link) => link.target ?? '').filter((target) => !target.includes('regles.md'));
    assert.deepEqual(targets, [pathToFileURL(join(dir, 'question.md')).href]);
  });

  it('défaut 9 — sans dossier d’espace de travail, « question: » ne sort pas du dossier du fichier (même lancé depuis un parent)', async () => {
    const dir = workspace('qe-sans-espace-');
    folders.push(dir);
    mkdirSync(join(dir, 'dossiers'));
    mkdirSync(join(dir, 'prive'));
    writeFileSync(join(dir, 'prive', 'secret.md'), '# Question\n\nTexte secret hors du dossier.\n');
    const uri = pathToFileURL(join(dir, 'dossiers', 'reponse.qe.md')).href;
    // The server started from the common parent, with no workspace folder (an editor opening a single file).
    client = new TestLspClient(['--stdio'], { cwd: dir });
    await client.initialize(pullCapabilities);
    await client.open(uri, '---\nnumero: 1\nquestion: ../prive/secret.md\n---\n\n# Réponse\n\nLe Gouvernement répond.\n');
    const diagnostics = await client.pull(uri);
    assert.ok(diagnostics.some((diagnostic) => diagnostic.code === 'fichier-question-introuvable' && /hors de l’espace de travail/.test(diagnostic.message)), JSON.stringify(diagnostics));
  });

  it('défaut 14 — le Markdown du survol tiré d’un catalogue est inerte (ni HTML, ni image, ni lien command:)', async () => {
    const dir = workspace('qe-survol-');
    folders.push(dir);
    const hostile = 'bureau <img src="http://exemple.invalid/x.png"> ![i](http://exemple.invalid/y.png) [clic](command:workbench.action.terminal.new) <b>gras</b>';
    writeFileSync(join(dir, '.qe-catalogue.json'), JSON.stringify({ sigles: [{ sigle: 'BQEX', developpement: hostile }] }));
    const uri = pathToFileURL(join(dir, 'reponse.qe.md')).href;
    client = new TestLspClient();
    await client.initialize(pullCapabilities, dir);
    await client.open(uri, dossier.replace('La DGFIP', 'Le BQEX'));
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 10, character: 5 } });
    const value = (hover?.contents as { value: string } | undefined)?.value ?? '';
    assert.match(value, /BQEX/);
    assert.doesNotMatch(value, /<img|<b>|(?<!\\)!\[|(?<!\\)\]\(/);
  });
});

/** Code actions for a spelling diagnostic on the first word of the answer (the server computes them from it). */
async function spellingActions(client: TestLspClient, uri: string): Promise<CodeAction[]> {
  const diagnostic: Diagnostic = { range: { start: { line: 10, character: 3 }, end: { line: 10, character: 8 } }, message: 'orthographe', source: 'qe', code: 'orthographe' };
  const result = await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
  return (result ?? []).filter((action): action is CodeAction => 'title' in action && 'kind' in action);
}
