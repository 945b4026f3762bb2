/**
 * Node side of style packs: finds `.qe-style.json` upward from a dossier's folder (stopping at the workspace
 * root, or at the filesystem root outside any workspace), reads it and turns its problems into French
 * messages with positions. The validation itself is in the core (`core/config/style-pack.ts`).
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, parse, resolve } from 'node:path';
import { parseStylePack, stylePackFileName, type LocatedPackProblem, type StylePack } from '../core';
import { inside, realInside } from './paths';
import { locatedMessages } from '../core/report/text';

export interface LoadedStylePack {
  /** Absolute path of the pack file. */
  readonly path: string;
  readonly pack: StylePack;
  /** Problems located in the pack's text (for diagnostics on the pack file). */
  readonly problems: readonly LocatedPackProblem[];
  /** The same problems as French lines `fichier:ligne:colonne : message` (for the CLI and logs). */
  readonly messages: readonly string[];
  /** The text that was read (undefined when the file could not be read). */
  readonly text?: string;
  /** True when the file is not valid JSON (or unreadable): the whole pack is ignored. */
  readonly ignored: boolean;
}


/**
 * The nearest `.qe-style.json` in the dossier's folder or a parent folder. The search stops at the innermost
 * workspace root that contains the dossier (included), or at the filesystem root.
 */
export function findStylePack(dossierPath: string, roots: readonly string[] = [], exists: (path: string) => boolean = isFile): string | undefined {
  let folder = dirname(resolve(dossierPath));
  const stop = roots
    .map((root) => resolve(root))
    .filter((root) => inside(root, folder))
    .sort((a, b) => b.length - a.length)[0];
  const top = parse(folder).root;
  for (;;) {
    const candidate = join(folder, stylePackFileName);
    // Inside a workspace, a file that resolves outside it (a symbolic link) is not read.
    if (exists(candidate) && (!stop || realInside(stop, candidate))) return candidate;
    if (folder === stop || folder === top) return undefined;
    const parent = dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}


/**
 * Reads and validates a pack file; never throws. `readText` lets the language server use the text of an open,
 * unsaved editor.
 */
export function readStylePack(path: string, readText: (path: string) => string = (file) => readFileSync(file, 'utf8')): LoadedStylePack {
  let text: string;
  try {
    text = readText(path);
  } catch (error) {
    const reason = (error as { code?: string }).code === 'ENOENT' ? 'fichier introuvable' : 'fichier illisible';
    return { path, pack: {}, problems: [], messages: [`fichier de style « ${path} » ignoré (${reason}) ; contrôle avec les réglages par défaut.`], ignored: true };
  }
  const { pack, problems, invalidJson } = parseStylePack(text);
  return { path, pack, problems, messages: locatedMessages(path, text, problems), text, ignored: invalidJson };
}

/** Reads each pack file once per modification (CLI runs over many dossiers, server over many edits). */
export class StylePackCache {
  private readonly entries = new Map<string, { stamp: string; loaded: LoadedStylePack }>();

  load(path: string): LoadedStylePack {
    let stamp = '';
    try {
      const stat = statSync(path);
      stamp = `${stat.mtimeMs}:${stat.size}`;
    } catch {
      stamp = 'absent';
    }
    const cached = this.entries.get(path);
    if (cached && cached.stamp === stamp) return cached.loaded;
    const loaded = readStylePack(path);
    this.entries.set(path, { stamp, loaded });
    return loaded;
  }

  clear(): void {
    this.entries.clear();
  }
}
