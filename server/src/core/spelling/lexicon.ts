/**
 * Words of administrative, health and social-policy French that the general dictionary (`dictionary-fr`)
 * lacks, accepted by the rule `orthographe` (the design notes ask for a domain word list). Lower case; plurals
 * are derived (`s`).
 */
const words =
  'musicothérapeute musicothérapie art-thérapeute art-thérapie sophrologue sophrologie socio-esthéticien socio-esthéticienne ' +
  'ergothérapeute psychomotricien psychomotricienne orthoptiste orthophoniste diététicien diététicienne infirmier-anesthésiste ' +
  'hospitalo-universitaire médico-social médico-sociale médico-sociaux médico-économique médico-administratif médico-légal ' +
  'sanitaire socio-sanitaire sociosanitaire socio-éducatif socio-éducative socioprofessionnel interministérialité ' +
  'gériatrique oncologique palliatif palliative palliatologie palliativiste soignant soignante pluriprofessionnel pluriprofessionnelle ' +
  'pluridisciplinaire interdisciplinaire transdisciplinaire coconstruction co-construction coconstruire co-construire copilotage ' +
  'copiloté co-pilotage territorialisation territorialisé territorialisée contractualisation contractualisé déconcentré ' +
  'déconcentrée décentralisé décentralisée interrégional interrégionale infrarégional infrarégionale infradépartemental ' +
  'préfectoral ministériel interministériel interministérielle intercommunal intercommunalité plurisannuel pluriannuel ' +
  'pluriannuelle télésanté télémédecine téléconsultation téléexpertise télésoin e-santé numérique dématérialisation ' +
  'dématérialisé dématérialisée labellisation labellisé labellisée cofinancement cofinancé cofinancée prévalence incidences ' +
  'accompagnant accompagnante aidant aidante proche-aidant proches-aidants bénévolat pair-aidance pair-aidant ' +
  'hébergement ehpad usld ssr smr had emsp usp lisp covid pluriannualité rapporteure psychotrauma psychotraumatisme ' +
  'proratisé proratisée proratisation agrivoltaïsme agrivoltaïque décarbonation cofinanceur cofinanceurs';

/** Prefixes written with a hyphen (`co-financement`, `non-recours`, `sous-préfet`): the rest must be a word. */
export const hyphenPrefixes: ReadonlySet<string> = new Set(
  'co re ré pré post anti inter intra multi pluri sous sur non auto néo ex mi semi quasi extra ultra télé cyber micro macro bio éco mini maxi contre demi hyper super'.split(' '),
);

export const domainWords: ReadonlySet<string> = new Set(words.split(' ').flatMap((word) => [word, `${word}s`, `${word}x`]));
