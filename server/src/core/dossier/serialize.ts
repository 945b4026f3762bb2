import { stringify } from 'yaml';
import type { Metadata, QeDocument, Section } from '../model/types';

/** Metadata in the order a drafter reads them. */
const keyOrder: readonly (keyof Metadata)[] = [
  'numero',
  'legislature',
  'chambre',
  'auteur',
  'circonscription',
  'groupe',
  'ministereInterroge',
  'ministereAttributaire',
  'rubrique',
  'titre',
  'publicationQuestion',
  'publicationReponse',
  'signalee',
  'signalement',
  'questionsLiees',
  'question',
];

/** Escapes what Markdown would read as markup at the start of a line or around words. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\*_`[\]<])/g, '\\$1')
    .replace(/^(\s*)(#{1,6}\s|>|[-+]\s|\d+[.)]\s)/gm, '$1\\$2');
}

function sectionText(section: Section | null): string {
  return section ? section.paragraphs.map((paragraph) => escapeMarkdown(paragraph.text)).join('\n\n') : '';
}

export interface DossierOptions {
  /** Where the question came from, kept in the internal notes. */
  readonly origin?: string;
}

/**
 * A native `.qe.md` dossier from any document model (an AN page export, an open-data record): the metadata
 * in the front matter, the question, the answer if there is one (else a place to write it), internal notes.
 */
export function toDossier(document: QeDocument, options: DossierOptions = {}): string {
  const metadata: Record<string, unknown> = {};
  for (const key of keyOrder) {
    const value = document.metadata[key];
    if (value !== undefined && key !== 'question') metadata[key] = value;
  }
  const frontMatter = Object.keys(metadata).length > 0 ? stringify(metadata, { lineWidth: 0 }) : '';
  const answer = document.answer ? sectionText(document.answer) : '<!-- Rédigez ici la réponse du ministère. -->';
  const notes = options.origin ? `\n# Notes internes\n\nSource de la question : ${escapeMarkdown(options.origin)}\n` : '';
  return `---\n${frontMatter}---\n\n# Question\n\n${sectionText(document.question)}\n\n# Réponse\n\n${answer}\n${notes}`;
}
