import type { RuleMeta } from '../rule';

/**
 * Findings the parser itself emits about the dossier's structure and metadata. They are not prose rules
 * (they run while the document model is built), but they have ids, severities and documentation like any rule.
 */
export const structureRules: readonly RuleMeta[] = [
  {
    id: 'fichier-illisible',
    severity: 'error',
    title: 'Fichier illisible',
    description:
      "Le fichier n'est pas un texte UTF-8 lisible (octets binaires, encodage invalide) ou il est trop volumineux pour être analysé en entier.",
    fixable: false,
    group: 'structure',
  },
  {
    id: 'fichier-tronque',
    severity: 'information',
    title: 'Fichier analysé en partie',
    description:
      "Le fichier n'est pas contrôlé en entier, ou pas tel qu'il est écrit : il dépasse la taille que l'outil analyse " +
      "sans ralentir l'éditeur (seul son début est contrôlé) ; des lignes imbriquées sur plus de 100 niveaux ne sont pas " +
      "contrôlées ; dans un paragraphe de plus de 2 000 marques d'emphase (« * », « _ ») ou caractères de balisage " +
      "(« [ », « ] », « ! », « \\ », « < », « & », « ` » ; plus de 100 dans un fichier qui en compte plus de 20 000), " +
      "ces caractères sont lus comme du texte ; au-delà de 6 000 blocs (paragraphes, titres, éléments de liste, " +
      "citations), la suite n'est pas contrôlée ; au-delà de 5 000 " +
      'constatations, les autres sont seulement comptées.',
    fixable: false,
    group: 'structure',
  },
  {
    id: 'fichier-vide',
    severity: 'warning',
    title: 'Fichier vide',
    description: "Le fichier ne contient aucun texte : ni métadonnées, ni question, ni réponse.",
    fixable: false,
    group: 'structure',
  },
  {
    id: 'entete-non-fermee',
    severity: 'error',
    title: 'En-tête YAML non fermé',
    description:
      "L'en-tête de métadonnées ouvert par « --- » en première ligne n'est fermé par aucune ligne « --- » : tout le fichier serait lu comme métadonnées.",
    fixable: true,
    group: 'structure',
  },
  {
    id: 'entete-yaml-invalide',
    severity: 'error',
    title: 'En-tête YAML invalide',
    description: "L'en-tête de métadonnées n'est pas du YAML valide ; les métadonnées ne peuvent pas être lues.",
    fixable: false,
    group: 'structure',
  },
  {
    id: 'metadonnee-inconnue',
    severity: 'warning',
    title: 'Métadonnée inconnue',
    description:
      "Une clé de l'en-tête n'est pas une métadonnée connue du dossier (faute de frappe probable). La liste des clés admises figure dans la documentation du balisage.",
    fixable: true,
    group: 'structure',
  },
  {
    id: 'metadonnee-invalide',
    severity: 'error',
    title: 'Métadonnée invalide',
    description:
      "La valeur d'une métadonnée n'a pas le type attendu (numéro entier, date, chambre AN ou Sénat, booléen…).",
    fixable: false,
    group: 'structure',
  },
  {
    id: 'metadonnee-manquante',
    severity: 'information',
    title: 'Métadonnée manquante',
    description:
      "Une métadonnée utile au contrôle est absente (numéro de la question, législature, ministère attributaire…).",
    fixable: false,
    group: 'structure',
  },
  {
    id: 'section-manquante',
    severity: 'warning',
    title: 'Section manquante',
    description: "Le dossier n'a pas de section « Question » ou « Réponse » reconnue.",
    fixable: false,
    group: 'structure',
  },
  {
    id: 'section-dupliquee',
    severity: 'warning',
    title: 'Section en double',
    description:
      'Le dossier contient deux sections « Question » ou deux sections « Réponse » ; seule la première est prise en compte.',
    fixable: false,
    group: 'structure',
  },
  {
    id: 'directive-inconnue',
    severity: 'warning',
    title: 'Directive inconnue',
    description:
      "Un commentaire « <!-- qe: … --> » emploie un verbe que l'outil ne connaît pas (« repond », « sans-reponse », « desactiver »…).",
    fixable: false,
    group: 'structure',
  },
  {
    id: 'fichier-question-introuvable',
    severity: 'error',
    title: 'Fichier de question introuvable',
    description:
      "La métadonnée « question » désigne un fichier qui n'existe pas, qui n'est pas lisible ou qui sort de l'espace de travail.",
    fixable: false,
    group: 'structure',
  },
  {
    id: 'erreur-interne',
    severity: 'information',
    title: 'Erreur interne d’une règle',
    description:
      "Une règle a échoué sur ce document ; elle est ignorée et les autres règles continuent. Merci de signaler le texte qui la provoque.",
    fixable: false,
    group: 'structure',
  },
  {
    id: 'controle-interrompu',
    severity: 'warning',
    title: 'Contrôle interrompu',
    description:
      "Le contrôle du document a dépassé son temps (document très long ou texte pathologique) ou a échoué : seul son début est contrôlé, ou les constatations précédentes restent affichées. Les autres documents continuent d'être contrôlés ; raccourcir ou découper le document rétablit le contrôle complet.",
    fixable: false,
    group: 'structure',
  },
  {
    id: 'suppression-sans-motif',
    severity: 'warning',
    title: 'Désactivation sans motif',
    description:
      "Une directive « <!-- qe: desactiver… règle : motif --> » ne dit pas pourquoi la règle est désactivée. Le motif est obligatoire : il permet au relecteur de savoir que l'écart est voulu.",
    fixable: false,
    group: 'structure',
  },
  {
    id: 'suppression-inconnue',
    severity: 'warning',
    title: 'Désactivation d’une règle inconnue',
    description:
      "Une directive de désactivation nomme une règle que l'outil ne connaît pas (faute de frappe probable) ou n'en nomme aucune : elle n'a aucun effet. Une correction rapide propose la règle la plus proche.",
    fixable: true,
    group: 'structure',
  },
  {
    id: 'suppression-inutile',
    severity: 'hint',
    title: 'Désactivation inutile',
    description:
      "La règle désactivée par une directive ne signale rien à l'endroit visé (le fichier, la ligne suivante ou le paragraphe) : la directive peut être retirée.",
    fixable: false,
    group: 'structure',
  },
];
