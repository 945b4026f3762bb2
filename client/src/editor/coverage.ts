/**
 * « Afficher la couverture des sous-questions »: a read-only Markdown document (scheme `qe-couverture`) listing
 * each sub-question, its status and the passages of the answer that answer it, with links to them.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { coverageRequest, type CoverageResult } from '../../../server/src/lsp/features/protocol';

export const coverageScheme = 'qe-couverture';

const statusIcons: Record<string, string> = { answered: '✔', partial: '◐', unanswered: '✘' };

/** `file:///…/dossier.qe.md#L22,5`: VS Code opens the file at that line and column (the comma unencoded). */
function lineLink(source: vscode.Uri, line: number, character: number): string {
  return `${source.with({ fragment: '' }).toString()}#L${line + 1},${character + 1}`;
}

/** The report, in French Markdown. */
function renderCoverage(source: vscode.Uri, result: CoverageResult): string {
  const name = source.path.split('/').pop() ?? source.path;
  const lines = [`# ${vscode.l10n.t('Couverture des sous-questions — {0}', name)}`, ''];
  if (result.total === 0) {
    lines.push(vscode.l10n.t('Aucune sous-question n’a été repérée dans la question.'), '');
    return lines.join('\n');
  }
  const unanswered = result.total - result.answered - result.partial;
  lines.push(vscode.l10n.t('{0} sur {1} traitées · {2} partiellement · {3} sans réponse', result.answered, result.total, result.partial, unanswered), '');
  for (const item of result.subQuestions) {
    lines.push(`## ${statusIcons[item.status] ?? ''} ${item.id} — ${item.statusLabel}`, '');
    lines.push(`> ${item.text.replace(/\s+/g, ' ')}`, '');
    lines.push(`[${vscode.l10n.t('Aller à la sous-question (ligne {0})', item.range.start.line + 1)}](${lineLink(source, item.range.start.line, item.range.start.character)})`, '');
    if (item.evidence.length === 0) {
      lines.push(vscode.l10n.t('Aucun passage de la réponse ne s’y rapporte. Pour rattacher un paragraphe : `<!-- qe: repond {0} -->`.', item.id), '');
    } else {
      lines.push(vscode.l10n.t('Éléments de réponse :'), '');
      for (const evidence of item.evidence) {
        lines.push(`- [${vscode.l10n.t('ligne {0}', evidence.range.start.line + 1)}](${lineLink(source, evidence.range.start.line, evidence.range.start.character)}) : « ${evidence.excerpt} »`);
      }
      lines.push('');
    }
  }
  return lines.join('\n');
}

export class CoverageDocuments implements vscode.TextDocumentContentProvider, vscode.DocumentLinkProvider {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly contents = new Map<string, string>();

  constructor(private readonly client: () => LanguageClient | undefined) {}

  /** The report's URI for a dossier: `qe-couverture:/<nom>.couverture.md?<uri du dossier>`. */
  static uriFor(source: vscode.Uri): vscode.Uri {
    const name = source.path.split('/').pop() ?? 'dossier';
    return vscode.Uri.from({ scheme: coverageScheme, path: `/${name.replace(/\.qe\.md$|\.md$|\.json$/, '')}.couverture.md`, query: source.toString() });
  }

  async refresh(source: vscode.Uri): Promise<vscode.Uri | undefined> {
    const client = this.client();
    if (!client) return undefined;
    const result = await client.sendRequest(coverageRequest, { uri: source.toString() });
    if (!result) return undefined;
    const uri = CoverageDocuments.uriFor(source);
    this.contents.set(uri.toString(), renderCoverage(source, result));
    this.changed.fire(uri);
    return uri;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? vscode.l10n.t('Rapport de couverture indisponible : relancez la commande depuis le dossier.');
  }

  provideDocumentLinks(document: vscode.TextDocument): vscode.DocumentLink[] {
    const links: vscode.DocumentLink[] = [];
    const text = document.getText();
    for (const match of text.matchAll(/\]\((file:[^)\s]+)\)/g)) {
      const start = document.positionAt(match.index + 2);
      const end = document.positionAt(match.index + 2 + match[1]!.length);
      links.push(new vscode.DocumentLink(new vscode.Range(start, end), vscode.Uri.parse(match[1]!)));
    }
    return links;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
