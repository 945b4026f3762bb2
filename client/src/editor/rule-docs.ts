/**
 * A rule's documentation, rendered: `docs/regles.md` in the Markdown preview, scrolled to the rule's heading
 * (`## id`, whose anchor is the id). The server's diagnostics link to `docs/regles.md#id` (any editor can open
 * that); in VS Code the link becomes a command link to the rendered page instead of the raw file at line 1.
 */
import * as vscode from 'vscode';

const openRuleDocumentationCommand = 'qe.openRuleDocumentation';

/** `command:qe.openRuleDocumentation?["id"]`: VS Code opens command links from the hover and Problems. */
function ruleCommandUri(rule: string): vscode.Uri {
  return vscode.Uri.parse(`command:${openRuleDocumentationCommand}?${encodeURIComponent(JSON.stringify([rule]))}`);
}

/** The rule a diagnostic's documentation link points to (`…/docs/regles.md#id`), if it is one of ours. */
function documentedRule(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (diagnostic.source !== 'qe' || typeof code !== 'object' || !(code.target instanceof vscode.Uri)) return undefined;
  const target = code.target;
  return target.path.endsWith('/docs/regles.md') && target.fragment !== '' ? target.fragment : undefined;
}

/** Rewrites the documentation links of the server's diagnostics into command links (in place). */
export function linkRuleDocumentation<T extends vscode.Diagnostic>(diagnostics: T[]): T[] {
  for (const diagnostic of diagnostics) {
    const rule = documentedRule(diagnostic);
    if (rule) diagnostic.code = { value: typeof diagnostic.code === 'object' ? diagnostic.code.value : rule, target: ruleCommandUri(rule) };
  }
  return diagnostics;
}

/**
 * Shows `documentation` rendered, at `rule`'s heading when given. Falls back to the text at the heading's line when
 * the Markdown preview is not available (it is a built-in extension that may be disabled). Resolves to whether the
 * rule is described.
 */
export async function showRuleDocumentation(documentation: vscode.Uri, rule: string | undefined): Promise<boolean> {
  let document: vscode.TextDocument;
  try {
    document = await vscode.workspace.openTextDocument(documentation);
  } catch {
    void vscode.window.showErrorMessage(vscode.l10n.t('La documentation des règles (docs/regles.md) est introuvable.'));
    return false;
  }
  const line = rule ? ruleLine(document, rule) : 0;
  const described = !rule || line >= 0;
  try {
    // Beside the dossier being written; the preview scrolls to the fragment: the heading `## id` has the anchor `id`.
    await vscode.commands.executeCommand('markdown.showPreviewToSide', described && rule ? documentation.with({ fragment: rule }) : documentation);
  } catch {
    const position = new vscode.Position(Math.max(line, 0), 0);
    await vscode.window.showTextDocument(document, { selection: new vscode.Range(position, position), preview: true });
  }
  if (!described && rule) void vscode.window.showWarningMessage(vscode.l10n.t('La règle « {0} » n’est pas décrite dans la documentation.', rule));
  return described;
}

/** Line of the rule's heading or anchor in docs/regles.md, -1 when absent. */
function ruleLine(document: vscode.TextDocument, rule: string): number {
  const escaped = rule.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const patterns = [new RegExp(`(id|name)=["']${escaped}["']`), new RegExp(`\\{#${escaped}\\}`), new RegExp(`^#+\\s.*\`?${escaped}\`?(\\s|$)`)];
  for (const pattern of patterns) {
    for (let line = 0; line < document.lineCount; line++) {
      if (pattern.test(document.lineAt(line).text)) return line;
    }
  }
  return -1;
}
