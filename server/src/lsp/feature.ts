/**
 * One LSP feature = one module under `features/` exporting a `Feature`, listed once in `features/index.ts`.
 * A feature announces its capabilities and registers its handlers on the shared `QeServer`; it translates
 * between the protocol and the core, and holds no per-document state of its own (that lives in `OpenDocument`).
 */
import type { ServerCapabilities } from 'vscode-languageserver/node';
import type { QeServer } from './qe-server';

/** What the client said it supports (from `initialize`). */
export interface ClientSupport {
  readonly pullDiagnostics: boolean;
  readonly configurationRequests: boolean;
  readonly watchedFilesRegistration: boolean;
  readonly diagnosticRefresh: boolean;
}

export interface Feature {
  /** Capabilities announced in the `initialize` answer (they may depend on the client's). */
  readonly capabilities?: (client: ClientSupport) => ServerCapabilities;
  /** Registers the handlers (called once, before the connection listens). */
  readonly register: (server: QeServer) => void;
}
