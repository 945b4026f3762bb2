/**
 * Issue 10 (extraction, QUESTION-FORMS.md §2): « X demande à M. le ministre … » closes on the author's request only
 * when the addressee is a member of the Government. A third party's demand to a local official told in the exposé
 * (« M. P. Durand demande à M. le préfet de retirer son arrêté ») is context, not a request. Hand-made cases in the
 * forms of written questions; each guard has a counterpart that keeps the request.
 */
import assert from 'node:assert/strict';
import { extract } from './helpers';

const texts = (question: string): string[] => extract(question).map((sub) => sub.text);
const exposeThenAsk = (told: string): string =>
  `M. Philippe Gosselin attire l'attention de Mme la garde des sceaux sur un litige. Dans un courrier du 3 mars, ${told} Il lui demande si le préfet est tenu de répondre à ce courrier.`;

describe('coverage: the addressee of « demande à » is a member of the Government (§2)', () => {
  for (const told of [
    'M. P. Durand demande à M. le préfet de la Manche de retirer son arrêté.',
    'M. Pierre Durand demande à M. le maire de Saint-Lô de retirer son arrêté.',
    'Mme Anne Roy demande à Mme la directrice de l\'école de réinscrire son fils.',
    'M. Paul Leroy prie M. le principal du collège de rouvrir la cantine.',
  ]) {
    it(`a third party's demand in the exposé is not a request: « ${told} »`, () => {
      assert.deepEqual(texts(exposeThenAsk(told)), ['si le préfet est tenu de répondre à ce courrier']);
    });
  }
  for (const [question, expected] of [
    ["M. J.-P. Durand demande à M. le ministre de l'intérieur si un maire peut refuser la location d'une salle communale.", "si un maire peut refuser la location d'une salle communale"],
    ['Mme Claire Petit demande à Mme la garde des sceaux, ministre de la justice, si le juge peut ordonner cette mesure.', 'si le juge peut ordonner cette mesure'],
    ["M. Jean Durand demande à M. le secrétaire d'État chargé des transports quand la ligne rouvrira.", 'quand la ligne rouvrira'],
    ['M. Jean Durand demande à Mme le ministre délégué à la communication quelles mesures elle compte prendre.', 'quelles mesures elle compte prendre'],
    ["M. Jean Durand prie M. le ministre de l'économie de bien vouloir lui préciser si une commune doit joindre l'avis des domaines.", "si une commune doit joindre l'avis des domaines"],
    ["M. Jean Durand, se référant à sa question n° 1234, demande à M. le ministre de l'intérieur si un maire peut refuser.", 'si un maire peut refuser'],
  ] as const) {
    it(`counterpart: a request to a member of the Government is found: « ${question.slice(0, 60)}… »`, () => {
      assert.deepEqual(texts(question), [expected]);
    });
  }
});
