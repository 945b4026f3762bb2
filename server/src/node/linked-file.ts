import { dirname, isAbsolute, resolve } from 'node:path';
import type { LinkedFile } from '../core';
import { decodeBytes } from '../core';
import { readConfinedFile } from './paths';

/** Largest question file read (a question is a few KB; an open-data record some 10 KB). */
const maxQuestionBytes = 4 * 1024 * 1024;

/**
 * Reads the question file a dossier links to, relative to the dossier, refusing any path that leaves the
 * allowed roots (the workspace folders, or the dossier's own folder tree when there is none, or the CLI's
 * `--racine`), and anything that is not a regular file (a FIFO would block, a device never ends).
 */
export function linkedFileReader(dossierPath: string, roots: readonly string[] = [dirname(resolve(dossierPath))]) {
  return (relativePath: string): LinkedFile | { error: string } => {
    if (isAbsolute(relativePath)) {
      return { error: `Le fichier de question « ${relativePath} » doit être désigné par un chemin relatif au dossier.` };
    }
    const target = resolve(dirname(resolve(dossierPath)), relativePath);
    const read = readConfinedFile(target, roots, { maxBytes: maxQuestionBytes });
    if ('refused' in read) {
      switch (read.refused) {
        case 'absent':
          return { error: `Fichier de question « ${relativePath} » introuvable.` };
        case 'outside':
          return { error: `Le fichier de question « ${relativePath} » est hors de l’espace de travail : il n’est pas lu.` };
        case 'not-file':
          return { error: `« ${relativePath} » n’est pas un fichier ordinaire (dossier, tube ou périphérique) : il n’est pas lu.` };
        case 'timeout':
          return { error: `Fichier de question « ${relativePath} » : lecture trop lente, abandonnée.` };
        default:
          return { error: `Fichier de question « ${relativePath} » illisible.` };
      }
    }
    if (read.truncated) return { error: `Fichier de question « ${relativePath} » trop volumineux (plus de 4 Mo) : il n’est pas lu.` };
    const decoded = decodeBytes(read.bytes);
    if (!decoded.ok) return { error: `Fichier de question « ${relativePath} » illisible : ${decoded.message}` };
    return { path: relativePath, text: decoded.text };
  };
}
