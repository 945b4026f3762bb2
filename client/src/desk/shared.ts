/** Helpers shared by the drafting desk's views. */
import * as vscode from 'vscode';
import type { Range } from 'vscode-languageserver-protocol';

export const revealRangeCommand = 'qe.revealRange';

/** A command that opens `uri` with `range` selected. */
export function revealCommand(uri: vscode.Uri, range: Range, title: string): vscode.Command {
  return { command: revealRangeCommand, title, arguments: [uri.toString(), range] };
}

export async function revealRange(uri: string, range?: Range): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const selection = range
    ? new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character)
    : undefined;
  const editor = await vscode.window.showTextDocument(document, { preview: false, ...(selection ? { selection } : {}) });
  if (selection) editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

export function deadlineIcon(state: string): vscode.ThemeIcon {
  switch (state) {
    case 'overdue':
      return new vscode.ThemeIcon('warning', new vscode.ThemeColor('charts.red'));
    case 'extension':
    case 'soon':
      return new vscode.ThemeIcon('watch', new vscode.ThemeColor('charts.yellow'));
    case 'answered':
      return new vscode.ThemeIcon('pass', new vscode.ThemeColor('charts.green'));
    default:
      return new vscode.ThemeIcon('calendar');
  }
}
