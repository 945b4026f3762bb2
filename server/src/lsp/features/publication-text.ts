/** `qe/publicationText`: the answer as it will be published (typography of the chosen profile). */
import { publicationText as textOf } from '../../core';
import type { Feature } from '../feature';
import { publicationTextRequest } from './protocol';

export const publicationText: Feature = {
  register(server) {
    server.connection.onRequest(publicationTextRequest, async (params) => {
      const entry = await server.dossierAnalysis(params.uri);
      if (!entry) return null;
      const options = await server.optionsFor(params.uri);
      return textOf(entry.analysis, {
        ...(options.apostrophe ? { apostrophe: options.apostrophe } : {}),
        narrowSpaces: true,
      });
    });
  },
};
