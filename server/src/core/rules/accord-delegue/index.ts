/**
 * J1 `accord-delegue`: metadata only. The check is delegated to Grammalecte, which runs outside the
 * synchronous analysis (a separate process, `node/grammar/`); its results are turned into findings by
 * `core/grammar`. Registered here so that severities, suppressions, the documentation and SARIF know the id.
 */
import type { Rule } from '../rule';

export const rule: Rule = {
  meta: {
    id: 'accord-delegue',
    severity: 'error',
    title: 'Accord et conjugaison (Grammalecte)',
    description:
      'Fautes d’accord (genre et nombre des noms et adjectifs, participes passés) et de conjugaison (accord du verbe ' +
      'avec son sujet) relevées par Grammalecte, le correcteur grammatical libre installé sur le poste : erreur pour ' +
      'les accords et la conjugaison, avertissement pour les confusions d’infinitif, d’homophones et de mode. Seuls les ' +
      'paragraphes de la réponse sont envoyés ; rien n’est signalé dans les citations, les références juridiques, ' +
      'les liens et le code. Les options typographiques de Grammalecte sont désactivées : les règles maison s’en ' +
      'chargent. Les suggestions de Grammalecte sont proposées une à une, jamais appliquées par « tout corriger ». ' +
      'Sans Grammalecte (paquets Debian grammalecte-cli et python3-grammalecte, ou réglage qe.grammalecte.chemin), ' +
      'la règle ne signale rien.',
    fixable: true,
    group: 'J',
  },
};
