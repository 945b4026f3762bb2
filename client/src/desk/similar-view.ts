/**
 * « Questions identiques et réponses antérieures »: for the active dossier, the earlier questions of the corpus
 * (setting `qe.corpus`, default: the workspace) with the same request — asked by another member, answered with
 * one text — then the closest ones, each with its number, date and the answer's first lines. Actions: open,
 * insert the earlier answer as a starting point (noted in the internal notes), record the link in the metadata.
 * The index is built and kept on this machine (the extension's storage); nothing is sent anywhere.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { corpusChangedNotification, earlierAnswerRequest, similarRequest, type SimilarEntry, type SimilarResult } from '../../../server/src/lsp/features/similar-protocol';

const similarViewId = 'qe.similaires';

/** The placeholder a new dossier's answer holds (core/dossier/serialize.ts). */
const placeholder = '<!-- Rédigez ici la réponse du ministère. -->';

function referenceOf(entry: SimilarEntry): string {
  if (entry.numero === undefined) return vscode.Uri.parse(entry.uri).path.split('/').pop() ?? entry.uri;
  return `${entry.chambre === 'SENAT' ? 'Sénat' : (entry.chambre ?? 'AN')} ${entry.legislature !== undefined ? `${entry.legislature}-` : ''}${entry.numero}`;
}

export class SimilarView implements vscode.TreeDataProvider<SimilarEntry>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly updated = new vscode.EventEmitter<SimilarResult | null>();
  readonly onDidUpdate = this.updated.event;
  private result: SimilarResult | null = null;
  private source: vscode.Uri | undefined;
  private readonly view: vscode.TreeView<SimilarEntry>;
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  /** Watchers of the corpus folders, and the files changed since the last notice to the server. */
  private watchers: vscode.Disposable[] = [];
  private readonly changedFiles = new Set<string>();
  private changedTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly client: () => LanguageClient | undefined,
    private readonly storage: vscode.Uri | undefined,
  ) {
    this.view = vscode.window.createTreeView(similarViewId, { treeDataProvider: this });
    this.subscriptions.push(
      this.view,
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(300)),
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (document.languageId === 'qe') this.schedule(300);
      }),
      this.view.onDidChangeVisibility((event) => {
        if (event.visible) this.schedule(0);
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!event.affectsConfiguration('qe.corpus')) return;
        this.watchCorpus();
        this.schedule(0);
      }),
    );
    this.watchCorpus();
  }

  /** Files of the corpus saved, created or deleted are told to the server, which reads them again (not the corpus). */
  private watchCorpus(): void {
    for (const watcher of this.watchers) watcher.dispose();
    const glob = '**/*.{md,json,html,htm,txt}';
    const folders = this.corpus();
    const patterns = folders.length > 0 ? folders.map((folder) => new vscode.RelativePattern(vscode.Uri.file(folder), glob)) : [glob];
    this.watchers = patterns.map((pattern) => {
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      const note = (uri: vscode.Uri) => {
        this.changedFiles.add(uri.toString());
        clearTimeout(this.changedTimer);
        this.changedTimer = setTimeout(() => {
          const uris = [...this.changedFiles];
          this.changedFiles.clear();
          const client = this.client();
          if (client?.isRunning()) void client.sendNotification(corpusChangedNotification, { uris });
          // The view follows the corpus: a file saved or added may be the earlier question the drafter looks for.
          this.schedule(300);
        }, 500);
      };
      watcher.onDidChange(note);
      watcher.onDidCreate(note);
      watcher.onDidDelete(note);
      return watcher;
    });
  }

  get snapshot(): { readonly uri?: string; readonly result: SimilarResult | null } {
    return { ...(this.source ? { uri: this.source.toString() } : {}), result: this.result };
  }

  schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  /** The corpus folders: `qe.corpus` (relative to the first workspace folder, or absolute), else none (the workspace). */
  private corpus(): string[] {
    const folders = vscode.workspace.getConfiguration('qe').get<string[]>('corpus', []);
    const base = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    return folders.filter((folder) => typeof folder === 'string' && folder.trim() !== '').map((folder) => (path.isAbsolute(folder) || !base ? folder : path.join(base, folder)));
  }

  async refresh(): Promise<SimilarResult | null> {
    const generation = ++this.generation;
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'qe') return this.result;
    const client = this.client();
    if (!client?.isRunning()) return this.result;
    this.view.message = vscode.l10n.t('Recherche des questions antérieures…');
    let result: SimilarResult | null = null;
    try {
      result = await client.sendRequest(similarRequest, {
        uri: editor.document.uri.toString(),
        corpus: this.corpus(),
        ...(this.storage ? { storage: vscode.Uri.joinPath(this.storage, 'index-questions.json').fsPath } : {}),
        limit: 10,
        minScore: 0.3,
      });
    } catch {
      result = null;
    }
    if (generation !== this.generation) return result;
    this.source = editor.document.uri;
    this.result = result;
    const identical = result?.similar.filter((entry) => entry.identical).length ?? 0;
    this.view.description = editor.document.uri.path.split('/').pop();
    this.view.badge = identical > 0 ? { value: identical, tooltip: vscode.l10n.t('{0} question(s) identique(s)', identical) } : undefined;
    this.view.message = !result
      ? vscode.l10n.t('Index des questions antérieures indisponible.')
      : result.similar.length === 0
        ? vscode.l10n.t('Aucune question antérieure proche ({0} questions dans l’index).', result.indexed)
        : result.skipped.length > 0
          ? vscode.l10n.t('{0} fichier(s) du corpus illisible(s), ignoré(s) : {1}', result.skipped.length, result.skipped.slice(0, 3).map((file) => path.basename(file.path)).join(', '))
          : undefined;
    this.changed.fire(undefined);
    this.updated.fire(result);
    return result;
  }

  getChildren(entry?: SimilarEntry): SimilarEntry[] {
    return entry ? [] : [...(this.result?.similar ?? [])];
  }

  getTreeItem(entry: SimilarEntry): vscode.TreeItem {
    const item = new vscode.TreeItem(entry.titre ? `${referenceOf(entry)} — ${entry.titre}` : referenceOf(entry), vscode.TreeItemCollapsibleState.None);
    item.id = entry.uri;
    item.description = [entry.identical ? vscode.l10n.t('identique') : `${Math.round(entry.score * 100)} %`, entry.date ?? ''].filter(Boolean).join(' · ');
    item.iconPath = entry.identical ? new vscode.ThemeIcon('copy', new vscode.ThemeColor('charts.blue')) : new vscode.ThemeIcon('history');
    const tooltip = new vscode.MarkdownString();
    tooltip.appendMarkdown(`**${referenceOf(entry)}**${entry.identical ? ` — ${vscode.l10n.t('question identique')}` : ''}\n\n`);
    tooltip.appendText(entry.answerStart ? `${vscode.l10n.t('Réponse :')} ${entry.answerStart}` : vscode.l10n.t('Pas de réponse publiée.'));
    item.tooltip = tooltip;
    item.contextValue = entry.answerStart ? 'qe.similaire.repondue' : 'qe.similaire';
    item.command = { command: 'vscode.open', title: vscode.l10n.t('Ouvrir la question'), arguments: [vscode.Uri.parse(entry.uri)] };
    return item;
  }

  /** Inserts the earlier answer's text into the dossier as a starting point, and says so in the internal notes. */
  async insertAnswer(entry: SimilarEntry | undefined): Promise<boolean> {
    const target = this.targetEditor();
    const client = this.client();
    if (!entry || !target || !client?.isRunning()) return false;
    const earlier = await client.sendRequest(earlierAnswerRequest, { uri: entry.uri });
    if (!earlier || earlier.text === '') {
      void vscode.window.showWarningMessage(vscode.l10n.t('Cette question n’a pas de réponse à reprendre.'));
      return false;
    }
    const document = target.document;
    const text = document.getText();
    const at = text.indexOf(placeholder);
    const range = at >= 0 ? new vscode.Range(document.positionAt(at), document.positionAt(at + placeholder.length)) : new vscode.Range(target.selection.active, target.selection.active);
    const note = vscode.l10n.t('Point de départ : réponse à la question {0} ({1}), reprise le {2} ; à adapter avant publication.', earlier.reference, vscode.workspace.asRelativePath(vscode.Uri.parse(entry.uri)), new Date().toLocaleDateString('fr-FR'));
    return target.edit((edit) => {
      edit.replace(range, earlier.text);
      appendNote(document, edit, note);
    });
  }

  /** Records the earlier question in the dossier's `questionsLiees` metadata (front matter). */
  async recordLink(entry: SimilarEntry | undefined): Promise<boolean> {
    const target = this.targetEditor();
    if (!entry || !target) return false;
    const document = target.document;
    const reference = referenceOf(entry);
    const text = document.getText();
    const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
    if (!frontMatter) {
      return target.edit((edit) => appendNote(document, edit, vscode.l10n.t('Question liée : {0}.', reference)));
    }
    const line = /^questionsLiees:[ \t]*(.*)$/m.exec(frontMatter[1]!);
    if (line) {
      if (line[1]!.split(/\s*,\s*/).includes(reference)) return true;
      const end = document.positionAt(frontMatter.index + frontMatter[0].indexOf(frontMatter[1]!) + line.index + line[0].length);
      return target.edit((edit) => edit.insert(end, line[1]!.trim() === '' ? reference : `, ${reference}`));
    }
    const closing = document.positionAt(frontMatter[0].lastIndexOf('---'));
    return target.edit((edit) => edit.insert(closing, `questionsLiees: ${reference}\n`));
  }

  private targetEditor(): vscode.TextEditor | undefined {
    const source = this.source?.toString();
    const active = vscode.window.activeTextEditor;
    // The dossier the view shows; else the active dossier (the view may still be refreshing).
    return vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === source) ?? (active?.document.languageId === 'qe' ? active : undefined);
  }

  dispose(): void {
    clearTimeout(this.timer);
    clearTimeout(this.changedTimer);
    for (const watcher of this.watchers) watcher.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
    this.changed.dispose();
    this.updated.dispose();
  }
}

/** Adds a line to the « Notes internes » section, created at the end when there is none. */
function appendNote(document: vscode.TextDocument, edit: vscode.TextEditorEdit, note: string): void {
  const text = document.getText();
  const heading = /^#{1,6}[ \t]+Notes internes[ \t]*$/im.exec(text);
  const end = document.positionAt(text.length);
  if (!heading) {
    edit.insert(end, `${text.endsWith('\n') ? '' : '\n'}\n# Notes internes\n\n${note}\n`);
    return;
  }
  // At the end of the notes section (the next heading of the same or a higher level, or the end).
  const after = text.slice(heading.index + heading[0].length);
  const next = /^#{1,6}[ \t]/m.exec(after);
  const offset = next ? heading.index + heading[0].length + next.index : text.length;
  const before = text.slice(0, offset);
  edit.insert(document.positionAt(offset), `${before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n'}${note}\n${next ? '\n' : ''}`);
}
