/** Requests of the « Questions identiques et réponses antérieures » view. Shared by client and server. */
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';

export interface SimilarParams {
  readonly uri: string;
  /** Folders of the corpus (absolute); empty: the workspace folders. */
  readonly corpus: readonly string[];
  /** Where the index is kept between sessions (the extension's storage); none: in memory only. */
  readonly storage?: string;
  readonly limit?: number;
  /** Leave out non-identical questions sharing less than this part of the request's words (0–1). */
  readonly minScore?: number;
}

export interface SimilarEntry {
  readonly uri: string;
  readonly numero?: number;
  readonly legislature?: number;
  readonly chambre?: string;
  readonly titre?: string;
  readonly date?: string;
  readonly score: number;
  readonly identical: boolean;
  readonly answerStart?: string;
}

export interface SimilarResult {
  readonly similar: readonly SimilarEntry[];
  /** Questions in the index. */
  readonly indexed: number;
  readonly skipped: readonly { readonly path: string; readonly reason: string }[];
}

export const similarRequest = new RequestType<SimilarParams, SimilarResult | null, void>('qe/similar');

export interface EarlierAnswerParams {
  readonly uri: string;
}

export interface EarlierAnswerResult {
  /** The earlier answer's text, paragraphs separated by a blank line; empty when it has none. */
  readonly text: string;
  /** « AN 17-10723 » or the file name. */
  readonly reference: string;
}

export const earlierAnswerRequest = new RequestType<EarlierAnswerParams, EarlierAnswerResult | null, void>('qe/earlierAnswer');

export interface CorpusChangedParams {
  /** Files of a corpus saved, created or deleted. */
  readonly uris: readonly string[];
}

/** Sent by the client's file watcher: the index reads these files again (not the whole corpus). */
export const corpusChangedNotification = new NotificationType<CorpusChangedParams>('qe/corpusChanged');
