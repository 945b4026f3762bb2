/**
 * Review of the fourth extraction round and the second ablation round (rev14): each case gave the right result
 * before those rounds and a wrong one after. Hand-made sentences in general ministry French.
 */
import assert from 'node:assert/strict';
import { extract, run } from './helpers';

const statuses = (question: string, answer: string) => run(question, answer).subQuestions.map((sub) => `${sub.kind}/${sub.status}`);
const flags = (question: string, answer: string) => run(question, answer).findings.filter((finding) => finding.rule.startsWith('sous-question')).map((finding) => finding.message);
void flags;

describe('coverage: rev14 fixes', () => {
  describe('1. a figure is dated by its own date, not by « par rapport à 2023 » nor by an earlier « En 2023, » clause', () => {
    const question =
      "M. Paul Roche attire l'attention de M. le ministre du logement sur l'hébergement d'urgence. Il lui demande le nombre de places d'hébergement d'urgence ouvertes en 2024.";
    const answers = [
      "Le Gouvernement a fait de l'accès au logement une priorité. Le parc a progressé par rapport à 2023 et compte 203 000 places cette année.",
      "Le Gouvernement a fait de l'accès au logement une priorité. En 2023, un plan pluriannuel a été lancé : le parc compte aujourd'hui 203 000 places.",
      "Le Gouvernement a fait de l'accès au logement une priorité. En 2023, un plan pluriannuel a été lancé ; au 31 décembre 2024, le parc comptait 203 000 places.",
      "En 2023, l'État a lancé un plan pluriannuel qui a permis d'atteindre 203 000 places fin 2024.",
      'En progression par rapport à 2023, le parc atteint 203 000 places.',
    ];
    for (const answer of answers) {
      it(`answered: ${answer.slice(-60)}`, () => {
        assert.deepEqual(statuses(question, answer), ['chiffres/answered']);
      });
    }
  });

  describe('11. only a year the request asks about counts: not a law’s date, not the ends of a period', () => {
    const opening = "Mme Anne Roux attire l'attention de M. le ministre du logement sur l'hébergement d'urgence. Elle lui demande le nombre de places d'hébergement d'urgence ouvertes";
    const answer = "L'effort de l'État en faveur de l'hébergement d'urgence s'est poursuivi, avec une progression par rapport à 2022, où elles étaient 190 000.";
    it('a law’s date is not the year asked', () => {
      assert.deepEqual(statuses(`${opening} en application de la loi du 23 novembre 2018.`, answer), ['chiffres/answered']);
    });
    it('« entre 2023 et 2025 » is a period: a figure of 2024 answers', () => {
      assert.deepEqual(statuses(`${opening} entre 2023 et 2025.`, "L'effort de l'État en faveur de l'hébergement d'urgence s'est poursuivi : en 2024, elles étaient 203 000."), ['chiffres/answered']);
      assert.deepEqual(statuses(`${opening} entre 2023 et 2025.`, answer), ['chiffres/answered']);
    });
    it('« depuis 2020 » is a start, not the year asked', () => {
      assert.deepEqual(statuses(`${opening} depuis 2020.`, "L'effort de l'État en faveur de l'hébergement d'urgence s'est poursuivi : en 2023, elles étaient 190 000."), ['chiffres/answered']);
    });
    it('counterpart: the year asked with « en », only another year given: still flagged with that year', () => {
      assert.deepEqual(flags(`${opening} en 2024.`, answer), ['Sous-question 1 (chiffres) : aucun chiffre de l’année demandée (2024) : les chiffres de la réponse portent sur d’autres années (190 000, en 2022).']);
    });
  });
  describe('2. only a figure inside a programme’s quoted name is set aside, not a figure in a quoted report', () => {
    const question =
      "M. Paul Roche attire l'attention de M. le ministre du logement sur le logement étudiant. Il lui demande combien de logements étudiants ont été livrés en 2023.";
    it('a quoted report gives the count: answered', () => {
      assert.deepEqual(statuses(question, "Le bilan annuel du plan précise que « 8 500 logements étudiants ont été livrés en 2023 »."), ['chiffres/answered']);
      assert.deepEqual(statuses(question, "Comme l'indique le bilan publié par le ministère, « 8 500 logements étudiants ont été livrés en 2023 », soit un rythme conforme aux objectifs."), ['chiffres/answered']);
    });
    it('counterpart: the figure of a programme’s quoted name only: still flagged', () => {
      assert.deepEqual(statuses(question, "Le plan « 60 000 logements étudiants » a été lancé par le Gouvernement pour répondre aux besoins des étudiants."), ['chiffres/partial']);
    });
  });
  describe('3. conditions written as the content of a rule answer « quelles conditions doivent être remplies »', () => {
    const opening = "M. Jean Petit attire l'attention de M. le ministre de la transformation et de la fonction publiques sur la promotion interne. Il lui demande";
    const asked = `${opening} quelles conditions doivent être remplies par un adjoint administratif pour accéder au grade de rédacteur par la voie de la promotion interne.`;
    it('« peuvent être inscrits … les adjoints justifiant de dix ans de services »: answered', () => {
      const answer = "L'article 8 du décret n° 2012-924 du 30 juillet 2012 prévoit que peuvent être inscrits sur la liste d'aptitude les adjoints administratifs justifiant de dix ans de services publics effectifs, dont cinq années au moins en qualité de fonctionnaire territorial.";
      assert.deepEqual(statuses(asked, answer), ['droit/answered']);
    });
    it('« doit justifier de », a conditional « si », « ouvert aux agents qui justifient »: answered', () => {
      assert.deepEqual(statuses(asked, "Pour être inscrit sur la liste d'aptitude, l'adjoint administratif doit justifier de dix ans de services publics effectifs, dont cinq années au moins en qualité de fonctionnaire territorial."), ['droit/answered']);
      assert.deepEqual(
        statuses(`${opening} sous quelles conditions un fonctionnaire peut être détaché auprès d'une entreprise privée.`, "Le détachement auprès d'une entreprise privée est possible si cette entreprise assure une mission d'intérêt général et si l'agent n'a pas exercé de contrôle sur elle au cours des trois dernières années."),
        ['droit/answered'],
      );
      assert.deepEqual(
        statuses(`${opening} quelles sont les conditions requises pour bénéficier de la prime de fidélisation.`, "Le bénéfice de la prime de fidélisation est ouvert aux agents qui justifient d'une durée de services effectifs d'au moins cinq ans dans le même service."),
        ['droit/answered'],
      );
    });
    it('counterpart: only the text that governs the case: still flagged', () => {
      assert.deepEqual(statuses(asked, "La promotion interne des adjoints administratifs est régie par le décret n° 2012-924 du 30 juillet 2012. La liste d'aptitude est établie par l'autorité territoriale."), ['droit/partial']);
    });
  });
  describe('4. the criteria-only rule applies to a request for the criteria, by its head; criteria listed after a colon count', () => {
    it('« comment seront revus les critères » asks how, not what: the planned revision answers', () => {
      const question =
        "M. Hervé Leroy attire l'attention de Mme la ministre chargée du tourisme sur le classement des communes touristiques. Il lui demande comment seront revus les critères de classement des stations de tourisme.";
      const answer =
        "Un groupe de travail associant les associations d'élus sera réuni au premier semestre 2025 afin de proposer une révision du classement des stations de tourisme, qui fera l'objet d'un décret en Conseil d'État.";
      assert.deepEqual(statuses(question, answer), ['modalites/answered']);
    });
    it('criteria listed after « repose sur trois éléments : »: answered', () => {
      const question =
        "Mme Anne Roux attire l'attention de Mme la ministre de la culture sur le fonds de soutien aux festivals. Elle lui demande quels sont les critères d'attribution de ce fonds.";
      const answer = "L'attribution du fonds repose sur trois éléments : la qualité artistique du projet, son ancrage territorial et la diversité des publics touchés.";
      assert.deepEqual(statuses(question, answer), ['modalites/answered']);
    });
  });
  describe('5. « un arrêté préfectoral peut… » is the préfet’s own act, not a text', () => {
    it('answered', () => {
      const question =
        "M. Marc Girard attire l'attention de M. le ministre de l'intérieur sur la vente d'alcool à emporter. Il lui demande si le préfet peut interdire la vente d'alcool à emporter la nuit dans une commune touristique.";
      const answer =
        "En application de l'article L. 3332-15 du code de la santé publique, un arrêté préfectoral peut interdire la vente d'alcool à emporter entre 20 heures et 8 heures sur tout ou partie du département.";
      assert.deepEqual(statuses(question, answer), ['droit/answered']);
    });
  });
  describe('6. a passive modal of granting (« peut être versée / placé en ») concludes on « si un agent peut percevoir / bénéficier »', () => {
    const opening = "Mme Claire Dubois attire l'attention de M. le ministre de la transformation et de la fonction publiques sur les agents contractuels. Elle lui demande";
    it('« Elle peut être versée aux agents à temps partiel »: answered', () => {
      const answer = "Cette prime est régie par l'article L. 714-11 du code général de la fonction publique. Elle peut être versée aux agents à temps partiel au prorata de leur quotité de travail.";
      assert.deepEqual(statuses(`${opening} si un agent à temps partiel peut percevoir la prime de fin d'année.`, answer), ['droit/answered']);
    });
    it('« L’agent contractuel … peut être placé en congé parental »: answered', () => {
      const answer =
        "Oui. Le congé parental des agents contractuels de la fonction publique territoriale est régi par l'article 14 du décret n° 88-145 du 15 février 1988. L'agent contractuel employé depuis au moins un an peut être placé en congé parental.";
      assert.deepEqual(statuses(`${opening} si un agent contractuel peut bénéficier d'un congé parental.`, answer), ['droit/answered']);
    });
  });
  describe('7. « dans l’affirmative comme dans la négative, quelles en sont les raisons » continues the previous request’s passage', () => {
    const opening = "M. Louis Bernard attire l'attention de M. le ministre de l'agriculture sur l'aide aux jeunes agriculteurs. Il lui demande";
    it('the reasons given with the answer to the first request: answered', () => {
      const answer = "Le Gouvernement entend maintenir le plafond actuel de cette aide, qui a été relevé de 20 % en 2023 afin de tenir compte de la hausse du coût des installations.";
      assert.deepEqual(
        run(`${opening} s'il entend maintenir le plafond actuel de cette aide et, dans l'affirmative comme dans la négative, quelles en sont les raisons.`, answer).subQuestions.map((sub) => sub.status),
        ['answered', 'answered'],
      );
      const refusal = "Le Gouvernement n'envisage pas de relever le plafond de cette aide, qui a déjà été relevé de 20 % en 2023 pour tenir compte de l'inflation.";
      assert.deepEqual(
        run(`${opening} s'il entend relever le plafond de cette aide et, dans l'affirmative comme dans la négative, pour quelles raisons.`, refusal).subQuestions.map((sub) => sub.status),
        ['answered', 'answered'],
      );
    });
  });
  describe('9. « ainsi que » after a purpose clause splits off a request head; « pour le maire » is no purpose clause', () => {
    const opening = "M. Jean Martin attire l'attention de M. le ministre de l'agriculture sur la situation des éleveurs. Il lui demande";
    const requests = (question: string) => extract(question).map((sub) => sub.text);
    const cases: [string, string][] = [
      ["quelles mesures il entend prendre pour renforcer l'attractivité du métier ainsi que les moyens financiers qui y seront consacrés", 'les moyens financiers qui y seront consacrés'],
      ["quelles sont les obligations pour le maire en matière d'affichage ainsi que les sanctions encourues en cas de manquement", 'les sanctions encourues en cas de manquement'],
      ['quelles aides sont prévues pour la filière ovine ainsi que les conséquences de la fin des quotas pour les exploitants', 'les conséquences de la fin des quotas pour les exploitants'],
      ['quelles actions ont été engagées afin de lutter contre la prédation ainsi que le bilan des tirs de défense autorisés depuis 2020', 'le bilan des tirs de défense autorisés depuis 2020'],
      ["quelles mesures il entend prendre pour protéger les troupeaux ainsi que l'avis du Gouvernement sur le déclassement du loup", "l'avis du Gouvernement sur le déclassement du loup"],
    ];
    for (const [asked, second] of cases) {
      it(`two requests: … ${second}`, () => {
        const found = requests(`${opening} ${asked}.`);
        assert.equal(found.length, 2);
        assert.equal(found[1], second);
      });
    }
    it('counterpart: « ainsi que l’ensemble de ses missions » continues the purpose verb’s object: one request', () => {
      assert.equal(requests(`${opening} quelles mesures il entend prendre pour que l'État assume ses fonctions ainsi que l'ensemble de ses missions.`).length, 1);
    });
  });
  describe('8. a later request with the same first words but another object is a request of its own', () => {
    const opening = "M. Jean Martin attire l'attention de M. le ministre de l'agriculture sur la situation des éleveurs.";
    const count = (question: string) => extract(question).length;
    it('two requests each time', () => {
      assert.equal(count(`${opening} En effet, il souhaiterait connaître les moyens dont dispose le maire en cas de divagation d'animaux. Les élus locaux sont démunis. Aussi, il souhaiterait connaître les moyens dont dispose le maire pour faire cesser les nuisances sonores d'un élevage.`), 2);
      assert.equal(count(`${opening} Il lui demande quelles mesures le Gouvernement entend prendre pour soutenir les éleveurs touchés par la fièvre catarrhale. Par ailleurs, les consommateurs s'inquiètent. C'est pourquoi il lui demande quelles mesures le Gouvernement entend prendre pour garantir l'information des consommateurs.`), 2);
      assert.equal(count(`${opening} Il lui demande si le Gouvernement entend revaloriser l'indemnité compensatoire de handicaps naturels en 2025. Les éleveurs de montagne attendent une réponse. Il lui demande donc si le Gouvernement entend revaloriser l'indemnité compensatoire de handicaps naturels pour les exploitations de piémont.`), 2);
    });
    it('counterpart: a later request that points back at the case (« … comme pouvoir de police dans ce cas précis ») restates it', () => {
      assert.equal(count(`${opening} En effet, il souhaiterait connaître les moyens dont dispose le maire en cas de divagation d'animaux. Les élus locaux sont démunis. Aussi, il souhaiterait connaître les moyens dont dispose le maire comme pouvoir de police dans ce cas précis.`), 1);
    });
    it('counterpart: the same request asked again « dans une telle situation » is one request', () => {
      assert.equal(count(`${opening} En effet, il souhaiterait connaître les moyens dont dispose le maire en cas de divagation d'animaux. Les élus locaux sont démunis. Aussi, il souhaiterait connaître les moyens dont dispose le maire dans une telle situation.`), 1);
    });
  });
  describe('10. an inverted modal of knowing (« peuvent-ils savoir combien… ») asks the figure, not the law', () => {
    const opening = "M. Jean Martin attire l'attention de M. le ministre de l'intérieur sur la dotation de solidarité rurale.";
    it('chiffres, answered by the figure', () => {
      const question = `${opening} Les maires peuvent-ils savoir combien de communes bénéficieront de la dotation de solidarité rurale en 2025 ?`;
      const answer = 'En 2025, 33 500 communes bénéficieront de la dotation de solidarité rurale, dont le montant global progresse de 150 millions d’euros.';
      assert.deepEqual(statuses(question, answer), ['chiffres/answered']);
      assert.deepEqual(extract(`${opening} Les communes concernées peuvent-elles connaître dès à présent le montant de la dotation qui leur sera attribuée en 2025 ?`).map((sub) => sub.kind), ['chiffres']);
    });
    it('counterpart: « peuvent-ils prévoir que le montant… » still asks the law', () => {
      assert.deepEqual(extract(`${opening} Les conseils municipaux peuvent-ils prévoir que le montant de cette dotation soit réparti entre les hameaux ?`).map((sub) => sub.kind), ['droit']);
    });
  });
  describe('S1. « sera déclaré démissionnaire / illégal », an act « par la commune / le juge » ask the law, not the Government’s will', () => {
    const opening = "M. Luc Perrin attire l'attention de M. le ministre de l'intérieur sur les conseillers municipaux absents. Il lui demande";
    const kinds = (question: string) => extract(question).map((sub) => sub.kind);
    it('droit', () => {
      assert.deepEqual(kinds(`${opening} si un conseiller municipal qui refuse de siéger sera déclaré démissionnaire d'office.`), ['droit']);
      assert.deepEqual(kinds(`${opening} si l'arrêté municipal sera déclaré illégal par le juge administratif.`), ['droit']);
      assert.deepEqual(kinds(`${opening} si la convention sera signée par la commune avant la fin de l'année.`), ['droit']);
    });
    it('counterpart: an act of the Government to come stays intention', () => {
      assert.deepEqual(kinds(`${opening} si la convention du Conseil de l'Europe sera ratifiée par la France.`), ['intention']);
      assert.deepEqual(kinds(`${opening} si la convention sera signée avant la fin de l'année.`), ['intention']);
    });
  });
  describe('S5. the only figure sentence, set aside for its year: partial with the reason, not « aucun passage »', () => {
    it('partial, the figure and its year quoted', () => {
      const question =
        "M. Paul Roche attire l'attention de M. le ministre du logement sur l'hébergement d'urgence. Il lui demande le nombre de places d'hébergement d'urgence ouvertes en 2024.";
      const answer = "Le Gouvernement a fait de l'accès au logement une priorité. Le parc comptait 190 000 places en 2023.";
      assert.deepEqual(flags(question, answer), ['Sous-question 1 (chiffres) : aucun chiffre de l’année demandée (2024) : les chiffres de la réponse portent sur d’autres années (190 000 places, en 2023).']);
    });
  });
  describe('S2. « si les instructions … ont été données dans le respect de la loi » asks the legality (droit)', () => {
    const opening = "M. Luc Perrin attire l'attention de M. le ministre de l'intérieur sur les titres de séjour. Il lui demande";
    it('droit', () => {
      assert.deepEqual(extract(`${opening} si les instructions données par le préfet aux services de l'État ont été données dans le respect de la loi.`).map((sub) => sub.kind), ['droit']);
    });
    it('counterpart: an instruction given to act stays mesures', () => {
      assert.deepEqual(extract(`${opening} si des instructions ont été données aux préfets pour accélérer l'instruction des demandes.`).map((sub) => sub.kind), ['mesures']);
    });
  });
  describe('S7. « quelles sont les compensations auxquelles une commune a droit » asks the law (droit)', () => {
    const opening = "M. Jean Martin attire l'attention de M. le ministre de l'intérieur sur les communes. Il lui demande";
    it('droit', () => {
      assert.deepEqual(extract(`${opening} quelles sont les compensations auxquelles une commune a droit en cas de transfert de compétence.`).map((sub) => sub.kind), ['droit']);
    });
    it('counterpart: « quelles compensations le Gouvernement entend-il accorder » stays mesures', () => {
      assert.deepEqual(extract(`${opening} quelles compensations le Gouvernement entend accorder aux communes touchées par la fermeture de la base.`).map((sub) => sub.kind), ['mesures']);
    });
  });
  describe('S3. « si … a été conduite et les statistiques … »: a passive « si » clause takes no object, the figures are asked apart', () => {
    const opening = "M. Jean Martin attire l'attention de M. le ministre de l'agriculture sur la situation des éleveurs. Il lui demande";
    it('two requests', () => {
      assert.deepEqual(extract(`${opening} si une évaluation de ce dispositif a été conduite et les statistiques dont il dispose sur le nombre de bénéficiaires.`).map((sub) => sub.text), ['si une évaluation de ce dispositif a été conduite', 'les statistiques dont il dispose sur le nombre de bénéficiaires']);
    });
    it('counterpart: « s’il entend publier les délais et les chiffres » stays one request', () => {
      assert.equal(extract(`${opening} s'il entend publier les délais et les chiffres de la délinquance.`).length, 1);
    });
  });
  describe('S6. « et, quelle que soit la réponse, … », « et, en tout état de cause, … » open the next request, asked either way', () => {
    const opening = "M. Jean Martin attire l'attention de M. le ministre de l'intérieur sur la dotation des communes rurales. Il lui demande";
    const texts = (question: string) => extract(question).map((sub) => sub.text);
    it('the phrase goes with the request that follows it', () => {
      assert.deepEqual(texts(`${opening} si cette dotation sera maintenue en 2025 et, quelle que soit la réponse, s'il entend réunir les associations d'élus.`), [
        'si cette dotation sera maintenue en 2025',
        "quelle que soit la réponse, s'il entend réunir les associations d'élus",
      ]);
      assert.deepEqual(texts(`${opening} s'il entend relever le plafond de cette aide et, en tout état de cause, dans quel délai les communes seront informées.`), [
        "s'il entend relever le plafond de cette aide",
        'en tout état de cause, dans quel délai les communes seront informées',
      ]);
    });
    it('a « non » to the first request does not answer the request asked either way', () => {
      const question = `${opening} s'il entend relever le plafond de cette aide et, en tout état de cause, dans quel délai les communes seront informées.`;
      assert.deepEqual(statuses(question, "Le Gouvernement n'entend pas relever le plafond de cette aide."), ['intention/answered', 'calendrier/unanswered']);
    });
  });
  describe('pre-existing: « 203 000 places, contre 190 000 en 2023 »: the year after « contre » dates the other figure', () => {
    const question =
      "M. Paul Roche attire l'attention de M. le ministre du logement sur l'hébergement d'urgence. Il lui demande le nombre de places d'hébergement d'urgence ouvertes en 2024.";
    it('answered', () => {
      assert.deepEqual(statuses(question, 'Le parc comptait 203 000 places, contre 190 000 en 2023.'), ['chiffres/answered']);
    });
    it('counterpart: only the figure of 2023: flagged', () => {
      assert.deepEqual(statuses(question, 'Le parc comptait 190 000 places en 2023.'), ['chiffres/partial']);
    });
  });
  describe('pre-existing: criteria stated by « prend en compte », « proportionnellement à », « doit disposer de » answer a request for criteria', () => {
    it('answered', () => {
      const festivals = "Mme Anne Roux attire l'attention de Mme la ministre de la culture sur le fonds de soutien aux festivals. Elle lui demande selon quels critères les festivals bénéficiaires sont sélectionnés.";
      assert.deepEqual(statuses(festivals, "Les festivals bénéficiaires sont sélectionnés par une commission nationale qui prend en compte la qualité artistique du projet, son ancrage territorial et la diversité des publics touchés."), ['modalites/answered']);
      const tourism = "M. Hervé Leroy attire l'attention de Mme la ministre chargée du tourisme sur le classement des communes touristiques. Il lui demande";
      assert.deepEqual(statuses(`${tourism} selon quels critères les dotations touristiques sont réparties entre les communes.`, "Les dotations touristiques sont réparties entre les communes proportionnellement à leur capacité d'hébergement et à la population saisonnière qu'elles accueillent."), ['modalites/answered']);
      assert.deepEqual(statuses(`${tourism} quels sont les critères de classement des stations de tourisme.`, "Pour être classée station de tourisme, une commune doit disposer d'un office de tourisme classé, offrir des hébergements d'une capacité suffisante et proposer des animations culturelles et sportives."), ['modalites/answered']);
    });
  });
  describe('pre-existing: an opening « Non. » answers the first yes/no request of a question with several', () => {
    const question =
      "M. Jean Martin attire l'attention de M. le ministre de l'intérieur sur la délinquance dans les zones rurales. Il lui demande s'il entend modifier le décret et quelles mesures il compte prendre.";
    it('both answered', () => {
      assert.deepEqual(statuses(question, 'Non. Le Gouvernement considère que le décret a atteint ses objectifs. Un plan de prévention sera présenté en 2025.'), ['intention/answered', 'mesures/answered']);
    });
    it('counterpart: without the « Non », the first request stays flagged', () => {
      assert.notEqual(statuses(question, 'Le Gouvernement considère que la situation mérite attention. Un plan de prévention sera présenté en 2025.')[0], 'intention/answered');
    });
  });
  describe('pre-existing: « si cette aide sera maintenue » answered by « Cette aide sera (ne sera pas) maintenue »', () => {
    const question = "M. Jean Martin attire l'attention de M. le ministre de l'intérieur sur la dotation des communes rurales. Il lui demande si cette aide sera maintenue en 2025.";
    it('answered, yes or no', () => {
      assert.deepEqual(statuses(question, 'Cette aide sera maintenue en 2025.'), ['intention/answered']);
      assert.deepEqual(statuses(question, 'Cette aide ne sera pas maintenue en 2025, le dispositif arrivant à son terme.'), ['intention/answered']);
    });
    it('counterpart: « le maintien sera examiné » is neither yes nor no', () => {
      assert.deepEqual(statuses(question, 'Le maintien de cette aide sera examiné lors de la préparation du projet de loi de finances.'), ['intention/partial']);
    });
  });
  it('the new forms stay linear on 2,000-character adversarial inputs', () => {
    const long = (unit: string): string => unit.repeat(Math.ceil(2000 / unit.length)).slice(0, 2000);
    const opening = "M. Paul Martin interroge M. le ministre sur les logements. Il lui demande";
    const cases: [string, string][] = [
      [`${opening} quels sont les critères d'attribution de ce fonds.`, `Le fonds repose sur : ${long('la qualité, ')}`],
      [`${opening} quelles conditions doivent être remplies pour obtenir l'agrément.`, `L'agrément est délivré ${long('si si au au justifiant ')}`],
      [`${opening} le nombre de logements livrés en ${long('2023 entre ')}.`, `En 2023, ${long('aujourd hui 1 000 ')}`],
      [`${opening} si la convention sera signée par ${long('la la ')}.`, 'Oui.'],
      [`${opening} quelles sont les compensations auxquelles ${long('une commune ')} a droit.`, 'Oui.'],
      [`${opening} les moyens dont dispose le maire dans ${long('ce cas ')}. Aussi, il lui demande les moyens dont dispose le maire dans ce cas.`, 'Oui.'],
    ];
    for (const [question, answer] of cases) {
      const start = process.hrtime.bigint();
      run(question, answer);
      const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
      assert.ok(elapsed < 250, `${elapsed} ms`);
    }
  });
});
describe('coverage: fx16 M2, a sentence opening on its year stays linear in its number of figures', () => {
  it('four times the figures take well under sixteen times as long (best of five runs, no wall-clock threshold)', () => {
    const question = 'M. Paul Martin interroge M. le ministre sur les logements. Il lui demande le nombre de logements livrés en 2024 dans le département.';
    const answer = (figures: number) => `En 2023, les logements livrés étaient ${'1 000, '.repeat(figures)}.`;
    const best = (figures: number) => {
      let fastest = Number.POSITIVE_INFINITY;
      for (let attempt = 0; attempt < 5; attempt++) {
        const start = process.hrtime.bigint();
        run(question, answer(figures));
        fastest = Math.min(fastest, Number(process.hrtime.bigint() - start) / 1e6);
      }
      return fastest;
    };
    best(100);
    const small = best(300);
    const large = best(1200);
    // Linear: about 4 (measured 2 to 3); quadratic: about 16 (measured 9 before the fix).
    assert.ok(large / small < 6, `${small.toFixed(1)} ms at 300 figures, ${large.toFixed(1)} ms at 1,200`);
  });
});

describe('coverage: fx16 M1, « ainsi que » + a possessive after a purpose clause asks a request of its own', () => {
  const opening = "M. Jean Martin attire l'attention de M. le ministre de l'agriculture sur la situation des éleveurs. Il lui demande";
  const kindsOf = (question: string) => extract(question).map((request) => request.kind);
  const cases: readonly [string, string][] = [
    ["quels moyens sont prévus pour accompagner les éleveurs ainsi que leur calendrier de mise en œuvre", 'calendrier'],
    ['quel dispositif est prévu pour compenser les pertes ainsi que son montant en 2025', 'chiffres'],
    ['quelles actions ont été engagées pour lutter contre la prédation ainsi que leur bilan depuis 2020', ''],
    ["quelles aides il entend créer pour soutenir la filière ainsi que leurs modalités d'attribution", ''],
    ["quelles mesures il entend prendre pour indemniser les éleveurs ainsi que leur coût pour les finances publiques", ''],
    ['quelles mesures il entend prendre pour protéger les troupeaux ainsi que toutes les mesures de prévention envisagées', ''],
  ];
  for (const [asked, kind] of cases) {
    it(`two requests: ${asked.slice(-50)}`, () => {
      const kinds = kindsOf(`${opening} ${asked}.`);
      assert.equal(kinds.length, 2);
      if (kind) assert.equal(kinds[1], kind);
    });
  }
  it('the calendar and the amount lost in one request are flagged again as partial', () => {
    const calendar = run(`${opening} ${cases[0]![0]}.`, "Un fonds d'urgence de 50 millions d'euros a été créé pour accompagner les éleveurs touchés par la crise.").subQuestions.map((sub) => `${sub.kind}/${sub.status}`);
    assert.deepEqual(calendar, ['mesures/answered', 'calendrier/partial']);
    const amount = run(`${opening} ${cases[1]![0]}.`, 'Un dispositif d’indemnisation des pertes a été mis en place par le décret n° 2024-1021 du 13 novembre 2024.').subQuestions.map((sub) => `${sub.kind}/${sub.status}`);
    assert.deepEqual(amount, ['mesures/answered', 'chiffres/partial']);
  });
  it('counterpart: « ainsi que l’ensemble de leurs emplois » continues the purpose verb’s object: one request', () => {
    assert.equal(kindsOf(`${opening} quelles mesures il entend prendre pour préserver les exploitations ainsi que l'ensemble de leurs emplois.`).length, 1);
  });
});

describe('coverage: fx16 S2, a narrower later restatement does not replace the wider request', () => {
  it('« … les éleveurs ovins et bovins » then « Il lui demande donc … les éleveurs ovins »: the wider one is kept', () => {
    const question = "M. Jean Martin attire l'attention de M. le ministre de l'agriculture sur la situation des éleveurs. Il lui demande quelles mesures le Gouvernement entend prendre pour soutenir les éleveurs ovins et bovins. La crise est grave. Il lui demande donc quelles mesures le Gouvernement entend prendre pour soutenir les éleveurs ovins.";
    const found = extract(question);
    assert.ok(found.length >= 1);
    assert.ok(found.some((request) => /bovins/u.test(request.text)), found.map((request) => request.text).join(' | '));
  });
});

describe('coverage: fx16 S1, a future that is itself still asked (« la question de savoir si … sera maintenue ») is no yes or no', () => {
  const question = "M. Jean Martin attire l'attention de M. le ministre de l'agriculture sur l'aide à la modernisation des exploitations. Il lui demande si cette aide sera maintenue en 2026.";
  const statusOf = (answer: string) => run(question, answer).subQuestions.map((sub) => sub.status);
  it('« La question de savoir si cette aide sera maintenue en 2026 sera examinée … »: partial', () => {
    assert.notDeepEqual(statusOf('La question de savoir si cette aide sera maintenue en 2026 sera examinée lors du projet de loi de finances.'), ['answered']);
  });
  it('counterpart: « Cette aide sera maintenue en 2026 si les crédits le permettent. » answers', () => {
    assert.deepEqual(statusOf('Cette aide sera maintenue en 2026 si les crédits le permettent.'), ['answered']);
  });
});

describe('coverage: fx16 S5, a « si » that means « whether » states no condition', () => {
  const question = "M. Jean Martin attire l'attention de Mme la ministre de la fonction publique sur le cumul d'activités. Il lui demande sous quelles conditions un agent peut cumuler son emploi avec une activité privée.";
  it('« Il appartient à l’autorité hiérarchique de vérifier si l’activité … est compatible »: not answered', () => {
    const answer = "Le cumul d'activités des agents publics est régi par les articles L. 123-1 et suivants du code général de la fonction publique. Il appartient à l'autorité hiérarchique de vérifier si l'activité envisagée est compatible avec les fonctions de l'agent.";
    assert.notDeepEqual(run(question, answer).subQuestions.map((sub) => sub.status), ['answered']);
  });
});

describe('coverage: fx16 S3, a relative date (« l’année suivante ») after « En 2023, » does not date the figure of 2023', () => {
  it('no « d’autres années (…, en 2023) » message', () => {
    const question = "Mme Anne Roux attire l'attention de Mme la ministre de l'éducation nationale sur l'inclusion scolaire. Elle lui demande le nombre d'accompagnants d'élèves en situation de handicap recrutés en 2024.";
    const answer = "En 2023, le Gouvernement a engagé un plan de recrutement d'accompagnants d'élèves en situation de handicap qui a permis de recruter 4 800 personnes supplémentaires l'année suivante.";
    const messages = run(question, answer).findings.map((finding) => finding.message);
    assert.ok(!messages.some((message) => /en 2023\)/u.test(message)), messages.join(' | '));
  });
});

describe('coverage: fx16 S4, the figure set aside is quoted with its unit, and not given for an item it is not of', () => {
  const question =
    "Mme Lucie Faure attire l'attention de M. le ministre de l'agriculture sur le plan de soutien à la filière bois. La mesure 3 de ce plan prévoit une aide au reboisement. La mesure 5 prévoit un soutien aux scieries. Elle lui demande le montant des crédits consacrés à ces mesures en 2024.";
  it('two figures of 2023 for two items: partial, and neither figure is quoted for both', () => {
    const answer = "En 2023, 30 millions d'euros ont été consacrés à l'aide au reboisement, et 12 millions d'euros au soutien aux scieries.";
    const result = run(question, answer);
    assert.deepEqual(result.subQuestions.map((sub) => sub.status), ['partial']);
    const messages = result.findings.map((finding) => finding.message).join(' | ');
    assert.ok(!/\(30[,) ]/u.test(messages) && !/\(12[,) ]/u.test(messages), messages);
  });
});
