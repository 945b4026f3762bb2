/**
 * Kinds of request and their cues (QUESTION-FORMS.md §5). A sub-question takes the kind of its earliest cue,
 * except that a comparison cue makes it `articulation`, and a `si …` request is `droit` or `position` when it
 * asks about a rule or a view, `intention` otherwise.
 */
import { mayMatch } from '../text/literal-prefilter';
import type { SubQuestionKind } from './types';
import { actorAfterLegalVerb, asksFuture, asksGovernmentFuture, asksStateChange, asksWhatGovernmentWillDo, localActorSource, namesLocalAct } from './kind-forms';
import { lazyRx, rx } from './regex';

interface Cue {
  readonly kind: SubQuestionKind;
  readonly pattern: RegExp;
}

const cue = (kind: SubQuestionKind, source: string): Cue => ({ kind, pattern: rx(source, 'g') });

const cues: readonly Cue[] = [
  cue('calendrier', "\\b(?:à quel stade|calendriers?|échéanciers?|dans quels? délais?|sous quels? délais?|dans quel délai|quels? délais?|quand\\b|à quelle date|à quelle échéance|échéances?|date de (?:publication|parution|mise en œuvre|mise en oeuvre|l'entrée|entrée)|date d'entrée en vigueur|où en (?:est|sont)|à quel horizon|d'ici quand|à quel moment|quel moment\\b|les délais prévisibles|les délais (?:de|d') ?(?:parution|publication|mise en (?:œuvre|oeuvre|service)|réalisation|livraison|achèvement)|(?:la|quelle) date (?:à laquelle|prévue|retenue|envisagée|précise|exacte|prévisionnelle|effective)|quelle date|l'état d'avancement|l'état d'avancée|(?:les|quelles) perspectives (?:de|d') ?(?:mise en place|mise en œuvre|mise en oeuvre|présentation|publication|réalisation|adoption|dépôt|ouverture|achèvement)|l'état (?:actuel )?(?:d'(?:application|exécution|élaboration|adoption|achèvement)|de (?:publication|parution|préparation|réalisation|mise en œuvre|mise en oeuvre|transposition))|état d'avancement|l'avancement (?:de|du|des|d')|à partir de quand|depuis quand|(?:le|les) délais? (?:dans le(?:s)?quel|de (?:publication|parution|mise en œuvre|mise en oeuvre|réalisation|traitement|instruction|paiement|versement|délivrance)))"),
  cue('chiffres', "\\b(?:combien|(?:les|quels sont les) premiers résultats|à quelle hauteur|dans quelle proportion|quels? résultats|les résultats (?:obtenus|chiffrés|de|du|des|d')|le délai moyen|la durée moyenne|la liste (?:des|de|du|d')|la répartition|le recensement|un recensement|le détail (?:des|de|du|d')|l'évolution (?:du nombre|des effectifs|du montant|des montants|des crédits|de la population|des populations|des dépenses|des recettes|du coût|des coûts|du prix|des prix|des tarifs|du taux|des taux|de la fréquentation|des inscriptions|des dotations|des subventions|du budget|des budgets|des moyens financiers)|un état des lieux|l'état des lieux|un bilan\\b|le bilan (?:de|des|du|d')|le nombre|quel nombre|quel bilan\\b|(?:le|quel) volume (?:des|de|du|d')|(?:une |l'|quelle )estimation\\b|(?:du|des) coûts?\\b|quelles? sommes?\\b|les crédits (?:consommés|engagés|versés|alloués|ouverts|délégués|dépensés|mobilisés|annulés|consacrés|effectivement)|quelle enveloppe|quels? budgets?\\b|l'enveloppe (?:consacrée|allouée|dédiée|prévue|budgétaire)|(?:l'|quel |quelle )(?:impact|incidence) (?:financière?|budgétaire)|les nombres|les sommes (?:versées|engagées|consacrées|allouées|perçues|dépensées|mobilisées|recouvrées|dues)|le montant|quels? montants?|les montants|le coût|quel coût|les coûts|la part\\b|quelle part|la ventilation|statistiques?|bilan chiffré|données chiffrées|chiffrée?s?\\b|chiffres?\\b|tableau récapitulatif|tableaux récapitulatifs|le détail des (?:calculs|crédits|dépenses)|quel est le taux|le taux|les taux|(?:leur|leurs|son|ses) (?:montants?|coûts?|nombre|effectifs|taux)\\b|(?:le|quel) (?:rendement|linéaire|kilométrage)\\b|(?:la|quelle) superficie\\b|le produit (?:fiscal|attendu|annuel|de (?:la|l'|cette) (?:taxe|redevance|contribution|imposition|cotisation)|de (?:l'|cet) impôt|des (?:taxes|redevances|impôts|contributions|amendes))|la proportion|quelle proportion|le pourcentage|les effectifs|quels effectifs)"),
  cue('mesures', "\\b(?:ce (?:que|qu')\\s*(?:prévoi(?:t|ent)|envisag(?:e|ent)|propos(?:e|ent)|entend(?:ent)? faire|compten?t? faire)\\s+(?:le gouvernement|l'état|son ministère|ses services|(?:le|la) ministre|les pouvoirs publics)\\b|(?:les|quelles sont les|quelles seront les) (?:grandes|principales) lignes\\b|(?:les|quels sont les|quels seront les) (?:grands|principaux) axes\\b|la réponse qu'(?:il|elle) (?:entend|compte|envisage|va|pourrait) apporter|(?<!dans\\s)quel(?:le)?s?\\s+(?:nouvelles?\\s+|autres?\\s+|éventuelles?\\s+)?mesures?|que (?:compte|entend|envisage|va|pense|peut|pourrait|prévoit) faire|qu'(?:entend|envisage) faire|quel(?:le)?s? (?:aides?|soutiens?|accompagnements?|financements?|crédits|plans?|politiques?|engagements?|efforts?|démarches? (?:le gouvernement|l'état|il|elle))\\b|les mesures|des mesures|ce qu(?:e\\s+|')\\s*(?:il|elle|ils|elles|on|le gouvernement|l'état|son ministère|ses services|la ministre|le ministre)\\s+(?:compte|entend|envisage|va|pourrait|prévoit|propose|souhaite)\\b|ce qui (?:est|sera|serait|pourrait être) (?:envisagé|prévu|entrepris|fait)\\b|quelles? actions?|les actions|quels moyens|les moyens|les voies et moyens|quelles? dispositions?|les dispositions|quelles? assurances?|quelles? garanties|les garanties|quelles? initiatives?|(?:quel(?:le)?s? (?:sont|seront) )?les (?:aides|soutiens|financements|crédits|compensations) (?:que|qu'|qui)|(?:quels|les) (?:outils|leviers|instruments)\\b(?=[^,;.]{0,60}?\\b(?:que|qu')\\s*(?:le gouvernement|l'état|il|elle|son ministère)\\b)|quels (?:outils|leviers|instruments)\\b|quel sort (?:il|elle|le gouvernement|l'état) (?:entend|compte|envisage|va|pourrait) réserver|quel sort (?:sera|serait|est|va être) réservé|quelles? pistes?|les pistes (?:envisagées|étudiées|de réflexion|retenues|à l'étude)|les initiatives|quelles? solutions?|les solutions|quel(?:le)?s? (?:en )?(?:seront|seraient|sont|serait|sera) (?:les|la|le) (?:principales?\\s+|grandes?\\s+)?(?:dispositions|mesures|actions|contenu)\\b|quel(?:le)?s? (?:(?:sont|seront|seraient) les )?(?:compensations?|contreparties?|aménagements?|adaptations?|instructions?|consignes?|améliorations?|alternatives?|correctifs?|incitations?|mécanismes?)\\b|quelles? réponses?|les modifications|des modifications|quelles? modifications?|des évolutions|quelles? évolutions?|les évolutions|les perspectives|quelles? perspectives?|quels? dispositifs?|les dispositifs|de mettre en place|de mettre en œuvre|de prendre (?:des|les|toutes)|d'intervenir|de prendre l'initiative|quelles? suites?|les suites|la suite (?:réservée|donnée|qu'(?:il|elle)|que (?:le gouvernement|l'état|son ministère))|quelles? orientations? (?:concrètes|opérationnelles)|quelle (?:est (?:la|sa) )?stratégie|(?:quelle\\s+est\\s+)?(?:la|sa)\\s+politique\\s+(?:du\\s+gouvernement|de\\s+l'état|de\\s+son\\s+ministère|qu'(?:il|elle)\\s+(?:entend|compte|envisage)|que\\s+le\\s+gouvernement\\s+(?:entend|compte|envisage))|(?:la|sa) stratégie (?:du gouvernement|de l'état|qu'(?:il|elle)|que le gouvernement))"),
  cue('modalites', "\\b(?:en quoi\\b|ce qui (?:justifie|justifierait|motive|motiverait|explique|expliquerait|fonde|conduit|a conduit|a motivé|a justifié|empêche|s'oppose)\\b|(?:le|les|quel est le|quels sont les) modes? de (?:calcul|financement|répartition|désignation|sélection|fonctionnement|détermination|rémunération)\\b|(?:la|quelle est la) méthode de (?:calcul|répartition|sélection)\\b|quelles? explications?|dans quelle mesure|à quelles? conditions?|(?:de |d')?quelles? (?:manière|façon)s?|comment|selon quelles? modalités|quelles? modalités|les modalités|sous quelle forme|sous quelles formes|pourquoi|les raisons|pour quelles? raisons?|quelles? raisons?|la raison (?:de|du|des|d'|pour laquelle|qui|pour)|(?:les|quelles?|la) motivations?\\b|(?:les|quelles?|la) justifications?\\b|les motifs|quels motifs|les critères|quels critères|justifier|une analyse|le contenu|quel est le contenu|les conditions dans lesquelles|dans quelles conditions|les conditions d(?:e|')|selon quelles? conditions|le fonctionnement|les modalités de calcul|la méthode|quelle méthode)"),
  cue('position', "\\b(?:(?:prenne|prendre|prend|prendra) position|(?:va|vont|irait|iraient)\\s+(?:bien\\s+)?dans\\s+le\\s+(?:bon\\s+)?sens\\b|répond(?:ent|rait|raient)?\\s+(?:bien\\s+)?(?:aux|à\\s+l'|à\\s+la)\\s*(?:attentes|enjeux|objectifs|besoins)\\b|que répond(?:ra)? (?:le gouvernement|l'état|(?:le|la) ministre)|(?:n')?est-il (?:pas )?(?:normal|acceptable|admissible|juste|logique|cohérent|raisonnable|équitable)\\b|se prononcer|se prononce|sa position|quelle position\\b|la position (?:de (?:m\\.?|mme|monsieur|madame) (?:le|la) ministre|de la france|de son ministère|ministérielle|gouvernementale|de la chancellerie|du ministère|de l'administration|des pouvoirs publics|de l'état)|(?:les|quelles sont les|quelles) préconisations\\b|(?:sa|quelle (?:est (?:sa|la) )?)réaction\\b|(?:ne )?lui (?:semble|semblent|paraît|paraissent|parait|apparaît)(?:-t-(?:il|elle))? (?:pas )?(?:contradictoires?|compatibles?|conformes?|justifiée?s?|normale?s?|acceptables?|équitables?|cohérente?s?|excessive?s?|abusive?s?|suffisante?s?|adaptée?s?|pertinente?s?|injuste?s?|disproportionnée?s?)\\b|quel regard|quelle lecture (?:il|elle|le gouvernement) (?:fait|a)\\b|son opinion|quelle analyse|quelle est la position|la position du gouvernement|son sentiment|son avis|l'avis du gouvernement|son interprétation|son appréciation|quelle appréciation|son analyse|si son analyse|s'il partage|si (?:elle|le gouvernement) partage|son point de vue|les orientations|quelles orientations|ce qu'(?:il|elle) pense|ce que pense(?:nt)? (?:le gouvernement|l'état|(?:le|la) ministre|son ministère|ses services)|sa vision|quelle vision|sa doctrine|(?:l'avis|la position|l'appréciation|le sentiment|l'analyse|le point de vue|l'opinion|la doctrine)\\s+(?:du gouvernement|de l'état|de son ministère|du ministère|du ministre|de la ministre|de ses services)|quel bilan (?:il|elle|le gouvernement) (?:en )?(?:tire|dresse|fait)|(?:quels?|les) (?:enseignements?|leçons?|conclusions?) (?:qu')?(?:il|elle|le gouvernement) (?:en )?(?:tire|retire)|(?:comment|de quelle (?:manière|façon)) (?:il|elle|le gouvernement) (?:analyse|apprécie|juge|perçoit|interprète|évalue)\\b|le bilan qu'(?:il|elle) (?:en )?(?:tire|dresse|fait)|quel(?:le)? (?:évaluation|jugement) (?:il|elle|le gouvernement) (?:en )?(?:fait|porte|dresse|tire)|(?:quelle |l')importance (?:qu')?(?:il|elle|le gouvernement) (?:accorde|attache|porte)\\b)"),
  cue('droit', "\\b(?:la marche à suivre|(?:est|sont|reste|restent)-(?:il|elle|ils|elles)\\s+(?:à\\s+la\\s+charge|aux\\s+frais)\\b|à\\s+la\\s+charge\\s+de\\s+qui\\b|(?:les|quelles (?:sont|seraient|seront) les) conséquences,?\\s+pour\\s+(?:un|une|l'|le|la)\\s*" + localActorSource + "\\b,?\\s+(?:qui\\s+(?:ne\\s+|n')|si\\b|s'(?:il|elle)\\b|lorsqu|en\\s+cas\\s+d|d'un\\s+refus|du\\s+refus|du\\s+non-respect|de\\s+l'absence|du\\s+défaut)|(?:la|quelle (?:est (?:la|sa) )?)(?:valeur|portée|force) (?:juridique|légale|normative|réglementaire|contraignante|obligatoire|exécutoire)\\b|ce (?:que|qu')\\s*(?:prévoi(?:t|ent)|dispos(?:e|ent)|impos(?:e|ent)|exig(?:e|ent)|autoris(?:e|ent)|permet(?:tent)?|interdi(?:t|sent)|pr[ée]cis(?:e|ent))\\s+(?:la loi|le droit|le code|les codes|la réglementation|les textes|la législation|le règlement|l'article|les articles|la jurisprudence|le décret|la circulaire)\\b|ce (?:que|qu')\\s*(?:risquen?t?|encour(?:t|ent))\\s+(?:un|une|le|la|les|l'|des|ce|cet|cette|ces)\\s*" + localActorSource + "\\b|(?:les|quelles (?:sont les )?|quelles? )conséquences (?:juridiques|légales|fiscales|statutaires)|(?:les|quelles (?:sont les )?)conditions (?:pour qu(?:e |')|à remplir pour)|(?:la|quelle (?:est la )?)répartition des (?:compétences|responsabilités|rôles|pouvoirs|charges|obligations)\\b|qui (?:en\\s+|y\\s+|les?\\s+|la\\s+|l')?(?:doit|doivent|est tenue?|est compétente?|est responsable|peut|a la charge|supporte|supportera|supporterait|prend en charge|prendra en charge|paie|paiera|assume|assumera|est redevable)\\b|l'état du droit\\b|(?:le|la|les) (?:nombre|seuil|durée|distance|âge|taux|plafond|délai|montant)s? (?:minimale?s?|minimum|maximale?s?|maximum|légale?s?|légaux|réglementaires?|requise?s?)\\b|les droits (?:à|au|aux)\\s|(?:les|des|quelles?) voies de recours\\b|(?:la|les|une|des|quelles?) possibilités? (?:de |d')(?:recours|contestation|réclamation|faire appel|former (?:un )?recours)\\b|(?:les|quels) recours (?:ouverts|possibles|dont|contentieux|juridiques|gracieux)\\b|(?:la\\s+)?doctrine (?:administrative|fiscale|de l'administration)|quelle est la procédure\\b|(?:par |à )?quelle autorité\\b|l'autorité compétente|quelle est l'autorité (?:en charge|chargée|habilitée|qui)\\b|quel(?:le)?s? (?:est|sont) (?:le|les) rôles? (?:du|de la|des|de l'|respectifs?)|au regard (?:de la (?:législation|réglementation|loi)|du (?:droit|code)|des (?:textes|dispositions|règles))\\b|(?:la|quelle est la) situation (?:juridique|administrative|fiscale|statutaire)\\b|la responsabilité (?:civile |pénale |juridique |administrative |personnelle )?(?:du|de la|des|de l'|d'un|d'une|en cas)\\b|les responsabilités (?:respectives|du|de la|des|de l')\\b|à qui (?:incombe|revient|appartient)|quelle est la réglementation|les règles (?:applicables|en vigueur|qui s'appliquent)|la réglementation (?:applicable|en vigueur)|quel(?:le)?s? (?:est|sont) (?:la|les) (?:règles?|obligations?|responsabilités?|droits|recours|voies de recours|conditions légales)|quel(?:le)?s? (?:obligations?|responsabilités?|recours|voies de recours|droits)\\b|les (?:recours|voies de recours|obligations|droits et obligations) (?:dont|de|du|des|d'|qui)|le cadre (?:juridique|légal|réglementaire|législatif|de fonctionnement)|quel est le cadre|les possibilités (?:offertes|ouvertes|dont|juridiques|légales)|quelles sont les possibilités|quelles possibilités|quelle interprétation|ce qu'(?:il|on)\\s+(?:faut|convient\\s+d'|doit)\\s*entendre\\s+par|ce\\s+que\\s+recouvren?t?\\b|(?:la|quelle(?:\\s+est\\s+la)?)\\s+définition\\s+(?:juridique\\s+|légale\\s+|exacte\\s+|précise\\s+)?(?:de|du|des|d')|la portée (?:juridique )?(?:de|du|des)|le statut (?:juridique|fiscal)|le régime (?:applicable|fiscal|juridique|social|indemnitaire|de|des|du|d')\\b|la nature juridique|les textes (?:applicables|en vigueur)|les dispositions (?:applicables|en vigueur|législatives|réglementaires)|(?<!\\bqui\\s)(?:a|ont|aurait|auraient) la faculté (?:de|d')|quelles (?:sont les )?dispositions (?:législatives|réglementaires|applicables)|quelles sanctions|(?:quelles (?:sont|seraient) )?les sanctions (?:encourues|applicables|prévues (?:par|en cas|pour)|pour (?:les?|la|l'|des|une?)\\s*\\p{L}+ qui|à l'encontre (?:des?|du|d'une?) \\p{L}+ qui|en cas d(?:e|')|auxquelles)|(?:les|des|quelles?|éventuelles?) (?:restrictions|limitations|interdictions|obligations|sanctions|exigences|contraintes) (?:légales|réglementaires|législatives|juridiques)\\b|(?:les|des|quels?|quelles?)\\s+(?:moyens|marges de manœuvre|marges de manoeuvre|outils|leviers|possibilités)\\s+(?:juridiques\\s+|légaux\\s+)?(?:dont\\s+dispose(?:nt)?|à la disposition)\\s+(?:d(?:e|u|es)|d'une?\\s+|les?|la|l'|une?\\s+)\\s*(?:maires?|communes?|collectivités?|conseils?|élus?|employeurs?|propriétaires?|agents?|citoyens?|particuliers?|associations?)|l'interprétation (?:de l'article|des articles|de la (?:loi|circulaire|directive|disposition|réglementation)|du (?:décret|code|règlement))|son interprétation (?:de l'article|des articles|de la (?:loi|circulaire|directive|disposition|réglementation)|du (?:décret|code|règlement))|continuent? à s'appliquer|continuent? de s'appliquer|s'appliquen?t?\\b|est applicable|sont applicables|opposables?|quelles règles|quelle règle|est compatible|sont compatibles|compatibles? avec|est conforme|sont conformes|conformes? (?:à|au|aux)|régime juridique|base légale|base juridique|fondement juridique|légalité|est légale?|sont légales?|est licite|autorisée? par la loi|la loi permet|le droit permet|(?:la|quelle) procédure (?:à suivre|applicable|à respecter|à mettre en œuvre|à mettre en oeuvre|légale)|quelles? (?:sont les )?(?:formalités|démarches) (?:à (?:accomplir|suivre|respecter)|que doi\\p{L}+|qui s'imposent)|quels textes|les textes qui (?:régissent|encadrent|s'appliquent)|régi(?:t|ssent|e|es)?\\s+(?:par|le|la|les|l')|(?:les|quelles sont les|quelles) conditions (?:d'application|d'inscription|d'exercice|de recrutement|de nomination|de cumul|de résiliation|de rupture|de délivrance|de renouvellement|de validité|d'attribution|d'octroi|d'éligibilité|d'accès|légales|requises|à remplir|de recevabilité|d'ouverture (?:du|des|de) droits?)|(?:le|les|quel(?:le)?s?) (?:délais?|durée|moyens|pouvoirs?|prérogatives?|compétences?|droits?) dont (?:dispose|disposent|bénéficie|bénéficient|jouit|jouissent)(?!\\s+(?:son ministère|le ministère|ses services|l'état|le gouvernement|les pouvoirs publics|(?:le|la) ministre)\\b)|quel(?:le)?s? (?:sont les )?(?:pouvoirs?|prérogatives?|compétences?)\\b|les (?:pouvoirs|prérogatives|compétences) (?:de police|du maire|des maires|de la commune|des communes|du conseil|dont)|quel(?:le)?s? (?:dispositions?|règles?|textes?) (?:sont|est|seraient|serait) (?:applicables?|en vigueur|opposables?)|(?:la|quelle|quelle est la) durée (?:de validité|légale|maximale|minimale|d'application)|(?:le|quel|quel est le) délai (?:légal|maximal|minimal|de prescription|de recours)|la possibilité,? (?:pour (?:un|une|les|le|la|l'|des)|offerte|ouverte|légale|juridique)|les possibilités (?:pour|d')|\\p{L}+ applicables? (?:aux?|à|en|dans|lors)\\b|les (?:délais? de recours|délais? de prescription)|(?:le|les|quel(?:s)?(?: (?:est|sont) (?:le|les))?) délais? (?:de (?:conservation|convocation|préavis|prévenance|carence|recours|prescription|forclusion|rétractation|contestation)|d'(?:affichage|archivage))\\b|(?:l'|quelle (?:est )?l')étendue (?:exacte )?(?:des|de la|du|de l'|de ses|de leurs?) ?(?:pouvoirs?|compétences?|prérogatives?|obligations?|responsabilités?|droits|délégations?|garanties?|exonérations?|dérogations?|autorisations?|habilitations?|missions? de police)\\b|quel(?:le)?s? (?:est|sont) (?:le|les) délais? (?:de recours|légal|légaux|de prescription)|est-il (?:possible|permis|légal|obligatoire|interdit|autorisé|nécessaire)|peut-on\\b|(?<!ne\\s)faut-il\\b|(?:est|sont)-(?:il|elle|ils|elles)\\s+(?:tenue?s?|obligée?s?|soumise?s?|autorisée?s?|imposables?|assujettie?s?|éligibles?|redevables?|exonérée?s?|compatibles?|cumulables?|légale?s?|légaux|conformes?|applicables?|opposables?|responsables?)\\b|(?:la|sa) légalité)"),
  cue('articulation', "\\b(?:(?:le|quel|les|quels)\\s+liens?\\s+entre|se conjuguen?t? avec|en complémentarité|complémentarité|l'articulation|s'articule|s'articulent|s'articulera|par rapport (?:au|à la|aux|à l'|à)|les différences entre|la différence entre|quelle différence|en comparaison|la comparaison|la cohérence entre|en cohérence avec|se distingue|se distinguent|se combinen?t? avec|se combinera(?:ient|it)? avec|vient compléter|viennent compléter|complète-t-il|remplace-t-il)"),
  cue('intention', "\\b(?:n'est-il pas (?:temps|nécessaire|urgent|souhaitable|opportun|utile)|(?<!ne\\s)faut-il\\s+(?:revoir|modifier|réformer|changer|supprimer|étendre|créer|adapter|assouplir|renforcer|simplifier|harmoniser|abroger|compléter|clarifier|rétablir|revenir\\s+sur)\\b|ne (?:faudrait|faut|conviendrait|serait)-il pas\\b|ses intentions|son intention|l'intention du gouvernement|sa volonté|la volonté du gouvernement|est-il (?:prévu|envisagé|envisageable|question|dans (?:ses|les) intentions)|la nécessité (?:de\\b|d'|qu)|l'urgence (?:de\\b|d'|qu)|l'utilité (?:de\\b|d'|qu)|(?<!dans\\s)l'intérêt (?:de\\b|d'|qu'il y aurait)|l'intérêt qui s'attache(?:rait)?|l'opportunité d(?:e|')|l'éventualité d(?:e|'|u|es)\\b|les intentions du gouvernement|les intentions (?:de\\s+(?:m\\.?|mme|monsieur|madame)\\s+(?:le|la)\\s+ministre|du ministre|de la ministre|de l'état|des pouvoirs publics)|quelles sont (?:ses|les) intentions|la garantie qu|l'assurance qu|l'engagement (?:qu|de)|s'engager à|s'il entend|s'il envisage|s'il compte|s'il a l'intention|s'il est prévu|s'il pourrait|s'il est favorable|s'il prévoit|si le gouvernement (?:entend|envisage|compte|a l'intention|est favorable|prévoit|va|pourrait|accepte|s'engage)|s'elle (?:entend|envisage|compte)|(?:entend|envisage|compte|prévoit|va|accepte|acceptera)(?:-t)?-(?:il|elle|ils|elles)\\b|(?:pourrait|pourraient|peut|peuvent|devrait|devraient)(?:-t)?-(?:il|elle|ils|elles)\\s+(?:pas\\s+)?(?:être\\s+(?!tenue?s?\\b|soumise?s?\\b|obligée?s?\\b|considérée?s?\\b|engagée?s?\\b)|faire\\s+l'objet)|(?:^|^\\S+\\s+|(?:le gouvernement|l'état|l'etat|(?:le|la) ministre|son ministère|ses services|les pouvoirs publics)\\s+)(?:pourrait|peut)(?:-t)?-(?:il|elle|ils|elles)\\b|(?:entendez|envisagez|comptez|prévoyez|allez|pourriez|pouvez|acceptez)-vous\\b)"),
];

/**
 * Figures asked in words that also name things (« les recettes », « le trafic », « l'effectif », « les crédits
 * affectés », « le manque à gagner »…): they ask a figure only as the object of the request, not as the subject of
 * an inverted question (« Les crédits prévus seront-ils maintenus ? »), the object of an action asked (« de renforcer
 * l'effectif »), or what the law allows (« quelles quantités un exploitant peut stocker », « l'effectif légal »)
 * (review rev-chf). See `weakFigureAsked`.
 */
const weakFigure = lazyRx(
  "\\b(?:chiffrer|le chiffrage|les délais moyens|les durées moyennes|(?:les )?quantités|(?:les )?recettes(?!-)|(?:le )?trafic (?:annuel|moyen|journalier|quotidien|ferroviaire|routier|autoroutier|aérien|fluvial|maritime|portuaire|voyageurs|passagers|fret|de voyageurs|de passagers|de marchandises|des poids lourds|de (?:la|cette) ligne|sur (?:la|cette) ligne|de l'aéroport|du port)|(?:la )?fréquentation\\b|l'importance (?:des |du |de la |de l')(?:surfaces?|superficies?|sommes|crédits|effectifs|stocks|volumes?|pertes|quantités|dépenses|recettes|besoins)|le manque à gagner|l'ampleur (?:des |du |de la |de l')(?:pertes|dégâts|dommages|fraudes?|phénomène|baisse|hausse|diminution|augmentation|chute|déficit|dette|retards?|suppressions?|fermetures?|destructions?|sinistres?)|(?:l')?effectif\\b|(?:la |le |l')?(?:situation|niveau|état) des effectifs|(?:à\\s+)?quel\\s+niveau\\s+(?:s'élève(?:nt)?|se\\s+monte(?:nt)?)\\b|(?:à\\s+)?quel\\s+niveau\\s+s'établi(?:ssen)?t\\s+(?:[\\p{L}']+\\s+){0,2}?(?:les\\s+|le\\s+|la\\s+|l')(?:émissions?|stocks?|prix|dépenses|recettes|crédits|effectifs|ventes|dette|déficit|production|consommation|taux|montants?|pertes|aides?|indemnités?|cotisations?|prélèvements?|tarifs?|loyers?|salaires?|rémunérations?)|(?:les )?crédits (?:(?:ont|sont|seront)\\s+(?:été\\s+)?)?(?:affectés|alloués|consacrés|attribués|versés|inscrits|réservés|destinés|engagés|consommés|délégués|ouverts)|(?:les )?dépenses (?:engagées|réalisées|consacrées|effectuées|occasionnées|induites|supportées)|(?:le )?niveau (?:des|du|de la|de l')\\s*(?:stocks?|émissions?|prix|dépenses|recettes|crédits|effectifs|ventes|importations?|exportations?|production|consommation|dette|déficit)|(?:la )?surface (?:agricole|boisée|forestière|cultivée|irriguée|artificialisée|urbanisée|perdue|détruite|brûlée|consommée|plantée|arrachée))",
);
/**
 * Where a weak figure word asks: right after « quel(le)(s) (a été|est…) » that opens the request, or a verb that asks to
 * be told heading it (« de lui indiquer … »), not one the Government is asked to have done (« d'engager une étude
 * permettant d'évaluer le trafic », « de faire évaluer… »: review rev2-chf).
 */
const weakFigureAfterQuestion = lazyRx("^(?:(?:(?:à\\s+)?(?:combien|quel(?:le)?s?))\\s+(?:(?:a|ont)\\s+été|est|sont|sera|seront|était|étaient)?\\s*(?:,(?!\\s*(?:selon|à\\s+ses\\s+yeux|à\\s+son\\s+avis|d'après))[^,]{1,60},\\s*|(?:actuellement|aujourd'hui|désormais|encore|à\\s+ce\\s+jour|en\\s+\\d{4})\\s+)?|(?:de\\s+|d')?(?:bien\\s+vouloir\\s+)?(?:(?:lui\\s+|leur\\s+)?(?:indiquer|préciser|communiquer|connaître|connaitre|savoir|détailler|transmettre|fournir)|(?:lui|leur)\\s+(?:chiffrer|évaluer|estimer|quantifier))\\s+(?:\\p{L}+\\s+){0,2}?|(?:(?:au|en|depuis|pour|par|dans|sur)\\b[^,;]{1,50}|\\p{L}+\\s+par\\s+\\p{L}+),\\s*)$");
/** « -t-il », « seront-ils » : an inverted question, whose subject the request names first. */
const invertedVerb = lazyRx("\\p{L}(?:-t)?-(?:il|elle|ils|elles|on)\\b");
/**
 * A threshold right after the word (« l'effectif légal », « la surface agricole minimale exigée ») is the law's, not a
 * figure (§10.1); further on it describes something else (« les recettes de la contribution obligatoire versée par
 * les entreprises », review rev3-chf).
 */
const thresholdAfter = lazyRx("^\\s*(?:(?!non\\b|hors\\b|sans\\b)\\p{L}+\\s+){0,2}?(minimale?s?|maximale?s?|minimum|maximum|requise?s?|exigée?s?|légale?s?|légaux|réglementaires?|obligatoires?|éligibles?|autorisée?s?)\\b");
/** A legal reference anywhere in the request (« au sens de l'article L. 130-1 », « à retenir pour », « à inscrire en section… »). */
const legalReference = lazyRx("\\b(?:plafonds?|seuils?|au\\s+sens\\s+d|articles?\\s+[lrd]\\b|du\\s+code\\b|ouvr\\p{L}*\\s+droit|à\\s+retenir|à\\s+prendre\\s+en\\s+compte|pris\\s+en\\s+compte\\s+pour|pour\\s+le\\s+calcul|à\\s+inscrire|de\\s+droit)");
/** A will or a plan of the Government after the word (« quelles recettes nouvelles il envisage de créer », « prévus pour accompagner »). */
const plannedAfter = lazyRx("^\\s*(?:\\p{L}+\\s+)?(?:nouvelles?|de\\s+substitution)\\b|^[^,;?]{0,80}?\\b(?:(?:il|elle|le\\s+gouvernement|l'état|ses\\s+services|la\\s+france)\\s+(?:entend|entendent|envisage|envisagent|compte|comptent|prévoit|prévoient|souhaite)|envisagée?s?|prévue?s?\\s+pour\\s+\\p{L}+(?:er|ir|re)\\b|(?:sera|seront)\\s+(?:prise?s?\\s+en\\s+charge|compensée?s?|créée?s?))\\b");
/**
 * A threshold adjective up to two words after the weak word (not after « non », « hors », « sans ») qualifies it when
 * it agrees in number (« les quantités autorisées », « l'effectif légal »), not when it agrees with a noun in between
 * (« les recettes de la contribution obligatoire »); « requis », « minimum » say nothing of their number.
 */
function qualifiedByThreshold(word: string, after: string): boolean {
  const adjective = thresholdAfter().exec(after)?.[1];
  if (adjective === undefined) return false;
  if (/^(?:requis|minimum|maximum)$/u.test(adjective)) return true;
  const pluralWord = /(?:^|\s)(?:les\s|des\s)|(?:s|x)$/u.test(word.trim());
  return pluralWord === /(?:s|x)$/u.test(adjective);
}

/** Where a weak figure word asks the figure in `text` (index and length of the word), or undefined. */
function weakFigureAsked(text: string, found: ReadonlyMap<SubQuestionKind, unknown>): { index: number; length: number } | undefined {
  if (found.has('droit') || hasLegalModal(text) || legalReference().test(text)) return undefined;
  const match = weakFigure().exec(text);
  const after = match ? text.slice(match.index + match[0].length) : '';
  if (!match || plannedAfter().test(after) || qualifiedByThreshold(match[0], after)) return undefined;
  // The request begins with it (« les recettes perçues en 2021 », after « de lui indiquer ») and asks no inverted question.
  if (match.index === 0) return invertedVerb().test(text) ? undefined : { index: 0, length: match[0].length };
  // « s'il a pris la mesure de l'ampleur de la crise », « de renforcer l'effectif » : no figure asked. The cue starts
  // with the words that ask (« quels crédits ont été affectés » is no « quels crédits » of a measures request).
  const asking = weakFigureAfterQuestion().exec(text.slice(0, match.index));
  return asking ? { index: asking.index, length: match.index + match[0].length - asking.index } : undefined;
}

/**
 * A requirement the rules set on the thing asked, as the request's head (« quelles sont les formalités exigées »,
 * « les qualifications requises », « quelles pièces sont exigées »), a noun that names a requirement: not a change asked
 * of it (« de supprimer le certificat médical exigé », « le report de la formation obligatoire »), nor one the
 * Government would set (« rendre obligatoire »), nor a participle further on (reviews rev3-chf, rev4-chf).
 */
const requirementAsked = lazyRx("^(?:quel(?:le)?s?\\s+(?:sont|est)\\s+)?(?:les|la|le|l'|quel(?:le)?s?)\\s*(?:formalités|pièces|justificatifs?|documents?|diplômes?|qualifications?|titres?|vaccins?|vaccinations?|assurances?|garanties|durées?|niveaux?|permis|autorisations?|certificats?|dépenses|conditions|délais|mentions|équipements?|formations?|stages?|examens?|visites?|déclarations?|agréments?|contrôles?|démarches|obligations|cotisations|capacités?|compétences|expériences?|effectifs|majorités?|quorum|ancienneté|âges?|normes|études|analyses|attestations?|tests|cautions?|licences?|habilitations?|travaux|quantités|seuils?)\\b(?:\\s+[\\p{L}'-]+){0,4}?\\s+(?:(?:sont|est)\\s+)?(?:requise?s?|exigée?s?|obligatoires?)\\b");
/**
 * Direct questions put to the Government or the minister (or to « il », the minister, opening the request): « Le
 * Gouvernement estime-t-il que… ? », « Ne pense-t-il pas que… ? », « partage-t-il l'analyse de… ? » ask a view,
 * « s'engage-t-il à… ? » a will. Another subject (« L'URSSAF considère-t-elle que… », « une commune s'engage-t-elle »)
 * is not the minister (review rev4-chf).
 */
const governmentDirect = "^(?:(?:le\\s+gouvernement|l'état|(?:m\\.?\\s+|mme\\s+|monsieur\\s+|madame\\s+)?(?:le|la)\\s+ministre)\\s+)?(?:ne\\s+|n')?";
const viewOpening = lazyRx(`${governmentDirect}(?:estime|considère|pense|juge|croit)(?:-t)?-(?:il|elle)\\s+(?:pas\\s+)?(?:que\\b|qu')`);
const sharesView = lazyRx(`${governmentDirect}partage(?:-t)?-(?:il|elle)\\s+(?:pas\\s+)?(?:l'analyse|l'avis|le\\s+point\\s+de\\s+vue|l'interprétation|la\\s+position|l'inquiétude|les\\s+inquiétudes|la\\s+préoccupation|les\\s+préoccupations|le\\s+constat|l'appréciation|la\\s+conviction|le\\s+sentiment|l'opinion|les\\s+conclusions|la\\s+crainte|les\\s+craintes|les\\s+analyses|la\\s+lecture|le\\s+diagnostic)\\b`);
/** Not when what follows asks to be told (« … pouvoir, dans les meilleurs délais, lui faire connaître les résultats »). */
const askedToTell = "(?!\\s*(?:,[^,;?]{1,40},\\s*)?(?:lui\\s+|leur\\s+|en\\s+|nous\\s+)?(?:indiquer|préciser|communiquer|faire\\s+connaître|détailler|transmettre|fournir|donner|connaître|savoir|obtenir|disposer|avoir\\s+connaissance)\\b)";
const commitsTo = lazyRx(`${governmentDirect}s'engage(?:-t)?-(?:il|elle)\\s+à\\b${askedToTell}`);
/**
 * A legal qualification as the clause's predicate (« … sont soumises à cotisations », « … relèvent de la section
 * d'investissement », « … puisse refuser », « … a droit à »), not a legal word on another noun (« la part de
 * responsabilité », « les communes éligibles »: review rev5-chf).
 */
const legalClause = lazyRx("\\b(?:est|sont|soit|soient|serait|seraient|était|étaient|sera|seront)\\s+(?:[\\p{L}']+\\s+)?(?:soumise?s?\\s+à\\s+(?:l'|la\\s+|le\\s+|les\\s+|des\\s+|une\\s+|un\\s+)?(?:impôts?|imposition|taxes?|tva|cotisations?|contributions?|csg|crds|obligations?|autorisations?|déclarations?|agréments?|régimes?|prélèvements?|droits?|redevances?|permis|formalités?|procédures?)|imposables?|assujettie?s?|éligibles?|légale?s?|légaux|illégale?s?|illégaux|régulière?s?|irrégulière?s?|applicables?(?=\\s+(?:à|aux)\\b|\\s*[.?!]?\\s*$)|exonérée?s?|redevables?|compétente?s?|autorisée?s?|interdite?s?|tenue?s?|obligée?s?|due?s?\\s+(?:par|au\\s+titre)|fondée?s?\\s+à|(?:civilement|pénalement|solidairement)\\s+responsables?|opposables?|cumulables?)\\b|\\b(?:puisse(?:nt)?|doive(?:nt)?|relève(?:nt)?\\s+de|entre(?:nt)?\\s+dans\\s+l'assiette|fai(?:t|saient|sait)\\s+partie\\s+(?:du|de\\s+son|de\\s+leur)\\s+domaine|constitue(?:nt)?\\s+une\\s+dépendance|s'impose(?:nt)?\\s+(?:au|aux|à\\s+la|à\\s+l')\\s*(?:maires?|communes?|préfets?|collectivités?|employeurs?|agents?|propriétaires?|exploitants?)|a\\s+droit\\s+(?:à|au|aux))\\b");
/** « Ne juge-t-il pas nécessaire de… ? », « Pense-t-il pouvoir généraliser… ? » : the will, asked directly. */
const willInDirect = lazyRx(`${governmentDirect}(?:(?:juge|estime|trouve|croit)(?:-t)?-(?:il|elle)\\s+(?:pas\\s+)?(?:nécessaire|opportun|souhaitable|utile|urgent|indispensable|possible)\\s+(?:de\\b|d')${askedToTell}|(?:pense|compte|croit)(?:-t)?-(?:il|elle)\\s+(?:pas\\s+)?pouvoir\\b${askedToTell})`);
/** « Estime-t-il normal que… ? » : a judgement asked directly. */
const judgementInDirect = lazyRx(`${governmentDirect}(?:juge|estime|trouve|croit)(?:-t)?-(?:il|elle)\\s+(?:pas\\s+)?(?:normal|acceptable|admissible|juste|légitime|cohérent|équitable|logique|raisonnable|satisfaisant|suffisant)e?s?\\b`);
/** « ne pense-t-il pas qu'il serait opportun de… » : a change wished, the will (as « s'il ne lui paraît pas opportun »). */
const wishedInView = lazyRx("^(?:il\\s+(?:serait|est|paraît|semble)\\s+(?:pas\\s+)?(?:opportun|souhaitable|nécessaire|urgent|utile|temps|indispensable)|il\\s+(?:conviendrait|faudrait|convient|faut)|il\\s+y\\s+(?:aurait|a)\\s+lieu|le\\s+moment\\s+est\\s+venu)\\b|\\bs'impose(?:nt|rait|raient)?(?:\\s+(?:désormais|aujourd'hui|donc|également|dès\\s+lors|plus\\s+que\\s+jamais))?\\s*[.?!]?\\s*$");

/** A « si » that asks the minister to give information (« s'il peut lui indiquer… »), not what the law or he will do. */
const informationHead = lazyRx(
  "^(?:(?:s'(?:il|elle)|si\\s+(?:le\\s+gouvernement|(?:le|son)\\s+ministère|ses\\s+services))\\s+(?:ne\\s+)?(?:peut|pourrait|peuvent|pourraient|serait\\s+en\\s+mesure\\s+de|est\\s+en\\s+mesure\\s+de)\\s+(?:pas\\s+)?(?:lui\\s+|leur\\s+|nous\\s+)?(?:indiquer|préciser|communiquer|faire\\s+connaître|faire\\s+savoir|détailler|dire|chiffrer|évaluer|estimer|quantifier|(?:apporter|donner)\\s+des\\s+précisions\\s+(?:sur|quant\\s+à|concernant))|^s'il\\s+(?:est|serait)\\s+possible\\s+(?:de\\s+|d')(?:lui\\s+)?(?:connaître|savoir|obtenir|disposer\\s+(?:de|d'|des|du)|avoir\\s+(?:communication|connaissance)\\s+(?:de|d'|des|du)|lui\\s+indiquer|lui\\s+communiquer|lui\\s+préciser))\\s*",
);
const siHead = lazyRx("^(?:si\\b|s'ils?\\b|s'elles?\\b)");
// Not « que compte faire », « qu'entend faire », « qu'en est-il » : those ask what is done, not a fact to confirm.
const thatHead = lazyRx("^(?:que\\s+(?!(?:compte|entend|envisage|va|pense|répond|prévoit|fait|peut|pourrait)\\b)|qu'(?!en\\s+est|entend|envisage))");
/** « que le Gouvernement débloque cette situation » : an action asked of the Government (a wish), not a fact to confirm. */
const wishThatGovernment = lazyRx("^(?:que\\s+(?:le gouvernement|l'état|l'etat|les pouvoirs publics|(?:le|la) ministre|son ministère|ses services)\\s+|qu'(?:il|elle)\\s+(?:ne\\s+)?)(?!(?:a|ont|est|sont|était|avait|aurait|serait|sera|va|peut|doit|entend|envisage|compte|existe|faut|suffit|convient|s'agit|y|en|n'|lui|leur|fut|fût|soit|résulte|appartient|incombe|revient|importe|reste|demeure|dispose|bénéficie|relève\\s+d(?:e|u|es)|relève\\s+d'|figure|s'applique|concerne|permet|prévoit|ressort|semble|paraît|parait)\\b)\\p{L}{3,}");
/** « que l'exonération … soit maintenue », « que soient revalorisées les pensions » : a decision wished (subjunctive passive). */
const wishedDecision = lazyRx("^(?:que\\s+|qu')(?:\\S+\\s+){0,10}?(?:soi(?:en)?t|puisse(?:nt)?\\s+être)\\s+(?:\\p{L}+ment\\s+|enfin\\s+|à\\s+nouveau\\s+)?(?:maintenue?s?|rétablie?s?|revalorisée?s?|accordée?s?|étendue?s?|supprimée?s?|modifiée?s?|engagée?s?|réexaminée?s?|revue?s?|renforcée?s?|pérennisée?s?|reconduite?s?|augmentée?s?|accrue?s?|créée?s?|mise?s?\\s+en\\s+(?:place|œuvre|oeuvre)|relevée?s?|abaissée?s?|indemnisée?s?|compensée?s?|simplifiée?s?|assouplie?s?|reconnue?s?|prolongée?s?|réformée?s?|abrogée?s?|lancée?s?|ouverte?s?|organisée?s?|réalisée?s?|financée?s?)\\b");
/** « que soit engagée une réforme », « qu'il prenne » : a wish (subjunctive), not a statement to confirm. */
const subjunctive = lazyRx("^(?:\\S+\\s+){0,4}?(?:soi(?:en)?t|puisse(?:nt)?|fasse(?:nt)?|prenne(?:nt)?|mette(?:nt)?|ai(?:en)?t|engage(?:nt)?|veille(?:nt)?)\\b");

/**
 * Who acts decides between `intention` and `droit` (QUESTION-FORMS.md §10.1): the Government's own will
 * (« s'il entend… », « si le Gouvernement envisage… », « si des mesures pourraient être prises ») is
 * `intention`; what the law allows, requires or means for anyone else (« si une commune peut… », « si ces
 * indemnités sont soumises à l'impôt ») is `droit`.
 */
const governmentSi = lazyRx(
  "^(?:(?:s'il|si\\s+elle)\\s+(?:ne\\s+|n')?(?:lui\\s+)?(?:entend|envisage|compte|a\\s+l'intention|prévoit|est\\s+favorable|est\\s+prêt|pourrait|peut|va|accepte|s'engage|serait|souhaite|juge|estime|pense|croit|considère|conviendrait|convient|est\\s+disposée?|est\\s+dans\\s+ses\\s+intentions|semblerait|paraîtrait|paraitrait|semble|paraît|parait|a\\s+(?:pris|engagé|été|prévu|envisagé|décidé))|si\\s+(?:le\\s+gouvernement|l'état|l'etat|(?:le|la)\\s+ministre|son\\s+ministère|ses\\s+services|le\\s+ministère|les\\s+pouvoirs\\s+publics|les\\s+services\\s+(?:de\\s+l'état|du\\s+ministère|de\\s+son\\s+ministère))\\b|si\\s+(?:des|de\\s+nouvelles|une|un|de)\\s+(?:\\p{L}+\\s+)?(?:mesures|dispositions|modifications?|réformes?|évolutions?|solutions?|moyens|crédits|aménagements?|assouplissements?|initiatives?|actions?|instructions?)\\b)",
);
/** « s'il est envisageable… », « il ne conviendrait pas de… », « … est à l'étude », « … ne pourrait pas… » : a wish. */
const wishSi = lazyRx(
  "\\b(?:un|une|des|le|la|les|ce|cet|cette|ces)\\s+(?:dispositifs?|plans?|programmes?|fonds|aides?|actions?|campagnes?)\\b[^;?]{0,80}?\\b(?:a|ont)\\s+(?:bien\\s+|déjà\\s+)?été\\s+(?:mise?s?\\s+en\\s+(?:place|œuvre|oeuvre)|créée?s?|engagée?s?|lancée?s?|adoptée?s?|déployée?s?)|\\b(?:est|sont|reste|restent)\\s+(?:toujours|encore)\\s+d'actualité|^s'il\\s+(?:est|serait)\\s+dans\\s+(?:son|ses|les)\\s+intentions?|^s'il\\s+(?:ne\\s+|n')?(?:est|serait)\\s+(?:pas\\s+)?(?:envisageable|opportun|souhaitable|utile|envisagé|prévu\\s+de)|\\bil\\s+(?:ne\\s+)?(?:conviendrait|serait|paraîtrait|paraitrait|semblerait)\\s+(?:pas\\s+)?(?:opportun|souhaitable|utile|possible|envisageable|préférable|judicieux|nécessaire|de)\\b|\\bne\\s+(?:pourrait|pourraient|devrait|devraient|serait|seraient|conviendrait|faudrait)\\s+pas\\b|\\b(?:une|des|la|les|le|un|cette|ces|ce)\\s+(?:réflexions?|études?|concertations?|missions?|expertises?|travaux|groupes?\\s+de\\s+travail|évaluations?|commissions?|comités?|observatoires?)\\b[^;?]{0,160}?\\b(?:est|sont|a\\s+été|ont\\s+été|sera|seront|serait|seraient)\\s+(?:actuellement\\s+|déjà\\s+|bien\\s+)?(?:engagée?s?|lancée?s?|prévue?s?|envisagée?s?|en\\s+cours|menée?s?|conduite?s?|confiée?s?|ouverte?s?|constituée?s?|créée?s?|installée?s?|réunie?s?|mise?s?\\s+en\\s+place)|\\b(?:est|sont|serait|seraient|sera|seront)\\s+(?:actuellement\\s+|bien\\s+|déjà\\s+)?(?:en\\s+cours\\s+d'(?:étude|examen|élaboration)|en\\s+(?:étude|examen)\\b|en\\s+cours\\s+de\\s+(?:préparation|rédaction|discussion|réflexion|concertation|finalisation)|en\\s+(?:préparation|projet|gestation)|à\\s+l'(?:étude|ordre\\s+du\\s+jour)|envisagée?s?|programmée?s?|prévue?s?)|\\b(?:(?:était|sera|serait|étaient|seront|seraient)\\s+(?:bien\\s+)?|(?:est|sont)\\s+bien\\s+)prise?s?\\s+en\\s+(?:compte|considération)",
);
/**
 * « s'il est possible de… », « s'il existe… », « s'il faut… », « s'il convient de… », « s'il peut être dérogé… » :
 * the impersonal `il` asks what the law says.
 */
const impersonalSi = lazyRx("^s'il\\s+(?:convient\\s+d(?:e|')|suffit\\b|peut\\s+être\\s+(?:dérogé|procédé|fait\\s+(?:appel|usage|application)|tenu\\s+compte|passé\\s+outre|recouru|admis|considéré)|est\\s+(?:possible|permis|obligatoire|nécessaire|légal|licite|interdit|autorisé|prévu\\s+par|exigé|requis|admis|loisible)|existe|faut|y\\s+a\\s+lieu|appartient|s'agit|incombe|résulte|convient\\s+de\\s+considérer)");
/** « s'il est normal / juste / logique que … », « s'il est d'accord avec … » : a judgement asked of the minister. */
const judgementImpersonal = lazyRx("^s'(?:il|elle)\\s+(?:ne\\s+|n')?(?:est|serait|était)\\s+(?:pas\\s+)?(?:(?:normal|anormal|juste|injuste|logique|acceptable|inacceptable|équitable|inéquitable|cohérent|incohérent|admissible|inadmissible|raisonnable|choquant|regrettable|satisfaisant)\\s+(?:qu(?:e\\s|')|de\\s|d')|d'accord\\s+(?:avec|pour)\\b)");
/**
 * « s'il est normal que… », « s'il est d'accord avec… », « si cette réforme ne risque pas de pénaliser… »: the minister's
 * judgement asked (position), often given as the law's conclusion (« Aucune commune n'est donc pénalisée »).
 */
export function asksJudgement(folded: string): boolean {
  return judgementImpersonal().test(folded) || riskSi().test(folded);
}
/** « si … ne lui semble pas abusif » : the minister's view. */
const viewSi = lazyRx("\\blui\\s+(?:semble|semblent|paraît|paraissent|parait|paraîtrait|paraitrait|semblerait|sembleraient|apparaît)\\s+(?:pas\\s+)?(?:(\\p{L}+)\\s+)?(\\p{L}+)");
const wishAdjective = lazyRx('^(?:opportune?s?|souhaitables?|utiles?|nécessaires?|possibles?|envisageables?|judicieu(?:x|se)s?|préférables?|indispensables?|urgente?s?|légitimes?)$');
/** A modal of the law for someone other than the Government (« les conseillers peuvent obtenir »). */
const legalModal = lazyRx(
  "\\b(?:peut|peuvent|pourrait|pourraient|doit|doivent|devrait|devraient|est\\s+tenue?|sont\\s+tenue?s|est\\s+obligée?|sont\\s+obligée?s|est\\s+autorisée?|sont\\s+autorisée?s|est\\s+soumise?|sont\\s+soumise?s|est\\s+habilitée?|sont\\s+habilitée?s|a\\s+(?:la\\s+)?compétence|ont\\s+(?:la\\s+)?compétence|relève|relèvent|est\\s+en\\s+droit|sont\\s+en\\s+droit|(?:a|ont)\\s+le\\s+droit\\s+(?:de|d')|dans\\s+l'obligation|est\\s+réservée?|sont\\s+réservée?s|est\\s+interdite?|sont\\s+interdite?s|est\\s+permise?|est\\s+obligatoire|sont\\s+obligatoires)\\b",
  'g',
);
const governmentSubjectBefore = lazyRx("(?:le gouvernement|l'état|l'etat|(?:le|la) ministre|son ministère|ses services|\\bil|\\belle)\\s+(?:ne\\s+|n')?$");
/** « comment l'État va… », « les modalités qu'il compte mettre en œuvre » : what the Government will do. */
const governmentAction = lazyRx(
  "^comment\\s+(?:\\p{L}+\\s+)?(?:sera|seront|va\\s+être|vont\\s+être)\\s+(?:(?:désormais|enfin|bien|\\p{L}+ment)\\s+)?(?:prise?s?\\s+en\\s+(?:compte|charge|considération)|mise?s?\\s+en\\s+(?:œuvre|oeuvre|place)|traitée?s?|financée?s?|accompagnée?s?|soutenue?s?|appliquée?s?)\\b|^(?:(?:de\\s+)?(?:quelle|quelles)\\s+(?:manière|façon)s?|(?:la|les)\\s+(?:manière|façon)s?\\s+dont|comment|dans\\s+quelle\\s+mesure|(?:les|quelles)\\s+(?:modalités|moyens))\\s+(?:qu'|que\\s+)?(?:le gouvernement|l'état|l'etat|la france|il|elle|son ministère|ses services|le ministère)\\s+(?:va|vont|entend|compte|envisage|prévoit|pourrait|peut|souhaite|a\\s+l'intention)\\b",
);
/** A request that starts with the infinitive of an action asked of the minister (« de bien vouloir ouvrir… »). */
const injunctive = lazyRx("^(?:de\\s+|d')?(?:bien\\s+vouloir\\s+)?(?:(?:lui|leur|se|y|en)\\s+)?(\\p{L}{3,}(?:er|ir|re))\\b");
const notInfinitive = new Set(['notre', 'votre', 'autre', 'entre', 'contre', 'premier', 'dernier', 'hier', 'cher', 'fier', 'plaisir', 'avenir', 'désir', 'loisir', 'leur', 'cadre', 'titre', 'ordre', 'nombre', 'membre', 'centre', 'libre', 'lettre', 'chiffre', 'offre', 'mètre', 'ministre', 'registre', 'sinistre', 'maire', 'propre', 'pauvre', 'quatre', 'calendrier', 'dossier', 'métier', 'foyer', 'loyer', 'quartier', 'chantier', 'fichier', 'courrier', 'papier', 'janvier', 'février', 'savoir', 'connaître', 'connaitre', 'indiquer', 'préciser', 'faire', 'dire']);

/** A will verb in a `si` clause (« si les services de l'État entendent… »). */
const willVerb = lazyRx("\\b(?:(?:entend|entendent|compte|comptent)\\s+(?:\\p{L}+\\s+)?\\p{L}+(?:er|ir|re)\\b|(?:envisage|envisagent|prévoit|prévoient|a\\s+l'intention|ont\\s+l'intention)\\s+(?:de\\b|d'))");
/** A count or a date the law sets (« pendant combien de temps l'affichage doit-il être maintenu ») is `droit`. */
const invertedModal = lazyRx("\\b(?:doit|doivent|peut|peuvent)-(?:il|elle|ils|elles)\\b|\\b(?:est|sont)\\s+tenue?s?\\b");

/** A passive act to come (« sera publié », « pourrait être étendue », « va être revalorisée »). */
const futureAct = lazyRx(
  // The conditional of a change wished for (« pourrait être étendue »), any participle…
  "\\b(?:pourrait|pourraient|devrait|devraient)\\s+(?:\\p{L}+ment\\s+|bientôt\\s+|enfin\\s+)?être\\s+(?:\\p{L}+ment\\s+)?(\\p{L}+(?:é|ée|és|ées|is|ise|ises|it|ite|its|ites|u|ue|us|ues|ert|erte|erts|ertes))\\b" +
    // …the future of the Government's own acts (« le décret sera publié »), a closed list: « sera pris en charge
    // par la commune » asks the law.
    "|\\b(?:sera|seront|va\\s+être|vont\\s+être|pourra\\s+être|pourront\\s+être)\\s+(?:\\p{L}+ment\\s+|bientôt\\s+|enfin\\s+)?((?:publié|adopté|revalorisé|étendu|modifié|révisé|réformé|relevé|abaissé|prolongé|reconduit|pérennisé|généralisé|supprimé|simplifié|assoupli|créé|engagé|lancé|débloqué|alloué|consulté|associé|réduit|diminué|augmenté|maintenu|rétabli|fermé|rouvert|recruté|versé|financé|accordé|attribué|compensé|indemnisé|remboursé|réorganisé|redéployé|étendu|revu|réévalué|repensé|amélioré|adapté|clarifié|harmonisé|allégé|complété|actualisé|organisé|présenté|déposé|transposé|déclaré|décrété|proclamé|labellisé|annoncé|signé|ratifié|examiné|étudié|réexaminé|renforcé|mis\\s+en\\s+(?:place|œuvre|oeuvre))(?:e|s|es)?)\\b",
);
/** Participles that state what the law makes of someone (« sera tenu », « serait soumise »), not an act. */
const legalState = lazyRx(
  "^(?:tenue?s?|soumise?s?|obligée?s?|considérée?s?|assujettie?s?|exonérée?s?|autorisée?s?|habilitée?s?|redevables?|éligibles?|concernée?s?|regardée?s?|qualifiée?s?|astreinte?s?|admise?s?|dispensée?s?|engagée?s?|poursuivie?s?|sanctionnée?s?|condamnée?s?|annulée?s?|requalifiée?s?|reconnue?s?|imposée?s?|taxée?s?|inscrite?s?|élue?s?|nommée?s?|désignée?s?)$",
);
/** Someone other than the Government whose rights and duties a request asks about (§10.1). */
const localActor = lazyRx(`\\b${localActorSource}\\b`);
/** An inverted modal (« une commune peut-elle… », « le maire doit-il… ») and what stands before it. */
/** An entitlement of someone (« auxquelles une commune a droit », « auxquels un agent peut prétendre »). */
const entitlement = lazyRx("\\b(?:auxquel(?:le)?s|auquel|à laquelle)\\s+[^,;?]{0,60}?\\b(?:a|ont|aurait|auraient|aura|auront)\\s+droit\\b");
/** A verb that sets a figure (« prévoir que le montant », « fixer le taux », « moduler le montant »), not one of knowing. */
const settingVerb = lazyRx("^\\s*(?:\\p{L}+ment\\s+|librement\\s+|encore\\s+|désormais\\s+)?(?:prévoir|fixer|moduler|décider|voter|majorer|minorer|plafonner|déterminer|arrêter|modifier|augmenter|réduire|diminuer|relever|abaisser|exonérer|instituer|appliquer|répartir|affecter|délibérer)\\b");
const invertedLegal = lazyRx("^(.*?)\\b(?:peut|peuvent|pourrait|pourraient|doit|doivent|devrait|devraient)(?:-t)?-(?:il|elle|ils|elles)\\b");
const governmentSubject = lazyRx("\\b(?:le gouvernement|l'état|l'etat|(?:le|la) ministre|son ministère|ses services|le ministère|les pouvoirs publics)\\b");

const legalPassive = lazyRx("^s'(?:il|elle)s?\\s+(?:ne\\s+|n')?(?:peut|peuvent|pourrait|pourraient|doit|doivent|devrait|devraient)\\s+(?:pas\\s+)?(?:légalement\\s+)?être\\s+(\\p{L}+)");

/** « s'il juge cette situation acceptable » : the minister's view; « s'il juge nécessaire de… » stays a wish. */
const judgementSi = lazyRx("^(?:s'il|si\\s+elle)\\s+(?:ne\\s+|n')?(?:juge|estime|considère|trouve|pense|croit|approuve|désapprouve|cautionne|souscrit)\\b");
const wishAfterJudgement = lazyRx("\\b(?:nécessaire|utile|opportune?|souhaitable|indispensable|urgente?|envisageable|possible|judicieux|préférable|légitime|bon|juste|temps|doit|doivent|devrait|devraient|faut|faudrait|convient|conviendrait)\\b|\\b(?:de|d')\\s*(?:\\p{L}+(?:er|ir|re))\\b");

/** « s'il entend », « si le Gouvernement est prêt à » : the Government's will leads, whatever it is about. */
const willHead = lazyRx("^(?:s'il|si\\s+elle|si\\s+le\\s+gouvernement|si\\s+l'état|si\\s+l'etat)\\s+(?:ne\\s+|n')?(?:entend|envisage|compte|a\\s+l'intention|prévoit|est\\s+favorable|est\\s+prêt|est\\s+disposé|accepte|s'engage)\\b");
/**
 * « s'il est en mesure de garantir le maintien de ce dispositif », « … de revenir sur cette décision » : the minister's
 * will, read only when the request names no rule (« de rassurer les maires quant à la légalité de… », « de garantir
 * aux maires que leur responsabilité ne peut être engagée » stay the law's: review rev2-chf). Not « si elle … »: after
 * « si une commune peut… » it is the commune (review rev3-chf).
 */
const ableToAct = lazyRx("^(?:s'il|si\\s+le\\s+gouvernement|si\\s+l'état)\\s+(?:est|serait)\\s+en\\s+mesure\\s+(?:de\\s+|d')(?:garantir(?!(?:\\s+\\S+){0,4}?\\s+qu)|s'engager|engager|accorder|débloquer|rassurer|revenir|rétablir|maintenir|modifier|réviser|revoir)\\b");
/** « d'engager seul une procédure », « sans l'accord du préfet » : what someone may do alone, the law's question. */
const actsAlone = lazyRx("\\b(?:seule?s?|sans\\s+l'accord|sans\\s+l'avis|de\\s+sa\\s+propre\\s+initiative)\\b");
const namesRule = lazyRx("\\b(?:légalité|légal\\p{L}*|interprétation|articles?|code|loi|décret|règles?|réglementation|responsabilité|au\\s+sens\\s+d)\\b");

/** « s'il est exact que … », « s'il est vrai que … » : a fact to confirm, asked like the « si » of what follows. */
const factSi = lazyRx("^s'il\\s+(?:est|serait)\\s+(?:bien\\s+)?(?:exact|vrai|avéré|confirmé|fondé)\\s+qu(?:e\\s+|')");

/** « s'il dispose de données sur … », « si ses services disposent d'une évaluation » : figures asked. */
const dataSi = lazyRx("^(?:s'il|si\\s+elle|si\\s+(?:le\\s+gouvernement|(?:le|son)\\s+ministère|ses\\s+services|l'administration|l'état))\\s+(?:dispose(?:nt)?|possède(?:nt)?|a|ont)\\s+(?:(?:bien|déjà)\\s+)?(?:de\\s+|d'|des\\s+|du\\s+|une\\s+|un\\s+)(?:\\p{L}+\\s+)?(?:nombre|montant|coût|données|chiffres|statistiques|évaluations?|estimations?|études?|bilans?|recensements?|indicateurs?|éléments\\s+chiffrés)\\b");

/** « s'il est possible de prévoir une dérogation » : a change only the Government can make (not « possible pour une commune de »). */
const possibleChange = lazyRx("^s'il\\s+(?:ne\\s+|n')?(?:est|serait)\\s+(?:pas\\s+)?(?:possible|envisageable)\\s+d(?:e\\s+|')(?:(?:l'|les?\\s+|la\\s+)?(?:envisager|prévoir|modifier|étendre|revoir|réviser|créer|instaurer|mettre\\s+en\\s+(?:place|œuvre|oeuvre)|adapter|assouplir|simplifier|relever|revaloriser|réformer|supprimer|réexaminer|reconsidérer|revenir\\s+sur|rouvrir|repenser|redéfinir|alléger|lever|maintenir|harmoniser|améliorer|renforcer|engager|lancer|allonger|réduire|augmenter|abaisser|élargir|généraliser|pérenniser|accorder|octroyer|rétablir|clarifier|compléter|actualiser|prolonger|proroger|reporter|repousser|différer|décaler|abonder|reconduire|raccourcir|majorer|rehausser|doubler|accélérer|débloquer)\\b)");

/** « si le calendrier annoncé sera respecté », « si la date prévue est maintenue » (not a legal time limit). */
const calendarKept = lazyRx("^si\\s+(?:le|la|l'|les|ce|cette|ces)\\s*(?:calendriers?|échéanciers?|échéances?|dates?)\\b(?![^;?]{0,40}?\\b(?:de\\s+(?:recours|prescription|validité|forclusion)|légale?s?)\\b)[^;?]{0,60}?\\b(?:sera|seront|est|sont|pourra|pourront|pourrait|pourraient|va|vont)\\s+(?:bien\\s+|toujours\\s+|effectivement\\s+)?(?:être\\s+)?(?:respectée?s?|tenue?s?|maintenue?s?|confirmée?s?)\\b");

/** « s'il est envisageable qu'une commune … », « s'il serait possible pour un employeur de … » : someone else acts. */
const localPossibility = lazyRx(`^s'il\\s+(?:ne\\s+|n')?(?:est|serait)\\s+(?:pas\\s+)?(?:envisageable|possible|concevable|permis|admis|admissible)\\s+(?:qu(?:e\\s+|')|pour\\s+)\\s*(?:un|une|le|la|les|l'|des|ce|cet|cette|ces|chaque|tout|toute|leur|son|sa|ses)\\s*(?:\\p{L}+\\s+)?${localActorSource}\\b(?![^;?]{0,60}?\\b(?:bénéficie(?:nt|r)?|perçoive(?:nt)?|percevoir|obtienne(?:nt)?|obtenir|reçoive(?:nt)?|recevoir|accède(?:nt)?|accéder|soi(?:en)?t\\s+(?:\\p{L}+ment\\s+)?(?:indemnisée?s?|aidée?s?|exonérée?s?|compensée?s?|remboursée?s?|éligibles?|prise?s?\\s+en\\s+charge))\\b)`);

/** « la possibilité de créer un fonds », « une possibilité d'étendre ce dispositif » : a change made by the Government. */
const possibilityChange = lazyRx("^(?:sur\\s+)?(?:la|une|l'éventuelle)\\s+possibilité\\s+(?:de\\s+|d')(?:créer|instaurer|instituer|mettre\\s+en\\s+(?:place|œuvre|oeuvre)|modifier|étendre|revoir|réviser|adapter|assouplir|simplifier|relever|revaloriser|réformer|supprimer|prolonger|proroger|reporter|rétablir|généraliser|pérenniser|accorder|octroyer|abonder|élargir|augmenter|abaisser|réduire|harmoniser|alléger|lever|débloquer|reconduire|rouvrir|doubler|majorer|compléter|clarifier|engager|lancer)\\b");

/** « Qu'en est-il de … ? », « qu'en est-il aujourd'hui pour … ? » */
const whatAbout = lazyRx("^(?:qu'en\\s+est-il|ce\\s+qu'il\\s+en\\s+est)\\s+(?:\\p{L}+\\s+){0,2}?(?=(?:de|du|des|d'|pour|s'agissant|concernant|en\\s+ce\\s+qui)\\b)");
/** What « qu'en est-il de … » asks when no cue says: an act the Government prepares (its stage), or the law (a modal). */
const preparedAct = lazyRx("^(?:de\\s+(?:la|l')|du|des|d')\\s*(?:publication|parution|préparation|élaboration|transposition|mise\\s+en\\s+(?:œuvre|oeuvre|place)|décrets?|arrêtés?|circulaires?|ordonnances?|textes?\\s+d'application|projets?|réformes?|rapports?|travaux|concertations?|négociations?|engagements?|annonces?|promesses?|chantiers?)\\b");

function aboutKind(rest: string, addressee?: AddresseeGender): SubQuestionKind {
  // The head decides: « de la publication de l'arrêté fixant la liste … » asks its stage, whatever follows.
  if (preparedAct().test(rest)) return 'calendrier';
  const own = classify(rest.replace(/^(?:de\s+|d')/u, ''), addressee);
  if (own !== undefined && own !== 'mesures') return own;
  // « qu'en est-il lorsque la commune doit … » : a modal of the law; a bare actor (« de la situation des agents ») says nothing.
  if (hasLegalModal(rest)) return 'droit';
  return own ?? 'autre';
}

/** « si le nombre de contrôles a diminué » : a trend of figures to confirm. */
const figureTrendSi = lazyRx("^si\\s+(?:le|la|les)\\s+(?:nombre|montant|coût|part|proportion|effectifs?|volume|taux\\s+de\\s+(?:réussite|chômage|vacance|couverture|fréquentation|occupation|consommation|remplissage|participation))\\b[^;?]{0,80}?\\b(?:a|ont|aurait|auraient|est|sont)\\s+(?:\\p{L}+ment\\s+)?(?:augmenté|diminué|baissé|progressé|évolué|reculé|doublé|chuté|stagné|en\\s+(?:hausse|baisse|augmentation|diminution|progression|recul))\\b");
/** « si des statistiques sont disponibles sur … », « s'il existe des statistiques sur … » : figures asked. */
const statisticsSi = lazyRx("^si\\s+(?:des|les|de\\s+telles|ces)\\s+(?:données(?:\\s+chiffrées)?|statistiques|chiffres|éléments\\s+chiffrés)\\b|^s'il\\s+(?:existe|dispose|a\\s+connaissance)\\s+(?:de\\s+|d'|des\\s+|une?\\s+)(?:données(?:\\s+chiffrées)?|statistiques|chiffres|éléments\\s+chiffrés|recensement|bilan\\s+chiffré|évaluation\\s+chiffrée)\\b");
/** « s'il a connaissance de … », « si ses services ont été informés de … » : whether the Government knows a fact. */
const awarenessSi = lazyRx(
  "^(?:s'il|si\\s+elle|si\\s+(?:le\\s+gouvernement|(?:le|son)\\s+ministère|ses\\s+services|l'administration|l'état|les\\s+services\\s+de\\s+l'état))\\s+(?:a|ont|avait|avaient)\\s+(?:bien\\s+|déjà\\s+)?(?:eu\\s+|pris\\s+)?(?:connaissance|été\\s+(?:informée?s?|alertée?s?|avisée?s?))\\b|^(?:s'il|si\\s+elle)\\s+est\\s+(?:bien\\s+)?(?:informée?|au\\s+courant)\\b",
);
/** « s'il a conscience de … », « s'il mesure les conséquences de … » : whether the Government sees a fact. */
const consciousSi = lazyRx("^(?:s'il|si\\s+elle|si\\s+le\\s+gouvernement)\\s+(?:a\\s+(?:bien\\s+)?conscience|est\\s+(?:bien\\s+)?consciente?|mesure\\s+(?:bien\\s+)?(?:les|la|le|l')|a\\s+(?:bien\\s+)?(?:pris\\s+)?la\\s+mesure)\\b");
/** « si cette réforme ne risque pas de pénaliser … » : a risk the minister is asked to weigh (position). */
const riskSi = lazyRx("^si\\s+[^;?]{0,100}?\\bne\\s+risque(?:nt|rait|raient)?\\s+pas\\s+d(?:e\\s|')");
const localSubjectSi = lazyRx(`^si\\s+(?:un|une|le|la|les|l'|ce|cet|cette|ces|leur|son|sa|ses)\\s*(?:\\p{L}+\\s+)?${localActorSource}\\b`);
const legalRisk = lazyRx("\\b(?:responsabilité|sanctions?|poursuites?|illégal\\p{L}*|irrégul\\p{L}*|contentieux|annulation|annulée?s?|censurée?s?|invalidée?s?|requalifiée?s?|nullité|pénale?s?|pénaux|pénalement|amendes?|recours)\\b");
/** The object of « s'il a connaissance du nombre de… » : figures. */
const figureObject = lazyRx("\\b(?:nombre|montant|coût|chiffres?|statistiques?|combien|proportion|pourcentage)\\b");
/** « si ces informations sont exactes » : a report to confirm or deny. */
const hearsaySi = lazyRx("^si\\s+(?:ces|les|cette|ses|de\\s+telles|ladite|lesdites)\\s+(?:informations?|allégations?|affirmations?|rumeurs?|annonces?|déclarations?|informations\\s+\\p{L}+)\\b[^;?]{0,80}?\\b(?:sont|est|seraient|serait)\\s+(?:bien\\s+)?(?:exacte?s?|fondée?s?|avérée?s?|confirmée?s?|vraie?s?|justes?)\\b");

/** « si X constitue la meilleure solution », « si X est la réponse la plus adaptée » : an appraisal asked. */
const appraisalSi = lazyRx(
  "^si\\s[^;?]{0,150}?\\b(?:constitue(?:nt|rait|raient)?|est|sont|serait|seraient|représente(?:nt|rait|raient)?)\\s+(?:bien\\s+|réellement\\s+|vraiment\\s+|toujours\\s+)?(?:la|une|le|un)\\s+(?:(?:meilleure?s?|bonne?s?|seule?s?)\\s+(?:solution|réponse|voie|option|méthode)|(?:solution|réponse|voie|option|méthode)\\s+(?:la\\s+plus\\s+|le\\s+plus\\s+)?(?:adéquate|appropriée|adaptée|pertinente|efficace|satisfaisante|judicieuse|opportune))\\b",
);

/** The legality of an act asked (« dans le respect de la loi », « conformément à », « légalement »). */
const legalityOfAct = lazyRx("\\b(?:dans le respect (?:de la loi|des textes|de la réglementation|du droit|des règles|des dispositions)|conformément (?:à|au|aux)|conformes? (?:à|au|aux)|en conformité|légal\\p{L}*|illégal\\p{L}*|régulièrement|irrégulièrement)\\b");
/** « si des instructions ont été données aux services », « s'il leur a été demandé de … » : an instruction given. */
const instructionGiven = lazyRx(
  "^(?:si\\s+(?:des|les|de\\s+telles|ces|une|un)\\s+(?:\\p{L}+\\s+)?(?:consignes|instructions|directives|circulaires?|notes?\\s+de\\s+service|recommandations|orientations)\\b[^;?]{0,80}?\\b(?:a|ont)\\s+(?:bien\\s+|déjà\\s+)?été\\s+(?:données?|adressées?|transmises?|diffusées?|envoyées?|communiquées?|rappelées?|émise?s?)|^s'il\\s+(?:leur|lui)\\s+a\\s+(?:bien\\s+|déjà\\s+)?été\\s+(?:demandé|enjoint|prescrit|rappelé)\\s+(?:de\\s+|d'))",
);

const studyDone = lazyRx(
  "^si\\s+(?:une|un|des|les|de\\s+telles|ces|cette|cet|ce)\\s+(?:\\p{L}+\\s+)?(?:études?|évaluations?|enquêtes?|expertises?|audits?|missions?\\s+d'(?:inspection|évaluation|enquête))\\b(?!\\s+publiques?\\b)[^;?]{0,80}?\\b(?:a|ont)\\s+(?:bien\\s+|déjà\\s+|effectivement\\s+)?été\\s+(?:effectuée?s?|réalisée?s?|menée?s?|conduite?s?|engagée?s?|lancée?s?|commandée?s?|diligentée?s?|confiée?s?)\\b",
);

/**
 * « … réalisée par la société pétitionnaire », « … par le promoteur », « comme l'impose le code » : a study someone
 * else carried out, or one the law requires, asks the law (an agent of the State, « par l'inspection générale »,
 * keeps mesures).
 */
const studyByOther = lazyRx("\\bpar\\s+(?:le|la|l'|les|un|une|des|son|sa|ses|leur|leurs|ce|cet|cette|ces)\\b\\s*(?!(?:inspections?|services?\\s+(?:de\\s+l'état|du\\s+ministère|de\\s+son\\s+ministère|déconcentrés)|préfecture|ministère|gouvernement|administration|cour\\s+des\\s+comptes|agences?|haut|haute|conseil\\s+général\\s+(?:de|des)|directions?|état|office|institut|observatoire|commission|mission|ademe|anses|igas|igf|iga)\\b)\\p{L}|\\bcomme\\s+(?:l'|le|la)\\s*(?:impose|imposent|exige|exigent|prévoi(?:t|ent)|requiert|requièrent)\\b");

function siKind(folded: string, found: ReadonlyMap<SubQuestionKind, unknown>): SubQuestionKind {
  // « si le calendrier annoncé sera respecté », « si cette échéance est maintenue » : a date asked yes or no.
  if (calendarKept().test(folded)) return 'calendrier';
  // « s'il est envisageable qu'une commune délègue … », « s'il est possible pour un maire de … » : who acts is a
  // commune or a maire, what the law allows (§10.1).
  if (localPossibility().test(folded)) return 'droit';
  // « s'il est possible de prolonger la période d'essai » : an employer's act, what the law allows (§10.1).
  if (possibleChange().test(folded) && !namesLocalAct(folded)) return 'intention';
  if (dataSi().test(folded) || statisticsSi().test(folded) || figureTrendSi().test(folded)) return 'chiffres';
  // « s'il a connaissance de ces difficultés », « si ces informations sont exactes » : a fact to confirm, no law.
  if (awarenessSi().test(folded) || consciousSi().test(folded) || hearsaySi().test(folded)) return found.has('chiffres') || figureObject().test(folded) ? 'chiffres' : 'autre';
  const fact = factSi().exec(folded);
  if (fact) {
    const rest = folded.slice(fact[0].length);
    return siKind(/^il/u.test(rest) ? `s'${rest}` : `si ${rest}`, found);
  }
  if (willHead().test(folded)) return 'intention';
  if (ableToAct().test(folded) && !found.has('droit') && !hasLegalModal(folded) && !namesRule().test(folded) && !actsAlone().test(folded)) return 'intention';
  // « si cette taxation constitue la solution la plus adéquate » : the minister's appraisal of a course (position),
  // not the law (« si une délibération constitue la voie adéquate pour une commune » stays droit).
  if (appraisalSi().test(folded) && !localActor().test(folded) && !namesLocalAct(folded)) return 'position';
  // « si des consignes ont été données aux préfets », « s'il leur a été demandé de motiver les refus » : whether the
  // administration has instructed its services, a measure taken (not the law, not a will to come).
  // « … ont été données dans le respect de la loi » asks the legality of the instruction (droit).
  if (instructionGiven().test(folded) && !legalityOfAct().test(folded)) return 'mesures';
  // « si une étude a été effectuée sur sa faisabilité », « si une évaluation du dispositif a été réalisée » : whether
  // the administration has had a study made, a measure taken (« une enquête publique menée par la commune » is a
  // local act, the law).
  if (studyDone().test(folded) && !localActor().test(folded) && !legalityOfAct().test(folded) && !studyByOther().test(folded)) return 'mesures';
  // « si le maire ne risque pas d'engager sa responsabilité » : a legal risk for someone else stays droit.
  if (riskSi().test(folded) && !localSubjectSi().test(folded) && !legalRisk().test(folded) && !namesLocalAct(folded)) return 'position';
  // « si ces crédits peuvent être augmentés », « si le dispositif peut être étendu » : the State's scheme, its will.
  if (asksStateChange(folded)) return 'intention';
  if (found.has('position') && !found.has('droit')) return 'position';
  const view = viewSi().exec(folded);
  // « s'il ne lui paraît pas nécessaire de revoir… » : the adjective may be the word before the last one read.
  if (view) return wishAdjective().test(view[2]!) || (view[1] !== undefined && wishAdjective().test(view[1])) ? 'intention' : 'position';
  // « si les éleveurs peuvent être indemnisés … ou si … sont pris en compte » : the law for someone else comes first.
  const wish = wishSi().exec(folded);
  if (wish && !hasLegalModal(folded.slice(0, wish.index))) return 'intention';
  // « s'il est normal qu'une commune doive payer », « s'il est d'accord avec cette interprétation » : the
  // minister's judgement, not the law (« s'il est légal que … » stays droit).
  if (judgementImpersonal().test(folded)) return 'position';
  if (impersonalSi().test(folded)) return 'droit';
  const judged = judgementSi().exec(folded);
  if (judged && !wishAfterJudgement().test(folded.slice(judged[0].length))) return 'position';
  // « s'il peut être tenu responsable » : a state the law gives someone; the minister is not its subject.
  const passive = legalPassive().exec(folded);
  if (passive && legalState().test(passive[1]!)) return 'droit';
  if (governmentSi().test(folded)) return found.has('droit') && !/^s'(?:il|elle)/u.test(folded) ? 'droit' : 'intention';
  if (willVerb().test(folded) && !found.has('droit') && !hasLegalModal(folded)) return 'intention';
  // « si le décret sera publié », « si les maires seront consultés » : an act of the Government to come; a legal
  // state (« si la commune pourrait être tenue… ») stays droit.
  const act = futureAct().exec(folded);
  if (act && !found.has('droit') && !legalState().test(act[1] ?? act[2]!) && !verdictOrLocalAct(folded.slice(act.index + act[0].length))) return 'intention';
  // « si les communes bénéficieront d'une compensation » : what will be decided, not the law in force.
  if (asksFuture(folded) && !found.has('droit') && !hasLegalModal(folded)) return 'intention';
  return 'droit';
}

/** « sera déclaré démissionnaire / illégal / nul… »: a legal state, not an act of the Government to come. */
const legalVerdict = lazyRx("^\\s*(?:d'office\\s+)?(?:démissionnaires?|illégale?s?|nulle?s?|irrecevables?|inéligibles?|responsables?|incompatibles?|illicites?|irrégulière?s?|caduque?s?)\\b");
/** « … par la commune », « … par le juge administratif »: the act of someone other than the Government. */
const actBy = lazyRx("^[^,;?]{0,60}?\\bpar\\s+([^,;?]{0,40})");
const judge = lazyRx("^(?:le|la|les|l')\\s*(?:juges?|tribunal|tribunaux|juridictions?|cour|conseil d'état|préfet)\\b");
/** After a future act (« sera déclaré », « sera signée »): a legal verdict, or an act done by a local actor or a judge. */
function verdictOrLocalAct(after: string): boolean {
  if (legalVerdict().test(after)) return true;
  const by = actBy().exec(after)?.[1];
  return by !== undefined && (judge().test(by) || localActor().test(by.split(/\s+/u).slice(0, 4).join(' ')));
}

/** A legal modal whose subject (just before it) is someone other than the Government (« que le maire peut prendre »). */
function localModal(folded: string): boolean {
  legalModal().lastIndex = 0;
  for (let match = legalModal().exec(folded); match; match = legalModal().exec(folded)) {
    const before = folded.slice(Math.max(0, match.index - 40), match.index);
    if (localActor().test(before) && !governmentSubject().test(before) && !governmentSubjectBefore().test(before)) return true;
  }
  return false;
}

const copulaAfter = lazyRx("^\\s+être\\s+(?:\\p{L}+\\s+){0,4}?(?:les|la|le|l'|des|un|une)\\s*(?:modalités|critères|raisons|solutions|pistes|orientations|perspectives|suites)\\b");

const remedyAfter = lazyRx("^\\s+être\\s+(?:mis\\s+(?:un\\s+terme|fin)|remédié|porté\\s+remède)\\s+(?:à|aux?)\\s+(?:cette|ces|ce|cet|la|les|le|l')\\s*(?:\\p{L}+\\s+)?(?:situations?|traitements?|inégalités?|injustices?|anomalies?|disparités?|difficultés?|problèmes?|dysfonctionnements?|discriminations?|distorsions?|carences?|pratiques?|abus|dérives?|retards?)\\b");

/** « … par le maire », « la situation de cet agent », « sans méconnaître les droits de l'agent » : a local actor's means or one person's legal position. */
const remedyLegalPoint = lazyRx("\\bsituation\\s+de\\s+(?:m\\.|mme|monsieur|madame)\\s|\\bsituation\\s+(?:du\\s+|de\\s+(?:cet|cette|ce|la|l')\\s*|d'(?:un|une)\\s+)(?:agents?|fonctionnaires?|salariée?s?|élue?s?|enfants?|personnes?|familles?|locataires?|propriétaires?|requérante?s?|contractuel(?:le)?s?|employée?s?|mineure?s?|étrangère?s?|étrangers?|ressortissante?s?|demandeu(?:r|se)s?|administrée?s?|intéressée?s?)\\b|\\bsans\\s+(?:méconnaître|porter\\s+atteinte|enfreindre|violer)\\b|\\bdroits\\s+(?:de|du|des|d')\\b");

function remedyForSomeone(folded: string): boolean {
  return localActor().test(folded) || remedyLegalPoint().test(folded) || legalityOfAct().test(folded);
}

const remedyHow = lazyRx("^comment\\s+(?:il\\s+)?(?:peut|pourrait|pourra)\\b");

/**
 * « l'accompagnement qui pourrait être apporté (par le Gouvernement) à ces aviculteurs », « le soutien que pourrait
 * apporter l'État » : a support the State could give is what the Government will do (§10.1: `mesures`), not what the
 * law allows; with a local giver (« l'aide qui pourrait être apportée par la commune ») it stays the law's.
 */
const providedAfter = lazyRx("^\\s+(?:lui\\s+|leur\\s+)?être\\s+(?:apporté|accordé|proposé|offert|consenti|alloué|attribué|octroyé|mobilisé|déployé|dégagé|mis\\s+en\\s+(?:place|œuvre|oeuvre))e?s?\\b");
const givenByState = lazyRx("^\\s+(?:apporter|accorder|proposer|offrir|consentir|allouer|attribuer|octroyer|mobiliser|déployer|dégager|mettre\\s+en\\s+(?:place|œuvre|oeuvre))\\s+(?:le\\s+gouvernement|l'état|les\\s+pouvoirs\\s+publics|son\\s+ministère|ses\\s+services)\\b");
const relativeBefore = lazyRx("\\b(?:qui|que|qu')\\s*(?:ne\\s+|n')?$");
const legalBasisAfter = lazyRx("\\b(?:articles?|code|loi|lois|décret|décrets|statut|statutaire|en\\s+application|au\\s+titre\\s+d(?:e|u|es)|aux\\s+termes|conformément|en\\s+vertu)\\b");
/** One person the benefit would go to (« à cet agent », « à un salarié »): a statutory right, the law's (§10.1). */
const individualRecipient = lazyRx("\\b(?:à|au)\\s+(?:(?:cet|cette|un|une|l'|le|la|ce)\\s*)?(?:agents?|fonctionnaires?|salariée?|élue?|maire|redevable|contribuable|assurée?|allocataire|militaire|enseignante?|magistrate?|retraitée?|pensionnée?|bénéficiaire|locataire|propriétaire|intéressée?|requérante?|demandeu(?:r|se)|contractuel(?:le)?)\\b");
const localGiver = lazyRx(`\\bpar\\s+(?:le|la|les|l'|un|une|des|chaque|leur|son|sa|ses)?\\s*${localActorSource}\\b`);

function hasLegalModal(folded: string): boolean {
  legalModal().lastIndex = 0;
  for (let match = legalModal().exec(folded); match; match = legalModal().exec(folded)) {
    // « quelles pourraient être les modalités » : « pouvoir être » + a noun phrase names something, it asks no law.
    if (copulaAfter().test(folded.slice(match.index + match[0].length))) continue;
    // « comment peut être mis un terme à cette situation » : how a wrong is ended, the Government's remedy, no law.
    if (remedyAfter().test(folded.slice(match.index + match[0].length)) && !remedyForSomeone(folded)) continue;
    // « l'accompagnement qui pourrait être apporté par le Gouvernement », « le soutien que pourrait apporter l'État ».
    const after = folded.slice(match.index + match[0].length);
    const before = folded.slice(Math.max(0, match.index - 12), match.index);
    // Only the conditional (« pourrait »): « les indemnités qui peuvent être allouées aux élus » asks what the law gives;
    // not before a legal basis (« … au titre de l'article L. 247 ») nor with a local giver right after the verb.
    if (/^pourr/u.test(match[0]) && relativeBefore().test(before) && (providedAfter().test(after) || givenByState().test(after)) && !localGiver().test(after.slice(0, 60)) && !individualRecipient().test(after.slice(0, 60)) && !legalBasisAfter().test(after)) continue;
    if (!governmentSubjectBefore().test(folded.slice(Math.max(0, match.index - 30), match.index))) return true;
  }
  return false;
}

/** « Les indemnités seront-elles revalorisées ? » : an act to come, asked yes or no (not a state the law sets). */
const invertedAct = lazyRx(
  "\\b(?:sera|seront|va|vont|pourra|pourront|pourrait|pourraient)(?:-t)?-(?:il|elle|ils|elles)\\s+(?:\\p{L}+ment\\s+|bientôt\\s+|enfin\\s+|prochainement\\s+)?(?:être\\s+)?(\\p{L}+(?:é|ée|és|ées|is|ise|ises|it|ite|its|ites|u|ue|us|ues|ert|erte|erts|ertes))\\b",
);
/** « pendant combien de temps l'affichage doit être maintenu » : a duration the law sets (§10.1). */
const legalDuration = lazyRx("\\b(?:combien\\s+de\\s+temps|quelle\\s+(?:est\\s+la\\s+)?durée|jusqu'à\\s+quand)\\b");

/** « dans quel délai un permis tacite devient définitif » : when the law gives an act its effect (§10.1). */
const legalEffect = lazyRx("\\b(?:se\\s+prescri(?:t|vent)|expire(?:nt)?|(?:re)?commence(?:nt)?\\s+à\\s+courir|court(?:ent)?\\s+(?:à|de)\\s+nouveau)\\b|\\b(?:devient|deviennent|devient-il|devient-elle|est\\s+réputée?|sont\\s+réputée?s)\\s+(?:\\p{L}+ment\\s+)?(?:définitifs?|définitives?|exécutoires?|caducs?|caduques?|opposables?|acquise?s?|tacites?|accordée?s?|rejetée?s?|illégale?s?|irrégulière?s?|nulle?s?)\\b");

/** A phrase that frames a request by the law (« au regard de la réglementation, … », « en application de la loi, … »). */
const legalFrame = lazyRx("^(?:au\\s+regard|en\\s+application|conformément|compte\\s+tenu|en\\s+vertu|dans\\s+le\\s+cadre|en\\s+l'état|sur\\s+le\\s+fondement|s'agissant|en\\s+ce\\s+qui\\s+concerne|à\\s+la\\s+lumière|eu\\s+égard|pour\\s+(?:les|la|le|l'|ces|ce|cette)\\s+\\p{L}+\\s+(?:soumise?s?|assujettie?s?|concernée?s?|tenue?s?|éligibles?))\\b");

/**
 * « combien de jours de congé un agent peut-il prendre », « combien de fois un contrat peut-il être renouvelé » :
 * a number asked about any agent or contract, what the law allows (not a count of those that exist).
 */
const genericModal = lazyRx(`\\b(?:un|une|le|la|l'|ce|cette)\\s*(?:${localActorSource}|contrats?|mandats?|baux|bail|permis|titres?|arrêtés?|délibérations?|congés?)(?:\\s+\\p{L}+)?\\s+(?:ne\\s+)?(?:peut|doit|pourra|devra|est\\s+tenue?|est\\s+obligée?)(?:-t)?(?:-(?:il|elle))?\\b`);

/**
 * « dans quelle mesure cette délégation recouvre aussi … », « en quoi l'exonération couvre … » : how far a legal act
 * reaches, what the law means (§10.1), not how something is done.
 */
const legalScope = lazyRx("^(?:dans\\s+quelle\\s+mesure|en\\s+quoi)\\s+(?:\\p{L}+\\s+|l')?(?:délégations?|compétences?|autorisations?|dérogations?|exonérations?|habilitations?|conventions?|contrats?|baux|bail|mandats?|articles?|dispositions?|décrets?|arrêtés?|délibérations?|permis|agréments?|garanties?|servitudes?|obligations?|interdictions?|notions?|définitions?)\\b[^,;?]{0,80}?\\b(?:recouvren?t?|inclu(?:t|ent)|compren(?:d|nent)|couvren?t?|engloben?t?|s'étenden?t?\\s+(?:à|aux?)\\b|vaut\\s+(?:pour|aussi|également)|valent\\s+(?:pour|aussi|également))");
/**
 * « dans quelle mesure il serait possible d'assouplir cette règle » : whether the rule could be changed, the
 * Government's will (« dans quelle mesure il est possible pour une commune de … » asks the law: a legal modal).
 */
const measureWish = lazyRx("^dans\\s+quelle\\s+mesure\\s+il\\s+(?:ne\\s+)?(?:serait|est|pourrait\\s+être|paraîtrait|semblerait)\\s+(?:pas\\s+)?(?:possible|envisageable|opportun|souhaitable|utile|pertinent|judicieux)\\s+(?:de\\s+|d')(?:(?:lui|leur|les|la|le|l'|y|en)\\s*)?(?:assouplir|modifier|revoir|réviser|adapter|étendre|élargir|relever|abaisser|réformer|simplifier|supprimer|compléter|clarifier|harmoniser|augmenter|réduire|prolonger|pérenniser|généraliser|instaurer|créer|rétablir|revaloriser|alléger|renforcer|changer|aménager)\\b");
const measureLaw = lazyRx(`^dans\\s+quelle\\s+mesure\\s+il\\s+(?:est|serait)\\s+(?:possible|permis|légal|licite|interdit|obligatoire)\\s+(?:à|pour)\\s+(?:un|une|le|la|les|l'|des|ce|cette|ces)\\s*${localActorSource}\\b`);
const appliesTo = lazyRx("\\bs'appliquen?t?\\s+(?:à|au|aux|en|dans|lors|pour)\\b");
const reasonCue = lazyRx("^(?:pourquoi|pour quelles? raisons?|les raisons|quelles? raisons?|la raison|(?:les|quelles?|la) motivations?|(?:les|quelles?|la) justifications?|les motifs|quels motifs)");

/** The condition that opens a conditional request (§10.4); the kind is that of what follows. */
const condition = lazyRx(
  "^(?:(?:dans l'affirmative|si oui),? (?:comme|ou) (?:dans la négative|si non|non)|si oui|si non|dans l'affirmative|dans la négative|dans le cas contraire|si tel est le cas|si tel n'est pas le cas|le cas échéant|à défaut,|sinon,)[\\s,:]*" +
    // « le cas échéant, de lui préciser … » : the governor after the condition.
    "(?:(?:de\\s+|d')?(?:lui\\s+)?(?:préciser|indiquer|faire\\s+connaître|faire\\s+connaitre|faire\\s+savoir)\\s+)?",
);

/** The grammatical gender of the minister the question is addressed to, when there is one. */
export type AddresseeGender = 'masculin' | 'féminin';

/** « si elle peut… » asked of « M. le ministre », « s'il peut… » of « Mme la ministre »: the pronoun is someone else. */
const otherPronoun: Readonly<Record<AddresseeGender, RegExp>> = {
  // « si elle peut… », « de quelle manière elle doit procéder » (a commune, named in the request before).
  masculin: rx("^si\\s+elle\\b|^(?:(?:de\\s+)?(?:quelle|quelles)\\s+(?:manière|façon)s?|comment|dans\\s+quelle\\s+mesure)\\s+elle\\s+(?=(?:ne\\s+|n')?(?:peut|peuvent|pourrait|doit|devrait|est\\s+tenue|est\\s+autorisée|est\\s+obligée)\\b)"),
  féminin: rx("^s'il\\s+(?=(?:ne\\s+|n')?(?:peut|peuvent|pourrait|doit|devrait|est\\s+tenu|est\\s+autorisé|est\\s+obligé|a\\s+le\\s+droit|est\\s+en\\s+mesure(?!\\s+de\\s+(?:lui\\s+|leur\\s+)?(?:indiquer|préciser|communiquer|faire|détailler|dire|chiffrer|évaluer|estimer|quantifier|apporter|donner|fournir|transmettre)))\\b)"),
};

/**
 * The kind of a sub-question from its text (folded), or undefined when no cue is present. `addressee`, when
 * known, tells whether a pronoun subject (« si elle peut… ») can be the minister. Without `weakFigures`, the weak
 * figure words (`weakFigure`) are not read: the extractor asks whether a request is figures by them alone.
 */
export function classify(folded: string, addressee?: AddresseeGender, weakFigures = true): SubQuestionKind | undefined {
  let text = folded.trimStart();
  const conditional = condition().exec(text);
  if (conditional) text = text.slice(conditional[0].length);
  // Not the minister: read the pronoun as the thing it stands for (a commune, an agent), whose rights are asked.
  if (addressee && otherPronoun[addressee].test(text)) text = text.replace(otherPronoun[addressee], (found) => (/^(?:si\s+elle|s'il)/u.test(found) ? 'si cette personne ' : found.replace(/\belle\s+$/u, 'cette personne ')));
  const found = new Map<SubQuestionKind, { index: number; length: number }>();
  for (const { kind, pattern } of cues) {
    pattern.lastIndex = 0;
    // A cue none of whose literals is in the text is not even compiled.
    const match = mayMatch(pattern, text) ? pattern.exec(text) : null;
    if (match) found.set(kind, { index: match.index, length: match[0].length });
  }
  const weak = weakFigures ? weakFigureAsked(text, found) : undefined;
  if (weak && weak.index < (found.get('chiffres')?.index ?? Number.POSITIVE_INFINITY)) found.set('chiffres', weak);
  // « Le Gouvernement estime-t-il que… ? » asks a view; what follows « que » may make it a wish (« … qu'il serait
  // opportun de… »), a question of law (« … que ces indemnités sont soumises à cotisations »), or a date or a figure
  // (the other cues then decide).
  const view = viewOpening().exec(text) ?? sharesView().exec(text);
  if (view) {
    const rest = text.slice(view[0].length);
    if (wishedInView().test(rest.trimStart()) && !/\b(?:articles?\s+[lrd]\b|du\s+code\b|au\s+sens\s+d|appliquer\b)/u.test(rest)) return 'intention';
    // A modal is the law's when someone the law binds is its subject (« … que les communes peuvent… »), not a policy
    // (« … que le développement de l'éolien doit être ralenti », « … que ce dispositif peut renforcer… »: rev7-chf).
    const lawAsked = found.has('droit') || (hasLegalModal(rest) && localActor().test(rest)) || legalReference().test(rest) || legalClause().test(rest);
    if (!lawAsked && !found.has('calendrier')) return 'position';
    // « Le Gouvernement considère-t-il que ces indemnités sont soumises à cotisations ? » : the law, asked of him.
    if (lawAsked && !found.has('calendrier') && !found.has('chiffres')) return 'droit';
  }
  if (commitsTo().test(text) || willInDirect().test(text)) return 'intention';
  if (judgementInDirect().test(text) && !found.has('droit') && !hasLegalModal(text)) return 'position';
  const articulation = found.get('articulation');
  if (articulation) {
    // « par rapport aux besoins » measures against something; it compares two things only with another cue.
    if (!/^par rapport/u.test(text.slice(articulation.index))) return 'articulation';
    found.delete('articulation');
  }
  // « s'il peut lui indiquer le nombre de… », « s'il est possible de connaître les raisons… » : the kind is that of what is asked.
  const asked = informationHead().exec(text);
  if (asked) {
    const object = classify(text.slice(asked[0].length), addressee, weakFigures);
    if (object !== undefined) return object;
    // « s'il est en mesure de chiffrer le manque à gagner » : to put a figure on something is to ask for the figure.
    if (/(?:chiffrer|quantifier)\s*$/u.test(asked[0])) return 'chiffres';
  }
  if (siHead().test(text)) return siKind(text, found);
  // « la possibilité de créer un fonds » : a change only the Government makes, its will (« la possibilité pour une
  // commune de … » is the law, a cue of its own).
  if (possibilityChange().test(text) && !namesLocalAct(text)) return 'intention';
  // « Qu'en est-il de la publication du décret ? » : the kind of what it asks about.
  const about = whatAbout().exec(text);
  if (about) return aboutKind(text.slice(about[0].length), addressee);
  // « (lui confirmer) que la plus-value est exonérée » : a statement to confirm reads like a « si » request.
  // « qu'il revalorise la dotation », « que le Gouvernement revoie les critères » (after « attend du Gouvernement »,
  // « souhaite ») : an action wished of the Government, whatever it is about (§10.1), unless a cue says more.
  if (wishThatGovernment().test(text) && ![...found.keys()].some((kind) => kind !== 'modalites' && kind !== 'droit' && kind !== 'mesures')) return 'mesures';
  // « (elle souhaiterait) que l'exonération de TVA … soit maintenue », « que les communes soient indemnisées » : a
  // decision wished of the Government (subjunctive passive), not a fact to confirm.
  if (found.size === 0 && wishedDecision().test(text)) return 'mesures';
  if (found.size === 0 && thatHead().test(text) && !subjunctive().test(text)) return siKind(text.replace(thatHead(), (that) => (that.startsWith("qu'i") ? "s'i" : 'si ')), found);
  if (governmentAction().test(text)) return 'mesures';
  // The earliest cue wins; on a tie, the longer (more specific) one.
  let best: SubQuestionKind | undefined;
  let bestIndex = Infinity;
  let bestLength = 0;
  for (const [kind, { index, length }] of found) {
    if (index < bestIndex || (index === bestIndex && length > bestLength)) {
      best = kind;
      bestIndex = index;
      bestLength = length;
    }
  }
  // « au regard de la réglementation, combien d'établissements… » : a legal phrase set off by a comma frames the
  // request; the cue after the comma asks.
  if (best === 'droit' && legalFrame().test(text)) {
    const comma = text.indexOf(',');
    if (comma > bestIndex && comma < 100) {
      const after = [...found].filter(([, { index }]) => index > comma).sort((a, b) => a[1].index - b[1].index)[0];
      const rest = text.slice(comma + 1);
      if (after && !hasLegalModal(rest) && !invertedLegal().test(rest)) return after[0];
    }
  }
  // « de rappeler aux préfets les règles applicables », « de modifier la réglementation applicable » : an action
  // asked of the minister, whatever law it is about.
  if (best === 'droit' && bestIndex > 0 && injunctiveKind(text)) return 'mesures';
  // A count of communes or agents is figures, whatever they must do (« combien de communes sont tenues de… »);
  // a duration the law sets is droit (« pendant combien de temps l'affichage doit-il être maintenu »).
  if (best === 'calendrier' && (invertedModal().test(text) || legalEffect().test(text) || (legalDuration().test(text) && hasLegalModal(text)))) return 'droit';
  if (best === 'chiffres' && ((legalDuration().test(text) && (invertedModal().test(text) || hasLegalModal(text))) || genericModal().test(text))) return 'droit';
  if (best === undefined) {
    const act = invertedAct().exec(text);
    if (act && !legalState().test(act[1]!) && !/(?:ble|aire|ire)$/u.test(act[1]!) && !localModal(text)) return 'intention';
    if (asksGovernmentFuture(text)) return 'intention';
    if (asksWhatGovernmentWillDo(text)) return 'mesures';
    // « les formalités exigées pour… », « les qualifications requises pour diriger une crèche » : what the rules
    // require of someone (§10.1), not a change asked of it nor a plan (`requirementAsked`).
    if (requirementAsked().test(text) && !invertedVerb().test(text) && !plannedAfter().test(text)) return 'droit';
  }
  // « une commune peut-elle… », « quelles sanctions le maire doit-il prendre » : what the law allows someone else.
  const inverted = invertedLegal().exec(text);
  // « Les conseils municipaux peuvent-ils prévoir que le montant … » : the figure is the object of what the law
  // allows (a figures cue before the verb, « combien de communes peuvent-elles … », still counts).
  // Only with a verb that sets the figure: « peuvent-ils savoir / connaître combien… » asks the figure itself.
  const figuresAfter = best === 'chiffres' && inverted !== null && bestIndex >= inverted[0].length && settingVerb().test(text.slice(inverted[0].length, bestIndex));
  if (inverted && (best !== 'chiffres' || figuresAfter) && best !== 'droit' && localActor().test(inverted[1]!) && !governmentSubject().test(inverted[1]!)) return 'droit';
  if ((best === 'mesures' || best === 'calendrier') && localModal(text)) return 'droit';
  // « quelles sont les compensations auxquelles une commune a droit » : what the law gives someone (§10.1).
  if (best === 'mesures' && entitlement().test(text)) return 'droit';
  // « quelles mesures peuvent être prises par le maire », « de quels moyens dispose le maire » : the law's means for someone else.
  // « quelle position doit adopter le maire », « de quel délai dispose le conseil municipal » : the same.
  if ((best === 'mesures' || best === 'calendrier' || best === 'position' || best === undefined) && actorAfterLegalVerb(text)) return 'droit';
  // « sous quelle forme les conseillers peuvent obtenir… »: a means, but of the law.
  // « pourquoi une commune ne peut-elle pas… » asks the reasons, not the law.
  const reasons = best === 'modalites' && reasonCue().test(text.slice(bestIndex));
  // « selon quelles modalités cette garantie s'applique aux communes » : how the law applies to someone (§10.1).
  if (best === 'modalites' && !reasons && appliesTo().test(text) && !governmentSubject().test(text)) return 'droit';
  // « comment peut être mis un terme à cette situation » : how the Government will end a wrong (like « comment il
  // peut être remédié à … »).
  const how = best === 'modalites' ? remedyHow().exec(text) : null;
  if (how && remedyAfter().test(text.slice(how[0].length)) && !remedyForSomeone(text)) return 'mesures';
  if (best === 'modalites' && legalScope().test(text)) return 'droit';
  if (best === 'modalites' && measureWish().test(text)) return 'intention';
  if (best === 'modalites' && measureLaw().test(text)) return 'droit';
  // « d'étudier d'autres sources d'économies que celles qui pourraient être faites … » : an action asked of the
  // minister; a modal in a relative clause on its object (« qui pourraient ») asks no law.
  if (best === undefined && actionAsked(text) && relativeModalOnly(text)) return 'mesures';
  if ((best === undefined || (best === 'modalites' && !reasons)) && hasLegalModal(text)) return 'droit';
  return best;
}

/** The kinds whose cues occur in a folded request (for the learned model's tie-breaking). */
export function cueKinds(folded: string): SubQuestionKind[] {
  return cues.filter(({ pattern }) => {
    pattern.lastIndex = 0;
    return pattern.test(folded);
  }).map(({ kind }) => kind);
}

/** « qui pourraient … », « qui ne peuvent … » : a modal whose subject is a relative pronoun (the object's clause). */
const subjectRelativeModal = lazyRx("\\bqui\\s+(?:ne\\s+|n')?(?:peut|peuvent|pourrait|pourraient|doit|doivent|devrait|devraient)\\b", 'g');
/** Verbs that ask to be told something (« d'expliquer », « de confirmer »), not to act. */
const tellVerb = lazyRx('^(?:expliquer|exposer|confirmer|clarifier|détailler|communiquer|transmettre|éclairer|informer|justifier)$');

/** True when the request's only legal modals are in relative clauses (« … que celles qui pourraient être faites »). */
function relativeModalOnly(folded: string): boolean {
  const relative = subjectRelativeModal();
  relative.lastIndex = 0;
  return relative.test(folded) && !hasLegalModal(folded.replace(subjectRelativeModal(), 'qui '));
}

/** A request that opens with the infinitive of an action asked of the minister (not one that asks to be told). */
function actionAsked(folded: string): boolean {
  const verb = injunctive().exec(folded.trimStart());
  return verb !== null && !notInfinitive.has(verb[1]!) && !tellVerb().test(verb[1]!);
}

/** `mesures` for a request without a cue that asks the minister to act (« de bien vouloir ouvrir les négociations »). */
export function injunctiveKind(folded: string): SubQuestionKind | undefined {
  const verb = injunctive().exec(folded.trimStart());
  return verb && !notInfinitive.has(verb[1]!) ? 'mesures' : undefined;
}

/** French label of a kind, for messages. */
export const kindLabels: Readonly<Record<SubQuestionKind, string>> = {
  calendrier: 'calendrier',
  chiffres: 'chiffres',
  mesures: 'mesures',
  modalites: 'modalités',
  intention: 'intention',
  position: 'position',
  droit: 'droit applicable',
  articulation: 'articulation',
  autre: 'autre',
};
