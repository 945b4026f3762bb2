/**
 * The drafting desk: the checklist of sub-questions of a dossier with its deadline (`qe/checklist`), the
 * workspace's dossiers still waiting for a published answer (`qe/pendingQuestions`), and a dossier from a
 * question copied from a chamber's site (`qe/dossierFromClipboard`). Translation only: the
 * logic is in `core/checklist` and `core/deadline`.
 */
import { pathToFileURL } from 'node:url';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, LineIndex } from '../../core';
import { answerSkeleton, checklist } from '../../core';
import { deadlineOf, deadlineStatus, localIsoDate, sortPending, type Deadline, type PendingQuestion } from '../../core';
import { readDocument } from '../../core';
import { findDossiers } from '../../node/workspace-dossiers';
import { dossierFromClipboard } from '../../core';
import { checklistRequest, dossierFromClipboardRequest, pendingQuestionsRequest, type DeskDeadline, type PendingEntry } from './desk-protocol';

export interface DeskFeatureDeps {
  readonly documents: TextDocuments<TextDocument>;
  readonly analysisOf: (document: TextDocument) => Promise<{ readonly analysis: Analysis; readonly lines: LineIndex }>;
  readonly workspaceRoots: () => readonly string[];
  /** Today, for the deadlines' status (tests fix it). */
  readonly now?: () => Date;
}

export function registerDeskFeatures(connection: Connection, deps: DeskFeatureDeps): void {
  const today = () => localIsoDate(deps.now?.() ?? new Date());
  const withStatus = (deadline: Deadline | null, answered: boolean): DeskDeadline | null =>
    deadline ? { ...deadline, ...deadlineStatus(deadline, today(), answered) } : null;

  connection.onRequest(checklistRequest, async (params) => {
    const document = deps.documents.get(params.uri);
    if (!document || /\/\.qe-(style|catalogue)\.json$/.test(params.uri)) return null;
    const { analysis, lines } = await deps.analysisOf(document);
    const metadata = analysis.document.metadata;
    return {
      items: checklist(analysis).map((item) => ({
        ...item,
        range: lines.range(item.range),
        evidence: item.evidence.map((evidence) => ({ range: lines.range(evidence.range), excerpt: evidence.excerpt })),
      })),
      deadline: withStatus(deadlineOf(metadata), metadata.publicationReponse?.date !== undefined),
      skeleton: answerSkeleton(analysis),
    };
  });

  connection.onRequest(dossierFromClipboardRequest, (params) => dossierFromClipboard(params.text));

  connection.onRequest(pendingQuestionsRequest, async () => {
    const openText = (path: string) => deps.documents.get(pathToFileURL(path).href)?.getText();
    const { files, skipped } = await findDossiers(deps.workspaceRoots(), { openText });
    const pending: (PendingQuestion & { readonly uri: string })[] = [];
    for (const file of files) {
      let document;
      try {
        document = readDocument(file.text);
      } catch {
        skipped.push(file.path);
        continue;
      }
      const { metadata } = document;
      if (metadata.publicationReponse?.date) continue;
      const drafted = (document.answer?.paragraphs.length ?? 0) > 0;
      pending.push({
        path: file.path,
        uri: pathToFileURL(file.path).href,
        ...(metadata.numero !== undefined ? { numero: metadata.numero } : {}),
        ...(metadata.legislature !== undefined ? { legislature: metadata.legislature } : {}),
        ...(metadata.chambre !== undefined ? { chambre: metadata.chambre } : {}),
        ...(metadata.titre !== undefined ? { titre: metadata.titre } : {}),
        deadline: deadlineOf(metadata),
        drafted,
      });
    }
    const questions = sortPending(pending).map(
      (question): PendingEntry => ({
        uri: question.uri,
        ...(question.numero !== undefined ? { numero: question.numero } : {}),
        ...(question.legislature !== undefined ? { legislature: question.legislature } : {}),
        ...(question.chambre !== undefined ? { chambre: question.chambre } : {}),
        ...(question.titre !== undefined ? { titre: question.titre } : {}),
        deadline: withStatus(question.deadline, false),
        drafted: question.drafted,
      }),
    );
    return { questions, skipped };
  });
}
