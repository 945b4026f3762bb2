import assert from 'node:assert/strict';
import { dossier, extract, opening } from './helpers';
import { analyze } from '../../../server/src/core/index';
import { findRecall } from '../../../server/src/core/coverage';

const texts = (question: string): string[] => extract(question).map((sub) => sub.text);
const kinds = (question: string): string[] => extract(question).map((sub) => sub.kind);

describe('coverage: extraction of sub-questions', () => {
  describe('splitting', () => {
    it('shares the governing verb across « et de quelle manière »', () => {
      const result = texts(`${opening} Il lui demande donc de préciser quel est le calendrier de réouverture des maternités et de quelle manière ce plan vient en complémentarité du plan précédent.`);
      assert.deepEqual(result, ['quel est le calendrier de réouverture des maternités', 'de quelle manière ce plan vient en complémentarité du plan précédent']);
    });

    it('splits on a semicolon', () => {
      assert.equal(extract(`${opening} Il lui demande quel est le nombre de lits fermés en 2023 ; quelles mesures elle entend prendre pour les rouvrir.`).length, 2);
    });

    it('splits on « ainsi que » and carries the kind over (elliptical conjunct)', () => {
      const subs = extract('Ma question est simple : dans quels délais le Gouvernement va-t-il consentir à l\'ouverture de la PMA aux femmes seules, ainsi qu\'à sa prise en charge par la sécurité sociale ?');
      assert.deepEqual(subs.map((sub) => sub.kind), ['calendrier', 'calendrier']);
      assert.equal(subs[1]!.text, "à sa prise en charge par la sécurité sociale");
    });

    it('splits « d’une part … d’autre part » in the request, not in the context', () => {
      const question =
        `${opening} L'association demande, d'une part, que soit couvert le déficit et, d'autre part, que les surcoûts soient pris en charge. ` +
        "Il lui demande d'une part quelles mesures elle entend prendre pour les hôpitaux et, d'autre part, quel est le montant des crédits prévus.";
      assert.deepEqual(kinds(question), ['mesures', 'chiffres']);
    });

    it('splits a comma series of interrogative heads closed by « et » (4 sub-questions)', () => {
      assert.deepEqual(
        kinds(`${opening} En conséquence, il souhaiterait connaître sa position sur cette question, les mesures qu'il envisage de prendre, sous quelle forme et dans quels délais.`),
        ['position', 'mesures', 'modalites', 'calendrier'],
      );
    });

    it('takes every request sentence (« Il demande aussi que … »)', () => {
      const subs = extract(`${opening} Il lui demande d'intervenir auprès des agences régionales. Il demande aussi que lui soit communiqué un tableau récapitulatif des fermetures depuis 2020.`);
      assert.deepEqual(subs.map((sub) => sub.kind), ['mesures', 'chiffres']);
    });

    it('makes each direct question a sub-question when there is no request formula', () => {
      const subs = extract("Quelles sont les perspectives d'une coopération renforcée ? Quel est le contenu des accords ? Enfin, où en sont les discussions sur la monnaie unique ?");
      assert.deepEqual(subs.map((sub) => sub.kind), ['mesures', 'modalites', 'calendrier']);
      assert.equal(subs[2]!.text, 'où en sont les discussions sur la monnaie unique');
    });

    it('cuts at « et sur » only when the conjunct has no « sur » complement yet', () => {
      assert.equal(extract(`${opening} Elle lui demande d'indiquer les mesures envisagées pour soutenir les hôpitaux et sur les moyens donnés aux établissements.`).length, 2);
      assert.equal(extract(`${opening} Elle souhaite savoir si le Gouvernement envisage une réflexion sur la réglementation du titre et sur son intégration au code de la santé publique.`).length, 1);
    });

    it('cuts at a second governor (« et savoir si »)', () => {
      assert.deepEqual(kinds(`${opening} Il souhaiterait connaître les orientations du Gouvernement pour la future convention et savoir si cet impératif sera pris en compte.`), ['position', 'intention']);
    });

    it('cuts verbs coordinated in a « si » clause', () => {
      assert.deepEqual(
        kinds(`${opening} Il lui demande si les instructions de la circulaire du 10 octobre 1994 continuent à s'appliquer et restent opposables aux employeurs.`),
        ['droit', 'droit'],
      );
    });

    it('splits numbered lists (1° … 2° …)', () => {
      assert.equal(extract(`${opening} Il lui demande 1° quel est le nombre de lits fermés ; 2° quelles mesures sont prévues.`).length, 2);
    });

    it('does not split « et » inside noun phrases, titles or scope lists', () => {
      assert.equal(extract("M. X interroge Mme la secrétaire d'État chargée de l'égalité entre les femmes et les hommes et de la lutte contre les discriminations sur la traite. Il lui demande quelles mesures de formation et de sensibilisation des professionnels elle entend prendre.").length, 1);
      assert.equal(extract(`${opening} Il lui demande quelles assurances les députés peuvent avoir surtout dans les domaines de l'emploi, de la santé et de la solidarité.`).length, 1);
      assert.equal(extract(`${opening} Il lui demande si le Gouvernement envisage de soutenir et de généraliser la sophrologie à l'hôpital.`).length, 1);
    });
  });

  describe('operative part', () => {
    it('uses the object of the opening when nothing else asks', () => {
      const subs = extract('M. X interroge Mme la ministre du travail sur le calendrier de publication du décret relatif aux congés.');
      assert.equal(subs.length, 1);
      assert.equal(subs[0]!.kind, 'calendrier');
      assert.equal(subs[0]!.text, 'le calendrier de publication du décret relatif aux congés');
    });

    it('does not take a reported wish (« qu’il souhaite ») or a third party’s demand as the request', () => {
      const subs = extract(`${opening} Il semble qu'il souhaite le vote d'une loi. L'Unafo demande que la totalité des surcoûts soit prise en charge. Il lui demande donc quelles modalités seront mises en œuvre et selon quel calendrier.`);
      assert.deepEqual(subs.map((sub) => sub.kind), ['modalites', 'calendrier']);
    });

    it('handles a closer with a named author and an addressee (« M. X demande à M. le ministre … de bien vouloir »)', () => {
      const subs = extract("Selon une étude de l'Anses, le risque existe. C'est pourquoi M. Georges Ginesta demande à M. le ministre chargé de l'industrie de bien vouloir lui indiquer si son analyse rejoint celle de l'Anses et les mesures qu'il entend mettre en œuvre.");
      assert.deepEqual(subs.map((sub) => sub.kind), ['position', 'mesures']);
      assert.match(subs[0]!.text, /^si son analyse rejoint/u);
    });

    it('handles a third-person closer and an inverted one', () => {
      assert.equal(extract(`${opening} M. le député souhaite donc savoir ce que l'État compte faire pour les maternités.`)[0]!.kind, 'mesures');
      assert.equal(extract(`${opening} Aussi souhaite-t-il connaître le nombre de lits fermés depuis 2020.`)[0]!.kind, 'chiffres');
    });

    it('gives a rappel or a renewal no sub-question of its own (§10.3), and finds the question recalled', () => {
      const rappel = "Mme Nicole Bonnefoy rappelle à Mme la ministre de l'agriculture les termes de sa question n° 07181 sous le titre « Baisse des moyens alloués à l'enseignement agricole », qui n'a pas obtenu de réponse à ce jour.";
      assert.deepEqual(extract(rappel), []);
      const question = analyze(dossier(rappel)).document.question!;
      assert.equal(findRecall(question)?.number, '07181');
      const renewal = `${opening} Cette question n'a reçu qu'une réponse évasive. Il lui renouvelle donc la question en espérant une réponse.`;
      assert.deepEqual(extract(renewal), []);
      assert.equal(findRecall(analyze(dossier(`${opening} Il lui demande si un maire peut interdire la baignade.`)).document.question!), undefined);
    });

    it('gives exact source ranges', () => {
      const question = `${opening} Il lui demande quel est le nombre de lits fermés et quelles mesures elle entend prendre.`;
      const text = dossier(question);
      const { document } = analyze(text);
      for (const sub of extract(question)) assert.equal(text.slice(sub.range.start, sub.range.end), sub.text);
      assert.ok(document.question);
    });
  });

  describe('kinds', () => {
    const cases: [string, string][] = [
      ['quel est le calendrier de publication du décret', 'calendrier'],
      ['le nombre de places créées en 2024', 'chiffres'],
      ['quelles mesures elle entend prendre pour les maternités', 'mesures'],
      ['de quelle manière les agences contrôlent les établissements', 'modalites'],
      ["s'il entend revaloriser la prime", 'intention'],
      ['sa position sur la fermeture des maternités', 'position'],
      ["si l'article L. 1111-4 du code de la santé publique est applicable aux mineurs", 'droit'],
      ["l'articulation entre le plan national et les plans régionaux", 'articulation'],
      // A report asked for (§5 « bilan chiffré »): figures and facts, not « autre ».
      ['un état des lieux des maternités', 'chiffres'],
    ];
    for (const [request, kind] of cases) {
      it(`${kind}: « ${request} »`, () => {
        const subs = extract(`${opening} Il lui demande ${request}.`);
        assert.equal(subs.length, 1);
        assert.equal(subs[0]!.kind, kind);
      });
    }
  });

  describe('anaphora', () => {
    it('resolves « ces mesures » to the numbered measures of the context', () => {
      const subs = extract(
        `${opening} La mesure 4 prévoit de créer un fonds d'urgence pour les maternités. La mesure 7 prévoit de recruter des sages-femmes. Il lui demande quel est le calendrier de mise en œuvre de ces mesures.`,
      );
      assert.equal(subs[0]!.objectLabel, 'des mesures 4 et 7');
      assert.deepEqual(subs[0]!.items.map((item) => item.label), ['la mesure 4', 'la mesure 7']);
      assert.ok(subs[0]!.items[1]!.terms.some((term) => term.word === 'sages'));
    });

    it('resolves « ce nouveau plan » to the last plain mention of a plan', () => {
      const subs = extract(`${opening} Un second plan contre la désertification médicale est mis en place. Il lui demande de quelle manière ce nouveau plan vient en complémentarité du premier plan.`);
      assert.equal(subs[0]!.kind, 'articulation');
      assert.ok(subs[0]!.compared);
      assert.ok(subs[0]!.compared!.first.terms.some((term) => term.word === 'second'));
      assert.ok(subs[0]!.compared!.second.terms.some((term) => term.word === 'premier'));
    });
  });
});

describe('coverage: robustness of extraction', () => {
  it('reads old texts typed without accents (AN 9-48450QE style, « M » without a dot)', () => {
    const subs = extract(
      "M Pierre-Yvon Tremel attire l'attention de M le ministre sur les aides au logement. En consequence, il lui demande de bien vouloir lui faire part de son interpretation de la circulaire de la CNAF et de son sentiment sur les consequences des nouvelles modalites de determination du droit a l'APL.",
    );
    assert.deepEqual(subs.map((sub) => sub.kind), ['droit', 'position']);
  });

  it('reads oral questions in the second person and inverted yes/no questions', () => {
    assert.equal(extract("Madame la ministre, ma question est simple : entendez-vous proposer rapidement une évolution des règles en vigueur, afin de permettre aux maires de protéger les baigneurs ?")[0]!.kind, 'intention');
    assert.equal(extract("À cet égard, l'interdiction de monter et de descendre appliquée à plusieurs trains de nuit ne pourrait-elle pas être revue ?")[0]!.kind, 'intention');
    assert.equal(extract("Aussi, il lui demande de bien vouloir lui préciser les conditions de gestion des questions écrites au sein des ministères.")[0]!.kind, 'modalites');
  });
});

describe('coverage: question-parser fixtures of SocialGouv/questions-ecrites (not used to design the rules)', () => {
  const cases: [string, string, string][] = [
    ["Mme Sandra Delannoy interroge Mme la ministre de la santé sur les difficultés d'accès aux soins. Le contexte local montre des tensions. Elle souhaite savoir quelles évolutions le Gouvernement envisage.", 'mesures', 'quelles évolutions le Gouvernement envisage'],
    ["M. Machin attire l'attention de la ministre sur un sujet. Aussi souhaite-t-elle connaître l'avis du Gouvernement.", 'position', "l'avis du Gouvernement"],
    ["M. Roland Courteau expose à M. le ministre d'État que le bilan environnemental de la filière éolienne doit être positif. Le contexte sur le terrain montre des difficultés. Il lui demande donc quelles mesures seront prises.", 'mesures', 'quelles mesures seront prises'],
  ];
  for (const [question, kind, text] of cases) {
    it(`${kind}: « ${text} »`, () => {
      const subs = extract(question);
      assert.equal(subs.length, 1);
      assert.equal(subs[0]!.kind, kind);
      assert.equal(subs[0]!.text, text);
    });
  }
});
