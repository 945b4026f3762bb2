/**
 * Issue 10, second round on kinds and extraction (QUESTION-FORMS.md §4, §5, §10): forms common in real written
 * questions that the first round left. Two quantities asked side by side (« le nombre de … et la proportion de … »)
 * are two sub-questions; two infinitives under one modal (« si un maire peut refuser … et interdire … ») stay one.
 * « jusqu'à quelle date », « à compter de quelle date », « qui en supporte … » open a request of their own; « dans
 * l'affirmative comme dans la négative » is one condition; « dès lors que … et n'a pas … » goes on the subordinate
 * clause; « Elle souhaiterait connaître … » is the author's request even without « lui ». Every request is
 * hand-made in the forms deputies and senators use; none is taken from a labelled set.
 */
import assert from 'node:assert/strict';
import { extract } from './helpers';

const opening = "M. Paul Martin attire l'attention de M. le ministre de l'intérieur sur la situation des collectivités territoriales.";

function texts(question: string): string[] {
  return extract(question).map((sub) => sub.text);
}

function kinds(question: string): string[] {
  return extract(question).map((sub) => sub.kind);
}

describe('coverage: second round on extraction and kinds (hand-made, §4, §5, §10)', () => {
  describe('two quantities asked side by side are two sub-questions', () => {
    it('« le nombre de … et la proportion de … »', () => {
      const q = `${opening} Il lui demande de bien vouloir lui indiquer le nombre de dossiers déposés en préfecture en 2023 et la proportion de dossiers rejetés pour incomplétude.`;
      assert.deepEqual(texts(q), ['le nombre de dossiers déposés en préfecture en 2023', 'la proportion de dossiers rejetés pour incomplétude']);
      assert.deepEqual(kinds(q), ['chiffres', 'chiffres']);
    });
    it('« le montant et la répartition de … »', () => {
      const q = `${opening} Il lui demande de bien vouloir lui faire connaître le montant et la répartition par région des crédits du fonds de soutien.`;
      assert.deepEqual(texts(q), ['le montant', 'la répartition par région des crédits du fonds de soutien']);
      assert.deepEqual(kinds(q), ['chiffres', 'chiffres']);
    });
    it('« le calendrier de … et les effectifs qui … »', () => {
      const q = `${opening} Il lui demande de bien vouloir lui préciser le calendrier de réouverture des guichets de la sous-préfecture et les effectifs qui y seront affectés.`;
      assert.deepEqual(texts(q), ['le calendrier de réouverture des guichets de la sous-préfecture', 'les effectifs qui y seront affectés']);
    });
    it('counterpart: « si un maire peut refuser … et interdire … » stays one request', () => {
      const q = `${opening} Il lui demande si un maire peut refuser l'accès de la salle communale à une association et interdire toute réunion publique dans les locaux de la mairie.`;
      assert.equal(extract(q).length, 1);
    });
    it('counterpart: « le nombre et la qualité des … » (no second quantity) stays one request', () => {
      const q = `${opening} Il lui demande de bien vouloir lui indiquer le nombre et la qualité des agents affectés à ce service.`;
      assert.equal(extract(q).length, 1);
    });
  });

  describe('a date, a payer or a figure asked after a first request is a sub-question of its own', () => {
    it('« …, et jusqu\'à quelle date … »', () => {
      const q = `${opening} Il lui demande de bien vouloir lui indiquer le nombre de communes bénéficiaires de cette aide, et jusqu'à quelle date ce dispositif restera ouvert.`;
      assert.deepEqual(kinds(q), ['chiffres', 'calendrier']);
    });
    it('« si …, jusqu\'à quelle date …, et combien … » (a series closed by « et »)', () => {
      const q = `${opening} Il lui demande si les agents contractuels pourront se présenter à cet examen professionnel, jusqu'à quelle date les inscriptions seront reçues, et combien de postes seront ouverts.`;
      assert.equal(extract(q).length, 3);
      assert.equal(extract(q)[1]!.kind, 'calendrier');
    });
    it('« et, le cas échéant, à compter de quelle date … »', () => {
      const q = `${opening} Il lui demande si le délai de recours est interrompu par une demande d'aide juridictionnelle et, le cas échéant, à compter de quelle date il court à nouveau.`;
      assert.equal(extract(q).length, 2);
    });
    it('« comment est organisé … et qui en supporte la charge »', () => {
      const q = `${opening} Il souhaiterait savoir comment est organisé le contrôle des installations et qui en supporte la charge financière.`;
      assert.equal(extract(q).length, 2);
    });
  });

  describe('conditions and subordinate clauses', () => {
    it('« et, dans l\'affirmative comme dans la négative, quels … » : one condition, one request', () => {
      const q = `${opening} Il lui demande si le conseil municipal peut retirer une délibération devenue exécutoire et, dans l'affirmative comme dans la négative, quelles sont les voies de recours ouvertes aux tiers.`;
      assert.equal(extract(q).length, 2);
      assert.match(extract(q)[1]!.text, /quelles sont les voies de recours/u);
    });
    it('« dès lors que … et n\'a pas … » is one request (unaccented text)', () => {
      const q = "M. Paul Martin demande a M. le ministre de l'interieur si une commune peut louer a une association un terrain communal pour un euro symbolique, des lors que cette association est reconnue d'utilite publique et n'a pas d'activite commerciale.";
      assert.equal(extract(q).length, 1);
    });
    it('counterpart: « si … est … et sont … » still splits at the second verb', () => {
      const q = `${opening} Il lui demande si le règlement intérieur du conseil municipal est opposable aux conseillers et si ses dispositions sont susceptibles de recours.`;
      assert.equal(extract(q).length, 2);
    });
  });

  describe('« Elle souhaiterait connaître … » is a request, before a later « l\'interroge »', () => {
    it('two sentences « Elle souhaiterait connaître / savoir … » then « Elle l\'interroge enfin sur … »', () => {
      const q = "Mme Claire Petit attire l'attention de Mme la ministre des sports sur l'accès des enfants aux clubs sportifs. Les clubs de sa circonscription constatent une baisse des inscriptions. Elle souhaiterait connaître le nombre de licences délivrées en 2023 aux moins de douze ans. Elle souhaiterait également savoir à quelle date le nouveau dispositif d'aide aux familles sera ouvert. Elle l'interroge enfin sur sa position quant à l'ouverture de ce dispositif aux adultes.";
      assert.deepEqual(kinds(q), ['chiffres', 'calendrier', 'position']);
    });
    it('counterpart: a third party\'s demand before the request stays context', () => {
      const q = "Mme Claire Petit attire l'attention de Mme la ministre des sports sur l'accès des enfants aux clubs sportifs. Elle demande une revalorisation du pass sport depuis plusieurs années. Elle lui demande quelles mesures elle entend prendre.";
      assert.equal(extract(q).length, 1);
    });
  });
});

type Case = readonly [kind: string, request: string];

function check(cases: readonly Case[]): void {
  for (const [kind, request] of cases) {
    it(`${kind} : « ${request} »`, () => {
      const question = `${opening} Il lui demande ${request}.`;
      assert.deepEqual(kinds(question), [kind]);
    });
  }
}

describe('coverage: second round on kinds (hand-made, §5, §10.1)', () => {
  describe('who acts decides: a commune or a maire (droit), the Government (intention, mesures)', () => {
    check([
      ['droit', "s'il est envisageable qu'une commune confie l'entretien de ses chemins ruraux à une association foncière"],
      ['droit', "s'il serait possible pour un maire de suspendre un adjoint de ses délégations sans délibération"],
      ['intention', "s'il est envisageable que ce dispositif de soutien soit prolongé jusqu'à la fin de l'année"],
      ['intention', 'la possibilité de créer un fonds de garantie pour les communes touchées par les inondations'],
      ['droit', 'la possibilité pour une commune de céder gratuitement un terrain à un bailleur social'],
      ['droit', "si une commune nouvelle issue de la fusion de deux communes percevra une dotation bonifiée pendant trois ans"],
      ['intention', "si les communes nouvelles percevront une dotation bonifiée pendant trois ans"],
      ['droit', "selon quelles modalités cette exonération s'applique aux communes membres d'un syndicat"],
      ['modalites', "selon quelles modalités ce contrôle est organisé dans les départements d'outre-mer"],
    ]);
    it('« Il attend du Gouvernement qu\'il … » asks an action (mesures)', () => {
      const q = `${opening} Il attend du Gouvernement qu'il relève le plafond de la dotation de solidarité rurale.`;
      assert.deepEqual(kinds(q), ['mesures']);
    });
    it('« Il souhaite que le Gouvernement revoie les critères … » asks an action (mesures)', () => {
      const q = `${opening} Il souhaite que le Gouvernement revoie les critères de répartition de cette dotation.`;
      assert.deepEqual(kinds(q), ['mesures']);
    });
    it('counterpart: « de lui confirmer qu\'il existe une dérogation … » is still a fact of law', () => {
      const q = `${opening} Il lui demande de lui confirmer qu'il existe une dérogation pour les communes de moins de mille habitants.`;
      assert.deepEqual(kinds(q), ['droit']);
    });
  });

  describe('figures, reasons and legal time limits', () => {
    check([
      ['chiffres', 'quel est le rendement de la taxe sur les résidences secondaires dans les communes touristiques'],
      ['chiffres', 'quel est le linéaire de voies ferrées fermé au trafic depuis dix ans'],
      ['chiffres', 'le produit de la taxe de séjour perçu par les communes littorales'],
      ['modalites', 'quelles sont les motivations de cette décision de fermeture'],
      ['modalites', 'la raison de ce changement de doctrine'],
      ['modalites', 'les motivations qui ont conduit à abandonner ce projet'],
      ['droit', 'qui en supporte la charge lorsque la commune a transféré sa compétence'],
    ]);
    it('« et, le cas échéant, à compter de quelle date il recommence à courir » after a legal request is droit', () => {
      const q = `${opening} Il lui demande si le délai de prescription est interrompu par une plainte et, le cas échéant, à compter de quelle date il recommence à courir.`;
      assert.deepEqual(kinds(q), ['droit', 'droit']);
    });
    it('counterpart: « à quelle date le décret sera publié » stays calendrier', () => {
      const q = `${opening} Il lui demande à quelle date le décret d'application sera publié.`;
      assert.deepEqual(kinds(q), ['calendrier']);
    });
  });

  describe('« Qu\'en est-il … ? », a pronoun for someone else, a new formula after « ; »', () => {
    it('« Qu\'en est-il de la publication du décret ? » asks its stage (calendrier)', () => {
      const q = `${opening} Le décret d'application de cette loi était annoncé pour le printemps. Qu'en est-il de la publication de ce décret ?`;
      assert.deepEqual(kinds(q), ['calendrier']);
    });
    it('« Qu\'en est-il pour … ? » after a legal request asks the same law for another case', () => {
      const q = `${opening} Il lui demande si un agent contractuel peut bénéficier de ce congé. Qu'en est-il pour un agent stagiaire ?`;
      assert.deepEqual(kinds(q), ['droit', 'droit']);
    });
    it('« si un maire peut … et s\'il peut, dans ce cas, … » : the pronoun is the maire (droit)', () => {
      const q = `${opening} Il lui demande si un maire peut refuser de signer un acte d'état civil et s'il peut, dans ce cas, en charger un conseiller municipal.`;
      assert.deepEqual(kinds(q), ['droit', 'droit']);
    });
    it('counterpart: « s\'il peut lui indiquer … » after it is still the minister', () => {
      const q = `${opening} Il lui demande si un maire peut refuser de signer un acte d'état civil et s'il peut lui indiquer le nombre de refus constatés.`;
      assert.deepEqual(kinds(q), ['droit', 'chiffres']);
    });
    it('« … ; plus généralement, il l\'interroge sur … » does not inherit the kind before « ; »', () => {
      const q = `${opening} Il lui demande s'il entend modifier ce décret ; plus généralement, il l'interroge sur l'avenir de la dotation de solidarité rurale.`;
      assert.deepEqual(kinds(q), ['intention', 'mesures']);
    });
    it('counterpart: « … ; le cas échéant, quels recours … » keeps the request before', () => {
      const q = `${opening} Il lui demande si une commune peut refuser ce raccordement ; le cas échéant, quels recours sont ouverts au demandeur.`;
      assert.deepEqual(kinds(q), ['droit', 'droit']);
    });
  });
});

describe('coverage: « ce qu\'il en est de … », conditions for someone else, justification, fate (hand-made)', () => {
  check([
    ['calendrier', "ce qu'il en est de la publication de l'arrêté fixant la liste des communes éligibles"],
    ['droit', "quelles sont les conditions pour qu'un syndicat intercommunal puisse adhérer à ce groupement"],
    ['modalites', 'la justification de cette différence de traitement entre les deux fonctions publiques'],
    ['mesures', 'quel sort sera réservé aux personnels de cette trésorerie'],
    ['autre', "ce qu'il en est exactement"],
  ]);
  it('« … et ce qu\'il en est pour … » after a legal request asks the same law', () => {
    const q = `${opening} Il lui demande si un agent peut cumuler ces deux emplois et ce qu'il en est pour un agent employé à temps non complet.`;
    assert.deepEqual(kinds(q), ['droit', 'droit']);
  });
});

describe('coverage: « si elle … » asked of a woman minister, legal consequences (hand-made)', () => {
  const toHer = "Mme Anne Roux attire l'attention de Mme la ministre de la santé sur la fermeture des maternités de proximité.";
  it('« si elle a connaissance de … » asks a fact, not the law (autre)', () => {
    assert.deepEqual(kinds(`${toHer} Elle lui demande si elle a connaissance des difficultés rencontrées par les familles.`), ['autre']);
  });
  it('« si elle dispose de données sur le nombre de … » asks figures', () => {
    assert.deepEqual(kinds(`${toHer} Elle lui demande si elle dispose de données sur le nombre d'accouchements hors maternité.`), ['chiffres']);
  });
  it('counterpart: « si elle a connaissance … » asked of a man minister is someone else (droit)', () => {
    assert.deepEqual(kinds(`${opening} Il lui demande si elle a connaissance de ces difficultés, la commune ayant délibéré.`), ['droit']);
  });
  check([
    ['droit', 'quelle est la marche à suivre pour la commune lorsque le propriétaire du bien est inconnu'],
    ['droit', "quelles sont les conséquences juridiques d'une délibération adoptée sans quorum"],
  ]);
});

describe('coverage: a quantity named with a possessive (hand-made)', () => {
  it('« les critères retenus … ainsi que leur montant » : the second is chiffres', () => {
    const q = `${opening} Il lui demande de lui préciser les critères retenus pour l'attribution de ces subventions ainsi que leur montant.`;
    assert.deepEqual(kinds(q), ['modalites', 'chiffres']);
  });
  it('« si ces aides seront maintenues et, dans l\'affirmative, quel sera leur montant »', () => {
    const q = `${opening} Il lui demande si ces dotations seront maintenues et, dans l'affirmative, quel sera leur montant.`;
    assert.deepEqual(kinds(q), ['intention', 'chiffres']);
  });
});

describe('coverage: « s\'applique » is a legal cue; « le produit de la taxe » is a quantity asked (hand-made)', () => {
  check([
    ['droit', "quel régime fiscal s'applique aux indemnités de départ des agents"],
    ['droit', "si cette exonération s'applique aux communes nouvelles"],
  ]);
  it('« le nombre de … et le produit de cet impôt » are two figures', () => {
    const q = `${opening} Il lui demande s'il peut lui indiquer le nombre de redevables concernés et le produit de cet impôt en 2023.`;
    assert.deepEqual(kinds(q), ['chiffres', 'chiffres']);
  });
});

describe('coverage: who acts, counterparts (hand-made)', () => {
  check([
    // A beneficiary is not the actor: the Government grants the prime.
    ['intention', "s'il est envisageable que les agents contractuels bénéficient de cette prime"],
    ['intention', "s'il serait possible pour les communes rurales de bénéficier de cette dotation"],
    // A state of law to confirm is not a wish.
    ['droit', "de lui confirmer qu'il relève de la compétence de la commune de prendre en charge ces frais"],
  ]);
});

describe('coverage: « Qu\'en est-il … ? » without a cue (hand-made)', () => {
  it('« Qu\'en est-il lorsque la commune doit … ? » asks the law (droit)', () => {
    assert.deepEqual(kinds(`${opening} Qu'en est-il lorsque la commune doit assurer seule cette charge ?`), ['droit']);
  });
  it('counterpart: « Qu\'en est-il de la situation des agents ? » names no kind (autre)', () => {
    assert.deepEqual(kinds(`${opening} Qu'en est-il de la situation des agents de ce service ?`), ['autre']);
  });
});

describe('coverage: a quantity noun coordinated under a verb stays in its request (hand-made counterparts)', () => {
  it('« pour renforcer les moyens matériels et les effectifs de … » : one request', () => {
    assert.equal(extract(`${opening} Il lui demande quelles mesures il entend prendre pour renforcer les moyens matériels et les effectifs des services d'incendie.`).length, 1);
  });
  it('« s\'il entend augmenter les crédits et les effectifs de … » : one request', () => {
    assert.equal(extract(`${opening} Il lui demande s'il entend augmenter les crédits de fonctionnement et les effectifs des sous-préfectures.`).length, 1);
  });
  it('« s\'il entend revoir le montant et la répartition des crédits » : one request', () => {
    assert.equal(extract(`${opening} Il lui demande s'il entend revoir le montant et la répartition des crédits de la dotation.`).length, 1);
  });
  it('« si … doivent … et la proportion de la dépense qui … » : two requests', () => {
    assert.deepEqual(kinds(`${opening} Il lui demande si les communes doivent participer à ce financement et la proportion de la dépense qui restera à leur charge.`), ['droit', 'chiffres']);
  });
});

describe('coverage: an announced date kept, a minister who approves (hand-made)', () => {
  const toHer = "M. Paul Martin attire l'attention de Mme la ministre de la transition écologique sur le plan de prévention des risques.";
  it('« si le calendrier annoncé sera respecté » is calendrier', () => {
    assert.deepEqual(kinds(`${toHer} Il lui demande si le calendrier annoncé pour la révision de ce plan sera respecté.`), ['calendrier']);
  });
  it('« si l\'échéance du … est maintenue » is calendrier', () => {
    assert.deepEqual(kinds(`${toHer} Il lui demande si l'échéance fixée pour l'achèvement des travaux est maintenue.`), ['calendrier']);
  });
  it('counterpart: « si le délai de recours est maintenu … » stays droit', () => {
    assert.deepEqual(kinds(`${toHer} Il lui demande si le délai de recours est maintenu en cas de modification du plan.`), ['droit']);
  });
  it('« si elle approuve cette démarche » (asked of her) is position', () => {
    assert.deepEqual(kinds(`${toHer} Il lui demande si elle approuve la démarche engagée par les services de l'État.`), ['position']);
  });
});

describe('coverage: a series of figures, a scope between commas (hand-made)', () => {
  it('« de lui indiquer, par département, le nombre de … et le délai moyen de … » : two figures, no scope part', () => {
    const q = `${opening} Il lui demande de lui indiquer, par département, le nombre de dossiers en attente et le délai moyen d'instruction de ces dossiers.`;
    assert.deepEqual(kinds(q), ['chiffres', 'chiffres']);
  });
  it('« le nombre de …, leur répartition par … et l\'évolution de … » : three figures', () => {
    const q = `${opening} Il lui demande le nombre de policiers municipaux en fonction, leur répartition par département et l'évolution de ces effectifs depuis dix ans.`;
    assert.deepEqual(kinds(q), ['chiffres', 'chiffres', 'chiffres']);
  });
  it('counterpart: « s\'il entend revoir le montant de cette aide et l\'évolution de son barème » stays one', () => {
    assert.equal(extract(`${opening} Il lui demande s'il entend revoir le montant de cette aide et l'évolution de son barème.`).length, 1);
  });
  it('counterpart: « pour suivre l\'évolution de … » stays one', () => {
    assert.equal(extract(`${opening} Il lui demande quelles mesures il entend prendre pour suivre l'évolution de la délinquance dans les communes rurales.`).length, 1);
  });
});

describe('coverage: credits spent are figures (hand-made)', () => {
  check([
    ['chiffres', 'de lui indiquer, pour chaque année, les crédits effectivement consommés au titre de ce programme'],
    ['chiffres', 'les crédits engagés en 2023 au titre du fonds de prévention'],
    ['intention', "s'il entend augmenter les crédits alloués à ce programme"],
  ]);
});

describe('coverage: « la suite réservée à … » (hand-made)', () => {
  check([
    ['mesures', "quelle est la suite réservée à la proposition formulée par les élus de la montagne"],
    ['mesures', "la suite qu'il entend donner aux conclusions de ce rapport"],
  ]);
});

describe('coverage: the Government aware of a fact, a risk to weigh (hand-made)', () => {
  check([
    ['autre', "s'il mesure les conséquences de cette fermeture pour les usagers"],
    ['autre', "s'il a conscience des difficultés rencontrées par les secrétaires de mairie"],
    ['position', 'si cette réforme ne risque pas de pénaliser les communes de montagne'],
    // A legal risk for someone else stays droit.
    ['droit', "si le maire ne risque pas d'engager sa responsabilité pénale en autorisant cette manifestation"],
    ['droit', "si cette délibération ne risque pas d'être annulée par le juge administratif"],
  ]);
});
