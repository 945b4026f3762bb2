/**
 * Identical questions and earlier answers for the active dossier (`qe/similar`, `qe/earlierAnswer`). The index
 * of the corpus lives in its own process (`node/similar-client.ts`): read once, then only what changed, and
 * kept in the extension's storage; nothing is sent anywhere. The first build shows a progress notification;
 * the server never waits on that process for anything but these requests. Translation only: the logic is in
 * `core/similar` and `node/`.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection, TextDocuments, WorkDoneProgressServerReporter } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { decodeBytes } from '../../core';
import { readDocument } from '../../core';
import { recordOf } from '../../core';
import { SimilarIndexClient } from '../../node/similar-client';
import type { IndexEvent, QueryResult } from '../../node/similar-protocol';
import { corpusChangedNotification, earlierAnswerRequest, similarRequest, type SimilarEntry } from './similar-protocol';

export interface SimilarFeatureDeps {
  readonly documents: TextDocuments<TextDocument>;
  readonly workspaceRoots: () => readonly string[];
  /** The index process's entry; by default `similar-index.js` beside the bundled server. */
  readonly indexScript?: string;
}

function reference(record: { numero?: number; legislature?: number; chambre?: string }, path: string): string {
  if (record.numero === undefined) return path.split(/[\\/]/).pop() ?? path;
  return `${record.chambre === 'SENAT' ? 'Sénat' : (record.chambre ?? 'AN')} ${record.legislature !== undefined ? `${record.legislature}-` : ''}${record.numero}`;
}

export function registerSimilarFeatures(connection: Connection, deps: SimilarFeatureDeps): void {
  /** First builds in progress, by storage: their progress notification. */
  const builds = new Map<string, Promise<WorkDoneProgressServerReporter | undefined>>();
  /** The corpora asked about (folders + storage), to forward changed files to. */
  const corpora = new Map<string, { roots: readonly string[]; storage?: string }>();

  function onEvent(event: IndexEvent): void {
    if (event.kind === 'notice') {
      connection.console.info(event.message);
      void connection.window.showInformationMessage(event.message);
      return;
    }
    if (!event.first) return;
    const key = event.storage ?? '';
    let progress = builds.get(key);
    if (!progress) {
      progress = connection.window.createWorkDoneProgress().then(
        (reporter) => {
          reporter.begin('Index des questions antérieures', 0, 'lecture du corpus…', false);
          return reporter;
        },
        () => undefined,
      );
      builds.set(key, progress);
    }
    void progress.then((reporter) => {
      if (event.done < event.total) reporter?.report(Math.round((event.done / event.total) * 100), `${event.done} / ${event.total} fichiers`);
      else {
        reporter?.done();
        builds.delete(key);
      }
    });
  }

  const index = new SimilarIndexClient({
    script: deps.indexScript ?? join(__dirname, 'similar-index.js'),
    onEvent,
    onCrash: (message, final) => {
      connection.console.warn(message);
      void (final ? connection.window.showErrorMessage(message) : connection.window.showWarningMessage(message));
      for (const progress of builds.values()) void progress.then((reporter) => reporter?.done());
      builds.clear();
    },
  });
  // When the server exits, the index process sees its channel close: it saves and stops (`similar-process.ts`).

  connection.onRequest(similarRequest, async (params) => {
    const document = deps.documents.get(params.uri);
    if (!document) return null;
    const record = recordOf(params.uri.startsWith('file:') ? fileURLToPath(params.uri) : params.uri, readDocument(document.getText()));
    const roots = params.corpus.length > 0 ? params.corpus : deps.workspaceRoots();
    const corpus = { roots, ...(params.storage ? { storage: params.storage } : {}) };
    corpora.set(JSON.stringify([roots, params.storage ?? null]), corpus);
    let result: QueryResult;
    try {
      result = await index.request<QueryResult>({ kind: 'query', corpus, record, limit: params.limit ?? 10 });
    } catch (error) {
      connection.console.warn(`Questions antérieures : ${error instanceof Error ? error.message : String(error)}.`);
      return null;
    }
    // The view lists only what is worth reading: identical questions, and those sharing a fair part of the request.
    const minScore = params.minScore ?? 0;
    const similar = result.hits
      .filter((hit) => hit.identical || hit.score >= minScore)
      .map(
      (hit): SimilarEntry => ({
        uri: pathToFileURL(hit.record.path).href,
        ...(hit.record.numero !== undefined ? { numero: hit.record.numero } : {}),
        ...(hit.record.legislature !== undefined ? { legislature: hit.record.legislature } : {}),
        ...(hit.record.chambre !== undefined ? { chambre: hit.record.chambre } : {}),
        ...(hit.record.titre !== undefined ? { titre: hit.record.titre } : {}),
        ...(hit.record.date !== undefined ? { date: hit.record.date } : {}),
        ...(hit.record.answerStart !== undefined ? { answerStart: hit.record.answerStart } : {}),
        score: hit.score,
        identical: hit.identical,
      }),
    );
    return { similar, indexed: result.indexed, skipped: result.skipped };
  });

  // Files of the corpus saved, created or deleted (the client's watcher): read again, not the whole corpus.
  connection.onNotification(corpusChangedNotification, (params) => {
    const paths = params.uris.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));
    if (paths.length === 0 || !index.available) return;
    for (const corpus of corpora.values()) {
      index.request({ kind: 'update', corpus, paths }).catch((error: unknown) => {
        connection.console.warn(`Questions antérieures : ${error instanceof Error ? error.message : String(error)}.`);
      });
    }
  });

  connection.onRequest(earlierAnswerRequest, async (params) => {
    if (!params.uri.startsWith('file:')) return null;
    const path = fileURLToPath(params.uri);
    const open = deps.documents.get(params.uri)?.getText();
    let text = open;
    if (text === undefined) {
      try {
        const decoded = decodeBytes(await readFile(path));
        if (!decoded.ok) return null;
        text = decoded.text;
      } catch {
        return null;
      }
    }
    const document = readDocument(text);
    return {
      text: (document.answer?.paragraphs ?? []).map((paragraph) => paragraph.mapped.text.trim()).filter(Boolean).join('\n\n'),
      reference: reference(document.metadata, path),
    };
  });
}
