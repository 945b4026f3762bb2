/**
 * Issue 10: the kind of a request by who acts and what is asked (QUESTION-FORMS.md §5, §10.1), on the boundaries
 * where real questions nobody tuned on were misread: figures asked next to a legal word or a modal (`chiffres`,
 * not `droit`); a passive or impersonal of the State's own act (« si ces crédits peuvent être augmentés », « s'il
 * est possible de prolonger ce délai ») is the Government's will (`intention`), while the same form with a commune,
 * a maire, an agent or an employer as actor is `droit`; a fact to confirm is `autre`; the other kinds' edges
 * (position, calendrier against a legal duration, modalités against mesures, articulation). Every request is
 * hand-made in the forms deputies and senators use; none is taken from a labelled set.
 */
import assert from 'node:assert/strict';
import { extract } from './helpers';

type Case = readonly [kind: string, request: string, minister?: string];

function check(cases: readonly Case[]): void {
  for (const [kind, request, minister = "M. le ministre de l'intérieur"] of cases) {
    it(`${kind} : « ${request} »`, () => {
      const question = `M. Paul Martin attire l'attention de ${minister} sur la situation des collectivités territoriales. Il lui demande ${request}.`;
      assert.deepEqual(extract(question).map((sub) => sub.kind), [kind]);
    });
  }
}

describe('coverage: kinds by who acts and what is asked (hand-made, §5, §10.1)', () => {
  describe('figures are chiffres, even next to a legal word or a modal', () => {
    check([
      ['chiffres', 'combien de communes sont tenues de se doter d\'un plan communal de sauvegarde'],
      ['chiffres', 'combien de communes sont soumises au prélèvement prévu par l\'article 55 de la loi relative à la solidarité et au renouvellement urbains'],
      ['chiffres', 'le nombre de communes soumises à l\'obligation de réaliser une aire d\'accueil des gens du voyage'],
      ['chiffres', 'le montant des pénalités acquittées par les communes au titre de cette obligation en 2023'],
      ['chiffres', 'le coût pour les collectivités de l\'application de ce décret'],
      ['chiffres', 'quelle est la part des dépenses obligatoires dans le budget des communes rurales'],
      ['chiffres', 'quel bilan chiffré peut être dressé de l\'application de cette loi'],
      ['chiffres', 'combien d\'agents ont pu bénéficier de la rupture conventionnelle depuis l\'entrée en vigueur du décret', 'M. le ministre de la fonction publique'],
      ['chiffres', 'combien de maires ont été condamnés sur le fondement de l\'article 432-12 du code pénal', 'M. le garde des sceaux, ministre de la justice'],
      ['chiffres', 'le nombre d\'obligations de quitter le territoire français effectivement exécutées en 2023'],
      ['chiffres', 'le nombre de recours contentieux déposés contre ces arrêtés préfectoraux'],
      ['chiffres', 'combien de communes ne respectent pas leurs obligations en matière de logement social', 'M. le ministre du logement'],
      ['chiffres', 'quelle est la part des communes qui se sont acquittées de cette obligation légale'],
      ['chiffres', 'le nombre de dérogations accordées par les préfets au titre de ce régime'],
      ['chiffres', 'combien d\'employeurs sont soumis à l\'obligation d\'emploi des travailleurs handicapés', 'M. le ministre du travail'],
      ['chiffres', 'le montant des sommes que l\'État doit encore verser aux communes au titre de cette compensation'],
      ['chiffres', 'combien de dossiers peuvent être instruits chaque année par ce service'],
      ['chiffres', 'quel bilan peut être tiré de cette expérimentation'],
      ['chiffres', 's\'il est possible de connaître le nombre de communes concernées'],
      ['chiffres', 's\'il peut lui indiquer le montant des crédits consommés', 'M. le ministre de l\'économie'],
      ['chiffres', 'si des statistiques sont disponibles sur le nombre de communes soumises à cette obligation'],
      ['chiffres', 'quelles sommes ont été versées aux communes au titre de cette compensation'],
      ['chiffres', 'quelle enveloppe sera consacrée à ce dispositif'],
      ['chiffres', 'quel est l\'impact financier de cette réforme pour les communes'],
      ['chiffres', 'combien de communes peuvent-elles prétendre à cette dotation'],
      ['chiffres', 'quel est le volume des crédits consommés au titre de ce programme'],
      ['chiffres', 'une estimation du coût de cette mesure pour les collectivités'],
      ['chiffres', 'si le nombre de contrôles a diminué depuis 2020'],
      ['chiffres', 'au regard de la réglementation en vigueur, combien d\'établissements ont été contrôlés en 2023'],
      ['chiffres', 'au regard de la loi, quelle est la part des communes qui respectent cette obligation'],
      ['chiffres', 'si l\'État dispose du nombre de communes concernées'],
      ['chiffres', 's\'il est en mesure de chiffrer le coût de cette mesure'],
      ['chiffres', 'quelle est l\'estimation du Gouvernement quant au coût de cette mesure'],
      ['modalites', 's\'il est possible de connaître les raisons de ce retard'],
      ['droit', 's\'il peut lui préciser si une commune peut refuser ce raccordement'],
      ['position', 's\'il peut lui préciser sa position sur ce point'],
      // Guards: a number, a duration or a ceiling that the law sets is droit (§10.1).
      ['droit', 'pendant combien de temps l\'affichage du permis de construire doit être maintenu sur le terrain', 'M. le ministre du logement'],
      ['droit', 'quel est le nombre minimal de conseillers municipaux présents pour que le conseil puisse valablement délibérer'],
      ['droit', 'quel est le montant maximal de l\'indemnité que peut percevoir un adjoint au maire'],
      ['droit', 'quelle est la durée légale de conservation de ces documents par la commune'],
      ['droit', 'combien de jours de congé un agent peut-il prendre à ce titre', 'M. le ministre de la fonction publique'],
      ['droit', 'combien de mandats successifs un élu peut-il exercer'],
      ['droit', 'combien de fois un contrat peut-il être renouvelé', 'M. le ministre de la fonction publique'],
      ['droit', 'quel est le montant que la commune est tenue de verser au service départemental d\'incendie et de secours'],
      ['chiffres', 'le nombre de dossiers qu\'un service instructeur peut traiter chaque année'],
      ['droit', 'quelle est la répartition des compétences entre les communes et l\'intercommunalité en matière de voirie'],
      ['droit', 'au regard des dispositions applicables, dans quel délai une commune doit-elle répondre à cette demande'],
    ]);
  });

  describe('a passive or an impersonal of the State’s own act is intention; with a local or private actor, droit', () => {
    check([
      ['intention', 'si ces crédits peuvent être augmentés'],
      ['intention', 'si le dispositif peut être étendu aux communes de moins de 1 000 habitants'],
      ['intention', 's\'il est possible de prolonger ce délai'],
      ['intention', 'si cette mesure pourrait être généralisée à l\'ensemble du territoire'],
      ['intention', 'si cette aide peut être revalorisée pour tenir compte de l\'inflation', 'M. le ministre de l\'agriculture'],
      ['intention', 'si le plan de relance pourra être prolongé au-delà de 2025', 'M. le ministre de l\'économie'],
      ['intention', 'si la réforme peut être reportée d\'une année'],
      ['intention', 'si le délai de dépôt des dossiers peut être repoussé au 31 décembre'],
      ['intention', 'si les crédits du fonds vert peuvent être abondés'],
      ['intention', 'si ce dispositif peut être pérennisé au-delà de la période d\'expérimentation'],
      ['intention', 's\'il est possible d\'étendre ce dispositif aux exploitants agricoles', 'M. le ministre de l\'agriculture'],
      ['intention', 's\'il est possible de revaloriser cette allocation', 'M. le ministre des solidarités'],
      ['intention', 'si l\'expérimentation pourrait être prolongée d\'une année'],
      ['intention', 'si la dotation de solidarité rurale pourrait être majorée pour ces communes'],
      ['intention', 'si ce délai, fixé par décret, peut être allongé'],
      ['intention', 'si le décret peut être modifié afin d\'inclure les communes touristiques'],
      ['intention', 'si cette réforme peut être différée'],
      ['intention', 'si les aides à l\'installation peuvent être maintenues en 2026', 'M. le ministre de l\'agriculture'],
      ['intention', 'si le plafond de ressources de cette aide peut être relevé', 'M. le ministre du logement'],
      ['intention', 's\'il serait possible d\'assouplir ce calendrier'],
      ['intention', 'si une prolongation de ce délai est possible'],
      ['intention', 's\'il est possible que ces crédits soient augmentés'],
      ['intention', 'si la liste des communes éligibles peut être élargie'],
      ['intention', 'si ce fonds peut être réabondé'],
      ['intention', 'si ce dispositif a vocation à être pérennisé'],
      ['intention', 'si les conditions d\'attribution de cette aide peuvent être assouplies', 'M. le ministre de l\'agriculture'],
      ['intention', 'si les critères d\'éligibilité peuvent être révisés'],
      ['intention', 'si ce seuil peut être abaissé'],
      ['intention', 'si la date limite de dépôt des déclarations peut être reportée', 'M. le ministre de l\'économie'],
      ['intention', 'si, compte tenu de l\'inflation, ces crédits peuvent être augmentés'],
      ['intention', 'si ce délai peut être porté à six mois'],
      ['intention', 'si ce dispositif est appelé à être prolongé'],
      ['intention', 'si ce dispositif est reconduit au-delà du 31 décembre 2025'],
      ['intention', 'si le bénéfice de cette aide peut être étendu aux conjoints collaborateurs', 'M. le ministre de l\'agriculture'],
      ['intention', 'si l\'éligibilité à ce dispositif peut être élargie aux communes de plus de 3 500 habitants'],
      // Guards: the law's room for a commune, a maire, an employer or an agent is droit.
      ['droit', 'si une commune peut étendre ce dispositif à ses agents contractuels'],
      ['droit', 'si le maire peut prolonger ce délai par arrêté'],
      ['droit', 's\'il est possible pour une commune de prolonger ce délai'],
      ['droit', 'si l\'employeur peut prolonger la période d\'essai de l\'agent', 'M. le ministre du travail'],
      ['droit', 'si ces crédits peuvent être utilisés par la commune pour financer une cantine scolaire'],
      ['droit', 'si cette aide peut être cumulée avec l\'allocation aux adultes handicapés', 'M. le ministre des solidarités'],
      ['droit', 'si cette dépense peut être imputée en section d\'investissement'],
      ['droit', 'si l\'agent peut être placé en disponibilité d\'office', 'M. le ministre de la fonction publique'],
      ['droit', 'si un conseiller municipal peut être exclu de la commission des finances'],
      ['droit', 'si une commune est tenue de prolonger le contrat de cet agent'],
      ['droit', 's\'il est possible pour un syndicat intercommunal d\'adhérer à un autre syndicat'],
      ['droit', 'si ces indemnités sont soumises à l\'impôt sur le revenu', 'M. le ministre de l\'économie'],
      ['droit', 'si le contrat de cet agent peut être prolongé', 'M. le ministre de la fonction publique'],
      ['droit', 's\'il est possible de prolonger la période d\'essai de cet agent', 'M. le ministre de la fonction publique'],
      ['droit', 'si le plan local d\'urbanisme peut être modifié avant la fin de l\'enquête publique', 'M. le ministre du logement'],
      ['droit', 'si ce dispositif peut être appliqué aux communes nouvelles'],
      ['droit', 'si ce dispositif est applicable aux communes nouvelles'],
      ['droit', 'si cette réglementation peut être modifiée par un simple arrêté'],
      ['droit', 'si ce décret peut être modifié sans l\'avis du Conseil d\'État'],
      ['droit', 's\'il est possible de reporter le vote du budget au-delà du 15 avril'],
      ['droit', 'si le délai de recours contentieux peut être prorogé par un recours gracieux'],
      ['droit', 'si le bénéfice de cette aide peut être maintenu en cas de déménagement', 'M. le ministre du logement'],
      ['droit', 's\'il est possible de modifier les statuts du syndicat intercommunal'],
      ['intention', 'si le montant de la dotation peut être revu à la hausse'],
      ['droit', 'si cette aide peut être versée à une association'],
      ['droit', 'si ces dépenses peuvent être prises en charge par le budget annexe'],
      ['droit', 'si le règlement intérieur du conseil municipal peut être modifié en cours de mandat'],
      ['droit', 'si ces crédits peuvent être augmentés par la commune en cours d\'exercice'],
      ['droit', 'si le taux de la taxe d\'aménagement peut être modifié par délibération du conseil municipal en cours d\'année', 'M. le ministre du logement'],
      ['droit', 'si la liste électorale peut être modifiée après la clôture des inscriptions'],
      ['droit', 'si, dans ces conditions, une commune peut refuser ce raccordement'],
      ['droit', 'si ce document peut être porté à la connaissance des conseillers municipaux avant la séance'],
    ]);
  });

  describe('the Government’s will and the law, the subject decides', () => {
    check([
      ['intention', 's\'il entend modifier ce décret'],
      ['intention', 'si le Gouvernement envisage de revenir sur cette disposition'],
      ['intention', 's\'il est prévu de revaloriser cette indemnité'],
      ['intention', 's\'il est favorable à une modification de la loi'],
      ['intention', 'si l\'État peut prendre en charge ces travaux'],
      ['droit', 'si un maire peut interdire par arrêté la circulation des poids lourds'],
      ['droit', 'si le maire est tenu de délivrer ce certificat'],
      ['droit', 'quelle est la réglementation applicable aux terrains de camping'],
      ['droit', 'quels recours s\'offrent au propriétaire lésé'],
      ['droit', 'quelles sanctions peuvent être prises par le maire à l\'encontre des contrevenants'],
    ]);
  });

  describe('a fact to confirm is autre, not droit', () => {
    check([
      ['autre', 's\'il a connaissance de ces difficultés'],
      ['autre', 'si ses services ont été informés de cette situation'],
      ['autre', 'si ces informations sont exactes'],
      ['autre', 's\'il est informé de ces pratiques'],
      ['autre', 'si ces allégations sont fondées'],
      ['chiffres', 's\'il a connaissance du nombre de communes concernées'],
      // Guard: a legal state to confirm is droit.
      ['droit', 'si cette délibération est entachée d\'illégalité'],
    ]);
  });

  describe('a view of the Government is position', () => {
    check([
      ['position', 'quelle est la position du Gouvernement sur cette proposition'],
      ['position', 'quelle est l\'analyse du Gouvernement sur ce dossier'],
      ['position', 'ce qu\'il pense de cette proposition'],
      ['position', 'ce que pense le Gouvernement de cette évolution'],
      ['position', 'quelle appréciation il porte sur ce dispositif'],
      ['position', 's\'il partage l\'analyse de la Cour des comptes'],
      ['position', 'quel est son sentiment sur ce sujet'],
      ['position', 'quelle lecture il fait de cette décision du Conseil d\'État'],
      // Guards: what the maire must adopt, the reading the law calls for, are droit.
      ['droit', 'quelle position doit adopter le maire face à cette demande'],
      ['droit', 'quelle interprétation doit être donnée à l\'article L. 2122-22 du code général des collectivités territoriales'],
    ]);
  });

  describe('a date the Government sets is calendrier; a duration the law sets is droit', () => {
    check([
      ['calendrier', 'dans quel délai ce décret sera publié'],
      ['calendrier', 'à quelle date cette réforme entrera en vigueur'],
      ['calendrier', 'dans quels délais les crédits seront versés aux communes'],
      ['calendrier', 'quel est le calendrier de mise en œuvre de ce plan'],
      ['calendrier', 'quand les arrêtés d\'application seront pris'],
      ['calendrier', 'où en est la publication de ce décret'],
      ['droit', 'dans quel délai le maire doit statuer sur une demande de permis de construire', 'M. le ministre du logement'],
      ['droit', 'dans quel délai une commune doit-elle transmettre ses délibérations au préfet'],
      ['droit', 'de quel délai dispose le conseil municipal pour se prononcer'],
      ['droit', 'dans quel délai un permis de construire tacite devient définitif', 'M. le ministre du logement'],
      ['calendrier', 'dans quel délai cette aide deviendra accessible aux exploitants', 'M. le ministre de l\'agriculture'],
      ['droit', 'dans quel délai l\'employeur est tenu de verser le solde de tout compte', 'M. le ministre du travail'],
    ]);
  });

  describe('how something works is modalités; what the Government will do is mesures', () => {
    check([
      ['modalites', 'selon quelles modalités cette aide sera versée'],
      ['modalites', 'comment sera calculée la compensation versée aux communes'],
      ['modalites', 'pourquoi ce dispositif n\'a pas été étendu aux communes de montagne'],
      ['modalites', 'les raisons de ce retard'],
      ['modalites', 'quels sont les critères retenus pour l\'attribution de cette dotation'],
      ['mesures', 'quelles mesures il entend prendre pour remédier à cette situation'],
      ['mesures', 'comment le Gouvernement entend accompagner les communes'],
      ['mesures', 'quelles actions le Gouvernement entend mener pour soutenir ces communes'],
      ['mesures', 'de quelle manière l\'État compte soutenir ces filières', 'M. le ministre de l\'agriculture'],
      ['mesures', 'quels moyens seront mis en œuvre pour renforcer les contrôles'],
      // Guards: the way the law lets a commune act is droit.
      ['droit', 'selon quelles modalités une commune peut céder un chemin rural'],
      ['droit', 'comment doit être calculée l\'indemnité due à l\'agent', 'M. le ministre de la fonction publique'],
    ]);
  });

  describe('two things related are articulation', () => {
    check([
      ['articulation', 'comment ce dispositif s\'articule avec le fonds vert'],
      ['articulation', 'de quelle manière ce nouveau plan vient en complémentarité du plan précédent'],
      ['articulation', 'quelles sont les différences entre le contrat de projet et le contrat de plan'],
      ['articulation', 'quel est le lien entre ce nouveau fonds et la dotation d\'équipement des territoires ruraux'],
      ['articulation', 'comment ce plan se conjugue avec les contrats de ville'],
      // Guard: « par rapport aux besoins » measures, it does not compare.
      ['mesures', 'quelles mesures il entend prendre par rapport aux besoins des communes'],
    ]);
  });

  describe('forms found wrong (fixed, ex13): a state of progress, the means at the disposal of a commune, a conditional follow-up', () => {
    check([
      // « l'état actuel de publication » asks where a text stands: a date, like « l'état d'avancement ».
      ['calendrier', "de lui préciser l'état actuel de publication du bilan de ce protocole"],
      ['calendrier', "de lui faire connaître l'état de préparation du décret d'application"],
      // The means the law gives a commune (with « d'une », accents missing or not) are droit; the State's means stay mesures.
      ['droit', "quels sont les moyens a la disposition d'une commune lorsqu'une ancienne tranchee cree un affaissement"],
      ['droit', "quels sont les moyens à la disposition d'un maire pour faire cesser ces nuisances"],
      ['mesures', 'quels moyens le Gouvernement entend mettre à la disposition des communes'],
      ['chiffres', "de lui communiquer l'état des lieux des crédits consacrés à ce programme"],
      // « les intentions de M. le ministre » is the Government's will, like « les intentions du Gouvernement ».
      ['intention', "de lui faire connaître les intentions de M. le ministre quant au rétablissement de cette exonération"],
      ['intention', 'de lui préciser les intentions de la ministre sur ce point', 'Mme la ministre de la culture'],
      // « s'il est normal / juste que … », « s'il est d'accord avec … » : the minister's judgement; « s'il est légal / possible que … » stays droit.
      ['position', "s'il est normal qu'une commune doive payer seule ces frais"],
      ['position', "s'il n'est pas choquant que les communes rurales supportent cette charge"],
      ['position', "s'il est d'accord avec cette interprétation de la circulaire"],
      ['droit', "s'il est légal qu'une commune refuse cette inscription"],
      ['droit', "s'il est possible qu'une commune vende ce terrain sans enquête"],
      // What a legal notion means is droit.
      ['droit', "ce qu'il faut entendre par activité accessoire au sens de ce décret"],
      ['droit', 'ce que recouvre la notion de logement décent'],
      ['droit', "quelle est la définition du domicile retenue par l'administration fiscale"],
      // « quelle est la politique du Gouvernement » asks what it does (like « quelle politique »); « l'éventualité d'une réforme » its will.
      ['mesures', 'quelle est la politique du Gouvernement en matière de logement social'],
      ['intention', "de lui indiquer ce qu'il en est de l'éventualité d'une réforme de ce régime"],
      ['droit', 'si la politique tarifaire de la commune est légale'],
      // « faut-il revoir / modifier la règle ? » asks whether the Government will change it; « faut-il une autorisation ? » asks the law.
      ['intention', 'de lui dire : faut-il revoir la réglementation applicable aux chiens de protection'],
      ['droit', 'de lui dire : faut-il une autorisation du préfet pour organiser cette manifestation'],
      // « s'il existe des statistiques sur … » asks figures, like « si des statistiques sont disponibles »; « s'il existe un texte … » stays droit.
      ['chiffres', "s'il existe des statistiques sur le nombre de communes concernées"],
      ['chiffres', "s'il dispose de données chiffrées sur les fermetures de classes"],
      ['droit', "s'il existe un texte interdisant cette pratique"],
      // « si une telle politique va dans le sens de … », « si cette réforme répond aux attentes de … » : the minister's judgement.
      ['position', 'si une telle politique va dans le sens de la protection de la nature et de la faune sauvage'],
      ['position', 'si cette réforme répond aux attentes des élus ruraux'],
      ['droit', 'si ce dispositif répond aux exigences de la directive européenne'],
      // « (elle souhaiterait) que l'exonération … soit maintenue » : a decision wished of the Government.
      ['mesures', "que l'exonération de TVA sur les cotisations de ce groupement soit maintenue par un nouveau rescrit"],
      ['mesures', 'que les pensions des conjoints survivants soient revalorisées'],
      // « quel budget » asks an amount, like « quelle enveloppe ».
      ['chiffres', 'quel budget sera consacré à ce plan en 2024'],
    ]);
    const z = "Mme Anne Morel attire l'attention de M. le ministre de l'intérieur sur les chemins ruraux.";
    const cases: readonly (readonly [string, readonly string[]])[] = [
      // « Elle lui demande, le cas échéant, de lui préciser … » : a follow-up of a droit request, in a sentence of its own.
      [`${z} Elle lui demande si la commune est alors obligée d'en assurer un entretien minimum. Elle lui demande, le cas échéant, de lui préciser quel est le type de travaux susceptibles d'entraîner cette obligation.`, ['droit', 'droit']],
      // Counterparts: a follow-up with a cue of its own keeps it; without a condition, no inheritance across sentences.
      [`${z} Elle lui demande si la commune est alors obligée d'en assurer un entretien minimum. Dans l'affirmative, elle souhaiterait connaître le nombre de communes concernées.`, ['droit', 'chiffres']],
      [`${z} Elle lui demande s'il entend modifier la réglementation. Elle lui demande, le cas échéant, de lui préciser quel en serait le calendrier.`, ['intention', 'calendrier']],
    ];
    const caseFirst: readonly (readonly [string, readonly string[]])[] = [
      // « Si, lors de la réunion suivante, un élu formule des observations, elle lui demande s'il peut … » : « il » is the élu.
      ["Mme Anne Morel attire l'attention de M. le ministre de l'intérieur sur les procès-verbaux des conseils municipaux. Si, lors de la réunion suivante, un élu minoritaire formule des observations, elle lui demande s'il peut exiger qu'elles soient ajoutées au procès-verbal.", ['droit']],
      ["Mme Anne Morel attire l'attention de M. le ministre du travail sur les congés des salariés. Lorsqu'un salarié tombe malade pendant ses congés payés, elle lui demande s'il peut obtenir le report des jours de congé perdus.", ['droit']],
      // Counterparts: a case whose subject is the Government, or no case at all, leaves the pronoun to the minister.
      ["M. Paul Roche attire l'attention de M. le ministre de l'intérieur sur les aides. Si le Gouvernement maintient sa décision, il lui demande s'il entend compenser la perte des communes.", ['intention']],
      ["M. Paul Roche attire l'attention de M. le ministre de l'intérieur sur les aides. Il lui demande s'il peut revenir sur cette décision.", ['intention']],
      // Counterpart: « si oui, dans quelles conditions » after a droit request stays droit.
      ["Mme Anne Morel attire l'attention de M. le ministre de l'intérieur sur les frais postaux des communes. Elle lui demande si une commune peut en obtenir le remboursement et, si oui, dans quelles conditions.", ['droit', 'droit']],
    ];
    for (const [question, kinds] of [...cases, ...caseFirst]) {
      it(`${kinds.join(', ')} : « …${question.slice(-90)} »`, () => {
        assert.deepEqual(extract(question).map((sub) => sub.kind), kinds);
      });
    }
  });
});
