/**
 * How the extension starts the language server (no `vscode` import: the benchmarks and tests start it the same way).
 */

/** V8 otherwise lets garbage pile up while the user types: measured 128 MB instead of 175 MB on 1,000 words. */
export const serverMemoryFlags: readonly string[] = ['--max-old-space-size=256', '--max-semi-space-size=2'];

/**
 * Variables set over the extension host's environment for the server. `NODE_EXTRA_CA_CERTS`, which machines behind a
 * TLS-inspecting proxy often set, makes Node parse its whole certificate store at every start (`node -e 0`: 59 ms
 * with it, 23 ms without, on the benchmark machine), and the server opens no connection: it is emptied, which Node
 * reads as unset. Nothing else is changed (Grammalecte, started by the server, is Python and never reads it).
 */
export const serverEnvironment: Readonly<Record<string, string>> = { NODE_EXTRA_CA_CERTS: '' };
