/** `qe/dossierFromQuestion`: a new `.qe.md` dossier from a question page export or open-data record. */
import { analyze, toDossier } from '../../core';
import type { Feature } from '../feature';
import { dossierFromQuestionRequest } from './protocol';

export const dossierFromQuestion: Feature = {
  register(server) {
    server.connection.onRequest(dossierFromQuestionRequest, (params) => {
      const analysis = analyze(params.text);
      const { document } = analysis;
      if (document.format === 'dossier' && document.text.startsWith('---')) {
        return { error: 'Ce fichier est déjà un dossier de réponse (.qe.md).' };
      }
      if (!document.question || document.question.paragraphs.length === 0) {
        return { error: 'Aucune question reconnue : il faut une page de question exportée du site de l’Assemblée nationale ou un enregistrement open data.' };
      }
      return {
        dossier: toDossier(document, params.origin ? { origin: params.origin } : {}),
        ...(document.metadata.numero !== undefined ? { numero: document.metadata.numero } : {}),
        ...(document.metadata.legislature !== undefined ? { legislature: document.metadata.legislature } : {}),
        ...(document.metadata.chambre !== undefined ? { chambre: document.metadata.chambre } : {}),
      };
    });
  },
};
