/** Every LSP feature of the server, one line each: a new feature is a module in this folder and a line here. */
import type { Feature } from '../feature';
import { codeActions } from './code-actions';
import { codeLens } from './code-lens';
import { completion } from './completion';
import { coverage } from './coverage';
import { diagnostics } from './diagnostics';
import { documentLinks } from './document-links';
import { documentSymbols } from './symbols';
import { dossierFromQuestion } from './dossier-from-question';
import { folding } from './folding';
import { grammar } from './grammar';
import { hover } from './hover';
import { publicationText } from './publication-text';
import { registerDeskFeatures } from './desk';
import { registerSimilarFeatures } from './similar';

/** The drafting desk: checklist, deadlines, pending questions (qe/checklist, qe/pendingQuestions…). */
const desk: Feature = {
  register: (server) =>
    registerDeskFeatures(server.connection, { documents: server.documents, analysisOf: (document) => server.analysisOf(document), workspaceRoots: () => server.workspaceRoots }),
};

/** Identical questions and earlier answers, from the workspace's dossiers and open-data records. */
const similar: Feature = {
  register: (server) => registerSimilarFeatures(server.connection, { documents: server.documents, workspaceRoots: () => server.workspaceRoots }),
};

export const features: readonly Feature[] = [
  diagnostics,
  documentSymbols,
  codeActions,
  completion,
  hover,
  documentLinks,
  folding,
  codeLens,
  dossierFromQuestion,
  coverage,
  publicationText,
  desk,
  similar,
  grammar,
];
