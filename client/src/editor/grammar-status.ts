/**
 * The grammar status item of `qe` documents: « Grammaire : Grammalecte 2.1.2 », or « Grammalecte non trouvé » with
 * a command that explains how to install it. The server tells the state (`qe/grammarStatus`); nothing here runs
 * Grammalecte.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { grammarStatusNotification, type GrammarStatusParams } from '../../../server/src/lsp/features/protocol';

const grammalecteInstallCommand = 'qe.grammalecteInstall';

export function registerGrammarStatus(context: vscode.ExtensionContext, client: LanguageClient): void {
  const item = vscode.languages.createLanguageStatusItem('qe.grammar', { language: 'qe' });
  item.name = vscode.l10n.t('Grammaire (Grammalecte)');
  item.text = vscode.l10n.t('Grammaire : recherche de Grammalecte…');
  item.busy = true;
  let last: GrammarStatusParams = { state: 'recherche' };
  context.subscriptions.push(
    item,
    client.onNotification(grammarStatusNotification, (status) => {
      last = status;
      item.busy = false;
      switch (status.state) {
        case 'actif':
          item.text = vscode.l10n.t('Grammaire : Grammalecte {0}', status.version ?? '');
          item.detail = status.label ?? '';
          item.severity = vscode.LanguageStatusSeverity.Information;
          item.command = undefined;
          break;
        case 'absent':
          item.text = vscode.l10n.t('Grammaire : Grammalecte non trouvé');
          item.detail = status.detail ?? '';
          item.severity = vscode.LanguageStatusSeverity.Information;
          item.command = { command: grammalecteInstallCommand, title: vscode.l10n.t('Installer Grammalecte') };
          break;
        case 'echec':
          item.text = vscode.l10n.t('Grammaire : Grammalecte en échec');
          item.detail = status.detail ?? '';
          item.severity = vscode.LanguageStatusSeverity.Warning;
          item.command = { command: grammalecteInstallCommand, title: vscode.l10n.t('Installer Grammalecte') };
          break;
        default:
          item.busy = true;
      }
    }),
    vscode.commands.registerCommand(grammalecteInstallCommand, async () => {
      const settings = vscode.l10n.t('Indiquer le chemin…');
      const choice = await vscode.window.showInformationMessage(
        vscode.l10n.t('Le contrôle des accords et de la conjugaison (règle accord-delegue) utilise Grammalecte, le correcteur grammatical libre, installé sur ce poste.'),
        {
          modal: true,
          detail: [
            vscode.l10n.t('Debian, Ubuntu : sudo apt install grammalecte-cli python3-grammalecte'),
            vscode.l10n.t('Autres systèmes : Python 3 et le paquet Grammalecte pour Python (grammalecte.net), puis le réglage qe.grammalecte.chemin : chemin de grammalecte-cli, d’un interpréteur Python qui importe grammalecte, ou du dossier qui contient le paquet grammalecte.'),
            vscode.l10n.t('Rien n’est téléchargé par l’extension. Après l’installation, utilisez « Redémarrer le serveur de contrôle ».'),
            ...(last.detail ? [vscode.l10n.t('État : {0}', last.detail)] : []),
          ].join('\n\n'),
        },
        settings,
      );
      if (choice === settings) await vscode.commands.executeCommand('workbench.action.openSettings', 'qe.grammalecte.chemin');
    }),
  );
}
