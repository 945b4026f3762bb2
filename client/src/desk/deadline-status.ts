/** A language status item for the deadline of the active dossier (beside the profile and findings item). */
import * as vscode from 'vscode';
import type { ChecklistResult } from '../../../server/src/lsp/features/desk-protocol';

export class DeadlineStatus implements vscode.Disposable {
  private readonly item = vscode.languages.createLanguageStatusItem('qe.deadline', { language: 'qe' });

  constructor() {
    this.item.name = vscode.l10n.t('Échéance de la réponse');
    this.item.text = vscode.l10n.t('Échéance : date de publication inconnue');
    this.item.command = { command: 'qe.sousQuestions.focus', title: vscode.l10n.t('Sous-questions') };
  }

  get text(): string {
    return this.item.text;
  }

  show(result: ChecklistResult | null): void {
    const deadline = result?.deadline;
    if (!deadline) {
      this.item.text = vscode.l10n.t('Échéance : date de publication inconnue');
      this.item.detail = vscode.l10n.t('ajoutez publicationQuestion dans l’en-tête');
      this.item.severity = vscode.LanguageStatusSeverity.Information;
      return;
    }
    this.item.text = vscode.l10n.t('Échéance : {0}', deadline.label);
    this.item.detail = deadline.basis;
    this.item.severity = deadline.state === 'overdue' ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
  }

  dispose(): void {
    this.item.dispose();
  }
}
