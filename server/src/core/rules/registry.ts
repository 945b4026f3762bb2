/**
 * Every rule the checker runs. Adding a rule: create `rules/<id>/index.ts` exporting `rule`, then add one
 * import and one array entry below (keep both lists in alphabetical order to ease merges).
 */
import type { Rule, RuleMeta } from './rule';
import { structureRules } from './structure/meta';
import { coverageRuleMeta } from '../coverage/meta';
// house-style rules: imports (one line per rule)
import { rule as abreviationsCourantes } from './abreviations-courantes';
import { rule as accentCapitales } from './accent-capitales';
import { rule as accordDelegue } from './accord-delegue';
import { rule as accordGenreAuteur } from './accord-genre-auteur';
import { rule as anglicismeLegistique } from './anglicisme-legistique';
import { rule as apostropheTypographique } from './apostrophe-typographique';
import { rule as casseMinisteres } from './casse-ministeres';
import { rule as citationArticleCode } from './citation-article-code';
import { rule as citationDecretArreteCirculaire } from './citation-decret-arrete-circulaire';
import { rule as citationLoi } from './citation-loi';
import { rule as civiliteAbreviation } from './civilite-abreviation';
import { rule as coherenceMinistere } from './coherence-ministere';
import { rule as coherenceTemporelle } from './coherence-temporelle';
import { rule as dateFormat } from './date-format';
import { rule as dateRelative } from './date-relative';
import { rule as doublon } from './doublon';
import { rule as ecritureInclusive } from './ecriture-inclusive';
import { rule as espaceAvantPonctuationHaute } from './espace-avant-ponctuation-haute';
import { rule as espaceGuillemets } from './espace-guillemets';
import { rule as espaceManquanteApresPonctuation } from './espace-manquante-apres-ponctuation';
import { rule as espacePonctuationBasse } from './espace-ponctuation-basse';
import { rule as espaceReservee } from './espace-reservee';
import { rule as espacesMultiples } from './espaces-multiples';
import { rule as etOuBarreOblique } from './et-ou-barre-oblique';
import { rule as guillemetsFrancais } from './guillemets-francais';
import { rule as heureFormat } from './heure-format';
import { rule as inciseNonFermee } from './incise-non-fermee';
import { rule as latinismesEtTermesEtrangers } from './latinismes-et-termes-etrangers';
import { rule as locutionCritiquee } from './locution-critiquee';
import { rule as majusculeDebutPhrase } from './majuscule-debut-phrase';
import { rule as majusculeEtat } from './majuscule-etat';
import { rule as majusculeGentile } from './majuscule-gentile';
import { rule as majusculeGouvernement } from './majuscule-gouvernement';
import { rule as majusculeInstitutions } from './majuscule-institutions';
import { rule as minusculeMoisJours } from './minuscule-mois-jours';
import { rule as monnaieFormat } from './monnaie-format';
import { rule as nbspNombreUnite } from './nbsp-nombre-unite';
import { rule as nombreDebutPhrase } from './nombre-debut-phrase';
import { rule as numeroFormat } from './numero-format';
import { rule as ordinalAbreviation } from './ordinal-abreviation';
import { rule as ordinalEnToutesLettres } from './ordinal-en-toutes-lettres';
import { rule as orthographe } from './orthographe';
import { rule as pairesNonFermees } from './paires-non-fermees';
import { rule as personneGrammaticale } from './personne-grammaticale';
import { rule as personneSansCivilite } from './personne-sans-civilite';
import { rule as phraseTropLongue } from './phrase-trop-longue';
import { rule as pleonasme } from './pleonasme';
import { rule as pointsDeSuspension } from './points-de-suspension';
import { rule as ponctuationDouble } from './ponctuation-double';
import { rule as pourcentageFormat } from './pourcentage-format';
import { rule as questionDansReponse } from './question-dans-reponse';
import { rule as reformulationQuestion } from './reformulation-question';
import { rule as repetitionProche } from './repetition-proche';
import { rule as reponseParRenvoi } from './reponse-par-renvoi';
import { rule as reponseVide } from './reponse-vide';
import { rule as sautDeParagrapheDansPhrase } from './saut-de-paragraphe-dans-phrase';
import { rule as separateurMilliers } from './separateur-milliers';
import { rule as sigleCoherence } from './sigle-coherence';
import { rule as sigleForme } from './sigle-forme';
import { rule as sigleNonDeveloppe } from './sigle-non-developpe';
import { rule as sigleOrthographe } from './sigle-orthographe';
import { rule as termeIncoherent } from './terme-incoherent';
import { rule as termePrefere } from './terme-prefere';
import { rule as tiersNommementDesigne } from './tiers-nommement-designe';
import { rule as tiretInciseListe } from './tiret-incise-liste';
import { rule as titreFeminise } from './titre-feminise';
import { rule as virguleCEstPourquoi } from './virgule-c-est-pourquoi';
import { rule as virguleDecimale } from './virgule-decimale';

export const rules: readonly Rule[] = [
  // house-style rules: entries (one line per rule)
  abreviationsCourantes,
  accentCapitales,
  accordDelegue,
  accordGenreAuteur,
  anglicismeLegistique,
  apostropheTypographique,
  casseMinisteres,
  citationArticleCode,
  citationDecretArreteCirculaire,
  citationLoi,
  civiliteAbreviation,
  coherenceMinistere,
  coherenceTemporelle,
  dateFormat,
  dateRelative,
  doublon,
  ecritureInclusive,
  espaceAvantPonctuationHaute,
  espaceGuillemets,
  espaceManquanteApresPonctuation,
  espacePonctuationBasse,
  espaceReservee,
  espacesMultiples,
  etOuBarreOblique,
  guillemetsFrancais,
  heureFormat,
  inciseNonFermee,
  latinismesEtTermesEtrangers,
  locutionCritiquee,
  majusculeDebutPhrase,
  majusculeEtat,
  majusculeGentile,
  majusculeGouvernement,
  majusculeInstitutions,
  minusculeMoisJours,
  monnaieFormat,
  nbspNombreUnite,
  nombreDebutPhrase,
  numeroFormat,
  ordinalAbreviation,
  ordinalEnToutesLettres,
  orthographe,
  pairesNonFermees,
  personneGrammaticale,
  personneSansCivilite,
  phraseTropLongue,
  pleonasme,
  pointsDeSuspension,
  ponctuationDouble,
  pourcentageFormat,
  questionDansReponse,
  reformulationQuestion,
  repetitionProche,
  reponseParRenvoi,
  reponseVide,
  sautDeParagrapheDansPhrase,
  separateurMilliers,
  sigleCoherence,
  sigleForme,
  sigleNonDeveloppe,
  sigleOrthographe,
  termeIncoherent,
  termePrefere,
  tiersNommementDesigne,
  tiretInciseListe,
  titreFeminise,
  virguleCEstPourquoi,
  virguleDecimale,
];

/** Metadata of every finding id the tool can emit, for documentation, SARIF and severity settings. */
export const allRuleMeta: readonly RuleMeta[] = [...structureRules, ...coverageRuleMeta, ...rules.map((rule) => rule.meta)];

const byId = new Map(allRuleMeta.map((meta) => [meta.id, meta]));

export function ruleMeta(id: string): RuleMeta | undefined {
  return byId.get(id);
}
