/**
 * Requests of the drafting desk (checklist of sub-questions, deadlines, questions waiting for an answer).
 * Shared by the client and the server: imports nothing but the protocol types.
 */
import { RequestType } from 'vscode-languageserver-protocol';
import type { Range } from 'vscode-languageserver-protocol';

export interface DeskDeadline {
  readonly published: string;
  readonly due: string;
  readonly extendedDue: string | null;
  readonly basis: string;
  /** Where the question stands today: answered, overdue, extension, soon, pending. */
  readonly state: string;
  /** Days to the date that matters (negative when past). */
  readonly days: number;
  /** French one-liner. */
  readonly label: string;
}

export interface ChecklistParams {
  readonly uri: string;
}

export interface ChecklistEntry {
  readonly id: string;
  readonly kind: string;
  readonly kindLabel: string;
  readonly status: 'answered' | 'partial' | 'unanswered';
  readonly statusLabel: string;
  readonly request: string;
  readonly range: Range;
  readonly evidence: readonly { readonly range: Range; readonly excerpt: string }[];
}

export interface ChecklistResult {
  readonly items: readonly ChecklistEntry[];
  readonly deadline: DeskDeadline | null;
  /** The answer skeleton (one `repond` directive per sub-question), empty without sub-questions. */
  readonly skeleton: string;
}

export const checklistRequest = new RequestType<ChecklistParams, ChecklistResult | null, void>('qe/checklist');

export interface PendingEntry {
  readonly uri: string;
  readonly numero?: number;
  readonly legislature?: number;
  readonly chambre?: string;
  readonly titre?: string;
  readonly deadline: DeskDeadline | null;
  readonly drafted: boolean;
}

export interface PendingResult {
  readonly questions: readonly PendingEntry[];
  /** Files that could not be read (French paths listed as they are). */
  readonly skipped: readonly string[];
}

export interface ClipboardParams {
  readonly text: string;
}

export interface ClipboardResult {
  readonly dossier?: string;
  readonly numero?: number;
  readonly legislature?: number;
  readonly chambre?: string;
  /** Keys left empty for the drafter. */
  readonly missing: readonly string[];
  readonly error?: string;
}

export const dossierFromClipboardRequest = new RequestType<ClipboardParams, ClipboardResult, void>('qe/dossierFromClipboard');

export const pendingQuestionsRequest = new RequestType<Record<string, never>, PendingResult, void>('qe/pendingQuestions');
