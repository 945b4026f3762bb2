/**
 * Node side of the workspace reference catalogues: finds every `.qe-catalogue.json` from the workspace root
 * down to a dossier's folder, reads them (cached on modification time) and extends the built-in catalog with
 * them, the nearest file last. Validation is in the core (`core/completion/catalog.ts`).
 */
import { statSync } from 'node:fs';
import { dirname, join, parse, resolve } from 'node:path';
import { builtinCatalog, catalogFileName, decodeBytes, extendCatalog, locatedMessages, parseCatalogExtension, type Catalog, type CatalogExtension } from '../core';
import { confinedFile, inside, readConfinedFile } from './paths';

/** Largest catalogue read (a real one is tens of KB). */
const maxCatalogBytes = 2 * 1024 * 1024;
const emptyExtension: CatalogExtension = { plans: [], sources: [], acronyms: [], ministries: [] };

interface Entry {
  readonly mtimeMs: number;
  readonly extension: CatalogExtension;
  readonly messages: readonly string[];
}


/** Catalogue files that apply to a dossier, outermost first (stops at the workspace root, or the filesystem root). */
export function findCatalogFiles(dossierPath: string, roots: readonly string[] = []): string[] {
  let folder = dirname(resolve(dossierPath));
  const stop = roots
    .map((root) => resolve(root))
    .filter((root) => inside(root, folder))
    .sort((a, b) => b.length - a.length)[0];
  const top = parse(folder).root;
  const found: string[] = [];
  for (;;) {
    const candidate = join(folder, catalogFileName);
    // A file that resolves outside the workspace (outside any workspace: outside its own folder) is not read,
    // nor a directory, FIFO or device of that name.
    if ('real' in confinedFile(candidate, [stop ?? folder])) found.unshift(candidate);
    if (folder === stop || folder === top) break;
    const parent = dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  return found;
}

function mtime(path: string): number | undefined {
  try {
    const stat = statSync(path);
    return stat.isFile() ? stat.mtimeMs : undefined;
  } catch {
    return undefined;
  }
}


export class CatalogFiles {
  private readonly entries = new Map<string, Entry>();

  /** The catalog for a dossier (the built-in one outside the file system), and French messages for broken files. */
  catalogFor(dossierPath: string | undefined, roots: readonly string[]): { catalog: Catalog; messages: string[] } {
    if (!dossierPath) return { catalog: builtinCatalog, messages: [] };
    const extensions: { origin: string; extension: CatalogExtension }[] = [];
    const messages: string[] = [];
    for (const file of findCatalogFiles(dossierPath, roots)) {
      const entry = this.read(file);
      if (!entry) continue;
      extensions.push({ origin: file, extension: entry.extension });
      for (const message of entry.messages) messages.push(message);
    }
    return { catalog: extendCatalog(builtinCatalog, extensions), messages };
  }

  private read(file: string): Entry | undefined {
    const modified = mtime(file);
    if (modified === undefined) return undefined;
    const cached = this.entries.get(file);
    if (cached && cached.mtimeMs === modified) return cached;
    const ignored = (reason: string): Entry => {
      const entry = { mtimeMs: modified, extension: emptyExtension, messages: [`${file} : ${reason} ; le catalogue intégré s’applique.`] };
      this.entries.set(file, entry);
      return entry;
    };
    const read = readConfinedFile(file, [dirname(file)], { maxBytes: maxCatalogBytes });
    if ('refused' in read) return ignored(`lecture impossible (${read.message ?? read.refused})`);
    if (read.truncated) return ignored(`fichier trop volumineux (plus de ${maxCatalogBytes / 1024 / 1024} Mo), ignoré`);
    const decoded = decodeBytes(read.bytes);
    if (!decoded.ok) return ignored(`fichier illisible (${decoded.message})`);
    const text = decoded.text;
    try {
      const { extension, problems } = parseCatalogExtension(text);
      const entry = { mtimeMs: modified, extension, messages: locatedMessages(file, text, problems) };
      this.entries.set(file, entry);
      return entry;
    } catch {
      // Whatever the parser cannot take (nesting beyond the stack): the file is ignored, the rest goes on.
      return ignored('structure trop imbriquée ou trop grande, fichier ignoré');
    }
  }
}
