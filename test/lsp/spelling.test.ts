import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { requireBundles, tempDir } from '../helpers/cli';
import { pushCapabilities, TestLspClient } from '../helpers/lsp-client';
import { addWordEdit } from '../../server/src/lsp/spelling-actions';

const dossier = '---\nnumero: 12\n---\n\n# Question\n\nM. X interroge M. le ministre sur le développement des territoires.\n\n# Réponse\n\nLe Gouvernement soutient le développemnt des territoires ruraux.\n';

describe('spelling in the language server', function () {
  this.timeout(30_000);
  before(requireBundles);
  let client: TestLspClient;
  afterEach(async () => client?.close());

  it('reports a misspelling once the dictionary is loaded, with suggestions and « add to the dictionary »', async () => {
    const workspace = tempDir();
    const path = join(workspace, 'reponse.qe.md');
    writeFileSync(path, dossier);
    const uri = pathToFileURL(path).href;
    client = new TestLspClient();
    await client.initialize({ ...pushCapabilities, workspace: { workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } } }, workspace);
    await client.open(uri, dossier);
    // The dictionary loads in the background: wait for the publication that carries the finding.
    let misspelled: Diagnostic | undefined;
    while (!misspelled) {
      const published = await client.nextPublished(uri);
      misspelled = published.diagnostics.find((diagnostic) => diagnostic.code === 'orthographe');
    }
    assert.equal(dossier.split('\n')[misspelled.range.start.line]!.slice(misspelled.range.start.character, misspelled.range.end.character), 'développemnt');

    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: misspelled.range,
      context: { diagnostics: [misspelled], only: ['quickfix'] },
    })) as CodeAction[];
    const replace = actions.find((action) => action.title === 'Remplacer par « développement »');
    assert.ok(replace, actions.map((action) => action.title).join(' | '));
    const add = actions.find((action) => action.title === 'Ajouter « développemnt » au dictionnaire de l’espace de travail')!;
    assert.ok(add);
    const [create, edit] = add.edit!.documentChanges!;
    assert.deepEqual(create, { kind: 'create', uri: pathToFileURL(join(workspace, '.qe-style.json')).href, options: { ignoreIfExists: true } });
    assert.match((edit as { edits: { newText: string }[] }).edits[0]!.newText, /"motsAcceptes": \[\s*"développemnt"\s*\]/);
  });
});

describe('adding a word to an existing pack', () => {
  it('appends to motsAcceptes and keeps the rest of the file', () => {
    const text = '{\n  "profile": "jo",\n  "motsAcceptes": ["Mamoudzou"]\n}\n';
    const [change] = addWordEdit('/tmp/x/.qe-style.json', text, 'Cayenne');
    const edits = (change as { edits: { range: { start: { line: number; character: number } }; newText: string }[] }).edits;
    assert.equal(edits.length, 1);
    assert.match(edits[0]!.newText, /"Cayenne"/);
    assert.equal(edits[0]!.range.start.line, 2, 'the edit touches only the list');
  });

  it('adds the list when the pack has none', () => {
    const [change] = addWordEdit('/tmp/x/.qe-style.json', '{\n  "profile": "jo"\n}\n', 'Cayenne');
    const edits = (change as { edits: { newText: string }[] }).edits;
    assert.match(edits.map((edit) => edit.newText).join(''), /"motsAcceptes": \[\s*"Cayenne"\s*\]/);
  });
});
