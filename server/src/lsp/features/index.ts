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
import { hover } from './hover';
import { publicationText } from './publication-text';

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
];
