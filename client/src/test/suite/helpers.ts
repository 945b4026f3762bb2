/** Event-driven waits for the e2e suites: every wait has a deadline and says what it was waiting for. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

/** Extension id = `publisher.name` of the root package.json. */
export const EXTENSION_ID = 'qe-reponses.qe-reponses';

export function getExtension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) {
    const ids = vscode.extensions.all.filter((e) => !e.id.startsWith('vscode.')).map((e) => e.id);
    throw new Error(`Extension ${EXTENSION_ID} is not loaded (non-builtin extensions: ${ids.join(', ') || 'none'}).`);
  }
  return ext;
}

export function fixtureUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('No workspace folder is open: the runner must open test/fixtures/e2e-workspace.');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function withTimeout<T>(work: Thenable<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms waiting for ${what}.`)), ms);
  });
  try {
    return await Promise.race([Promise.resolve(work), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Resolves once `condition` holds. VS Code fires no event when an extension activates, and calling
 * `activate()` would force activation (making an activation test vacuous), so this re-checks on a short tick.
 */
export function waitUntil(condition: () => boolean, ms: number, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const tick = setInterval(() => {
      if (condition()) {
        clearInterval(tick);
        resolve();
      } else if (Date.now() - started > ms) {
        clearInterval(tick);
        reject(new Error(`Timed out after ${ms} ms waiting for ${what}.`));
      }
    }, 25);
  });
}

export function diagnosticCode(d: vscode.Diagnostic): string | number | undefined {
  return typeof d.code === 'object' ? d.code.value : d.code;
}

export function describeDiagnostics(ds: readonly vscode.Diagnostic[]): string {
  if (ds.length === 0) return '(none)';
  return ds
    .map((d) => `[${String(diagnosticCode(d))} ${vscode.DiagnosticSeverity[d.severity]} ${d.range.start.line}:${d.range.start.character}] ${d.message}`)
    .join('; ');
}

/** Waits for the diagnostics of `uri` to satisfy `predicate`, re-checking on each onDidChangeDiagnostics. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (ds: readonly vscode.Diagnostic[]) => boolean,
  ms: number,
  what: string,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const key = uri.toString();
    const check = (): void => {
      const ds = vscode.languages.getDiagnostics(uri);
      if (predicate(ds)) {
        done();
        resolve(ds);
      }
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === key)) check();
    });
    const timer = setTimeout(() => {
      done();
      const now = describeDiagnostics(vscode.languages.getDiagnostics(uri));
      reject(new Error(`Timed out after ${ms} ms waiting for ${what} on ${uri.path}; diagnostics now: ${now}`));
    }, ms);
    function done(): void {
      sub.dispose();
      clearTimeout(timer);
    }
    // The diagnostics may already be there (subscription first, so no change can slip between).
    check();
  });
}

/** What the workbench shows, as read from the page by scripts/run-vscode-tests.mjs (`takeSnapshot`). */
export interface WorkbenchSnapshot {
  /** Rows of the suggest widget from top to bottom, null when the widget is not shown. */
  readonly suggestions: readonly { readonly label: string; readonly aria: string }[] | null;
  readonly statusBar: readonly { readonly id: string; readonly text: string; readonly aria: string }[];
  /** Characters boxed by VS Code's unicode highlighting in the visible editors. */
  readonly unicodeHighlights: number;
  /** Rows of the settings editor: category, label and the value shown for enums. */
  readonly settings: readonly { readonly category: string; readonly label: string; readonly value: string }[];
  /** Section headings of the settings editor, top to bottom. */
  readonly settingsGroups: readonly string[];
  /** Entries of the settings editor's table of contents, top to bottom (hidden when the editor is narrow). */
  readonly settingsToc: readonly { readonly label: string; readonly focused: boolean }[];
  /** Frames with headings (webviews such as the Markdown preview): each heading's id, text and top in the frame. */
  readonly webviews: readonly { readonly title: string; readonly height: number; readonly headings: readonly { id: string; text: string; top: number }[] }[];
  /** The text of the editor's hover as rendered, null when no hover is shown. */
  readonly hover: string | null;
}

/** True when the runner can take snapshots (the code-server runner; not the Electron one). */
export function canSnapshot(): boolean {
  return !!process.env.QE_E2E_SNAPSHOTS;
}

/**
 * Asks the runner for a screenshot (NAME.png) and a reading of the workbench's DOM (NAME.json), and returns the
 * reading. The extension host and the runner share the file system (code-server runs on this machine).
 */
export async function snapshot(name: string, ms = 15_000): Promise<WorkbenchSnapshot> {
  const folder = process.env.QE_E2E_SNAPSHOTS;
  if (!folder) throw new Error('No snapshot folder: run the suite with scripts/run-vscode-tests.mjs.');
  const file = path.join(folder, `${name}.json`);
  fs.rmSync(file, { force: true });
  console.log(`[qe-e2e] snapshot ${name}`);
  await waitUntil(() => fs.existsSync(file), ms, `the runner's snapshot ${name}`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as WorkbenchSnapshot;
}
