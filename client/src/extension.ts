import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  RevealOutputChannelOn,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { registerEditorCommands } from './editor/commands';
import { reasonSnippet } from './editor/reason-cursor';
import { linkRuleDocumentation } from './editor/rule-docs';
import { QeStatus } from './editor/status';
import { registerDesk, type DeskApi } from './desk';
import { registerGrammarStatus } from './editor/grammar-status';
import { serverEnvironment, serverMemoryFlags } from './server-process';

let client: LanguageClient | undefined;

/** Crashes within `crashWindowMs` that we restart from before giving up (as vscode-languageclient does, in French). */
const maxRestarts = 4;
const crashWindowMs = 3 * 60 * 1000;

/** What the extension exports (the e2e tests read the status item's text through it). */
export interface QeExtensionApi {
  readonly statusText: () => string;
  readonly onStatusUpdate: vscode.Event<string>;
  readonly desk: DeskApi;
}

export async function activate(context: vscode.ExtensionContext): Promise<QeExtensionApi> {
  const serverModule = context.asAbsolutePath(path.join('server', 'out', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...serverMemoryFlags], env: { ...serverEnvironment } } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...serverMemoryFlags, '--nolazy', '--inspect=6011'], env: { ...serverEnvironment } } },
  };
  let crashes: number[] = [];
  const clientOptions: LanguageClientOptions = {
    // Style packs are sent too, so that the server can report a broken pack on the pack file itself.
    documentSelector: [{ language: 'qe' }, { scheme: 'file', pattern: '**/.qe-style.json' }],
    diagnosticPullOptions: { onChange: true, onSave: true },
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    // A rule's documentation link opens the rendered page at the rule (rule-docs.ts), pulled or pushed.
    middleware: {
      handleDiagnostics: (uri, diagnostics, next) => next(uri, linkRuleDocumentation([...diagnostics])),
      provideDiagnostics: async (document, previousResultId, token, next) => {
        const report = await next(document, previousResultId, token);
        if (report?.kind === 'full') linkRuleDocumentation(report.items);
        return report;
      },
      // « Désactiver … » leaves the cursor on the reason to write (reason-cursor.ts).
      provideCodeActions: async (document, range, context, token, next) => {
        const actions = await next(document, range, context, token);
        return actions?.map((action) => (action instanceof vscode.CodeAction ? withCursorOnReason(document.uri, action) : action));
      },
    },
    errorHandler: {
      error: () => ({ action: ErrorAction.Continue }),
      closed: () => {
        const now = Date.now();
        crashes = [...crashes.filter((time) => now - time < crashWindowMs), now];
        if (crashes.length > maxRestarts) {
          return {
            action: CloseAction.DoNotRestart,
            message: vscode.l10n.t(
              'Le serveur de contrôle des réponses s’est arrêté {0} fois de suite ; il n’est plus redémarré. Utilisez la commande « Redémarrer le serveur de contrôle ».',
              maxRestarts,
            ),
          };
        }
        return { action: CloseAction.Restart, message: vscode.l10n.t('Le serveur de contrôle des réponses s’est arrêté ; il redémarre.') };
      },
    },
  };
  client = new LanguageClient('qe', vscode.l10n.t('Contrôle des réponses aux questions écrites'), serverOptions, clientOptions);

  context.subscriptions.push(
    vscode.commands.registerCommand('qe.restartServer', async () => {
      crashes = [];
      await client?.restart();
    }),
  );
  registerEditorCommands(context, () => client);
  const desk = registerDesk(context, () => client);
  const status = new QeStatus(() => client);
  registerGrammarStatus(context, client);
  context.subscriptions.push(status);
  await client.start();
  void status.update();
  return { statusText: () => status.text, onStatusUpdate: status.onDidUpdate, desk };
}

/** The action with its directive inserted as a snippet whose final tab stop is the reason (other actions unchanged). */
function withCursorOnReason(uri: vscode.Uri, action: vscode.CodeAction): vscode.CodeAction {
  const entries = action.edit?.entries() ?? [];
  if (entries.length !== 1 || entries[0]![0].toString() !== uri.toString() || entries[0]![1].length !== 1) return action;
  const [edit] = entries[0]![1];
  const snippet = reasonSnippet(edit!.newText);
  if (!snippet) return action;
  const workspaceEdit = new vscode.WorkspaceEdit();
  workspaceEdit.set(uri, [new vscode.SnippetTextEdit(edit!.range, new vscode.SnippetString(snippet))]);
  action.edit = workspaceEdit;
  return action;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
