/**
 * Confinement: every path the server or the CLI follows (question files, style packs, catalogues, document
 * links, the dictionary action) goes through here. A path is followed only when, symbolic links resolved, it
 * lies inside one of the allowed roots and is a regular file: no link out, no FIFO, device or directory (checked
 * before opening, and again on the opened descriptor), read with a size cap and a time limit.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';

/** True when `path` is `root` or lies below it (both taken as written). */
export function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** True when `path`, symbolic links resolved, lies inside `root` (itself resolved); false when either is missing. */
function realInside(root: string, path: string): boolean {
  try {
    return inside(realpathSync(root), realpathSync(path));
  } catch {
    return false;
  }
}

function realRoot(root: string): string {
  try {
    return realpathSync(root);
  } catch {
    return resolve(root);
  }
}

/**
 * The roots a dossier may reach: the workspace folders that contain it, else its own folder (never the
 * current directory: run from `/`, that would be everything).
 */
export function dossierRoots(dossierPath: string, workspaceRoots: readonly string[] = []): string[] {
  const absolute = resolve(dossierPath);
  const containing = workspaceRoots.filter((root) => inside(resolve(root), absolute) || realInside(root, absolute));
  return containing.length > 0 ? containing.map((root) => resolve(root)) : [dirname(absolute)];
}

export type Refusal = 'absent' | 'outside' | 'not-file';
export type Confined = { readonly real: string; readonly size: number } | { readonly refused: Refusal };

/** `path` resolved, when it is a regular file inside one of `roots` (checked without opening it). */
export function confinedFile(path: string, roots: readonly string[]): Confined {
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    // Missing: 'absent' only when nothing on the way leads out (a dangling link, or a folder linked outside).
    return missingInside(path, roots) ? { refused: 'absent' } : { refused: 'outside' };
  }
  if (!roots.some((root) => inside(realRoot(root), real))) return { refused: 'outside' };
  try {
    const stat = statSync(real);
    return stat.isFile() ? { real, size: stat.size } : { refused: 'not-file' };
  } catch {
    return { refused: 'absent' };
  }
}

/** For a path that does not resolve: true when it is no dangling link and its nearest existing folder is inside `roots`. */
function missingInside(path: string, roots: readonly string[]): boolean {
  let current = resolve(path);
  try {
    lstatSync(current);
    return false;
  } catch {
    // Not even a link: look at the folders above.
  }
  for (;;) {
    const parent = dirname(current);
    if (parent === current) return false;
    current = parent;
    let real: string;
    try {
      real = realpathSync(current);
    } catch {
      continue;
    }
    return roots.some((root) => inside(realRoot(root), real));
  }
}

export interface ReadLimits {
  /** Bytes read at most; a longer file is reported `truncated` (default 8 MiB). */
  readonly maxBytes?: number;
  /** Time allowed for the reads (default 2 s): a slow device or network share does not stall the caller. */
  readonly timeoutMs?: number;
}

export type ReadResult =
  | { readonly real: string; readonly bytes: Uint8Array; readonly truncated: boolean }
  | { readonly refused: Refusal | 'unreadable' | 'timeout'; readonly message?: string };

/** Reads a confined file (see `confinedFile`), opened non-blocking so that a FIFO swapped in cannot block. */
export function readConfinedFile(path: string, roots: readonly string[], limits: ReadLimits = {}): ReadResult {
  const found = confinedFile(path, roots);
  if ('refused' in found) return found;
  const maxBytes = limits.maxBytes ?? 8 * 1024 * 1024;
  const deadline = performance.now() + (limits.timeoutMs ?? 2000);
  let fd: number;
  try {
    fd = openSync(found.real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    return { refused: 'unreadable', message: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
  try {
    if (!fstatSync(fd).isFile()) return { refused: 'not-file' };
    const buffer = Buffer.allocUnsafe(Math.min(maxBytes, found.size) + 1);
    let length = 0;
    while (length < buffer.length) {
      const read = readSync(fd, buffer, length, Math.min(1 << 20, buffer.length - length), null);
      if (read === 0) break;
      length += read;
      if (performance.now() > deadline) return { refused: 'timeout' };
    }
    return { real: found.real, bytes: buffer.subarray(0, Math.min(length, maxBytes)), truncated: length > maxBytes };
  } catch (error) {
    return { refused: 'unreadable', message: (error as NodeJS.ErrnoException).code ?? String(error) };
  } finally {
    closeSync(fd);
  }
}

/**
 * Whether a file may be written (created, or edited) at `path`: inside `roots` once links are resolved, never
 * through a link that points nowhere (a dangling link would create its target, anywhere), never over something
 * that is not a regular file. Undefined when it may not.
 */
export function writableFile(path: string, roots: readonly string[]): { readonly exists: boolean } | undefined {
  const realRoots = roots.map(realRoot);
  let link;
  try {
    link = lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return undefined;
    let folder: string;
    try {
      folder = realpathSync(dirname(path));
    } catch {
      return undefined;
    }
    return realRoots.some((root) => inside(root, join(folder, basename(path)))) ? { exists: false } : undefined;
  }
  if (!link.isFile() && !link.isSymbolicLink()) return undefined;
  const found = confinedFile(path, roots);
  return 'real' in found ? { exists: true } : undefined;
}
