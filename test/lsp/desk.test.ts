/**
 * The drafting desk over the wire: the checklist of sub-questions with the deadline, the outline's
 * sub-questions, the deadline in the hover of the publication date, and the workspace's questions waiting for
 * an answer, most urgent first. Spawns `server/out/server.js --stdio` (built by `node esbuild.mjs`).
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DocumentSymbolRequest, HoverRequest, type DocumentSymbol, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { requireBundles } from '../helpers/cli';
import { pushCapabilities, TestLspClient } from '../helpers/lsp-client';
import { checklistRequest, pendingQuestionsRequest } from '../../server/src/lsp/features/desk-protocol';

const root = join(__dirname, '..', '..');
const dossier = readFileSync(join(root, 'test', 'fixtures', 'editor', 'qe-15-24191.qe.md'), 'utf8');

function pending(numero: number, published: string | null, answered = false): string {
  return [
    '---',
    `numero: ${numero}`,
    'legislature: 17',
    'chambre: AN',
    `titre: Question ${numero}`,
    ...(published ? [`publicationQuestion: ${published}`] : []),
    ...(answered ? ['publicationReponse: 2025-06-01'] : []),
    '---',
    '',
    '# Question',
    '',
    'M. Jean Dupont interroge Mme la ministre de la santé sur les urgences. Il lui demande de préciser le calendrier de la réforme.',
    '',
    '# Réponse',
    '',
    '<!-- Rédigez ici la réponse du ministère. -->',
    '',
  ].join('\n');
}

describe('serveur : bureau du rédacteur (sous-questions, échéances, questions en attente)', function () {
  this.timeout(30_000);
  before(requireBundles);
  let client: TestLspClient;
  let workspace: string;
  let uri: string;

  before(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'qe-bureau-'));
    mkdirSync(join(workspace, 'dossiers'));
    mkdirSync(join(workspace, 'node_modules'));
    writeFileSync(join(workspace, 'dossiers', 'qe-17-300.qe.md'), pending(300, '2025-03-04'));
    writeFileSync(join(workspace, 'dossiers', 'qe-17-100.qe.md'), pending(100, '2025-01-07'));
    writeFileSync(join(workspace, 'dossiers', 'qe-17-200.qe.md'), pending(200, '2025-02-25', true));
    writeFileSync(join(workspace, 'qe-17-400.qe.md'), pending(400, null));
    writeFileSync(join(workspace, 'node_modules', 'qe-17-500.qe.md'), pending(500, '2020-01-01'));
    uri = pathToFileURL(join(workspace, 'qe-15-24191.qe.md')).href;
    client = new TestLspClient();
    await client.initialize(pushCapabilities, workspace);
    const published = client.nextPublished(uri);
    await client.open(uri, dossier);
    await published;
  });
  after(async () => {
    await client?.close();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('checklist: the seed’s two sub-questions, kind, status, evidence sentences, and its deadline', async () => {
    const result = await client.connection.sendRequest(checklistRequest, { uri });
    assert.ok(result);
    assert.deepEqual(
      result.items.map((item) => [item.id, item.kindLabel]),
      [
        ['Q1', 'calendrier'],
        ['Q2', 'articulation'],
      ],
    );
    assert.match(result.items[0]!.request, /^quel est le calendrier de mise en œuvre/);
    assert.ok(result.items[1]!.evidence.some((evidence) => evidence.excerpt.startsWith('Le 1er plan d\'action national a déjà acté')));
    // The request's range points into the question.
    const lines = dossier.split('\n');
    const start = result.items[0]!.range.start;
    assert.ok(lines[start.line]!.slice(start.character).startsWith('quel est le calendrier'));
    assert.equal(result.deadline?.due, '2020-01-05');
    assert.equal(result.deadline?.extendedDue, null);
    assert.equal(result.deadline?.state, 'answered', 'the answer is published');
    assert.match(result.skeleton, /^<!-- qe: repond Q1 -->\n<!-- Q1 \(calendrier\) : « quel est le calendrier/);
    assert.match(result.skeleton, /<!-- qe: repond Q2 -->/);
  });

  it('outline: the sub-questions under « Question »', async () => {
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    const question = symbols.find((symbol) => symbol.name === 'Question');
    assert.deepEqual(
      question?.children?.map((child) => child.name),
      ['Q1 — calendrier', 'Q2 — articulation'],
    );
  });

  it('hover of the publication date: the deadline and its article', async () => {
    const line = dossier.split('\n').findIndex((text) => text.includes('date: 2019-11-05'));
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character: 10 } });
    const value = (hover?.contents as MarkupContent | undefined)?.value ?? '';
    assert.match(value, /5 janvier 2020/);
    assert.match(value, /Article 135, alinéa 6, du Règlement de l’Assemblée nationale/);
  });

  it('questions waiting: unanswered dossiers, by due date, those without a date last; node_modules skipped', async () => {
    const result = await client.connection.sendRequest(pendingQuestionsRequest, {});
    assert.deepEqual(
      result.questions.map((question) => question.numero),
      [100, 300, 400],
      'the seed and 200 are answered; 500 lies in node_modules',
    );
    assert.equal(result.questions[0]!.deadline?.due, '2025-03-07');
    assert.equal(result.questions[0]!.deadline?.state, 'overdue');
    assert.equal(result.questions[2]!.deadline, null);
    assert.equal(result.questions[0]!.drafted, false);
  });
});
