/**
 * Editor features over the wire, as a push-only client (Neovim, Emacs, Helix) sees them: completions (a plan
 * and its measures), hovers (an acronym), code actions, document symbols, links, folding, code lens and the
 * custom requests behind the VS Code commands. Spawns `server/out/server.js --stdio` (built by `node esbuild.mjs`).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  CodeLensRequest,
  CompletionRequest,
  DocumentLinkRequest,
  FoldingRangeRequest,
  HoverRequest,
  type ClientCapabilities,
  type CompletionItem,
  type CompletionList,
  type MarkupContent,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { requireBundles } from '../helpers/cli';
import { pushCapabilities, TestLspClient } from '../helpers/lsp-client';
import { coverageRequest, dossierFromQuestionRequest, publicationTextRequest } from '../../server/src/lsp/features/protocol';

const root = join(__dirname, '..', '..');
const dossier = readFileSync(join(root, 'test', 'fixtures', 'editor', 'qe-15-24191.qe.md'), 'utf8');

const capabilities: ClientCapabilities = {
  ...pushCapabilities,
  textDocument: {
    ...pushCapabilities.textDocument,
    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
    foldingRange: { lineFoldingOnly: true },
  },
};

function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const offset = text.indexOf(needle) + delta;
  assert.ok(offset >= delta, `« ${needle} » absent`);
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

describe('serveur : fonctions d’édition (client sans diagnostics tirés)', function () {
  this.timeout(30_000);
  before(requireBundles);
  let client: TestLspClient;
  let workspace: string;
  let uri: string;
  let text: string;

  before(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'qe-editeur-'));
    text = dossier.replace('\n# Notes internes', 'La mesure \n\nLe second plan d’action national contre la tr\n\n# Notes internes');
    uri = pathToFileURL(join(workspace, 'qe-15-24191.qe.md')).href;
    client = new TestLspClient();
    const init = await client.initialize(capabilities, workspace);
    assert.ok(init.capabilities.completionProvider?.triggerCharacters?.includes(' '));
    assert.equal(init.capabilities.hoverProvider, true);
    assert.ok(init.capabilities.documentLinkProvider);
    assert.equal(init.capabilities.foldingRangeProvider, true);
    assert.equal(init.capabilities.diagnosticProvider, undefined, 'pas de diagnostics tirés pour ce client');
    const published = client.nextPublished(uri);
    await client.open(uri, text);
    const diagnostics = (await published).diagnostics;
    assert.ok(diagnostics.length > 0, 'diagnostics poussés');
  });
  after(async () => {
    await client?.close();
    rmSync(workspace, { recursive: true, force: true });
  });

  async function completions(line: number, character: number): Promise<CompletionList> {
    const result = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line, character } });
    assert.ok(result && !Array.isArray(result), 'une CompletionList');
    return result as CompletionList;
  }

  it('complète « mesure » par les mesures du plan en contexte', async () => {
    const position = positionOf(text, 'La mesure \n', 'La mesure '.length);
    const list = await completions(position.line, position.character);
    const sixteen = list.items.find((item) => item.label === '16');
    assert.ok(sixteen, list.items.map((item) => item.label).join(', '));
    assert.match(sixteen.detail!, /mécanisme national de référence/);
    assert.deepEqual((sixteen.textEdit as TextEdit).range, { start: position, end: position });
  });

  it('complète un nom de plan avec sa période', async () => {
    const needle = 'Le second plan d’action national contre la tr';
    const position = positionOf(text, needle, needle.length);
    const list = await completions(position.line, position.character);
    assert.equal(list.isIncomplete, true);
    const plan = list.items.find((item: CompletionItem) => item.label.startsWith('second plan d\'action national contre la traite'));
    assert.ok(plan, list.items.map((item) => item.label).join(' | '));
    assert.equal((plan.textEdit as TextEdit).newText, 'second plan d\'action national contre la traite des êtres humains (2019-2021)');
    assert.equal((plan.textEdit as TextEdit).range.start.character, position.character - needle.length + 3);
  });

  it('survole un sigle : son développement', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, 'MIPROF', 2) });
    assert.ok(hover);
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /^\*\*MIPROF\*\* — Mission interministérielle pour la protection des femmes/);
    assert.equal(hover.range!.end.character - hover.range!.start.character, 'MIPROF'.length);
  });

  it('actions de code : correction rapide d’une remarque et correction d’ensemble', async () => {
    const published = client.nextPublished(uri, 10_000, 2);
    const broken = text.replace('numero: 24191', 'nuemro: 24191');
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: broken }],
    });
    const diagnostics = (await published).diagnostics;
    const unknown = diagnostics.find((diagnostic) => diagnostic.code === 'metadonnee-inconnue');
    assert.ok(unknown, JSON.stringify(diagnostics.map((diagnostic) => diagnostic.code)));
    const actions = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: unknown.range,
      context: { diagnostics: [unknown] },
    });
    assert.ok(actions && actions.length > 0);
    const fix = actions.find((action) => 'kind' in action && action.kind === 'quickfix');
    assert.ok(fix && 'edit' in fix && fix.edit?.changes?.[uri]?.[0]?.newText === 'numero', JSON.stringify(actions));
    const fixAll = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.qe'] },
    });
    assert.ok(fixAll?.every((action) => 'kind' in action && action.kind === 'source.fixAll.qe'));
    // Restore the dossier for the next tests.
    const restored = client.nextPublished(uri, 10_000, 3);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text }] });
    await restored;
  });

  it('symboles du document : métadonnées, question, réponse, notes', async () => {
    const symbols = await client.symbols(uri);
    assert.deepEqual(symbols.map((symbol) => symbol.name), ['Métadonnées', 'Question', 'Réponse', 'Notes internes']);
  });

  it('replis et liens', async () => {
    const folds = await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
    assert.ok(folds && folds.some((fold) => fold.startLine === 0), 'l’en-tête se replie');
    assert.ok(folds.some((fold) => fold.startLine === positionOf(text, '# Réponse').line));
    const links = await client.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri } });
    const origin = links?.find((link) => link.target?.endsWith('qe-15-24191.md'));
    assert.ok(origin, `lien vers la source de la question : ${JSON.stringify(links)}`);
    const lenses = await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
    assert.equal(lenses?.length, 1, 'une lentille de couverture au-dessus de la réponse');
    assert.match(lenses[0]!.command!.title, /^\d+ sous-questions? : \d+ (traitée|partielle|sans réponse)/);
    assert.equal(lenses[0]!.command!.command, 'qe.showCoverage');
    assert.equal(lenses[0]!.range.start.line, positionOf(text, '# Réponse').line);
  });

  it('requêtes des commandes : dossier depuis une question, couverture, texte publié', async () => {
    const page = readFileSync(join(root, 'examples', 'sources', 'qe-15-24191.md'), 'utf8');
    const created = await client.connection.sendRequest(dossierFromQuestionRequest, { text: page, origin: 'qe-15-24191.md' });
    assert.equal(created.numero, 24191);
    assert.equal(created.legislature, 15);
    assert.match(created.dossier!, /^---\nnumero: 24191\n/);
    assert.match(created.dossier!, /Source de la question : qe-15-24191\.md/);
    const record = readFileSync(join(root, 'examples', 'sources', 'QANR5L17QE357.json'), 'utf8');
    const fromRecord = await client.connection.sendRequest(dossierFromQuestionRequest, { text: record });
    assert.equal(fromRecord.numero, 357);
    const refused = await client.connection.sendRequest(dossierFromQuestionRequest, { text: dossier });
    assert.match(refused.error!, /déjà un dossier/);

    const coverage = await client.connection.sendRequest(coverageRequest, { uri });
    assert.ok(coverage);
    assert.equal(coverage.total, coverage.subQuestions.length);
    assert.ok(coverage.total >= 1, 'la question du plan traite pose au moins une sous-question');
    assert.equal(coverage.profile, 'jo');

    const publication = await client.connection.sendRequest(publicationTextRequest, { uri });
    assert.ok(publication && publication.text.startsWith('Dès 2018, la Mission interministérielle'));
    assert.doesNotMatch(publication.text, /#|<!--|Notes internes|Source de la question/);
  });
});

describe('serveur : catalogue de l’espace de travail', function () {
  this.timeout(30_000);
  before(requireBundles);
  it('un .qe-catalogue.json étend les complétions', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'qe-catalogue-'));
    writeFileSync(join(workspace, '.qe-catalogue.json'), JSON.stringify({ sigles: [{ sigle: 'BQEX', developpement: 'bureau des questions écrites' }] }));
    const client = new TestLspClient();
    try {
      await client.initialize(capabilities, workspace);
      const uri = pathToFileURL(join(workspace, 'a.qe.md')).href;
      const content = '# Réponse\n\nLe BQE';
      await client.open(uri, content);
      const list = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 2, character: 6 } })) as CompletionList;
      assert.equal((list.items.find((item) => item.label === 'BQEX')?.textEdit as TextEdit | undefined)?.newText, 'bureau des questions écrites (BQEX)');
    } finally {
      await client.close();
      rmSync(workspace, { recursive: true, force: true });
    }
  });
});
