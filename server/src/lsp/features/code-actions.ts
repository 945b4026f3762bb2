/**
 * Code actions: each diagnostic's quick fixes (carried in its data), the fix-all source action (for
 * `editor.codeActionsOnSave`), spelling suggestions and « add to the workspace dictionary », and « Désactiver … »
 * directives last.
 */
import { pathToFileURL } from 'node:url';
import { CodeActionKind, type CodeAction, type TextEdit } from 'vscode-languageserver/node';
import { diagnosticSource, type DiagnosticData } from '../convert';
import type { Feature } from '../feature';
import { spellingActions } from '../spelling-actions';
import { isStylePackUri } from '../style-packs';
import { suppressionActions } from '../suppression-actions';

/** Code action kind of the fix-all action, for `editor.codeActionsOnSave`. */
const fixAllKind = `${CodeActionKind.SourceFixAll}.qe`;

export const codeActions: Feature = {
  capabilities: () => ({ codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, fixAllKind] } }),
  register(server) {
    const { connection, documents } = server;
    connection.onCodeAction(async (params) => {
      const document = documents.get(params.textDocument.uri);
      if (!document || isStylePackUri(document.uri)) return [];
      const only = params.context.only;
      const actions: CodeAction[] = [];
      const wantsQuickFix = !only || only.some((kind) => CodeActionKind.QuickFix.startsWith(kind) || kind.startsWith(CodeActionKind.QuickFix));
      const wantsFixAll = !!only?.some((kind) => fixAllKind.startsWith(kind));
      if (wantsQuickFix) {
        for (const diagnostic of params.context.diagnostics) {
          if (diagnostic.source !== diagnosticSource) continue;
          const data = diagnostic.data as DiagnosticData | undefined;
          for (const [index, fix] of (data?.fixes ?? []).entries()) {
            actions.push({
              title: fix.title,
              kind: CodeActionKind.QuickFix,
              diagnostics: [diagnostic],
              isPreferred: index === 0 && data!.fixes.length === 1,
              edit: { changes: { [document.uri]: fix.edits as TextEdit[] } },
            });
          }
        }
      }
      // Only when asked: the fix-all checks the text again until nothing fixable is left (several analyses).
      if (wantsFixAll) {
        const entry = await server.analysisFor(document.uri);
        const all = entry ? await server.fixAllOf(document, entry) : undefined;
        if (all) actions.push({ title: all.title, kind: fixAllKind, edit: { changes: { [document.uri]: all.edits } } });
      }
      if (wantsQuickFix && params.context.diagnostics.some((diagnostic) => diagnostic.source === diagnosticSource)) {
        // « Désactiver … » last: a directive with a reason to write (dossiers only).
        const entry = await server.analysisFor(document.uri);
        for (const diagnostic of params.context.diagnostics) {
          if (diagnostic.source !== diagnosticSource) continue;
          if (diagnostic.code === 'orthographe') {
            const spelling = await spellingActions(diagnostic, {
              documentUri: document.uri,
              documentText: document.getText(),
              workspaceRoots: server.workspaceRoots,
              openText: (path) => documents.all().find((open) => open.uri === pathToFileURL(path).href)?.getText(),
            });
            for (const action of spelling) actions.push(action);
          }
          // A loop, not a spread: no call takes an argument per action.
          if (entry) for (const action of suppressionActions(entry.analysis, entry.lines, document.uri, diagnostic)) actions.push(action);
        }
      }
      return actions;
    });
  },
};
