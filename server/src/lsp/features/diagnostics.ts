/**
 * Diagnostics, pulled (`textDocument/diagnostic`, VS Code) or pushed (`publishDiagnostics`, Neovim, Emacs,
 * Helix, Kate). Both go through `diagnosticsOf`, which never throws: a failed check becomes one French
 * diagnostic on its document, and the server goes on with the others.
 */
import {
  DocumentDiagnosticReportKind,
  DiagnosticSeverity,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type Diagnostic,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { diagnosticSource } from '../convert';
import type { Feature } from '../feature';
import { describeError, pathOf, type QeServer } from '../qe-server';
import { isStylePackUri, stylePackDiagnostics, stylePackNotice } from '../style-packs';

/** Push mode: publication once typing pauses this long. */
const publishDelayMs = 100;

/** The diagnostics of a document's version; a failed check is said on the document (never thrown). */
export async function diagnosticsOf(server: QeServer, document: TextDocument): Promise<{ version: number; items: Diagnostic[] }> {
  if (isStylePackUri(document.uri)) return { version: document.version, items: stylePackDiagnostics(document.getText()) };
  let entry;
  try {
    entry = await server.analysisOf(document);
  } catch (error) {
    server.connection.console.error(`Contrôle impossible de ${document.uri} : ${describeError(error)}`);
    return { version: document.version, items: [checkFailed(error)] };
  }
  const state = server.stateOf(document.uri);
  const diagnostics = state.memo.convert(server.lateFindings(document.uri, entry.analysis), entry.lines, entry.analysis.document.text, document.uri);
  // A broken style pack is said on each dossier it applies to (the pack file itself may not be open).
  const path = pathOf(document.uri);
  const notice = path ? stylePackNotice(server.packs.packFor(path)) : undefined;
  return { version: entry.version, items: notice ? [notice, ...diagnostics] : [...diagnostics] };
}

function checkFailed(error: unknown): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Error,
    source: diagnosticSource,
    code: 'controle-interrompu',
    message: `Le contrôle de ce document a échoué (${describeError(error)}) : aucune constatation n’est affichée. Les autres documents restent contrôlés.`,
  };
}

/** Gives up a request the client no longer waits for (it asks again for the newest version). */
function throwIfStale(token: CancellationToken): void {
  if (token.isCancellationRequested) {
    throw new ResponseError(LSPErrorCodes.ServerCancelled, 'Requête annulée : le document a changé.', { retriggerRequest: true });
  }
}

export const diagnostics: Feature = {
  capabilities: (client) =>
    client.pullDiagnostics ? { diagnosticProvider: { identifier: diagnosticSource, interFileDependencies: false, workspaceDiagnostics: false } } : {},
  register(server) {
    const { connection, documents } = server;

    async function publish(uri: string): Promise<void> {
      const document = documents.get(uri);
      if (!document) return;
      const { version, items } = await diagnosticsOf(server, document);
      if (documents.get(uri)?.version !== version) return;
      await connection.sendDiagnostics({ uri, version, diagnostics: items });
    }

    function schedulePublish(uri: string): void {
      if (!documents.get(uri)) return;
      const state = server.stateOf(uri);
      clearTimeout(state.publishTimer);
      state.publishTimer = setTimeout(() => {
        state.publishTimer = undefined;
        publish(uri).catch((error: unknown) => connection.console.error(`Publication impossible pour ${uri} : ${describeError(error)}`));
      }, publishDelayMs);
    }

    /** Asks a pull client to pull again, when it supports it. */
    function refreshPulledDiagnostics(): void {
      if (!server.client.diagnosticRefresh) return;
      // Typed `void` but sent as a request: a client that refuses it must not crash the server (unhandled rejection).
      void Promise.resolve(connection.languages.diagnostics.refresh() as unknown).catch(() => undefined);
    }

    server.refreshDiagnostics = (uri) => (server.client.pullDiagnostics ? refreshPulledDiagnostics() : schedulePublish(uri));

    server.onRecheck(() => {
      // Without refresh support, the client's next pull gets fresh results (the analyses were dropped).
      if (server.client.pullDiagnostics) refreshPulledDiagnostics();
      else for (const document of documents.all()) if (!isStylePackUri(document.uri)) schedulePublish(document.uri);
    });

    documents.onDidChangeContent(({ document }) => {
      if (server.client.pullDiagnostics) return;
      if (isStylePackUri(document.uri)) {
        connection
          .sendDiagnostics({ uri: document.uri, diagnostics: stylePackDiagnostics(document.getText()) })
          .catch((error: unknown) => connection.console.error(describeError(error)));
      } else schedulePublish(document.uri);
    });

    documents.onDidClose(({ document }) => {
      if (!server.client.pullDiagnostics) connection.sendDiagnostics({ uri: document.uri, diagnostics: [] }).catch(() => undefined);
    });

    connection.languages.diagnostics.on(async (params, token) => {
      // Let edits and cancellations already received be processed first: typing queues them faster than we check.
      await new Promise((resolve) => setImmediate(resolve));
      throwIfStale(token);
      const document = documents.get(params.textDocument.uri);
      if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      const { version, items } = await diagnosticsOf(server, document);
      throwIfStale(token);
      // A newer version arrived meanwhile: these results are already old; the client asks again.
      if (documents.get(document.uri)?.version !== version) {
        throw new ResponseError(LSPErrorCodes.ServerCancelled, 'Le document a changé pendant le contrôle.', { retriggerRequest: true });
      }
      return { kind: DocumentDiagnosticReportKind.Full, items };
    });
  },
};
