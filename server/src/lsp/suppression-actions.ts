/**
 * « Désactiver … » quick fixes: insert a `<!-- qe: desactiver… règle :  -->` directive for a diagnostic, for
 * its paragraph (its line outside paragraphs) or for the whole file. Offered in the quick-fix menu only (never
 * in « tout corriger », never by `qe-check --fix`): silencing a finding is a decision, with a reason to write
 * after « : » (the VS Code client puts the cursor there).
 */
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver/node';
import { suppressionEdit, type Analysis, type LineIndex } from '../core';

const notSuppressible = new Set(['suppression-sans-motif', 'suppression-inconnue', 'suppression-inutile', 'fichier-de-style']);

function sameRange(a: Diagnostic['range'], b: Diagnostic['range']): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

export function suppressionActions(analysis: Analysis, lines: LineIndex, uri: string, diagnostic: Diagnostic): CodeAction[] {
  const rule = typeof diagnostic.code === 'string' ? diagnostic.code : undefined;
  if (!rule || notSuppressible.has(rule)) return [];
  const finding = analysis.findings.find((candidate) => candidate.rule === rule && sameRange(lines.range(candidate.anchor ?? candidate.range), diagnostic.range));
  if (!finding) return [];
  const actions: CodeAction[] = [];
  // A paragraph is one line on screen (wrapped): « pour ce paragraphe » says what is silenced; a finding outside
  // a paragraph (a heading) is silenced for its line.
  const local = suppressionEdit(analysis.document, finding, 'paragraphe')
    ? (['paragraphe', `Désactiver « ${rule} » pour ce paragraphe (motif à écrire)`] as const)
    : (['ligne', `Désactiver « ${rule} » pour cette ligne (motif à écrire)`] as const);
  for (const [scope, title] of [local, ['fichier', `Désactiver « ${rule} » pour tout le fichier (motif à écrire)`]] as const) {
    const edit = suppressionEdit(analysis.document, finding, scope);
    if (!edit) continue;
    actions.push({
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: { changes: { [uri]: [{ range: lines.range(edit.range), newText: edit.newText }] } },
    });
  }
  return actions;
}
