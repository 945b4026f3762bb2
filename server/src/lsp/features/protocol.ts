/**
 * Custom requests between the VS Code client and the server (any client may use them). Shared by both sides:
 * the client bundles this file too, so it imports nothing but the protocol types.
 */
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { Range } from 'vscode-languageserver-protocol';

export interface DossierFromQuestionParams {
  /** Text of the question file: an Assemblée nationale page export or an open-data JSON record. */
  readonly text: string;
  /** Where it came from (kept in the dossier's internal notes), e.g. a path relative to the workspace. */
  readonly origin?: string;
}

export interface DossierFromQuestionResult {
  /** The `.qe.md` dossier, or nothing when the file is already a dossier or holds no question. */
  readonly dossier?: string;
  readonly numero?: number;
  readonly legislature?: number;
  readonly chambre?: string;
  /** French reason when there is no dossier. */
  readonly error?: string;
}

export const dossierFromQuestionRequest = new RequestType<DossierFromQuestionParams, DossierFromQuestionResult, void>('qe/dossierFromQuestion');

export interface CoverageParams {
  readonly uri: string;
}

export interface CoverageItem {
  readonly id: string;
  readonly text: string;
  readonly kind: string;
  readonly status: 'answered' | 'partial' | 'unanswered';
  /** French status label. */
  readonly statusLabel: string;
  readonly range: Range;
  readonly evidence: readonly { readonly range: Range; readonly excerpt: string }[];
}

export interface CoverageResult {
  readonly subQuestions: readonly CoverageItem[];
  readonly answered: number;
  readonly partial: number;
  readonly total: number;
  /** Number of qe findings (diagnostics) in the document. */
  readonly findings: number;
  readonly profile: string;
}

export const coverageRequest = new RequestType<CoverageParams, CoverageResult | null, void>('qe/coverage');

export interface PublicationTextParams {
  readonly uri: string;
}

export interface PublicationTextResult {
  readonly text: string;
  readonly warnings: readonly string[];
  /** Errors still reported (« ligne N : message »): the copy is a draft (absent from older servers). */
  readonly errors?: readonly string[];
}

export const publicationTextRequest = new RequestType<PublicationTextParams, PublicationTextResult | null, void>('qe/publicationText');

/** State of the grammar engine (Grammalecte), sent by the server whenever it changes. */
export interface GrammarStatusParams {
  /** `recherche` (not started yet), `actif`, `absent` (not found: install it), `echec` (it failed repeatedly). */
  readonly state: 'recherche' | 'actif' | 'absent' | 'echec';
  readonly version?: string;
  /** What runs it (path of grammalecte-cli or of the Python interpreter). */
  readonly label?: string;
  /** French detail for `absent` and `echec`. */
  readonly detail?: string;
}

export const grammarStatusNotification = new NotificationType<GrammarStatusParams>('qe/grammarStatus');
