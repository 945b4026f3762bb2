/**
 * The status bar item of `qe` documents: typographic profile, number of findings, sub-question coverage. A plain
 * status bar item, shown whenever a `qe` editor is active (a language status item hides behind the `{}` icon
 * until the user pins it). The number is the one Problems lists for the document: hints are not listed there.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { coverageRequest } from '../../../server/src/lsp/features/protocol';

const profileLabels: Record<string, string> = { jo: 'JO', 'imprimerie-nationale': 'Imprimerie nationale' };

export class QeStatus implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly subscriptions: vscode.Disposable[] = [];
  private generation = 0;
  private readonly updated = new vscode.EventEmitter<string>();
  /** Fires with the new text after each update (the e2e tests wait on it). */
  readonly onDidUpdate = this.updated.event;

  constructor(private readonly client: () => LanguageClient | undefined) {
    // Left of the language mode (priority 100), where the editor's own items are.
    this.item = vscode.window.createStatusBarItem('qe.status', vscode.StatusBarAlignment.Right, 100);
    this.item.name = vscode.l10n.t('Contrôle des réponses aux questions écrites');
    this.item.text = `$(loading~spin) ${vscode.l10n.t('Contrôle en cours…')}`;
    this.item.command = { command: 'qe.showCoverage', title: vscode.l10n.t('Couverture') };
    this.showFor(vscode.window.activeTextEditor);
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        this.showFor(editor);
        void this.update();
      }),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && event.uris.some((uri) => uri.toString() === active)) void this.update();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('qe')) void this.update();
      }),
    );
  }

  get text(): string {
    return this.item.text;
  }

  private showFor(editor: vscode.TextEditor | undefined): void {
    if (editor?.document.languageId === 'qe') this.item.show();
    else this.item.hide();
  }

  async update(): Promise<void> {
    const generation = ++this.generation;
    const document = vscode.window.activeTextEditor?.document;
    const client = this.client();
    if (!document || document.languageId !== 'qe' || !client?.isRunning()) return;
    const findings = listedFindings(vscode.languages.getDiagnostics(document.uri));
    let coverage: { answered: number; total: number; profile: string } | null = null;
    try {
      coverage = await client.sendRequest(coverageRequest, { uri: document.uri.toString() });
    } catch {
      coverage = null;
    }
    if (generation !== this.generation) return;
    const profile = coverage?.profile ?? vscode.workspace.getConfiguration('qe', document.uri).get<string>('profile', 'jo');
    const parts = [
      vscode.l10n.t('Profil {0}', profileLabels[profile] ?? profile),
      findings === 0 ? vscode.l10n.t('aucune remarque') : findings === 1 ? vscode.l10n.t('1 remarque') : vscode.l10n.t('{0} remarques', findings),
    ];
    if (coverage && coverage.total > 0) parts.push(vscode.l10n.t('{0}/{1} sous-questions', coverage.answered, coverage.total));
    this.item.text = parts.join(' · ');
    this.item.tooltip = vscode.l10n.t('profil typographique · remarques (comme dans Problèmes) · couverture des sous-questions');
    const errors = vscode.languages
      .getDiagnostics(document.uri)
      .some((diagnostic) => diagnostic.source === 'qe' && diagnostic.severity === vscode.DiagnosticSeverity.Error);
    this.item.backgroundColor = errors ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.showFor(vscode.window.activeTextEditor);
    this.updated.fire(this.item.text);
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.updated.dispose();
    this.item.dispose();
  }
}

/** The findings Problems lists for a document: the server's, hints excepted (VS Code shows those only in the text). */
function listedFindings(diagnostics: readonly vscode.Diagnostic[]): number {
  return diagnostics.filter((diagnostic) => diagnostic.source === 'qe' && diagnostic.severity !== vscode.DiagnosticSeverity.Hint).length;
}
