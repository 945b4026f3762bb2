import { realpathSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';

/** True when `path` is `root` or lies below it (both taken as written). */
export function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** True when `path`, symbolic links resolved, lies inside `root` (itself resolved); false when either is missing. */
export function realInside(root: string, path: string): boolean {
  try {
    return inside(realpathSync(root), realpathSync(path));
  } catch {
    return false;
  }
}
