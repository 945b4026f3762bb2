import { readFileSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import type { LinkedFile } from '../core';
import { decodeBytes } from '../core';
import { inside } from './paths';


/**
 * Reads the question file a dossier links to, relative to the dossier, refusing any path that leaves the
 * allowed roots (the workspace folders, or the dossier's own folder when there is no workspace).
 */
export function linkedFileReader(dossierPath: string, roots: readonly string[] = [process.cwd(), dirname(resolve(dossierPath))]) {
  return (relativePath: string): LinkedFile | { error: string } => {
    if (isAbsolute(relativePath)) {
      return { error: `Le fichier de question « ${relativePath} » doit être désigné par un chemin relatif au dossier.` };
    }
    const target = resolve(dirname(resolve(dossierPath)), relativePath);
    let real: string;
    try {
      real = realpathSync(target);
    } catch {
      return { error: `Fichier de question « ${relativePath} » introuvable.` };
    }
    const realRoots = roots.map((root) => {
      try {
        return realpathSync(root);
      } catch {
        return resolve(root);
      }
    });
    if (!realRoots.some((root) => inside(root, real))) {
      return { error: `Le fichier de question « ${relativePath} » est hors de l’espace de travail : il n’est pas lu.` };
    }
    try {
      const decoded = decodeBytes(readFileSync(real));
      if (!decoded.ok) return { error: `Fichier de question « ${relativePath} » illisible : ${decoded.message}` };
      return { path: relativePath, text: decoded.text };
    } catch {
      return { error: `Fichier de question « ${relativePath} » illisible.` };
    }
  };
}
