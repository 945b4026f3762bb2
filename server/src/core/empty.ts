import type { Analysis } from './index';

/** The analysis of a file that could not be read as text: no model, one `fichier-illisible` finding. */
export function emptyAnalysis(message: string): Analysis {
  return {
    document: {
      format: 'dossier',
      text: '',
      metadata: {},
      metadataEntries: [],
      question: null,
      answer: null,
      notes: [],
      directives: [],
      masked: [],
      headings: [],
    },
    findings: [{ rule: 'fichier-illisible', severity: 'error', message, range: { start: 0, end: 0 } }],
    subQuestions: [],
  };
}
