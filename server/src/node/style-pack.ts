/**
 * Node side of style packs: finds `.qe-style.json` upward from a dossier's folder (stopping at the workspace
 * root, or at the filesystem root outside any workspace), reads it and turns its problems into French
 * messages with positions. The validation itself is in the core (`core/config/style-pack.ts`).
 */
import { statSync } from 'node:fs';
import { dirname, join, parse, resolve } from 'node:path';
import { decodeBytes, locatedMessages, parseStylePack, stylePackFileName, type LocatedPackProblem, type StylePack } from '../core';
import { confinedFile, inside, readConfinedFile } from './paths';

/** Largest pack read: a real pack is a few KB; beyond this it is ignored (and said). */
export const maxPackBytes = 1024 * 1024;

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
  /** Why the file could not be used at all (unreadable, too large, too deep), in French. */
  readonly reason?: string;
}


/**
 * The nearest `.qe-style.json` in the dossier's folder or a parent folder. The search stops at the innermost
 * workspace root that contains the dossier (included), or at the filesystem root.
 */
export function findStylePack(dossierPath: string, roots: readonly string[] = [], exists: (path: string, root: string) => boolean = isConfinedFile): string | undefined {
  let folder = dirname(resolve(dossierPath));
  const stop = roots
    .map((root) => resolve(root))
    .filter((root) => inside(root, folder))
    .sort((a, b) => b.length - a.length)[0];
  const top = parse(folder).root;
  for (;;) {
    const candidate = join(folder, stylePackFileName);
    // A file that resolves outside the workspace (or, outside any workspace, outside its own folder) is not read;
    // neither is a directory, FIFO or device of that name.
    if (exists(candidate, stop ?? folder)) return candidate;
    if (folder === stop || folder === top) return undefined;
    const parent = dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

function isConfinedFile(path: string, root: string): boolean {
  return 'real' in confinedFile(path, [root]);
}

/** Reads a pack file confined to `roots` (no link out, no FIFO), capped at `maxPackBytes`. */
function readPackFile(path: string, roots: readonly string[]): string {
  const read = readConfinedFile(path, roots, { maxBytes: maxPackBytes });
  if ('refused' in read) throw Object.assign(new Error(read.refused), { code: read.refused === 'absent' ? 'ENOENT' : read.refused });
  if (read.truncated) throw Object.assign(new Error('trop volumineux'), { code: 'too-large' });
  const decoded = decodeBytes(read.bytes);
  if (!decoded.ok) throw Object.assign(new Error(decoded.message), { code: 'undecodable' });
  return decoded.text;
}

const readReasons: Record<string, string> = {
  ENOENT: 'fichier introuvable',
  outside: 'lien vers un fichier hors de son dossier',
  'not-file': 'ce n’est pas un fichier ordinaire',
  timeout: 'lecture trop lente',
  'too-large': `fichier trop volumineux, plus de ${maxPackBytes / 1024 / 1024} Mo`,
  'too-deep': 'structure trop imbriquée ou trop grande',
};


/**
 * Reads and validates a pack file; never throws. `readText` lets the language server use the text of an open,
 * unsaved editor.
 */
export function readStylePack(path: string, readText?: (path: string) => string, roots: readonly string[] = [dirname(path)]): LoadedStylePack {
  const ignored = (code: string | undefined): LoadedStylePack => {
    const reason = readReasons[code ?? ''] ?? 'fichier illisible';
    return { path, pack: {}, problems: [], messages: [`fichier de style « ${path} » ignoré (${reason}) ; contrôle avec les réglages par défaut.`], ignored: true, reason };
  };
  let text: string;
  try {
    text = readText ? readText(path) : readPackFile(path, roots);
  } catch (error) {
    return ignored((error as { code?: string }).code);
  }
  // An open editor's text is not capped by the read: the same limit applies.
  if (text.length > maxPackBytes) return ignored('too-large');
  try {
    const { pack, problems, invalidJson } = parseStylePack(text);
    return { path, pack, problems, messages: locatedMessages(path, text, problems), text, ignored: invalidJson };
  } catch {
    // Whatever the parser cannot take (nesting beyond the stack) leaves the defaults in force.
    return ignored('too-deep');
  }
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
