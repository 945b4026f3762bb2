/** French explanations of the dossier's vocabulary (metadata keys, directive verbs), for completions and hovers. */
import type { MetadataKey } from '../model/types';
import { normalizeKey } from '../parse/metadata';
import { normalizeVerb } from '../parse/directives';

export interface KeyInfo {
  readonly key: MetadataKey;
  readonly label: string;
  readonly description: string;
  readonly example: string;
}

export const metadataKeys: readonly KeyInfo[] = [
  { key: 'numero', label: 'Numéro', description: 'Numéro de la question, entier positif.', example: '24191' },
  { key: 'legislature', label: 'Législature', description: 'Numéro de la législature (1 à 30) ; `15e` est accepté.', example: '17' },
  { key: 'chambre', label: 'Chambre', description: 'Assemblée où la question a été posée : `AN` ou `Sénat`.', example: 'AN' },
  { key: 'auteur', label: 'Auteur', description: 'Civilité et nom du parlementaire qui pose la question.', example: 'M. Patrice Anato' },
  { key: 'circonscription', label: 'Circonscription', description: 'Circonscription ou département de l’auteur.', example: 'Seine-Saint-Denis (3e circonscription)' },
  { key: 'groupe', label: 'Groupe', description: 'Groupe politique de l’auteur.', example: 'La République en Marche' },
  { key: 'ministereInterroge', label: 'Ministère interrogé', description: 'Intitulé du ministère auquel la question est adressée.', example: 'ministère de l’intérieur' },
  { key: 'ministereAttributaire', label: 'Ministère attributaire', description: 'Intitulé du ministère qui répond (il peut différer du ministère interrogé).', example: 'ministère de l’intérieur' },
  { key: 'rubrique', label: 'Rubrique', description: 'Rubrique d’indexation de la question.', example: 'Droits fondamentaux' },
  { key: 'titre', label: 'Titre', description: 'Titre de la question (tête d’analyse).', example: 'Second plan d’action national contre la traite des êtres humains' },
  { key: 'publicationQuestion', label: 'Publication de la question', description: 'Date de publication de la question au Journal officiel, avec ou sans page. Elle fixe le délai de réponse et le gouvernement en fonctions.', example: '{ date: 2019-11-05, page: 9703 }' },
  { key: 'publicationReponse', label: 'Publication de la réponse', description: 'Date de publication de la réponse au Journal officiel, avec ou sans page.', example: '2019-11-19' },
  { key: 'signalee', label: 'Question signalée', description: 'Question signalée par un président de groupe : réponse attendue sous dix jours (`oui` / `non`).', example: 'non' },
  { key: 'signalement', label: 'Signalement au JO', description: 'Date de publication au Journal officiel du signalement de la question (Assemblée nationale) : le délai de dix jours court à partir de cette date.', example: '2025-07-08' },
  { key: 'questionsLiees', label: 'Questions liées', description: 'Questions antérieures identiques ou dont la réponse a servi de point de départ (vue « Questions identiques et réponses antérieures »).', example: 'AN 17-10723, AN 17-2536' },
  { key: 'question', label: 'Fichier de la question', description: 'Chemin relatif d’un fichier contenant la question (page exportée du site de l’Assemblée nationale ou enregistrement open data), dans l’espace de travail.', example: 'question-24191.md' },
];

const aliases: Readonly<Record<string, MetadataKey>> = {
  numerodelaquestion: 'numero',
  ministere: 'ministereAttributaire',
};

export function keyInfo(sourceKey: string): KeyInfo | undefined {
  const normalized = normalizeKey(sourceKey);
  const key = aliases[normalized] ?? metadataKeys.find((info) => normalizeKey(info.key) === normalized)?.key;
  return key ? metadataKeys.find((info) => info.key === key) : undefined;
}

export interface VerbInfo {
  readonly verb: string;
  readonly syntax: string;
  readonly description: string;
}

export const directiveVerbs: readonly VerbInfo[] = [
  { verb: 'repond', syntax: 'repond Q1, Q2', description: 'Déclare que le paragraphe qui suit (ou qui contient la directive) répond aux sous-questions citées.' },
  { verb: 'sans-reponse', syntax: 'sans-reponse Q2 : motif', description: 'Déclare qu’une sous-question est volontairement laissée sans réponse ; le motif est obligatoire.' },
  { verb: 'desactiver', syntax: 'desactiver règle : motif', description: 'Désactive une règle pour tout le fichier ; le motif est obligatoire.' },
  { verb: 'desactiver-ligne-suivante', syntax: 'desactiver-ligne-suivante règle : motif', description: 'Désactive une règle pour la ligne suivante ; le motif est obligatoire.' },
  { verb: 'desactiver-paragraphe', syntax: 'desactiver-paragraphe règle : motif', description: 'Désactive une règle pour le paragraphe suivant ; le motif est obligatoire.' },
];

export function verbInfo(verb: string): VerbInfo | undefined {
  const normalized = normalizeVerb(verb);
  return directiveVerbs.find((info) => info.verb === normalized);
}
