/**
 * Issue 10: coverage on real questions — every input has its sub-questions, kinds by who acts, statuses that
 * read legal and negative answers, referral answers, never silent, and the hover says why. Each cue class is
 * tested on hand-made sentences and on real ones (from the « tune » half of data/corpus/coverage-dev only).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../../../server/src/core/index';
import { classify } from '../../../server/src/core/coverage/kinds';
import { foldForSearch } from '../../../server/src/core/text/fold';
import { toJsonFileReport } from '../../../server/src/core/report/json';
import { hover } from '../../../server/src/core/hover';
import { halfOf } from '../../../scripts/eval-coverage-lib';
import { dossier, extract, opening, run } from './helpers';

const data = resolve(__dirname, '../../../data');
const seed = readFileSync(resolve(data, 'seeds/qe-15-24191.md'), 'utf8');
const kindOf = (request: string): string | undefined => classify(foldForSearch(request));
const rules = (text: string, prefix: string) => analyze(text).findings.filter((finding) => finding.rule.startsWith(prefix));

describe('coverage on real questions (issue 10)', () => {
  describe('sub-questions for every input', () => {
    it('reads an AN page export by its own structure when its title reads « Question » or « Réponse »', () => {
      for (const title of ['Question', 'Réponse']) {
        const text = seed.replace("### Second plan d'action national contre la traite des êtres humains", `### ${title}`);
        const analysis = analyze(text);
        assert.deepEqual(analysis.subQuestions.map((sub) => `${sub.kind}/${sub.status}`), ['calendrier/partial', 'articulation/answered']);
        assert.deepEqual(analysis.findings.filter((finding) => finding.rule === 'section-dupliquee'), []);
      }
    });

    it('gives the checklist of a page export without an answer, and of an open-data record without an answer', () => {
      const page = analyze(seed.replace(/#### Texte de la réponse[\s\S]*?## Données clés/u, '## Données clés'));
      assert.deepEqual(page.subQuestions.map((sub) => `${sub.kind}/${sub.status}`), ['calendrier/unanswered', 'articulation/unanswered']);
      const record = analyze(readFileSync(resolve(data, 'corpus/an-17/raw/QANR5L17QE4461.json'), 'utf8'));
      assert.equal(record.document.answer, null);
      assert.ok(record.subQuestions.length >= 2);
      assert.ok(record.subQuestions.every((sub) => sub.status === 'unanswered'));
      assert.ok(record.subQuestions.some((sub) => sub.kind === 'calendrier'));
    });

    it('reads the old plain-text forms: « M X demande a M. le ministre … si … » without accents, « prie M. le ministre de bien vouloir lui faire connaître »', () => {
      const old = extract("M Pierre Durand demande a M. le ministre de l'interieur, de la securite interieure et des libertes locales si un maire peut interdire la baignade par arrete.");
      assert.deepEqual(old.map((sub) => [sub.kind, sub.text]), [['droit', 'si un maire peut interdire la baignade par arrete']]);
      const prie = extract("M. Pierre Durand prie M. le ministre de l'agriculture de bien vouloir lui faire connaître les mesures qu'il compte prendre pour soutenir les éleveurs.");
      assert.deepEqual(prie.map((sub) => [sub.kind, sub.text]), [['mesures', "les mesures qu'il compte prendre pour soutenir les éleveurs"]]);
    });
  });

  describe('request formulas of real questions (general forms)', () => {
    const o = "M. Jean Dupont attire l'attention de M. le ministre de l'intérieur sur les plages.";
    const forms: readonly [string, string[]][] = [
      ["M. Jean Dupont attire l'attention de M. le ministre de l'intérieur sur la surveillance des plages et lui demande si un maire peut interdire la baignade.", ['si un maire peut interdire la baignade']],
      [`${o} Il lui saurait gré de bien vouloir lui indiquer si un maire peut interdire la baignade.`, ['si un maire peut interdire la baignade']],
      [`${o} Il désirerait savoir si un maire peut interdire la baignade.`, ['si un maire peut interdire la baignade']],
      [`${o} Il lui serait reconnaissant de bien vouloir lui indiquer les mesures qu'il compte prendre.`, ["les mesures qu'il compte prendre"]],
      [`${o} Il demande au Gouvernement s'il entend modifier le décret.`, ["s'il entend modifier le décret"]],
      [`${o} Il souhaiterait obtenir des précisions sur les règles applicables aux plages privées.`, ['les règles applicables aux plages privées']],
      [`${o} Il lui demande quel est le nombre de noyades et par quels moyens il entend les réduire.`, ['quel est le nombre de noyades', 'par quels moyens il entend les réduire']],
      [`${o} Elle lui demande s'il compte modifier le décret et, le cas échéant, selon quel calendrier.`, ["s'il compte modifier le décret", 'selon quel calendrier']],
      [`${o} Il lui demande s'il ne lui paraîtrait pas opportun, le cas échéant, d'inviter les maires à respecter la réglementation.`, ["s'il ne lui paraîtrait pas opportun, le cas échéant, d'inviter les maires à respecter la réglementation"]],
      // Asks for « éclaircissements » on nothing in particular: the opening's object is what is asked (§1).
      [`${o} Il souhaiterait que des éclaircissements puissent être apportés sur ce point.`, ['les plages']],
    ];
    for (const [question, expected] of forms) {
      it(`« ${question.slice(o.length + 1, o.length + 70)}… »`, () => assert.deepEqual(extract(question).map((sub) => sub.text), expected));
    }
  });

  describe('kinds by who acts (§10.1, §10.4)', () => {
    const cases: readonly [string, string][] = [
      // hand-made
      ['droit', 'si une commune peut céder un terrain à une association'],
      ['droit', 'si le maire est tenu de motiver sa décision'],
      ['droit', "s'il est possible pour un syndicat intercommunal de recruter un agent contractuel"],
      ['droit', 'quelle est la réglementation applicable aux feux de camp'],
      ['droit', 'quels sont les recours dont dispose la commune'],
      ['droit', 'si ces indemnités sont soumises à l’impôt sur le revenu'],
      ['intention', "s'il entend modifier le décret"],
      ['intention', 'si le Gouvernement est favorable à une réforme'],
      ['intention', 'si des mesures pourraient être prises pour remédier à cette situation'],
      ['position', 'si de telles pratiques ne lui semblent pas abusives'],
      ['mesures', "comment l'État va prendre en compte ces évolutions"],
      ['modalites', 'Si oui, selon quelles modalités'],
      ['droit', "pendant combien de temps l'affichage doit-il être maintenu"],
      ['droit', 'qui doit prendre en charge le coût de la surveillance'],
      ['droit', 'à qui incombe la charge de la surveillance'],
      ['droit', 'si une commune qui envisage de vendre un terrain peut le faire sans enquête publique'],
      ['droit', "si la délibération approuvant le compte administratif est susceptible d'annulation"],
      ['intention', "si les services de l'État entendent renforcer les contrôles"],
      ['intention', "s'il ne pense pas nécessaire de modifier le décret"],
      ['position', 'quel regard il porte sur cette évolution'],
      ['modalites', 'en quoi cette réforme améliorera la sécurité des baigneurs'],
      // The Government's own modal is not the law's (and must not loop over the same match).
      ['modalites', 'sous quelle forme il peut aider les communes'],
      // real (coverage-dev, tune half)
      ['droit', "si le maire a competence pour ordonner aux proprietaires concernes de veiller a l'entretien de leur fonds"],
      ['droit', "sous quelle forme les conseillers municipaux peuvent obtenir communication des documents budgétaires et administratifs préparatoires à la séance d'un conseil municipal"],
      ['droit', 'les marges de manœuvre à la disposition des maires dans de tels cas de figure'],
      ['droit', "si l'absence de désignation d'un secrétaire de séance lors d'un conseil municipal peut entraîner la nullité des délibérations"],
      ['intention', 'si elle envisage de remédier à cette inégalité'],
      ['intention', "s'il est envisageable d'en exempter les échanges ou locations de parcelles"],
      ['intention', 'ses intentions sur ce dossier'],
      ['intention', "s'il ne lui paraîtrait pas opportun, le cas échéant, d'inviter les intéressés à respecter la réglementation en la matière"],
    ];
    for (const [kind, request] of cases) {
      it(`${kind} : « ${request} »`, () => assert.equal(kindOf(request), kind));
    }

    it('classifies every form listed in QUESTION-FORMS.md §10.1', () => {
      const droit = [
        'si un maire peut interdire par arrêté la circulation', 'si une commune peut céder un terrain', "s'il est possible pour un syndicat intercommunal de recruter",
        'si le département doit prendre en charge les frais', "si l'employeur est tenu de verser l'indemnité", "si l'employeur est obligé de reclasser l'agent",
        'si la délibération doit être prise à la majorité absolue', "si ces indemnités sont soumises à l'impôt sur le revenu", "si cette dépense relève de la section d'investissement",
        "si l'agent est considéré comme démissionnaire", "si la décision est entachée d'illégalité", 'si le départ du titulaire a automatiquement pour effet de mettre fin au bail',
        'quelle est la réglementation applicable aux fêtes foraines', "quelles règles s'appliquent aux fêtes foraines", "quelle interprétation doit être donnée à l'article L. 2121-1",
        "quelle responsabilité est engagée en cas d'accident", 'quels sont les recours dont dispose la commune', 'quels sont les moyens dont dispose la commune',
        "pendant combien de temps l'affichage doit-il être maintenu", 'quelles sanctions peuvent être prises par le maire',
      ];
      assert.deepEqual(droit.filter((request) => kindOf(request) !== 'droit'), []);
      const intention = ["s'il entend modifier le décret", 'si le Gouvernement est favorable à cette réforme', "s'il est prévu de réviser le barème"];
      assert.deepEqual(intention.filter((request) => kindOf(request) !== 'intention'), []);
    });

    it('takes « de bien vouloir ouvrir … » (an action asked of the minister, no cue) as mesures, and splits a conditional request off', () => {
      assert.deepEqual(extract(`${opening} Il lui demande de bien vouloir ouvrir rapidement les négociations avec les syndicats.`).map((sub) => sub.kind), ['mesures']);
      const conditional = extract(`${opening} Il lui demande s'il envisage de modifier le décret et, dans l'affirmative, dans quels délais.`);
      assert.deepEqual(conditional.map((sub) => sub.kind), ['intention', 'calendrier']);
      assert.deepEqual(extract(`${opening} Il lui demande si le maire est tenu de motiver sa décision ou si une simple mention suffit.`).length, 1);
    });

    it('uses only real sentences of the tune half (the held-out half stays unseen)', () => {
      for (const id of ['dev-034', 'dev-094', 'dev-124', 'dev-074', 'dev-016', 'dev-018', 'dev-052', 'dev-119']) assert.equal(halfOf(id), 'tune', id);
    });
  });

  describe('statuses that read legal and negative answers (§10.2)', () => {
    const question = "M. Jean Dupont attire l'attention de M. le ministre de l'intérieur sur les plages. Il lui demande si un maire peut interdire la baignade sur une plage par arrêté.";

    it('droit: the rule cited with a conclusion answers, without the question’s words; the rule alone is partial and says what is missing', () => {
      const answered = run(question, "Aux termes de l'article L. 2213-23 du code général des collectivités territoriales, le maire exerce la police des baignades. Il en résulte qu'il peut réglementer l'accès aux plages par un arrêté motivé.").subQuestions[0]!;
      assert.equal(answered.status, 'answered');
      const partial = run(question, "L'article L. 2213-23 du code général des collectivités territoriales confie au maire la police des baignades et des activités nautiques pratiquées à partir du rivage sur la plage.");
      assert.equal(partial.subQuestions[0]!.status, 'partial');
      const finding = partial.findings.find((f) => f.rule === 'sous-question-partielle');
      assert.match(finding!.message, /ne conclut pas sur le cas posé/u);
    });

    it('intention: an explicit refusal answers (« n’envisage pas », « il n’apparaît pas possible », « ne peut donc bénéficier »); a reflection in progress is partial', () => {
      const intention = `${opening} Il lui demande s'il entend étendre la prime aux sages-femmes libérales.`;
      for (const answer of [
        "Le Gouvernement n'envisage pas d'étendre la prime aux sages-femmes libérales.",
        "Il n'apparaît pas possible d'étendre la prime aux sages-femmes libérales, qui relèvent d'une convention distincte.",
        "Exerçant à titre libéral, une sage-femme ne peut donc bénéficier de cette prime, réservée aux agents hospitaliers.",
      ]) {
        const sub = run(intention, answer).subQuestions[0]!;
        assert.equal(sub.status, 'answered', answer);
      }
      const reflection = run(intention, 'Une réflexion est actuellement engagée sur la prime des sages-femmes libérales.');
      assert.equal(reflection.subQuestions[0]!.status, 'partial');
      assert.match(reflection.findings.find((f) => f.rule === 'sous-question-partielle')!.message, /réflexion en cours n’est ni un oui ni un non/u);
    });

    it('mesures: a named law, decree or programme answers; a request with no passage is unanswered (warning)', () => {
      const mesures = `${opening} Il lui demande quelles mesures elle entend prendre pour les hôpitaux de proximité.`;
      assert.equal(run(mesures, 'La loi du 24 juillet 2019 a créé un label pour les hôpitaux de proximité, financé par un programme de 500 millions d’euros.').subQuestions[0]!.status, 'answered');
      const none = run(mesures, 'La politique de la ville bénéficie de crédits renouvelés.');
      assert.equal(none.subQuestions[0]!.status, 'unanswered');
      assert.equal(none.findings.find((f) => f.rule.startsWith('sous-question'))!.severity, 'warning');
    });

    it('keeps the seed right: Q1 calendrier partial (no date for measure 19), Q2 articulation answered', () => {
      const analysis = analyze(seed);
      assert.deepEqual(analysis.subQuestions.map((sub) => `${sub.kind}/${sub.status}`), ['calendrier/partial', 'articulation/answered']);
      assert.match(analysis.findings.find((f) => f.rule === 'sous-question-partielle')!.message, /mesure 19/u);
    });
  });

  describe('referral answers (§10.3)', () => {
    const question = `${opening} Il lui demande quelles mesures elle entend prendre et si une commune peut financer un hôpital.`;
    const answer = "L'honorable parlementaire est invitée à se reporter à la réponse faite à la question écrite n° 4512 (JO Sénat du 3 mars 2011, page 512).";

    it('reports the referral once, names the question, and lists no misses nor an empty answer', () => {
      const analysis = run(question, answer);
      const referral = analysis.findings.filter((f) => f.rule === 'reponse-par-renvoi');
      assert.equal(referral.length, 1);
      assert.equal(referral[0]!.severity, 'information');
      assert.match(referral[0]!.message, /question n° 4512 \(Sénat\)/u);
      assert.deepEqual(analysis.findings.filter((f) => f.rule.startsWith('sous-question') || f.rule === 'reponse-vide'), []);
      assert.ok(analysis.subQuestions.length === 2 && analysis.subQuestions.every((sub) => sub.status === 'unanswered'));
    });

    it('reads the usual referral forms and the chamber, and not an answer that merely cites a law', () => {
      const referralOf = (text: string) => toJsonFileReport('x.qe.md', run(question, text)).referral;
      assert.deepEqual(referralOf("L'honorable parlementaire est prié de bien vouloir se reporter à la réponse apportée à la question écrite n° 12345 posée par M. Jean Martin et publiée au Journal officiel, Sénat, du 4 mai 2006 (page 1265)."), { numero: '12345', chambre: 'Sénat' });
      assert.deepEqual(referralOf("Il est renvoyé à la réponse faite à la question écrite n° 4 512 publiée au Journal officiel de l'Assemblée nationale du 3 mars 2011."), { numero: '4512', chambre: 'AN' });
      assert.deepEqual(referralOf('Voir la réponse aux questions écrites nos 4512 et 4513.'), { numero: '4512', chambre: null });
      assert.equal(referralOf('Le Gouvernement a répondu à cette préoccupation dans le cadre de la loi du 3 août 2018.'), null);
    });

    it('fills the JSON report’s referral field (null for an ordinary answer)', () => {
      assert.deepEqual(toJsonFileReport('x.qe.md', run(question, answer)).referral, { numero: '4512', chambre: 'Sénat' });
      assert.equal(toJsonFileReport('seed.md', analyze(seed)).referral, null);
    });
  });

  describe('reponse-vide on real answers', () => {
    const question = `${opening} Il lui demande si un hôpital de proximité peut conserver une maternité.`;

    it('stays silent on a short answer that answers (45 words) and on a referral', () => {
      const short = "Aux termes de l'article R. 6123-50 du code de la santé publique, une maternité doit réaliser au moins trois cents accouchements par an. Un hôpital de proximité peut donc conserver une maternité lorsque ce seuil est atteint ou qu'une dérogation est accordée par l'agence régionale de santé.";
      assert.ok(short.split(/\s+/u).length < 60);
      assert.deepEqual(rules(dossier(question, short), 'reponse-vide'), []);
      assert.deepEqual(rules(dossier(question, "M. le député est invité à se reporter à la réponse à la question écrite n° 1234."), 'reponse-vide'), []);
    });

    it('flags a short answer that answers no request, without claiming that it cannot answer', () => {
      const [finding] = rules(dossier(question, 'Le Gouvernement étudie la question avec attention.'), 'reponse-vide');
      assert.equal(finding!.severity, 'error');
      assert.match(finding!.message, /^La réponse ne compte que \d+ mots et n'apporte pas l'élément attendu pour la demande de la question : la compléter\.$/u);
      assert.doesNotMatch(finding!.message, /ne peut pas répondre/u);
    });
  });

  describe('never silent, and why', () => {
    it('says « aucune demande reconnue » on a question without a request, and names the question a rappel recalls', () => {
      const [none] = rules(dossier('Le député évoque la situation des hôpitaux.', 'Le Gouvernement partage cette préoccupation.'), 'aucune-demande-reconnue');
      assert.equal(none!.severity, 'information');
      assert.match(none!.message, /^Aucune demande reconnue dans la question/u);
      const rappel = "Mme Nicole Bonnefoy rappelle à Mme la ministre de l'agriculture les termes de sa question n° 07181 sous le titre « Baisse des moyens alloués à l'enseignement agricole », qui n'a pas obtenu de réponse à ce jour.";
      const [recall] = rules(dossier(rappel), 'aucune-demande-reconnue');
      assert.match(recall!.message, /^Rappel de la question n° 07181/u);
      assert.deepEqual(analyze(dossier(rappel)).subQuestions, []);
    });

    it('the hover of a sub-question quotes the evidence sentence and says why it counts', () => {
      const text = dossier(
        "M. Jean Dupont attire l'attention de M. le ministre de l'intérieur sur les plages. Il lui demande si un maire peut interdire la baignade sur une plage par arrêté.",
        "Aux termes de l'article L. 2213-23 du code général des collectivités territoriales, le maire exerce la police des baignades. Le maire peut donc interdire la baignade sur une plage par un arrêté motivé.",
      );
      const analysis = analyze(text);
      const markdown = hover(analysis, text.indexOf('si un maire') + 3, {} as never)!.markdown;
      assert.match(markdown, /Pourquoi ce passage compte : la règle citée et une conclusion sur le cas posé\./u);
      assert.match(markdown, /« Le maire peut donc interdire la baignade sur une plage par un arrêté motivé\. »/u);
    });
  });
});
