/**
 * « Questions en attente »: the workspace's dossiers whose answer is not published yet, the most urgent first
 * (overdue ones on top), each with its deadline. A click opens the dossier.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { pendingQuestionsRequest, type PendingEntry, type PendingResult } from '../../../server/src/lsp/features/desk-protocol';
import { deadlineIcon } from './shared';

const pendingViewId = 'qe.questionsEnAttente';

export class PendingView implements vscode.TreeDataProvider<PendingEntry>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private result: PendingResult = { questions: [], skipped: [] };
  private readonly view: vscode.TreeView<PendingEntry>;
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.view = vscode.window.createTreeView(pendingViewId, { treeDataProvider: this });
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.qe.md');
    this.subscriptions.push(
      this.view,
      watcher,
      watcher.onDidCreate(() => this.schedule()),
      watcher.onDidDelete(() => this.schedule()),
      watcher.onDidChange(() => this.schedule()),
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (document.languageId === 'qe') this.schedule();
      }),
      this.view.onDidChangeVisibility((event) => {
        if (event.visible) this.schedule(0);
      }),
    );
  }

  get questions(): readonly PendingEntry[] {
    return this.result.questions;
  }

  schedule(delay = 500): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  async refresh(): Promise<PendingResult> {
    const client = this.client();
    if (!client?.isRunning()) return this.result;
    try {
      this.result = await client.sendRequest(pendingQuestionsRequest, {});
    } catch {
      return this.result;
    }
    const overdue = this.result.questions.filter((question) => question.deadline?.state === 'overdue').length;
    this.view.badge = overdue > 0 ? { value: overdue, tooltip: vscode.l10n.t('{0} question(s) en retard', overdue) } : undefined;
    this.view.message =
      this.result.questions.length === 0 ? vscode.l10n.t('Aucun dossier en attente de réponse dans l’espace de travail.') : undefined;
    this.changed.fire(undefined);
    return this.result;
  }

  getChildren(entry?: PendingEntry): PendingEntry[] {
    return entry ? [] : [...this.result.questions];
  }

  getTreeItem(entry: PendingEntry): vscode.TreeItem {
    const uri = vscode.Uri.parse(entry.uri);
    const name = uri.path.split('/').pop() ?? entry.uri;
    const chamber = entry.chambre === 'SENAT' ? 'Sénat' : (entry.chambre ?? '');
    // The Sénat numbers its questions without legislature.
    const reference = entry.numero !== undefined ? `${chamber} ${entry.legislature !== undefined ? `${entry.legislature}-` : ''}${entry.numero}`.trim() : name;
    const item = new vscode.TreeItem(entry.titre ? `${reference} — ${entry.titre}` : reference, vscode.TreeItemCollapsibleState.None);
    item.id = entry.uri;
    item.resourceUri = uri;
    item.description = entry.deadline ? entry.deadline.label : vscode.l10n.t('sans date de publication');
    item.iconPath = entry.deadline ? deadlineIcon(entry.deadline.state) : new vscode.ThemeIcon('question');
    const tooltip = new vscode.MarkdownString();
    tooltip.appendText(`${name}\n\n`);
    tooltip.appendText(entry.deadline ? `${entry.deadline.label}\n\n${entry.deadline.basis}\n\n` : vscode.l10n.t('Date de publication au JO inconnue : échéance non calculée.'));
    tooltip.appendText(entry.drafted ? vscode.l10n.t('Réponse en cours de rédaction.') : vscode.l10n.t('Réponse à rédiger.'));
    item.tooltip = tooltip;
    item.command = { command: 'vscode.open', title: vscode.l10n.t('Ouvrir le dossier'), arguments: [uri] };
    return item;
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const subscription of this.subscriptions) subscription.dispose();
    this.changed.dispose();
  }
}
