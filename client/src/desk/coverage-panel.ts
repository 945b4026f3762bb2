/**
 * The coverage report, rendered: a webview beside the dossier listing each sub-question, its status, and the
 * passages of the answer that answer it, with links that open the dossier at the place (no `file:` links).
 */
import * as vscode from 'vscode';
import type { ChecklistResult } from '../../../server/src/lsp/features/desk-protocol';
import { revealRange } from './shared';

const statusMarks: Record<string, string> = { answered: '✔', partial: '◐', unanswered: '✘' };

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function link(range: { start: { line: number; character: number }; end: { line: number; character: number } }, label: string): string {
  const data = `${range.start.line},${range.start.character},${range.end.line},${range.end.character}`;
  return `<a href="#" data-range="${data}">${escapeHtml(label)}</a>`;
}

/** The report's HTML body (French), for a dossier named `name`. */
function coverageHtml(name: string, result: ChecklistResult): string {
  const parts = [`<h1>${escapeHtml(vscode.l10n.t('Couverture des sous-questions — {0}', name))}</h1>`];
  if (result.deadline) parts.push(`<p class="deadline">${escapeHtml(vscode.l10n.t('Échéance : {0}', result.deadline.label))}<br><small>${escapeHtml(result.deadline.basis)}</small></p>`);
  if (result.items.length === 0) {
    parts.push(`<p>${escapeHtml(vscode.l10n.t('Aucune sous-question n’a été repérée dans la question.'))}</p>`);
    return parts.join('\n');
  }
  const answered = result.items.filter((item) => item.status === 'answered').length;
  const partial = result.items.filter((item) => item.status === 'partial').length;
  parts.push(`<p>${escapeHtml(vscode.l10n.t('{0} sur {1} traitées · {2} partiellement · {3} sans réponse', answered, result.items.length, partial, result.items.length - answered - partial))}</p>`);
  for (const item of result.items) {
    parts.push(`<h2 class="${item.status}">${statusMarks[item.status] ?? ''} ${escapeHtml(`${item.id} — ${item.kindLabel} — ${item.statusLabel}`)}</h2>`);
    parts.push(`<blockquote>${escapeHtml(item.request)}</blockquote>`);
    parts.push(`<p>${link(item.range, vscode.l10n.t('Aller à la sous-question (ligne {0})', item.range.start.line + 1))}</p>`);
    if (item.evidence.length === 0) {
      parts.push(`<p>${escapeHtml(vscode.l10n.t('Aucun passage de la réponse ne s’y rapporte. Pour rattacher un paragraphe : `<!-- qe: repond {0} -->`.', item.id))}</p>`);
      continue;
    }
    parts.push(`<p>${escapeHtml(vscode.l10n.t('Éléments de réponse :'))}</p><ul>`);
    for (const evidence of item.evidence) {
      parts.push(`<li>${link(evidence.range, vscode.l10n.t('ligne {0}', evidence.range.start.line + 1))} : « ${escapeHtml(evidence.excerpt)} »</li>`);
    }
    parts.push('</ul>');
  }
  return parts.join('\n');
}

export class CoveragePanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private source: vscode.Uri | undefined;
  private html = '';

  /** The body last rendered (the e2e tests read it). */
  get body(): string {
    return this.html;
  }

  show(source: vscode.Uri, result: ChecklistResult): void {
    const name = source.path.split('/').pop() ?? source.path;
    this.source = source;
    this.html = coverageHtml(name, result);
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('qe.couverture', vscode.l10n.t('Couverture — {0}', name), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, localResourceRoots: [] });
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.onDidReceiveMessage((message: { range?: number[] }) => {
        const [line, character, endLine, endCharacter] = message.range ?? [];
        if (!this.source || [line, character, endLine, endCharacter].some((value) => typeof value !== 'number')) return;
        void revealRange(this.source.toString(), { start: { line: line!, character: character! }, end: { line: endLine!, character: endCharacter! } });
      });
    }
    this.panel.title = vscode.l10n.t('Couverture — {0}', name);
    const nonce = Array.from({ length: 24 }, () => Math.floor(Math.random() * 36).toString(36)).join('');
    this.panel.webview.html = `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<style nonce="${nonce}">
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 1em; }
h2.answered { color: var(--vscode-charts-green); } h2.partial { color: var(--vscode-charts-yellow); } h2.unanswered { color: var(--vscode-charts-red); }
blockquote { border-left: 3px solid var(--vscode-textBlockQuote-border); margin: 0.5em 0; padding-left: 0.8em; }
a { color: var(--vscode-textLink-foreground); } .deadline { font-weight: bold; } small { font-weight: normal; }
</style></head><body>
${this.html}
<script nonce="${nonce}">
const vscode = acquireVsCodeApi();
document.addEventListener('click', (event) => {
  const target = event.target.closest('a[data-range]');
  if (!target) return;
  event.preventDefault();
  vscode.postMessage({ range: target.dataset.range.split(',').map(Number) });
});
</script></body></html>`;
    this.panel.reveal(vscode.ViewColumn.Beside, true);
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
