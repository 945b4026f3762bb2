/**
 * The commands of the editor experience (French titles in package.nls*.json):
 * - qe.newAnswerFromQuestion: an AN page export or an open-data JSON record → the `.qe.md` dossier beside it;
 * - qe.showCoverage: the sub-questions, their status and evidence, in a read-only document;
 * - qe.fixAll: applies the `source.fixAll.qe` code action;
 * - qe.copyForPublication: the answer as published (plain text, published typography) to the clipboard;
 * - qe.openRuleDocumentation: `docs/regles.md` rendered, at the rule of a diagnostic (rule-docs.ts).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { dossierFromQuestionRequest, publicationTextRequest } from '../../../server/src/lsp/features/protocol';
import { CoverageDocuments, coverageScheme } from './coverage';
import { showRuleDocumentation } from './rule-docs';

const fixAllKind = vscode.CodeActionKind.SourceFixAll.append('qe');

export interface NewAnswerOptions {
  /** Replace an existing dossier without asking (tests, scripts). */
  readonly overwrite?: boolean;
  /** One `<!-- qe: repond Qn -->` place per sub-question in the answer (default: the `qe.squeletteReponse` setting). */
  readonly skeleton?: boolean;
}

function qeDocument(uri?: unknown): vscode.TextDocument | undefined {
  if (uri instanceof vscode.Uri) return vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  if (typeof uri === 'string') return vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri);
  const document = vscode.window.activeTextEditor?.document;
  return document?.languageId === 'qe' ? document : undefined;
}

async function targetDocument(uri?: unknown): Promise<vscode.TextDocument | undefined> {
  const open = qeDocument(uri);
  if (open) return open;
  if (uri instanceof vscode.Uri || typeof uri === 'string') return vscode.workspace.openTextDocument(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri);
  void vscode.window.showWarningMessage(vscode.l10n.t('Ouvrez d’abord un dossier de réponse (.qe.md).'));
  return undefined;
}

function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function registerEditorCommands(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): CoverageDocuments {
  const coverage = new CoverageDocuments(client);
  const running = (): LanguageClient | undefined => {
    const current = client();
    if (!current?.isRunning()) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Le serveur de contrôle n’est pas démarré.'));
      return undefined;
    }
    return current;
  };

  context.subscriptions.push(
    coverage,
    vscode.workspace.registerTextDocumentContentProvider(coverageScheme, coverage),
    vscode.languages.registerDocumentLinkProvider({ scheme: coverageScheme }, coverage),

    vscode.commands.registerCommand('qe.newAnswerFromQuestion', async (resource?: vscode.Uri, options: NewAnswerOptions = {}) => {
      let source = resource instanceof vscode.Uri ? resource : vscode.window.activeTextEditor?.document.uri;
      if (!source || source.scheme !== 'file' || /\.qe\.md$/i.test(source.path)) {
        const picked = await vscode.window.showOpenDialog({
          canSelectMany: false,
          openLabel: vscode.l10n.t('Créer la réponse'),
          title: vscode.l10n.t('Question : page exportée du site de l’Assemblée nationale ou enregistrement open data'),
          filters: { [vscode.l10n.t('Questions')]: ['md', 'html', 'txt', 'json'] },
        });
        source = picked?.[0];
      }
      if (!source) return undefined;
      const languageClient = running();
      if (!languageClient) return undefined;
      const text = withoutBom(new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(source)));
      const name = source.path.split('/').pop() ?? 'question';
      const result = await languageClient.sendRequest(dossierFromQuestionRequest, { text, origin: name });
      if (!result.dossier) {
        void vscode.window.showErrorMessage(result.error ?? vscode.l10n.t('Impossible de créer le dossier de réponse.'));
        return undefined;
      }
      const base = result.numero !== undefined ? `qe-${result.legislature ?? 'x'}-${result.numero}` : name.replace(/\.(md|html|txt|json)$/i, '');
      const target = vscode.Uri.joinPath(source, '..', `${base}.qe.md`);
      let exists = true;
      try {
        await vscode.workspace.fs.stat(target);
      } catch {
        exists = false;
      }
      if (exists && !options.overwrite) {
        const replace = vscode.l10n.t('Remplacer');
        const openExisting = vscode.l10n.t('Ouvrir le dossier existant');
        const choice = await vscode.window.showWarningMessage(
          vscode.l10n.t('Le dossier « {0} » existe déjà.', `${base}.qe.md`),
          { modal: true },
          replace,
          openExisting,
        );
        if (choice === openExisting) {
          await vscode.window.showTextDocument(target);
          return target;
        }
        if (choice !== replace) return undefined;
      }
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.dossier));
      const editor = await vscode.window.showTextDocument(target);
      // Put the cursor where the answer is to be written.
      const placeholder = editor.document.getText().indexOf('<!-- Rédigez ici');
      if (placeholder >= 0) {
        const position = editor.document.positionAt(placeholder);
        editor.selection = new vscode.Selection(position, position);
        editor.revealRange(new vscode.Range(position, position));
      }
      // The « Sous-questions » checklist shown, and the answer skeleton if asked for (client/src/desk).
      await vscode.commands.executeCommand('qe.afterNewAnswer', target, options.skeleton);
      return target;
    }),

    vscode.commands.registerCommand('qe.showCoverage', async (uri?: unknown) => {
      const document = await targetDocument(uri);
      if (!document || !running()) return undefined;
      const report = await coverage.refresh(document.uri);
      if (!report) {
        void vscode.window.showWarningMessage(vscode.l10n.t('La couverture n’est pas disponible pour ce document.'));
        return undefined;
      }
      // Rendered beside the dossier, with links to the places (client/src/desk/coverage-panel.ts).
      await vscode.commands.executeCommand('qe.showCoveragePanel', document.uri);
      return report;
    }),

    vscode.commands.registerCommand('qe.fixAll', async (uri?: unknown) => {
      const document = await targetDocument(uri);
      if (!document) return 0;
      const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
      const actions =
        (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, whole, fixAllKind.value)) ?? [];
      const fixAll = actions.find((action) => action.kind && fixAllKind.contains(action.kind) && action.edit);
      if (!fixAll?.edit) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Rien à corriger automatiquement.'));
        return 0;
      }
      // The server's fix-all runs to a fixed point and names its number of corrections in the title.
      const count = Number(/\((\d+) corrections?\)/.exec(fixAll.title)?.[1] ?? fixAll.edit.get(document.uri).length);
      await vscode.workspace.applyEdit(fixAll.edit);
      void vscode.window.showInformationMessage(count === 1 ? vscode.l10n.t('1 correction appliquée.') : vscode.l10n.t('{0} corrections appliquées.', count));
      return count;
    }),

    // `options.ifErrors: 'copy'` copies a draft without asking (scripts, tests); the user is asked by default.
    vscode.commands.registerCommand('qe.copyForPublication', async (uri?: unknown, options?: { ifErrors?: 'ask' | 'copy' }) => {
      const document = await targetDocument(uri);
      const languageClient = running();
      if (!document || !languageClient) return undefined;
      const result = await languageClient.sendRequest(publicationTextRequest, { uri: document.uri.toString() });
      if (!result || result.text === '') {
        void vscode.window.showWarningMessage(result?.warnings[0] ?? vscode.l10n.t('Aucune réponse à copier.'));
        return undefined;
      }
      // Errors remain: the text is a draft. Ask first, listing them; « Afficher » opens them instead.
      const errors = result.errors ?? [];
      if (errors.length > 0 && options?.ifErrors !== 'copy') {
        const copyAnyway = vscode.l10n.t('Copier quand même');
        const show = vscode.l10n.t('Afficher');
        const shown = errors.slice(0, 12).join('\n') + (errors.length > 12 ? `\n${vscode.l10n.t('… et {0} autres.', errors.length - 12)}` : '');
        const title =
          errors.length === 1
            ? vscode.l10n.t('Une erreur reste signalée : la réponse n’est pas prête à publier.')
            : vscode.l10n.t('{0} erreurs restent signalées : la réponse n’est pas prête à publier.', errors.length);
        const choice = await vscode.window.showWarningMessage(title, { modal: true, detail: shown }, copyAnyway, show);
        if (choice === show) {
          await vscode.commands.executeCommand('workbench.actions.view.problems');
          return undefined;
        }
        if (choice !== copyAnyway) return undefined;
      }
      try {
        await vscode.env.clipboard.writeText(result.text);
      } catch (error) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Le presse-papiers est inaccessible : {0}', String(error)));
        return result.text;
      }
      const message =
        errors.length > 0
          ? vscode.l10n.t('Réponse copiée (brouillon) : {0} erreur(s) restent signalées ({1} caractères).', errors.length, result.text.length)
          : vscode.l10n.t('Réponse copiée, prête à publier ({0} caractères).', result.text.length);
      // The error count is in the message already; the other warnings (unanswered sub-questions) follow.
      const others = result.warnings.filter((warning) => !/erreurs? res/.test(warning));
      if (errors.length > 0 || others.length > 0) void vscode.window.showWarningMessage([message, ...others].join(' '));
      else void vscode.window.showInformationMessage(message);
      return result.text;
    }),

    vscode.commands.registerCommand('qe.openRuleDocumentation', async (argument?: unknown) => {
      let rule: string | undefined;
      if (typeof argument === 'string') rule = argument;
      else if (argument instanceof vscode.Diagnostic) rule = codeOf(argument);
      else {
        const editor = vscode.window.activeTextEditor;
        if (editor) {
          const here = vscode.languages
            .getDiagnostics(editor.document.uri)
            .filter((diagnostic) => diagnostic.source === 'qe' && diagnostic.range.contains(editor.selection.active));
          const all = here.length > 0 ? here : vscode.languages.getDiagnostics(editor.document.uri).filter((diagnostic) => diagnostic.source === 'qe');
          const ids = [...new Set(all.map(codeOf).filter((id): id is string => !!id))];
          if (ids.length === 1) rule = ids[0];
          else if (ids.length > 1) {
            rule = await vscode.window.showQuickPick(ids, { placeHolder: vscode.l10n.t('Règle dont afficher la documentation') });
          }
        }
      }
      await showRuleDocumentation(vscode.Uri.joinPath(context.extensionUri, 'docs', 'regles.md'), rule);
      return rule;
    }),
  );
  return coverage;
}

function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return code === undefined ? undefined : String(code);
}
