/**
 * Where Grammalecte is: the setting `qe.grammalecte.chemin` (a `grammalecte-cli` script, a Python interpreter that
 * imports `grammalecte`, or the folder of an unzipped Grammalecte), else the usual places: Debian's
 * `grammalecte-cli` (its `#!` interpreter), a Python on the PATH, `/usr/bin/python3`. Nothing is downloaded:
 * each candidate is only tried (the driver says whether it could import the module).
 */
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { delimiter, dirname, isAbsolute, join } from 'node:path';

/** How to start the driver: `command ...args driver.py [--path modulePath]`. */
export interface DriverCandidate {
  readonly command: string;
  readonly args: readonly string[];
  /** Folder to put first on Python's path (it holds the `grammalecte` package). */
  readonly modulePath?: string;
  /** French description, for the status item and the logs. */
  readonly label: string;
}

export interface LocateResult {
  readonly candidates: readonly DriverCandidate[];
  /** French reason when the setting names nothing usable (then there are no candidates). */
  readonly problem?: string;
}

export interface LocateEnvironment {
  readonly path?: string;
  readonly platform?: NodeJS.Platform;
  readonly pathExt?: string;
}

/** Candidates, best first: the setting alone when it is set, else the usual places. */
export function locateGrammalecte(setting: string | undefined, environment: LocateEnvironment = {}): LocateResult {
  const platform = environment.platform ?? process.platform;
  const searchPath = environment.path ?? process.env.PATH ?? '';
  const pathExt = environment.pathExt ?? process.env.PATHEXT ?? '.EXE;.CMD;.BAT;.COM';
  const which = (name: string) => findOnPath(name, searchPath, platform, pathExt);
  const pythons = (): DriverCandidate[] => {
    const list: DriverCandidate[] = [];
    if (platform === 'win32') {
      const launcher = which('py');
      if (launcher) list.push({ command: launcher, args: ['-3'], label: 'py -3' });
    }
    for (const name of ['python3', 'python']) {
      const found = which(name);
      if (found) list.push({ command: found, args: [], label: found });
    }
    if (platform !== 'win32' && existsSync('/usr/bin/python3')) list.push({ command: '/usr/bin/python3', args: [], label: '/usr/bin/python3' });
    return list;
  };

  const chosen = setting?.trim();
  if (chosen) {
    if (!isAbsolute(chosen)) return { candidates: [], problem: `Le réglage qe.grammalecte.chemin doit être un chemin absolu (« ${chosen} »).` };
    if (!existsSync(chosen)) return { candidates: [], problem: `Le réglage qe.grammalecte.chemin désigne un fichier introuvable : « ${chosen} ».` };
    if (statSync(chosen).isDirectory()) {
      if (!existsSync(join(chosen, 'grammalecte'))) {
        return { candidates: [], problem: `Le dossier « ${chosen} » (qe.grammalecte.chemin) ne contient pas de dossier « grammalecte ».` };
      }
      return { candidates: dedupe(pythons().map((python) => ({ ...python, modulePath: chosen, label: `${chosen} (${python.label})` }))) };
    }
    return { candidates: fromFile(chosen, pythons) };
  }

  const candidates: DriverCandidate[] = [];
  const cli = which('grammalecte-cli') ?? which('grammalecte-cli.py');
  if (cli) candidates.push(...fromFile(cli, pythons));
  candidates.push(...pythons());
  return { candidates: dedupe(candidates) };
}

/** A file: a Python script (its `#!` interpreter, else a Python of the PATH, with its folder on the module path) or an interpreter. */
function fromFile(file: string, pythons: () => DriverCandidate[]): DriverCandidate[] {
  const first = firstLine(file);
  const interpreter = first?.startsWith('#!') ? shebangCommand(first) : undefined;
  // The folder goes on Python's path only when it holds the package (an unzipped Grammalecte, not /usr/bin).
  const folder = existsSync(join(dirname(file), 'grammalecte')) ? dirname(file) : undefined;
  const withFolder = folder ? { modulePath: folder } : {};
  if (interpreter && /python/i.test(interpreter.command)) {
    return [{ command: interpreter.command, args: interpreter.args, ...withFolder, label: file }];
  }
  if (/\.py$/i.test(file) || (first !== undefined && /^(?:#!|import |from |"""|#)/.test(first) && /python|grammalecte/i.test(first))) {
    return pythons().map((python) => ({ ...python, ...withFolder, label: `${file} (${python.label})` }));
  }
  // An executable of its own: a Python interpreter (or anything that runs the driver the same way).
  return [{ command: file, args: [], label: file }];
}

/** `#!/usr/bin/env python3 -u` → python3 with `-u`; `#!/usr/bin/python3` → that path. */
function shebangCommand(line: string): { command: string; args: string[] } | undefined {
  const parts = line.slice(2).trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return undefined;
  if (/(?:^|\/)env$/.test(parts[0]!)) {
    const rest = parts.slice(1).filter((part) => !part.startsWith('-'));
    return rest.length > 0 ? { command: rest[0]!, args: rest.slice(1) } : undefined;
  }
  return { command: parts[0]!, args: parts.slice(1) };
}

function firstLine(file: string): string | undefined {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(file, 'r');
    const buffer = Buffer.alloc(256);
    const read = readSync(descriptor, buffer, 0, buffer.length, 0);
    const text = buffer.subarray(0, read).toString('latin1');
    // A binary (an interpreter) has NUL bytes early: it has no first line to read.
    if (text.includes('\0')) return undefined;
    return text.split(/\r?\n/)[0];
  } catch {
    return undefined;
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

function findOnPath(name: string, searchPath: string, platform: NodeJS.Platform, pathExt: string): string | undefined {
  const extensions = platform === 'win32' ? ['', ...pathExt.split(';').filter(Boolean).map((ext) => ext.toLowerCase())] : [''];
  for (const folder of searchPath.split(platform === 'win32' ? ';' : delimiter)) {
    if (!folder) continue;
    for (const extension of extensions) {
      const candidate = join(folder, name + extension);
      try {
        if (statSync(candidate).isFile()) return candidate;
      } catch {
        // not there
      }
    }
  }
  return undefined;
}

function dedupe(candidates: readonly DriverCandidate[]): DriverCandidate[] {
  const seen = new Set<string>();
  return candidates.filter((candidate) => {
    const key = `${candidate.command}\0${candidate.args.join('\0')}\0${candidate.modulePath ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The driver script shipped with the extension: `server/out/grammalecte/driver.py` next to the bundle, or the source. */
export function driverScriptPath(start: string = __dirname): string {
  for (const candidate of [join(start, 'grammalecte', 'driver.py'), join(start, 'driver.py'), join(start, '..', 'src', 'node', 'grammar', 'driver.py')]) {
    if (existsSync(candidate)) return candidate;
  }
  return join(start, 'grammalecte', 'driver.py');
}
