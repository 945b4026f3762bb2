/**
 * Code actions of the `orthographe` rule: replacement suggestions (computed only when the user asks, since
 * hunspell suggestions cost ~0.3 s a word) and « add to the workspace dictionary », which appends the word to
 * `motsAcceptes` in the nearest `.qe-style.json` (created at the workspace root when there is none).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { modify, parse as parseJsonc } from 'jsonc-parser';
import {
  CodeActionKind,
  type CodeAction,
  type Diagnostic,
  type TextDocumentEdit,
  type CreateFile,
  type TextEdit,
} from 'vscode-languageserver/node';
import { LineIndex, stylePackFileName } from '../core';
import { findStylePack } from '../node/style-pack';
import { suggestSpelling } from '../node/spelling';
import { inside, realInside } from '../node/paths';


/**
 * Where the word goes: the pack that applies to the dossier, else a new one at the workspace root. Undefined
 * when the only candidate is a link out of the workspace (the edit would write outside it).
 */
function targetPack(dossierPath: string, roots: readonly string[]): { path: string; exists: boolean } | undefined {
  const existing = findStylePack(dossierPath, roots);
  if (existing) return { path: existing, exists: true };
  const root = roots.filter((candidate) => inside(candidate, dossierPath)).sort((a, b) => b.length - a.length)[0] ?? dirname(dossierPath);
  const path = join(root, stylePackFileName);
  if (!existsSync(path)) return { path, exists: false };
  return realInside(root, path) ? { path, exists: true } : undefined;
}

/** The workspace edit that adds `word` to `motsAcceptes` of the pack, keeping the pack's formatting. */
export function addWordEdit(packPath: string, packText: string | undefined, word: string): (TextDocumentEdit | CreateFile)[] {
  const uri = pathToFileURL(packPath).href;
  if (packText === undefined) {
    const content = `${JSON.stringify({ motsAcceptes: [word] }, null, 2)}\n`;
    return [
      { kind: 'create', uri, options: { ignoreIfExists: true } },
      { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: content }] },
    ];
  }
  const current = parseJsonc(packText) as { motsAcceptes?: unknown } | undefined;
  const words = Array.isArray(current?.motsAcceptes) ? current.motsAcceptes : undefined;
  const edits = modify(packText, words ? ['motsAcceptes', -1] : ['motsAcceptes'], words ? word : [word], {
    isArrayInsertion: !!words,
    formattingOptions: { insertSpaces: true, tabSize: 2, eol: packText.includes('\r\n') ? '\r\n' : '\n' },
  });
  const lines = new LineIndex(packText);
  const textEdits: TextEdit[] = edits.map((edit) => ({
    range: lines.range({ start: edit.offset, end: edit.offset + edit.length }),
    newText: edit.content,
  }));
  return [{ textDocument: { uri, version: null }, edits: textEdits }];
}

export interface SpellingActionContext {
  readonly documentUri: string;
  readonly documentText: string;
  readonly workspaceRoots: readonly string[];
  /** Unsaved text of an open document, by path. */
  readonly openText: (path: string) => string | undefined;
}

/** Quick fixes for one `orthographe` diagnostic. */
export async function spellingActions(diagnostic: Diagnostic, context: SpellingActionContext): Promise<CodeAction[]> {
  const lines = new LineIndex(context.documentText);
  const word = context.documentText.slice(lines.offsetAt(diagnostic.range.start), lines.offsetAt(diagnostic.range.end));
  if (!word) return [];
  const actions: CodeAction[] = [];
  let suggestions: string[] = [];
  try {
    suggestions = await suggestSpelling(word);
  } catch {
    // No dictionary: only the "add" action remains.
  }
  for (const [index, suggestion] of suggestions.entries()) {
    actions.push({
      title: `Remplacer par « ${suggestion} »`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: index === 0 && suggestions.length === 1,
      edit: { changes: { [context.documentUri]: [{ range: diagnostic.range, newText: suggestion }] } },
    });
  }
  if (context.documentUri.startsWith('file:')) {
    const dossierPath = fileURLToPath(context.documentUri);
    const target = targetPack(dossierPath, context.workspaceRoots);
    if (target) {
      const text = context.openText(target.path) ?? (target.exists ? readFileSync(target.path, 'utf8') : undefined);
      actions.push({
        title: `Ajouter « ${word} » au dictionnaire de l’espace de travail`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { documentChanges: addWordEdit(target.path, text, word) },
      });
    }
  }
  return actions;
}
