/**
 * Real VS Code: the drafting desk — « Nouvelle réponse » opens the dossier with the « Sous-questions » view
 * showing the seed's two sub-questions, the answer skeleton, a deadline in the language status, the workspace's
 * questions waiting for an answer (overdue first), the rendered coverage report. Waits on events, not timers.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { fixtureUri, getExtension, withTimeout } from './helpers';

const MS = 30_000;

interface DeskApi {
  readonly checklist: () => { readonly uri?: string; readonly labels: readonly string[] };
  readonly onChecklistUpdate: vscode.Event<unknown>;
  readonly pendingQuestions: () => readonly { uri: string; numero?: number; deadline: { state: string; due: string } | null }[];
  readonly refreshPendingQuestions: () => Promise<readonly { uri: string; numero?: number; deadline: { state: string; due: string } | null }[]>;
  readonly deadlineText: () => string;
  readonly coverageHtml: () => string;
  readonly refreshSimilar: () => Promise<{ similar: readonly SimilarEntry[]; indexed: number } | null>;
}

interface SimilarEntry {
  readonly uri: string;
  readonly numero?: number;
  readonly identical: boolean;
  readonly score: number;
}

async function desk(): Promise<DeskApi> {
  const api = (await withTimeout(getExtension().activate(), MS, 'activation')) as { desk: DeskApi };
  return api.desk;
}

/** Resolves once the checklist shows `uri` with labels that pass `accept`. */
async function checklistFor(api: DeskApi, uri: vscode.Uri, accept: (labels: readonly string[]) => boolean): Promise<readonly string[]> {
  const matches = () => api.checklist().uri === uri.toString() && accept(api.checklist().labels);
  if (matches()) return api.checklist().labels;
  await withTimeout(
    new Promise<void>((resolve) => {
      const subscription = api.onChecklistUpdate(() => {
        if (matches()) {
          subscription.dispose();
          resolve();
        }
      });
    }),
    MS,
    `la liste des sous-questions de ${uri.path} (vue : ${JSON.stringify(api.checklist())})`,
  );
  return api.checklist().labels;
}

/** Asks `run-vscode-tests.mjs --screenshot` for a picture of the live workbench (it takes it asynchronously). */
async function screenshot(name: string, ms = 4000): Promise<void> {
  if (process.env.QE_E2E_MARKERS !== '1') return;
  console.log(`[qe-e2e] screenshot ${name}`);
  // The only timer of the suite: the picture must be taken before the next test changes the screen.
  await new Promise((resolve) => setTimeout(resolve, ms));
}

function temporaryCopy(source: string, folder = fs.mkdtempSync(path.join(os.tmpdir(), 'qe-bureau-'))): vscode.Uri {
  fs.mkdirSync(folder, { recursive: true });
  const target = path.join(folder, path.basename(source));
  fs.copyFileSync(source, target);
  return vscode.Uri.file(target);
}

export function registerDeskSuite(): void {
  suite('Bureau du rédacteur', () => {
    suiteTeardown(async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    test('« Nouvelle réponse » depuis la graine : la vue Sous-questions montre ses deux sous-questions et l’échéance', async () => {
      const api = await desk();
      const source = temporaryCopy(path.join(getExtension().extensionPath, 'examples', 'sources', 'qe-15-24191.md'));
      const created = await vscode.commands.executeCommand<vscode.Uri>('qe.newAnswerFromQuestion', source, { overwrite: true });
      assert.ok(created);
      const labels = await checklistFor(api, created, (current) => current.some((label) => label.startsWith('Q')));
      assert.deepEqual(labels, ['Échéance', 'Q1 — calendrier', 'Q2 — articulation']);
      // The seed's answer is there: no skeleton over it.
      assert.doesNotMatch(vscode.window.activeTextEditor!.document.getText(), /qe: repond/);
      assert.match(api.deadlineText(), /^Échéance : réponse publiée ; échéance du 5 janvier 2020$/);
      await screenshot('nouvelle-reponse');
    });

    test('« Nouvelle réponse » avec squelette, depuis un enregistrement sans réponse : une place par sous-question, échéance dépassée', async () => {
      const api = await desk();
      const folder = path.join(vscode.workspace.workspaceFolders![0]!.uri.fsPath, 'attente');
      const source = temporaryCopy(path.join(getExtension().extensionPath, 'examples', 'sources', 'QANR5L17QE13134.json'), folder);
      const created = await vscode.commands.executeCommand<vscode.Uri>('qe.newAnswerFromQuestion', source, { overwrite: true, skeleton: true });
      assert.ok(created);
      const labels = await checklistFor(api, created, (current) => current.length > 1);
      assert.equal(labels[0], 'Échéance');
      const text = vscode.window.activeTextEditor!.document.getText();
      const places = [...text.matchAll(/<!-- qe: repond (Q\d+) -->/g)].map((match) => match[1]);
      assert.deepEqual(places, labels.slice(1).map((label) => label.split(' ')[0]), 'one place per sub-question, in order');
      assert.doesNotMatch(text, /Rédigez ici/);
      assert.match(api.deadlineText(), /^Échéance : en retard : échéance dépassée le 24 avril 2026/);
      // The dossier is in the workspace and waits for its answer: listed, overdue, before undated ones.
      const pending = await api.refreshPendingQuestions();
      const index = pending.findIndex((question) => question.uri === created.toString());
      assert.ok(index >= 0, JSON.stringify(pending));
      assert.equal(pending[index]!.deadline?.state, 'overdue');
      assert.ok(pending.slice(0, index).every((question) => question.deadline !== null), 'dated questions first');
      await vscode.commands.executeCommand('workbench.action.files.save');
      await vscode.commands.executeCommand('qe.questionsEnAttente.focus');
      await screenshot('squelette-et-attente');
    });

    test('« Nouvelle réponse à partir du presse-papiers » : une question copiée du site du Sénat', async () => {
      const api = await desk();
      const copied = [
        'Question écrite n° 14857 de M. Jean Louis Masson (Moselle - NI)',
        'publiée dans le JO Sénat du 12/03/2020 - page 1177',
        '',
        'M. Jean Louis Masson attire l\'attention de M. le ministre de l\'action et des comptes publics sur la fermeture des trésoreries de proximité. Il lui demande quelles mesures il entend prendre pour maintenir un accueil dans les communes rurales.',
        '',
        'Transmise au Ministère de l\'économie, des finances et de la relance',
      ].join('\n');
      const created = await vscode.commands.executeCommand<vscode.Uri>('qe.newAnswerFromClipboard', copied);
      assert.ok(created);
      assert.match(path.basename(created.fsPath), /^qe-senat-x-14857(-\d+)?\.qe\.md$/);
      const text = vscode.window.activeTextEditor!.document.getText();
      assert.match(text, /^numero: 14857\nchambre: Sénat\nauteur: M\. Jean Louis Masson\n/m);
      assert.match(text, /publicationQuestion:\n {2}date: 2020-03-12\n {2}page: 1177/);
      await checklistFor(api, created, (current) => current.some((label) => label.startsWith('Q1')));
      assert.match(api.deadlineText(), /12 mai 2020/);
      await vscode.commands.executeCommand('workbench.action.files.save');
    });

    test('une question identique trouvée dans le corpus de l’espace de travail ; sa réponse reprise, le lien noté', async () => {
      const api = await desk();
      const workspace = vscode.workspace.workspaceFolders![0]!.uri.fsPath;
      const raw = path.join(getExtension().extensionPath, 'data', 'corpus', 'an-17', 'raw');
      fs.mkdirSync(path.join(workspace, 'corpus'), { recursive: true });
      for (const name of fs.readdirSync(raw)) fs.copyFileSync(path.join(raw, name), path.join(workspace, 'corpus', name));
      const record = JSON.parse(fs.readFileSync(path.join(raw, 'QANR5L17QE10723.json'), 'utf8')) as { question: { textesQuestion: { texteQuestion: { texte: string } } } };
      const asked = record.question.textesQuestion.texteQuestion.texte;
      const request = asked.slice(asked.indexOf(' sur ') + 5);
      const dossier = path.join(workspace, 'attente', 'qe-17-99999.qe.md');
      fs.mkdirSync(path.dirname(dossier), { recursive: true });
      fs.writeFileSync(
        dossier,
        `---\nnumero: 99999\nlegislature: 17\nchambre: AN\npublicationQuestion: 2026-11-24\n---\n\n# Question\n\nM. Paul Lefèvre interroge M. le ministre des solidarités sur ${request}\n\n# Réponse\n\n<!-- Rédigez ici la réponse du ministère. -->\n`,
      );
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(dossier));
      await vscode.commands.executeCommand('qe.similaires.focus');
      // The file watcher reports the copied corpus in batches: ask again until the index holds all of it.
      let result = await withTimeout(api.refreshSimilar(), MS, 'les questions antérieures');
      for (let waited = 0; !(result && result.indexed >= 16 && result.similar.length > 0) && waited < MS; waited += 500) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        result = await withTimeout(api.refreshSimilar(), MS, 'les questions antérieures');
      }
      assert.ok(result && result.indexed >= 16, JSON.stringify(result));
      const first = result.similar[0]!;
      assert.deepEqual([first.numero, first.identical], [10723, true]);
      assert.ok(result.similar.slice(1).every((entry) => !entry.identical));
      assert.ok(await vscode.commands.executeCommand<boolean>('qe.recordSimilarLink', first));
      assert.match(editor.document.getText(), /^questionsLiees: AN 17-10723$/m);
      assert.ok(await vscode.commands.executeCommand<boolean>('qe.insertEarlierAnswer', first));
      const text = editor.document.getText();
      assert.match(text, /# Réponse\n\nL'intégration des musicothérapeutes comme profession de santé/);
      assert.match(text, /# Notes internes\n\nPoint de départ : réponse à la question AN 17-10723 \(corpus\/QANR5L17QE10723\.json\)/);
      await screenshot('questions-identiques', 10_000);
      await vscode.commands.executeCommand('workbench.action.files.save');
    });

    test('le rapport de couverture est rendu, avec des liens vers les passages (pas de liens file:)', async () => {
      const api = await desk();
      const document = await vscode.workspace.openTextDocument(fixtureUri('editeur/dossier.qe.md'));
      await vscode.window.showTextDocument(document);
      await checklistFor(api, document.uri, (current) => current.includes('Q1 — calendrier'));
      const report = await vscode.commands.executeCommand<vscode.Uri>('qe.showCoverage', document.uri);
      assert.ok(report);
      const html = api.coverageHtml();
      assert.match(html, /<h1>Couverture des sous-questions — dossier\.qe\.md<\/h1>/);
      assert.match(html, /Q1 — calendrier — partielle/);
      assert.match(html, /<a href="#" data-range="\d+,\d+,\d+,\d+">ligne \d+<\/a>/);
      assert.doesNotMatch(html, /file:/);
      await screenshot('couverture');
      // Leave the checklist on screen for `run-vscode-tests.mjs --screenshot`.
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.view.explorer');
      await vscode.commands.executeCommand('qe.sousQuestions.focus');
      await vscode.commands.executeCommand('notifications.clearAll');
      await screenshot('sous-questions');
    });
  });
}
