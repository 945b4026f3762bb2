/**
 * Code actions of the `orthographe` rule: replacement suggestions (computed only when the user asks, since
 * hunspell suggestions cost ~0.3 s a word) and « add to the workspace dictionary », which appends the word to
 * `motsAcceptes` in the nearest `.qe-style.json` (created at the workspace root when there is none).
 */
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
import { decodeBytes, LineIndex, stylePackFileName } from '../core';
import { findStylePack, maxPackBytes } from '../node/style-pack';
import { suggestSpelling } from '../node/spelling';
import { dossierRoots, readConfinedFile, writableFile } from '../node/paths';


/**
 * Where the word goes: the pack that applies to the dossier, else a new one at the workspace root (the
 * dossier's folder without a workspace). Undefined when the edit could write outside the workspace: a pack
 * above it, a link out of it, a dangling link (creating the file would create the link's target), or something
 * that is not a regular file.
 */
function targetPack(dossierPath: string, workspaceRoots: readonly string[]): { path: string; exists: boolean } | undefined {
  const roots = dossierRoots(dossierPath, workspaceRoots);
  const existing = findStylePack(dossierPath, workspaceRoots);
  if (existing) {
    const writable = writableFile(existing, roots);
    return writable?.exists ? { path: existing, exists: true } : undefined;
  }
  const root = roots.sort((a, b) => b.length - a.length)[0] ?? dirname(dossierPath);
  const path = join(root, stylePackFileName);
  const writable = writableFile(path, roots);
  return writable ? { path, exists: writable.exists } : undefined;
}

/** The text of an existing pack (confined, capped), or undefined when it cannot be read as text. */
function packText(path: string, roots: readonly string[]): string | undefined {
  const read = readConfinedFile(path, roots, { maxBytes: maxPackBytes });
  if ('refused' in read || read.truncated) return undefined;
  const decoded = decodeBytes(read.bytes);
  return decoded.ok ? decoded.text : undefined;
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
    const text = target && (context.openText(target.path) ?? (target.exists ? packText(target.path, dossierRoots(dossierPath, context.workspaceRoots)) : undefined));
    // An existing pack that cannot be read is not edited (the edit would be computed on the wrong text).
    if (target && (text !== undefined || !target.exists)) {
      try {
        actions.push({
          title: `Ajouter « ${word} » au dictionnaire de l’espace de travail`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: { documentChanges: addWordEdit(target.path, text, word) },
        });
      } catch {
        // A pack the JSON editor cannot take (nesting beyond the stack): no « add » action, the others stay.
      }
    }
  }
  return actions;
}
