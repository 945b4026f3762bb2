/**
 * Document links: rule names (to the shipped documentation) and « Source de la question : » paths, only to
 * files inside the workspace (or the dossier's folder without one).
 */
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentLink } from 'vscode-languageserver/node';
import { documentLinks as linksOf } from '../../core';
import { confinedFile, dossierRoots, inside } from '../../node/paths';
import { ruleDocumentationUri } from '../convert';
import type { Feature } from '../feature';
import { pathOf } from '../qe-server';

export const documentLinks: Feature = {
  capabilities: () => ({ documentLinkProvider: { resolveProvider: false } }),
  register(server) {
    server.connection.onDocumentLinks(async (params) => {
      const entry = await server.dossierAnalysis(params.textDocument.uri);
      if (!entry) return [];
      const path = pathOf(params.textDocument.uri);
      const links: DocumentLink[] = [];
      for (const link of linksOf(entry.analysis)) {
        let target: string | undefined;
        if (link.target.kind === 'rule') target = ruleDocumentationUri(link.target.id);
        else if (path) {
          // Relative to the dossier's folder; a path written relative to the workspace (older dossiers) also works.
          const relativePath = link.target.path;
          const roots = dossierRoots(path, server.workspaceRoots);
          const candidates = [resolve(dirname(path), relativePath), ...server.workspaceRoots.map((root) => resolve(root, relativePath))];
          // An existing file inside the workspace; else (not written yet) a path inside it; never a link out.
          let file: string | undefined;
          let missing: string | undefined;
          for (const candidate of candidates) {
            const found = confinedFile(candidate, roots);
            if ('real' in found) {
              file = found.real;
              break;
            }
            if (found.refused === 'absent' && !missing && roots.some((root) => inside(root, candidate))) missing = candidate;
          }
          file ??= missing;
          if (file) target = pathToFileURL(file).href;
        }
        if (target) links.push({ range: entry.lines.range(link.range), target, tooltip: link.tooltip });
      }
      return links;
    });
  },
};
