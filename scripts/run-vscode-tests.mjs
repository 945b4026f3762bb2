#!/usr/bin/env node
// Runs the extension's mocha suite inside real VS Code, offline: code-server (VS Code server + web workbench,
// Node extension host) on 127.0.0.1, driven by Debian chromium through playwright-core.
// Recipe: shared/design/real-vscode-offline.md, section 2b. Setup first: scripts/setup-code-server.sh.
//
// Usage: node scripts/run-vscode-tests.mjs [--tests FILE(.js|.ts)] [--extension DIR] [--workspace DIR] [--verbose]
//                                          [--screenshot FILE.png]
// Env (same meaning): TESTS_PATH, EXTENSION_PATH, WORKSPACE, VERBOSE=1, SCREENSHOT; also CODE_SERVER (install dir),
// CODE_SERVER_CACHE (as setup-code-server.sh), CHROMIUM_PATH (default /usr/bin/chromium), PORT (default: a free one), TEST_TIMEOUT_MS (default 300000),
// KEEP_TMP=1 (keep the temp dir with logs and profiles), SNAPSHOTS (folder for the suite's screenshots, default: the temp dir).
// Snapshots: a test prints `[qe-e2e] snapshot NAME` (client/src/test/suite/helpers.ts, `snapshot`); the runner saves
// NAME.png and NAME.json (what the workbench shows: suggest widget rows, status bar, webview text and headings) in
// $QE_E2E_SNAPSHOTS, which the test then reads: what the user sees, not what the API returns.
// A .ts test entry is bundled with esbuild first (used for the negative control, client/src/test/index-failing.ts).
// Exit: 0 when the suite passed, 1 otherwise. Last line: "N passed, N failed".
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CODE_SERVER_VERSION = process.env.CODE_SERVER_VERSION ?? '4.100.3';

const { values: args } = parseArgs({
  options: {
    tests: { type: 'string' },
    extension: { type: 'string' },
    workspace: { type: 'string' },
    verbose: { type: 'boolean' },
    screenshot: { type: 'string' },
    snapshots: { type: 'string' },
  },
});

const verbose = args.verbose || process.env.VERBOSE === '1';
const timeoutMs = Number(process.env.TEST_TIMEOUT_MS || 300_000);
const extensionPath = path.resolve(args.extension ?? process.env.EXTENSION_PATH ?? ROOT);
const testsArg = path.resolve(args.tests ?? process.env.TESTS_PATH ?? path.join(ROOT, 'client/out/test/index.js'));
const workspaceSrc = path.resolve(args.workspace ?? process.env.WORKSPACE ?? path.join(ROOT, 'test/fixtures/e2e-workspace'));
const screenshot = args.screenshot ?? process.env.SCREENSHOT;
const codeServerDir = path.resolve(
  // CODE_SERVER_CACHE: the same cache folder as scripts/setup-code-server.sh (one install shared by worktrees).
  process.env.CODE_SERVER ??
    path.join(process.env.CODE_SERVER_CACHE ?? path.join(ROOT, '.cache/code-server'), CODE_SERVER_VERSION, 'node_modules/code-server'),
);
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const t0 = Date.now();
const stamp = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
const info = (msg) => console.log(`[run-vscode-tests ${stamp()}] ${msg}`);
const debug = (msg) => {
  if (verbose) info(msg);
};

/** Counts seen so far, from the markers printed by client/src/test/mochaRunner.ts. */
const counts = { passed: 0, failed: 0 };
let tmp;
let codeServer;
let context;
let finished = false;

function fail(message) {
  return finish(1, message);
}

async function finish(code, reason) {
  if (finished) return;
  finished = true;
  await cleanup();
  let { passed, failed } = counts;
  // A run that failed without a failing test (timeout, crash, setup error) counts as one failure.
  if (code !== 0 && failed === 0) failed = 1;
  if (code === 0 && (failed > 0 || passed === 0)) code = 1;
  if (reason && code !== 0) info(`failed: ${reason}`);
  info(`done, exit ${code}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(code);
}

async function cleanup() {
  if (context) {
    const ctx = context;
    context = undefined;
    await Promise.race([ctx.close().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
  }
  if (codeServer) {
    const child = codeServer;
    // detached: code-server leads its own process group (server, extension host, language server).
    const killGroup = (sig) => {
      try {
        process.kill(-child.pid, sig);
      } catch {
        /* group already gone */
      }
    };
    if (child.exitCode === null && child.signalCode === null) {
      const exited = once(child, 'exit');
      killGroup('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
    }
    // Extension host and language server may outlive code-server itself.
    killGroup('SIGKILL');
  }
  codeServer = undefined;
  if (tmp && process.env.KEEP_TMP !== '1') fs.rmSync(tmp, { recursive: true, force: true });
  else if (tmp) info(`kept ${tmp}`);
}

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => void fail(`interrupted by ${sig}`));
process.on('uncaughtException', (err) => void fail(`runner error: ${err?.stack ?? err}`));
process.on('unhandledRejection', (err) => void fail(`runner error: ${err?.stack ?? err}`));
const overall = setTimeout(() => void fail(`overall timeout of ${timeoutMs} ms reached`), timeoutMs);

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** code-server reads $PORT as an override of --bind-addr's port. */
function withoutPort(env) {
  const { PORT: _ignored, ...rest } = env;
  return rest;
}

/** Bundles a .ts test entry the way the project's esbuild.mjs bundles client/src/test/index.ts. */
async function bundleTests(entry, outDir) {
  const esbuild = await import('esbuild');
  const outfile = path.join(outDir, `${path.basename(entry, '.ts')}.js`);
  await esbuild.build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'error',
    absWorkingDir: ROOT,
  });
  return outfile;
}

let snapshotDir;

/** The workbench as the user sees it, for `[qe-e2e] snapshot NAME`: written as NAME.json (last) and NAME.png. */
async function takeSnapshot(name) {
  const page = context?.pages()[0];
  if (!page || !snapshotDir || !/^[\w.-]+$/.test(name)) return;
  const workbench = await page
    .evaluate(() => {
      const visible = (element) => !!element && element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
      // Every editor keeps its own suggest widget: the first in the DOM may be a hidden editor's.
      const widget = [...document.querySelectorAll('.editor-widget.suggest-widget')].find(
        (candidate) => visible(candidate) && candidate.classList.contains('visible'),
      );
      const suggestions = widget
        ? [...widget.querySelectorAll('.monaco-list-row')]
            .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
            .map((row) => ({ label: row.querySelector('.label-name')?.textContent ?? '', aria: row.getAttribute('aria-label') ?? '' }))
        : null;
      const statusBar = [...document.querySelectorAll('.statusbar-item')]
        .filter(visible)
        .map((item) => ({ id: item.id, text: item.textContent?.trim() ?? '', aria: item.getAttribute('aria-label') ?? '' }));
      const unicodeHighlights = document.querySelectorAll('.monaco-editor .unicode-highlight').length;
      // The settings editor's rows: « Category: Label » and the value shown (enum labels).
      const settings = [...document.querySelectorAll('.settings-editor .setting-item-contents')].filter(visible).map((item) => ({
        category: item.querySelector('.setting-item-category')?.textContent?.trim() ?? '',
        label: item.querySelector('.setting-item-label')?.textContent?.trim() ?? '',
        value: item.querySelector('select')?.selectedOptions?.[0]?.textContent?.trim() ?? item.querySelector('.monaco-select-box')?.getAttribute('title') ?? '',
      }));
      // The settings editor's section headings (extension sections: `contributes.configuration[].title`).
      const settingsGroups = [...document.querySelectorAll('.settings-editor .settings-group-title-label')].filter(visible).map((item) => item.textContent?.trim() ?? '');
      // Its table of contents: each entry's label and whether it has the keyboard focus.
      const settingsToc = [...document.querySelectorAll('.settings-editor .settings-toc-container .monaco-list-row')]
        .filter(visible)
        .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
        .map((row) => ({ label: row.querySelector('.settings-toc-entry')?.textContent?.trim() ?? '', focused: row.classList.contains('focused') }));
      // The editor's hover as shown (its rendered Markdown), null when none is shown.
      const hoverWidget = [...document.querySelectorAll('.monaco-editor .monaco-hover')].find(visible);
      const hover = hoverWidget ? hoverWidget.textContent?.trim() ?? '' : null;
      return { suggestions, statusBar, unicodeHighlights, settings, settingsGroups, settingsToc, hover };
    })
    .catch((error) => ({ error: String(error) }));
  const webviews = [];
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    const content = await frame
      .evaluate(() => {
        const headings = [...document.querySelectorAll('h1, h2, h3')].map((heading) => ({
          id: heading.id,
          text: heading.textContent?.trim() ?? '',
          top: Math.round(heading.getBoundingClientRect().top),
        }));
        return headings.length > 0 ? { title: document.title, height: window.innerHeight, headings } : null;
      })
      .catch(() => null);
    if (content) webviews.push(content);
  }
  await page.screenshot({ path: path.join(snapshotDir, `${name}.png`) }).catch(() => {});
  // The JSON last: the test waits for it, so the screenshot is there when the test goes on.
  const file = path.join(snapshotDir, `${name}.json`);
  fs.writeFileSync(`${file}.part`, JSON.stringify({ ...workbench, webviews }, null, 1));
  fs.renameSync(`${file}.part`, file);
  debug(`snapshot ${file}`);
}

/** True once the suite announced its start: later log lines are the suite's (mocha) output. */
let suiteStarted = false;
/** Workbench noise of a closed network (extension gallery lookups). */
const NOISE = /open-vsx\.org|ENOTFOUND|ERR_NAME_NOT_RESOLVED/;

/** codeAutomationLog(level, args): the workbench's log lines, extension host console output included. */
function handleLog(level, args) {
  const text = Array.isArray(args) ? format(...args) : String(args);
  for (const line of text.split('\n')) {
    const marker = /^\[qe-e2e\] (start|pass|fail|result (\{.*\})|snapshot (\S+))$/.exec(line);
    // `[qe-e2e] screenshot NAME`: a test asks for the live workbench (FILE-NAME.png beside --screenshot FILE.png).
    const shot = /^\[qe-e2e\] screenshot ([\w-]+)$/.exec(line);
    if (shot) {
      if (screenshot) void context?.pages()[0]?.screenshot({ path: screenshot.replace(/(\.png)?$/, `-${shot[1]}.png`) }).catch(() => {});
      continue;
    }
    if (marker) {
      if (marker[3]) void takeSnapshot(marker[3]);
      else if (marker[1] === 'start') suiteStarted = true;
      else if (marker[1] === 'pass') counts.passed++;
      else if (marker[1] === 'fail') counts.failed++;
      else Object.assign(counts, JSON.parse(marker[2]));
    } else if (verbose) {
      console.log(`  [${level}] ${line}`);
    } else if (suiteStarted ? !NOISE.test(line) : level === 'error' && !NOISE.test(text)) {
      console.log(level === 'info' ? line : `[${level}] ${line}`);
    }
  }
}

async function main() {
  for (const [what, p] of [
    ['extension', path.join(extensionPath, 'package.json')],
    ['tests', testsArg],
    ['workspace', workspaceSrc],
    ['chromium', chromiumPath],
  ]) {
    if (!fs.existsSync(p)) {
      const hint = what === 'tests' ? ' (build first: node esbuild.mjs)' : what === 'chromium' ? ' (run scripts/setup-code-server.sh)' : '';
      return fail(`${what} not found: ${p}${hint}`);
    }
  }
  const entry = path.join(codeServerDir, 'out/node/entry.js');
  if (!fs.existsSync(entry)) return fail(`code-server not found at ${codeServerDir} (run scripts/setup-code-server.sh)`);

  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qe-vscode-tests-'));
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(workspaceSrc, workspace, { recursive: true });
  snapshotDir = path.resolve(args.snapshots ?? process.env.SNAPSHOTS ?? path.join(tmp, 'snapshots'));
  fs.mkdirSync(snapshotDir, { recursive: true });
  const testsPath = testsArg.endsWith('.ts') ? await bundleTests(testsArg, path.join(tmp, 'tests')) : testsArg;
  info(`extension ${extensionPath}\n  tests     ${testsPath}\n  workspace ${workspace}`);

  const port = Number(process.env.PORT) || (await freePort());
  const csLog = [];
  codeServer = spawn(
    process.execPath,
    [
      entry,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--config', path.join(tmp, 'code-server.yaml'),
      '--user-data-dir', path.join(tmp, 'user'),
      '--extensions-dir', path.join(tmp, 'extensions'),
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--disable-proxy',
      '--ignore-last-opened',
    ],
    {
      cwd: tmp,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Inherited by the extension host: asks mochaRunner.ts for its count markers.
      env: { ...withoutPort(process.env), QE_E2E_MARKERS: '1', QE_E2E_SNAPSHOTS: snapshotDir, XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'), XDG_DATA_HOME: path.join(tmp, 'xdg-data') },
    },
  );
  const listening = new Promise((resolve, reject) => {
    const onData = (chunk) => {
      const text = chunk.toString();
      csLog.push(text);
      if (verbose) process.stdout.write(text.replace(/^/gm, '  [code-server] '));
      if (/HTTP server listening/.test(csLog.join(''))) resolve();
    };
    codeServer.stdout.on('data', onData);
    codeServer.stderr.on('data', onData);
    codeServer.on('exit', (code, sig) => {
      reject(new Error(`code-server exited early (${code ?? sig}):\n${csLog.join('').slice(-3000)}`));
      if (!finished) void fail(`code-server exited (${code ?? sig})`);
    });
  });
  await Promise.race([
    listening,
    new Promise((_, reject) => setTimeout(() => reject(new Error(`code-server not listening after 60 s:\n${csLog.join('').slice(-3000)}`)), 60_000)),
  ]);
  info(`code-server ${CODE_SERVER_VERSION} listening on 127.0.0.1:${port} (pid ${codeServer.pid})`);

  const { chromium } = await import('playwright-core');
  context = await chromium.launchPersistentContext(path.join(tmp, 'chromium'), {
    executablePath: chromiumPath,
    headless: true,
    // Closed network: no background traffic; root in a container: no sandbox; no GPU.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1280, height: 800 },
  });
  info('chromium launched');

  let resolveExit;
  const exitCode = new Promise((resolve) => {
    resolveExit = resolve;
  });
  // The workbench calls these when extensionTestsPath is set; they must exist before the page loads.
  await context.exposeFunction('codeAutomationLog', (level, message) => handleLog(level, message));
  await context.exposeFunction('codeAutomationExit', async (code) => {
    if (screenshot) {
      // Taken after the extension host stopped: shows the layout, not live diagnostics.
      await context?.pages()[0]?.screenshot({ path: screenshot }).catch(() => {});
    }
    resolveExit(Number(code));
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('crash', () => void fail('the workbench page crashed'));
  page.on('pageerror', (err) => debug(`page error: ${err.message}`));
  if (verbose) page.on('console', (msg) => console.log(`  [console.${msg.type()}] ${msg.text()}`));

  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionPath)],
    ['extensionTestsPath', remote(testsPath)],
    ['skipWelcome', 'true'],
  ];
  const url =
    `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}` +
    `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  debug(`open ${url}`);
  await page.goto(url);
  info('workbench loaded, tests running');

  const code = await exitCode;
  clearTimeout(overall);
  info(`extension host exited with ${code}`);
  if (code !== 0 && !verbose && !suiteStarted) console.log(`code-server log (tail):\n${csLog.join('').slice(-2000)}`);
  await finish(code, code === 0 ? undefined : `extension tests exited with ${code}`);
}

main().catch((err) => fail(err?.stack ?? String(err)));
