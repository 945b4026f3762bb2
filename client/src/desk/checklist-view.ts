/**
 * « Sous-questions »: the checklist of the active dossier — its deadline, then each sub-question with its kind,
 * its status icon and the answer's sentences that carry the evidence. A click goes to the request in the
 * question or to the passage in the answer.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { checklistRequest, type ChecklistEntry, type ChecklistResult, type DeskDeadline } from '../../../server/src/lsp/features/desk-protocol';
import { deadlineIcon, revealCommand } from './shared';

const checklistViewId = 'qe.sousQuestions';

type Node =
  | { readonly type: 'deadline'; readonly deadline: DeskDeadline; readonly uri: vscode.Uri }
  | { readonly type: 'sub'; readonly item: ChecklistEntry; readonly uri: vscode.Uri }
  | { readonly type: 'evidence'; readonly item: ChecklistEntry; readonly index: number; readonly uri: vscode.Uri };

const statusIcons: Record<ChecklistEntry['status'], vscode.ThemeIcon> = {
  answered: new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('charts.green')),
  partial: new vscode.ThemeIcon('circle-large-filled', new vscode.ThemeColor('charts.yellow')),
  unanswered: new vscode.ThemeIcon('error', new vscode.ThemeColor('charts.red')),
};

export class ChecklistView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly updated = new vscode.EventEmitter<ChecklistResult | null>();
  /** Fires after each refresh with what the view shows (the e2e tests wait on it). */
  readonly onDidUpdate = this.updated.event;
  private result: ChecklistResult | null = null;
  private uri: vscode.Uri | undefined;
  private readonly view: vscode.TreeView<Node>;
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.view = vscode.window.createTreeView(checklistViewId, { treeDataProvider: this, showCollapseAll: true });
    this.subscriptions.push(
      this.view,
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      // New diagnostics mean a new analysis of the dossier: its coverage may have changed.
      vscode.languages.onDidChangeDiagnostics((event) => {
        if (this.uri && event.uris.some((uri) => uri.toString() === this.uri!.toString())) this.schedule(200);
      }),
      this.view.onDidChangeVisibility((event) => {
        if (event.visible) this.schedule(0);
      }),
    );
  }

  /** What the view lists, as labels (for the e2e tests and the status). */
  get snapshot(): { readonly uri?: string; readonly labels: readonly string[]; readonly result: ChecklistResult | null } {
    return { ...(this.uri ? { uri: this.uri.toString() } : {}), labels: this.roots().map((node) => String(this.getTreeItem(node).label)), result: this.result };
  }

  schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  async refresh(): Promise<void> {
    const generation = ++this.generation;
    const editor = vscode.window.activeTextEditor;
    // Another editor (the coverage panel, a question file) keeps the last dossier shown.
    if (editor && editor.document.languageId !== 'qe') return;
    const document = editor?.document;
    const client = this.client();
    let result: ChecklistResult | null = null;
    if (document && client?.isRunning()) {
      try {
        result = await client.sendRequest(checklistRequest, { uri: document.uri.toString() });
      } catch {
        result = null;
      }
    }
    if (generation !== this.generation) return;
    this.uri = document?.uri;
    this.result = result;
    const name = document?.uri.path.split('/').pop();
    this.view.description = name;
    this.view.message = !document
      ? vscode.l10n.t('Ouvrez un dossier de réponse (.qe.md) pour voir ses sous-questions.')
      : result && result.items.length === 0
        ? vscode.l10n.t('Aucune sous-question n’a été repérée dans la question.')
        : undefined;
    const answered = result?.items.filter((item) => item.status === 'answered').length ?? 0;
    this.view.badge = result && result.items.length > answered
      ? { value: result.items.length - answered, tooltip: vscode.l10n.t('{0} sous-question(s) à traiter', result.items.length - answered) }
      : undefined;
    this.changed.fire(undefined);
    this.updated.fire(result);
  }

  private roots(): Node[] {
    const uri = this.uri;
    if (!uri || !this.result) return [];
    const nodes: Node[] = [];
    if (this.result.deadline) nodes.push({ type: 'deadline', deadline: this.result.deadline, uri });
    for (const item of this.result.items) nodes.push({ type: 'sub', item, uri });
    return nodes;
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.roots();
    if (node.type === 'sub') return node.item.evidence.map((_, index) => ({ type: 'evidence', item: node.item, index, uri: node.uri }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.type === 'deadline') {
      const item = new vscode.TreeItem(vscode.l10n.t('Échéance'), vscode.TreeItemCollapsibleState.None);
      item.description = node.deadline.label;
      item.iconPath = deadlineIcon(node.deadline.state);
      item.tooltip = new vscode.MarkdownString(`${node.deadline.label}\n\n${node.deadline.basis}`);
      return item;
    }
    if (node.type === 'sub') {
      const { item: sub } = node;
      const item = new vscode.TreeItem(
        `${sub.id} — ${sub.kindLabel}`,
        sub.evidence.length > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None,
      );
      item.id = `${node.uri.toString()}#${sub.id}`;
      item.description = `${sub.statusLabel} · ${sub.request}`;
      item.iconPath = statusIcons[sub.status];
      item.tooltip = new vscode.MarkdownString().appendMarkdown(`**${sub.id}** — ${sub.kindLabel} — **${sub.statusLabel}**\n\n`).appendText(`« ${sub.request} »`);
      item.contextValue = `qe.sousQuestion.${sub.status}`;
      item.command = revealCommand(node.uri, sub.range, vscode.l10n.t('Aller à la sous-question'));
      return item;
    }
    const evidence = node.item.evidence[node.index]!;
    const item = new vscode.TreeItem(evidence.excerpt, vscode.TreeItemCollapsibleState.None);
    item.id = `${node.uri.toString()}#${node.item.id}#${node.index}`;
    item.description = vscode.l10n.t('ligne {0}', evidence.range.start.line + 1);
    item.iconPath = new vscode.ThemeIcon('quote');
    item.tooltip = evidence.excerpt;
    item.command = revealCommand(node.uri, evidence.range, vscode.l10n.t('Aller au passage'));
    return item;
  }

  /** Shows the view (« Nouvelle réponse » opens the dossier with it). */
  async reveal(): Promise<void> {
    await vscode.commands.executeCommand(`${checklistViewId}.focus`);
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const subscription of this.subscriptions) subscription.dispose();
    this.changed.dispose();
    this.updated.dispose();
  }
}
