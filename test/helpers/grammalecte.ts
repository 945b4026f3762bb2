import { resolve } from 'node:path';

/** The fake Grammalecte (a Node script speaking the driver's protocol): see its header for what it does. */
export const fakeGrammalecte = resolve(__dirname, '..', 'fixtures', 'grammalecte', 'fake-grammalecte');
