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
  'co re ré pré post anti inter intra multi pluri sous sur non auto néo ex mi semi quasi extra ultra télé cyber micro macro bio éco mini maxi contre demi hyper super supra infra trans'.split(' '),
);

/**
 * Latin locutions of legal and administrative French (« a minima », « mutatis mutandis », « stricto sensu »,
 * « intuitu personae »…), the ordinal adverbs of article numbers (« bis », « quinquies ») and the abbreviations
 * of case-law citations: each word.
 */
const latin =
  'a minima maxima fortiori priori posteriori contrario mutatis mutandis in abstracto concreto fine situ limine litis extenso ' +
  'stricto lato sensu ultra vires ab initio erga omnes intuitu personae contra legem praeter de plano jure facto ad hoc valorem ' +
  'nutum litem ipso ex ante post nihilo officio sui generis prorata temporis sine die qua non statu quo quorum idem ibidem supra infra ' +
  'bis ter quater quinquies sexies septies octies nonies decies undecies duodecies terdecies quaterdecies quindecies ' +
  'nemo auditur propriam turpitudinem allegans non bis idem habeas corpus lex specialis derogat generali rebus sic stantibus ' +
  // Abbreviations of case-law citations (« req. n° », « Cass. civ. », « Cons. const. », « Bull. civ. », « Rec. »).
  'req cass civ crim soc com const cons ass sect plén bull rec concl obs préc jurispr lebon ord réf';

/** Adjectives of administrative French formed with a prefix (« supracommunal », « infra-départementales »…). */
function prefixedAdjectives(): string[] {
  const prefixes = ['supra', 'infra', 'inter', 'intra', 'extra', 'pluri', 'trans'];
  const stems = ['communal', 'départemental', 'régional', 'national', 'territorial', 'ministériel', 'professionnel', 'sectoriel', 'hospitalier', 'municipal', 'académique', 'communautaire', 'générationnel', 'institutionnel', 'étatique'];
  const forms = (stem: string): string[] => {
    if (stem.endsWith('al')) return [stem, `${stem}e`, `${stem}es`, `${stem.slice(0, -2)}aux`];
    if (stem.endsWith('el')) return [stem, `${stem}le`, `${stem}s`, `${stem}les`];
    if (stem.endsWith('ier')) return [stem, `${stem}s`, `${stem.slice(0, -3)}ière`, `${stem.slice(0, -3)}ières`];
    return [stem, `${stem}s`];
  };
  return prefixes.flatMap((prefix) => stems.flatMap((stem) => forms(stem).flatMap((form) => [`${prefix}${form}`, `${prefix}-${form}`])));
}

export const domainWords: ReadonlySet<string> = new Set([
  ...words.split(' ').flatMap((word) => [word, `${word}s`, `${word}x`]),
  ...latin.split(' '),
  ...prefixedAdjectives(),
]);
