/**
 * The fix-all code action (`source.fixAll.qe`, for `editor.codeActionsOnSave`) over stdio, as an editor
 * asks for it: one workspace edit whose edits do not overlap and, applied, leave nothing fixable. Also the
 * style pack as the server sees it: found beside the dossier, and reported on the pack file when it is open.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  type CodeAction,
  type Diagnostic,
  type Range,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { requireBundles, tempDir } from '../helpers/cli';
import { pullCapabilities, pushCapabilities, TestLspClient } from '../helpers/lsp-client';

const fixAllKind = 'source.fixAll.qe';

const pack = {
  substitutions: [
    { fautif: 'en charge de', correct: 'chargé de' },
    { fautif: 'solutionner', correct: 'résoudre' },
  ],
};

/** Fixable findings of several kinds (style pack, suppression, metadata, house-style rules), far apart. */
const dossier = [
  '---',
  'nuemro: 24191',
  'legislature: 15',
  '---',
  '',
  '# Question',
  '',
  'M. Jean Dupont interroge M. le ministre de l’intérieur sur les délais.',
  '',
  '# Réponse',
  '',
  'Le ministre en charge de la santé a pris connaissance de la question.',
  '',
  'Les services vont solutionner ces difficultés.',
  '',
  '<!-- qe: desactiver-ligne-suivante terme-prefre : démonstration -->',
  'Une ligne sans rien de particulier.',
  '',
  'Les associations , les collectivités et l’Etat sont associés au  plan.',
  '',
].join('\n');

function notAfter(a: Range['start'], b: Range['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

function assertNonOverlapping(edits: readonly TextEdit[]): void {
  const sorted = [...edits].sort((x, y) => (notAfter(x.range.start, y.range.start) ? (notAfter(y.range.start, x.range.start) ? 0 : -1) : 1));
  for (let index = 1; index < sorted.length; index++) {
    const previous = sorted[index - 1]!.range;
    const current = sorted[index]!.range;
    assert.ok(notAfter(previous.end, current.start), `corrections chevauchantes : ${JSON.stringify(previous)} et ${JSON.stringify(current)}`);
    const samePoint = previous.start.line === current.start.line && previous.start.character === current.start.character;
    const bothInsertions =
      previous.start.line === previous.end.line && previous.start.character === previous.end.character && current.start.line === current.end.line && current.start.character === current.end.character;
    assert.ok(!(samePoint && bothInsertions), 'deux insertions au même point');
  }
}

function fixable(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((diagnostic) => ((diagnostic.data as { fixes?: unknown[] } | undefined)?.fixes?.length ?? 0) > 0);
}

async function fixAll(client: TestLspClient, uri: string, text: string): Promise<CodeAction[]> {
  const end = TextDocument.create(uri, 'qe', 1, text).positionAt(text.length);
  const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end },
    context: { diagnostics: [], only: [fixAllKind] },
  })) as CodeAction[];
  return actions;
}

describe('LSP : tout corriger (source.fixAll.qe)', function () {
  this.timeout(30_000);
  before(requireBundles);
  let client: TestLspClient;
  afterEach(async () => client?.close());

  it('une seule action, des corrections disjointes qui, appliquées, ne laissent rien de corrigible', async () => {
    const workspace = tempDir();
    writeFileSync(join(workspace, '.qe-style.json'), JSON.stringify(pack));
    const uri = pathToFileURL(join(workspace, 'dossier.qe.md')).href;
    client = new TestLspClient();
    await client.initialize(pullCapabilities, workspace);
    await client.open(uri, dossier);

    const diagnostics = await client.pull(uri);
    const codes = new Set(fixable(diagnostics).map((diagnostic) => diagnostic.code));
    for (const code of ['terme-prefere', 'suppression-inconnue', 'metadonnee-inconnue']) assert.ok(codes.has(code), `${code} corrigible attendu : ${[...codes].join(', ')}`);

    const actions = await fixAll(client, uri, dossier);
    assert.equal(actions.length, 1, 'une seule action « tout corriger »');
    const action = actions[0]!;
    assert.equal(action.kind, fixAllKind);
    assert.match(action.title, /Corriger.*\((\d+) corrections\)/);
    assert.ok(Number(/\((\d+) corrections\)/.exec(action.title)![1]) >= 3, 'le nombre de corrections dans le titre');
    assert.equal(action.diagnostics, undefined);
    const edits = action.edit?.changes?.[uri];
    assert.ok(edits && edits.length >= 3, 'les corrections des constats corrigibles (une édition par ligne changée)');
    assertNonOverlapping(edits);

    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'qe', 1, dossier), edits);
    assert.match(fixed, /chargé de la santé/);
    assert.match(fixed, /^numero: 24191$/m);
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
    const after = await client.pull(uri);
    assert.deepEqual(
      fixable(after).map((diagnostic) => `${String(diagnostic.code)} : ${diagnostic.message}`),
      [],
      'plus rien de corrigible après « tout corriger »',
    );
    assert.deepEqual(await fixAll(client, uri, fixed), [], 'plus d’action « tout corriger » sur un document corrigé');
  });

  it('les corrections rapides du même document portent les mêmes éditions, sans état serveur', async () => {
    const workspace = tempDir();
    writeFileSync(join(workspace, '.qe-style.json'), JSON.stringify(pack));
    const uri = pathToFileURL(join(workspace, 'dossier.qe.md')).href;
    client = new TestLspClient();
    await client.initialize(pullCapabilities, workspace);
    await client.open(uri, dossier);
    const diagnostic = fixable(await client.pull(uri)).find((candidate) => candidate.code === 'terme-prefere')!;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    })) as CodeAction[];
    const quickFix = actions.find((action) => action.kind === 'quickfix')!;
    assert.deepEqual(quickFix.edit?.changes?.[uri], [{ range: diagnostic.range, newText: 'chargé de' }]);
  });
});

describe('LSP : actions « Désactiver … »', function () {
  this.timeout(30_000);
  before(requireBundles);
  let client: TestLspClient;
  afterEach(async () => client?.close());

  it('proposées après les corrections, jamais dans « tout corriger », et efficaces une fois appliquées', async () => {
    const workspace = tempDir();
    writeFileSync(join(workspace, '.qe-style.json'), JSON.stringify(pack));
    const uri = pathToFileURL(join(workspace, 'dossier.qe.md')).href;
    client = new TestLspClient();
    await client.initialize(pullCapabilities, workspace);
    await client.open(uri, dossier);
    const diagnostic = (await client.pull(uri)).find((candidate) => candidate.code === 'terme-prefere' && candidate.range.start.line === 13)!;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    })) as CodeAction[];
    const titles = actions.map((action) => action.title);
    const line = titles.indexOf('Désactiver « terme-prefere » pour ce paragraphe (motif à écrire)');
    assert.ok(line > titles.indexOf('Remplacer par « résoudre »'), titles.join(' | '));
    assert.ok(titles.includes('Désactiver « terme-prefere » pour tout le fichier (motif à écrire)'));
    const edits = actions[line]!.edit!.changes![uri]!;
    assert.deepEqual(edits, [{ range: { start: { line: 13, character: 0 }, end: { line: 13, character: 0 } }, newText: '<!-- qe: desactiver-paragraphe terme-prefere :  -->\n' }]);
    const silenced = TextDocument.applyEdits(TextDocument.create(uri, 'qe', 1, dossier), edits);
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: silenced }] });
    const after = await client.pull(uri);
    assert.ok(!after.some((candidate) => candidate.code === 'terme-prefere' && /résoudre/.test(candidate.message)));
    assert.ok(after.some((candidate) => candidate.code === 'suppression-sans-motif'), 'le motif reste à écrire');

    const fixAllActions = await fixAll(client, uri, silenced);
    for (const action of fixAllActions) {
      for (const edit of action.edit?.changes?.[uri] ?? []) assert.doesNotMatch(edit.newText, /qe: desactiver/);
    }
  });
});

describe('LSP : guide de style', function () {
  this.timeout(30_000);
  before(requireBundles);
  let client: TestLspClient;
  afterEach(async () => client?.close());

  it('un guide cassé est signalé en français sur le fichier ouvert, et le contrôle continue', async () => {
    const workspace = tempDir();
    const packPath = join(workspace, '.qe-style.json');
    const broken = '{\n  "profile": "senat",\n  "rules": { "terme-prefre": "error" },\n  "substitutions": [{ "fautif": "solutionner", "correct": "résoudre" }]\n}\n';
    writeFileSync(packPath, broken);
    const packUri = pathToFileURL(packPath).href;
    const uri = pathToFileURL(join(workspace, 'dossier.qe.md')).href;
    client = new TestLspClient();
    await client.initialize(pullCapabilities, workspace);
    await client.open(packUri, broken, 'json');
    const packDiagnostics = await client.pull(packUri);
    assert.deepEqual(
      packDiagnostics.map((diagnostic) => [diagnostic.range.start.line, diagnostic.severity, diagnostic.message.slice(0, 24)]),
      [
        [1, 1, 'profil « senat » inconnu'],
        [2, 2, 'règle inconnue « terme-p'],
      ],
    );
    assert.match(packDiagnostics[1]!.message, /Voulez-vous dire « terme-prefere » \?/);
    // The valid part of the pack (substitutions) still applies to the dossier.
    await client.open(uri, dossier);
    const dossierDiagnostics = await client.pull(uri);
    assert.ok(dossierDiagnostics.some((diagnostic) => diagnostic.code === 'terme-prefere' && /résoudre/.test(diagnostic.message)));
    // The dossier says that its pack is broken, with a link to each problem.
    const notice = dossierDiagnostics.find((diagnostic) => diagnostic.code === 'fichier-de-style')!;
    assert.match(notice.message, /contient 2 problèmes : les valeurs fautives sont ignorées, le reste s’applique\.$/);
    assert.deepEqual(
      notice.relatedInformation?.map((related) => [related.location.uri, related.location.range.start.line]),
      [
        [packUri, 1],
        [packUri, 2],
      ],
    );

    // JSON broken while typing: one error on the pack, the dossier falls back to the defaults.
    const invalid = '{\n  "substitutions": [\n';
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: packUri, version: 2 }, contentChanges: [{ text: invalid }] });
    const invalidDiagnostics = await client.pull(packUri);
    assert.equal(invalidDiagnostics.length, 1);
    assert.match(invalidDiagnostics[0]!.message, /^JSON invalide/);
    const fallback = await client.pull(uri);
    assert.ok(!fallback.some((diagnostic) => diagnostic.code === 'terme-prefere'), 'guide illisible : réglages par défaut');
    assert.match(fallback.find((diagnostic) => diagnostic.code === 'fichier-de-style')!.message, /n’est pas du JSON valide : il est ignoré/);
  });

  it('client sans diagnostics « pull » : diagnostics publiés sur le guide, dossier recontrôlé quand le guide change sur disque', async () => {
    const workspace = tempDir();
    const packPath = join(workspace, '.qe-style.json');
    writeFileSync(packPath, '{}');
    const uri = pathToFileURL(join(workspace, 'dossier.qe.md')).href;
    client = new TestLspClient();
    await client.initialize(pushCapabilities, workspace);
    const first = client.nextPublished(uri);
    await client.open(uri, dossier);
    assert.ok(!(await first).diagnostics.some((diagnostic) => diagnostic.code === 'terme-prefere'));

    writeFileSync(packPath, JSON.stringify(pack));
    const second = client.nextPublished(uri);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(packPath).href, type: FileChangeType.Changed }] });
    assert.ok((await second).diagnostics.some((diagnostic) => diagnostic.code === 'terme-prefere'), 'le nouveau guide s’applique');

    const packUri = pathToFileURL(packPath).href;
    const published = client.nextPublished(packUri);
    await client.open(packUri, '{ "nbspStrict": "oui" }', 'json');
    const packDiagnostics = (await published).diagnostics;
    assert.equal(packDiagnostics.length, 1);
    assert.match(packDiagnostics[0]!.message, /« nbspStrict » attend true ou false/);
  });
});
