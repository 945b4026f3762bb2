/**
 * Identical questions and earlier answers for the active dossier (`qe/similar`, `qe/earlierAnswer`). The
 * corpus index is read once, then only what changed (by modification time), and kept in the extension's
 * storage; nothing is sent anywhere. Translation only: the logic is in `core/similar` and `node/corpus`.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { decodeBytes } from '../../core';
import { readDocument } from '../../core';
import { recordOf } from '../../core';
import { CorpusIndex } from '../../node/corpus';
import { earlierAnswerRequest, similarRequest, type SimilarEntry } from './similar-protocol';

export interface SimilarFeatureDeps {
  readonly documents: TextDocuments<TextDocument>;
  readonly workspaceRoots: () => readonly string[];
}

function reference(record: { numero?: number; legislature?: number; chambre?: string }, path: string): string {
  if (record.numero === undefined) return path.split(/[\\/]/).pop() ?? path;
  return `${record.chambre === 'SENAT' ? 'Sénat' : (record.chambre ?? 'AN')} ${record.legislature !== undefined ? `${record.legislature}-` : ''}${record.numero}`;
}

export function registerSimilarFeatures(connection: Connection, deps: SimilarFeatureDeps): void {
  const corpora = new Map<string, { corpus: CorpusIndex; updating?: Promise<void> }>();

  async function corpusFor(roots: readonly string[], storage: string | undefined): Promise<CorpusIndex> {
    const key = `${roots.join('\n')}\n${storage ?? ''}`;
    let entry = corpora.get(key);
    if (!entry) {
      entry = { corpus: storage ? CorpusIndex.load(storage) : new CorpusIndex() };
      corpora.set(key, entry);
    }
    // One update at a time; a request during an update waits for it.
    if (!entry.updating) {
      const current = entry;
      current.updating = (async () => {
        const first = current.corpus.index.size === 0;
        const progress = first ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
        progress?.begin('Index des questions antérieures', 0, 'lecture du corpus…', false);
        const changed = await current.corpus.update(roots, (done, total) => {
          if (done % 200 === 0) progress?.report(Math.round((done / total) * 100), `${done} / ${total} fichiers`);
        });
        progress?.done();
        if (changed > 0 && storage) {
          try {
            current.corpus.save(storage);
          } catch (error) {
            connection.console.warn(`Index des questions antérieures non enregistré : ${error instanceof Error ? error.message : String(error)}`);
          }
        }
      })().finally(() => {
        current.updating = undefined;
      });
    }
    await entry.updating;
    return entry.corpus;
  }

  connection.onRequest(similarRequest, async (params) => {
    const document = deps.documents.get(params.uri);
    if (!document) return null;
    const record = recordOf(params.uri.startsWith('file:') ? fileURLToPath(params.uri) : params.uri, readDocument(document.getText()));
    const roots = params.corpus.length > 0 ? params.corpus : deps.workspaceRoots();
    const corpus = await corpusFor(roots, params.storage);
    if (!record) return { similar: [], indexed: corpus.index.size, skipped: corpus.skipped };
    // The view lists only what is worth reading: identical questions, and those sharing a fair part of the request.
    const minScore = params.minScore ?? 0;
    const similar = corpus.index
      .similar(record, params.limit ?? 10)
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
    return { similar, indexed: corpus.index.size, skipped: corpus.skipped };
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
