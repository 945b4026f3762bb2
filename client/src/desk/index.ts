/**
 * The drafting desk in VS Code: the « Sous-questions » checklist of the active dossier, the « Questions en
 * attente » of the workspace, the deadline in the language status, the rendered coverage report, and the answer
 * skeleton. Commands (French titles in package.nls*.json):
 * - qe.newAnswerFromClipboard: a question copied from the AN or Sénat site becomes a dossier;
 * - qe.insertAnswerSkeleton: one `<!-- qe: repond Qn -->` place per sub-question in the answer;
 * - qe.refreshPendingQuestions: scans the workspace again;
 * - qe.refreshSimilarQuestions, qe.insertEarlierAnswer, qe.recordSimilarLink: the similar questions' view;
 * - internal: qe.revealRange, qe.showCoveragePanel, qe.afterNewAnswer.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { checklistRequest, dossierFromClipboardRequest, type ChecklistResult, type PendingEntry } from '../../../server/src/lsp/features/desk-protocol';
import { ChecklistView } from './checklist-view';
import { CoveragePanel } from './coverage-panel';
import { DeadlineStatus } from './deadline-status';
import { PendingView } from './pending-view';
import { SimilarView } from './similar-view';
import type { SimilarEntry, SimilarResult } from '../../../server/src/lsp/features/similar-protocol';
import { revealRange, revealRangeCommand } from './shared';
import type { Range } from 'vscode-languageserver-protocol';

/** What the desk exposes to the e2e tests through the extension's API. */
export interface DeskApi {
  readonly checklist: () => { readonly uri?: string; readonly labels: readonly string[] };
  readonly onChecklistUpdate: vscode.Event<ChecklistResult | null>;
  readonly pendingQuestions: () => readonly PendingEntry[];
  readonly refreshPendingQuestions: () => Promise<readonly PendingEntry[]>;
  readonly deadlineText: () => string;
  readonly coverageHtml: () => string;
  readonly similar: () => { readonly uri?: string; readonly result: SimilarResult | null };
  readonly refreshSimilar: () => Promise<SimilarResult | null>;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** The placeholder a new dossier's answer holds (core/dossier/serialize.ts). */
const placeholder = '<!-- Rédigez ici la réponse du ministère. -->';

export function registerDesk(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): DeskApi {
  const checklist = new ChecklistView(client);
  const pending = new PendingView(client);
  const deadline = new DeadlineStatus();
  const coverage = new CoveragePanel();
  const similar = new SimilarView(client, context.globalStorageUri);
  context.subscriptions.push(similar, checklist, pending, deadline, coverage, checklist.onDidUpdate((result) => deadline.show(result)));

  /** The checklist of a dossier, asked again while the server has not seen the document yet. */
  async function checklistOf(uri: vscode.Uri): Promise<ChecklistResult | null> {
    for (let attempt = 0; attempt < 20; attempt++) {
      const current = client();
      if (current?.isRunning()) {
        const result = await current.sendRequest(checklistRequest, { uri: uri.toString() }).catch(() => null);
        if (result) return result;
      }
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    return null;
  }

  /** Replaces the answer's placeholder by the skeleton; else, when `atCursor`, inserts it at the cursor. */
  async function insertSkeleton(editor: vscode.TextEditor, atCursor: boolean): Promise<boolean> {
    const at = editor.document.getText().indexOf(placeholder);
    if (at < 0 && !atCursor) return false;
    const result = await checklistOf(editor.document.uri);
    if (!result || result.skeleton === '') {
      void vscode.window.showInformationMessage(vscode.l10n.t('Aucune sous-question n’a été repérée dans la question.'));
      return false;
    }
    const range =
      at >= 0
        ? new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + placeholder.length))
        : new vscode.Range(editor.selection.active, editor.selection.active);
    return editor.edit((edit) => edit.replace(range, result.skeleton.trimEnd()));
  }

  context.subscriptions.push(
    vscode.commands.registerCommand(revealRangeCommand, (uri: string, range?: Range) => revealRange(uri, range)),

    vscode.commands.registerCommand('qe.showCoveragePanel', async (uri?: vscode.Uri) => {
      const target = uri ?? vscode.window.activeTextEditor?.document.uri;
      if (!target) return undefined;
      const result = await checklistOf(target);
      if (!result) return undefined;
      coverage.show(target, result);
      return coverage.body;
    }),

    vscode.commands.registerCommand('qe.insertAnswerSkeleton', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.languageId !== 'qe') {
        void vscode.window.showWarningMessage(vscode.l10n.t('Ouvrez d’abord un dossier de réponse (.qe.md).'));
        return false;
      }
      return insertSkeleton(editor, true);
    }),

    vscode.commands.registerCommand('qe.refreshPendingQuestions', () => pending.refresh()),

    // « Nouvelle réponse à partir du presse-papiers »: a question copied from the AN or Sénat site.
    vscode.commands.registerCommand('qe.newAnswerFromClipboard', async (text?: string) => {
      const current = client();
      if (!current?.isRunning()) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Le serveur de contrôle n’est pas démarré.'));
        return undefined;
      }
      const copied = typeof text === 'string' ? text : await vscode.env.clipboard.readText();
      const result = await current.sendRequest(dossierFromClipboardRequest, { text: copied });
      if (!result.dossier) {
        void vscode.window.showErrorMessage(result.error ?? vscode.l10n.t('Impossible de créer le dossier de réponse.'));
        return undefined;
      }
      const active = vscode.window.activeTextEditor?.document.uri;
      const folder = active?.scheme === 'file' ? vscode.Uri.joinPath(active, '..') : vscode.workspace.workspaceFolders?.[0]?.uri;
      if (!folder) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Ouvrez un dossier de travail pour y créer la réponse.'));
        return undefined;
      }
      const base =
        result.numero !== undefined ? `qe-${result.chambre === 'SENAT' ? 'senat-' : ''}${result.legislature ?? 'x'}-${result.numero}` : 'question-presse-papiers';
      let target = vscode.Uri.joinPath(folder, `${base}.qe.md`);
      for (let suffix = 2; await exists(target); suffix++) target = vscode.Uri.joinPath(folder, `${base}-${suffix}.qe.md`);
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.dossier));
      await vscode.window.showTextDocument(target);
      if (result.missing.length > 0) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Dossier créé ; à compléter dans l’en-tête : {0}.', result.missing.join(', ')));
      }
      await vscode.commands.executeCommand('qe.afterNewAnswer', target);
      return target;
    }),
    vscode.commands.registerCommand('qe.refreshSimilarQuestions', () => similar.refresh()),
    vscode.commands.registerCommand('qe.insertEarlierAnswer', (entry?: SimilarEntry) => similar.insertAnswer(entry)),
    vscode.commands.registerCommand('qe.recordSimilarLink', (entry?: SimilarEntry) => similar.recordLink(entry)),

    // After « Nouvelle réponse à partir de la question »: the checklist shown, and the skeleton if asked for.
    vscode.commands.registerCommand('qe.afterNewAnswer', async (target: vscode.Uri, skeleton?: boolean) => {
      const editor = vscode.window.activeTextEditor;
      const wanted = skeleton ?? vscode.workspace.getConfiguration('qe', target).get<boolean>('squeletteReponse', false);
      if (wanted && editor?.document.uri.toString() === target.toString()) await insertSkeleton(editor, false);
      await checklist.reveal();
      checklist.schedule(0);
      pending.schedule();
    }),
  );

  checklist.schedule(0);
  return {
    checklist: () => checklist.snapshot,
    onChecklistUpdate: checklist.onDidUpdate,
    pendingQuestions: () => pending.questions,
    refreshPendingQuestions: async () => (await pending.refresh()).questions,
    deadlineText: () => deadline.text,
    coverageHtml: () => coverage.body,
    similar: () => similar.snapshot,
    refreshSimilar: () => similar.refresh(),
  };
}
