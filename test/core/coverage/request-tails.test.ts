/**
 * Issue 10: where a request ends, and kinds of a few more general forms. Every question here is hand-made in
 * general administrative French (none is taken from a labelled set). A request ends before what only says why
 * (« car … », « sachant que … », « , compte tenu de … », a final « , afin de … », « , le gîte étant … », « et
 * lever ainsi … »): these words are no part of what the answer must address (QUESTION-FORMS.md §4.5, §9).
 */
import assert from 'node:assert/strict';
import { extract } from './helpers';

const o = (topic: string): string => `M. Paul Martin attire l'attention de M. le ministre de l'intérieur sur ${topic}.`;

type Case = readonly [string, readonly string[]];

function check(cases: readonly Case[]): void {
  for (const [question, expected] of cases) {
    it(`« ${question.replace(/^M\. Paul Martin attire l'attention de M\. le ministre de l'intérieur sur [^.]*\.\s*/u, '').slice(0, 100)}… »`, () => {
      assert.deepEqual(extract(question).map((sub) => `${sub.kind} | ${sub.text}`), expected);
    });
  }
}

describe('coverage: where a request ends, and more kinds (hand-made, §4, §9, §10)', () => {
  describe('a justification, a final purpose or a participle clause is not part of the request', () => {
    check([
      [`${o('la vidéoprotection')} Il lui demande quelles mesures il entend prendre pour aider les communes rurales, afin de garantir la sécurité des habitants.`, ['mesures | quelles mesures il entend prendre pour aider les communes rurales']],
      [`${o('les éoliennes')} Il lui demande si le Gouvernement envisage de modifier les règles d'implantation, car les riverains subissent des nuisances importantes.`, ["intention | si le Gouvernement envisage de modifier les règles d'implantation"]],
      [`${o('les éoliennes')} Il souhaite savoir quelles sont les règles applicables à l'implantation des éoliennes, sachant que la distance minimale est fixée à 500 mètres.`, ["droit | quelles sont les règles applicables à l'implantation des éoliennes"]],
      [`${o('les gîtes ruraux')} Il lui demande si ces revenus sont soumis à la cotisation foncière des entreprises, le gîte étant loué moins de trois mois par an.`, ['droit | si ces revenus sont soumis à la cotisation foncière des entreprises']],
      [`${o('les gîtes ruraux')} Il lui demande s'il entend simplifier le régime fiscal de ces hébergements et lever ainsi les incertitudes des propriétaires.`, ["intention | s'il entend simplifier le régime fiscal de ces hébergements"]],
      [`${o('les gîtes ruraux')} Il lui demande s'il entend réformer ce régime, compte tenu de la situation des propriétaires ruraux.`, ["intention | s'il entend réformer ce régime"]],
      [`${o('les gîtes ruraux')} Il lui demande s'il entend réformer ce régime, d'autant que les petites communes en dépendent.`, ["intention | s'il entend réformer ce régime"]],
    ]);
  });

  describe('what stays in the request', () => {
    check([
      // A purpose between commas, with the request going on after it, is an incise.
      [`${o('la vidéoprotection')} Il lui demande si une commune peut, afin de financer ce dispositif, solliciter une subvention de la région.`, ['droit | si une commune peut, afin de financer ce dispositif, solliciter une subvention de la région']],
      [`${o('les emprunts communaux')} Il lui demande si une commune est autorisée, pour financer ces travaux, à recourir à l'emprunt.`, ["droit | si une commune est autorisée, pour financer ces travaux, à recourir à l'emprunt"]],
      [`${o('les emprunts communaux')} Il lui demande s'il a l'intention, pour mettre fin à ces pratiques, de rappeler aux préfets leurs obligations.`, ["intention | s'il a l'intention, pour mettre fin à ces pratiques, de rappeler aux préfets leurs obligations"]],
      // A modal left without its verb before the purpose: the request goes on after it.
      [`${o('les travaux communaux')} Il lui demande si le conseil municipal peut, pour financer ces travaux, les confier à un tiers.`, ['droit | si le conseil municipal peut, pour financer ces travaux, les confier à un tiers']],
      // A purpose without a comma, and a condition of the law, belong to the request.
      [`${o('les gîtes ruraux')} Il lui demande s'il compte revoir ce seuil afin de tenir compte de l'inflation.`, ["intention | s'il compte revoir ce seuil afin de tenir compte de l'inflation"]],
      [`${o('les cimetières')} Il lui demande si le maire peut refuser l'inhumation d'une personne non domiciliée dans la commune dès lors qu'elle y possède une sépulture de famille.`, ["droit | si le maire peut refuser l'inhumation d'une personne non domiciliée dans la commune dès lors qu'elle y possède une sépulture de famille"]],
      // « car » inside a word (« caractère ») is no conjunction.
      [`${o('les redevances')} Il lui demande si une redevance qui n'a pas un caractère fiscal peut être fixée par le maire.`, ["droit | si une redevance qui n'a pas un caractère fiscal peut être fixée par le maire"]],
      // A list after « , pour » with nouns only is not a purpose clause.
      [`${o('les secrétaires de mairie')} Il lui demande quelles mesures sont prévues pour les communes de moins de 500 habitants, pour les syndicats et pour les groupements.`, ['mesures | quelles mesures sont prévues pour les communes de moins de 500 habitants, pour les syndicats et pour les groupements']],
    ]);
  });

  describe('splits', () => {
    check([
      [`${o('le commerce de proximité')} Il lui demande si une commune peut acquérir un fonds de commerce pour le confier en gérance à un exploitant privé, et sous quelles conditions.`, ['droit | si une commune peut acquérir un fonds de commerce pour le confier en gérance à un exploitant privé', 'droit | sous quelles conditions']],
    ]);
  });

  describe('kinds by who acts (§10.1)', () => {
    check([
      [`${o('les éleveurs ovins')} Quelles mesures le Gouvernement entend-il prendre pour protéger les troupeaux ? Les indemnisations seront-elles revalorisées ?`, ['mesures | Quelles mesures le Gouvernement entend-il prendre pour protéger les troupeaux', 'intention | Les indemnisations seront-elles revalorisées']],
      [`${o('les éleveurs ovins')} Il souhaite savoir si les éleveurs peuvent être indemnisés pour les pertes indirectes ou si seules les pertes directes sont prises en compte.`, ['droit | si les éleveurs peuvent être indemnisés pour les pertes indirectes ou si seules les pertes directes sont prises en compte']],
      [`${o('les cimetières')} Il lui demande si une commune peut reprendre une concession perpétuelle en état d'abandon, quelle procédure elle doit suivre et qui supporte le coût des travaux.`, ["droit | si une commune peut reprendre une concession perpétuelle en état d'abandon", 'droit | quelle procédure elle doit suivre', 'droit | qui supporte le coût des travaux']],
      [`${o('les transports scolaires')} Il l'interroge sur la responsabilité du maire en cas d'accident survenu à un élève à l'arrêt du car.`, ["droit | la responsabilité du maire en cas d'accident survenu à un élève à l'arrêt du car"]],
      [`${o('les enquêtes publiques')} Il lui demande pendant combien de temps l'affichage doit être maintenu.`, ["droit | pendant combien de temps l'affichage doit être maintenu"]],
      [`${o('la dotation forfaitaire')} Il lui demande si le Gouvernement entend revenir sur cette décision et, dans le cas contraire, quelles compensations il propose aux communes.`, ['intention | si le Gouvernement entend revenir sur cette décision', 'mesures | dans le cas contraire, quelles compensations il propose aux communes']],
      // A fact to confirm is asked like the « si » that follows « exact que ».
      [`${o("les aides à l'installation")} Il lui demande s'il est exact que ces aides seront réduites en 2025 et, dans l'affirmative, quelles raisons justifient cette décision.`, ["intention | s'il est exact que ces aides seront réduites en 2025", "modalites | dans l'affirmative, quelles raisons justifient cette décision"]],
      [`${o('les associations foncières')} Il lui demande s'il est exact qu'une association foncière peut être dissoute par le préfet.`, ["droit | s'il est exact qu'une association foncière peut être dissoute par le préfet"]],
    ]);
  });

  describe('a pronoun that cannot be the minister, a second governor, a connector before a direct question', () => {
    check([
      // « elle » asked of « M. le ministre » is the commune, whose rights are asked (droit), not the minister's will.
      ["M. Pierre Durand expose à M. le ministre de l'intérieur le cas d'une commune qui a acquis un terrain par voie de préemption et lui demande si elle peut le revendre à un particulier.", ['droit | si elle peut le revendre à un particulier']],
      // Asked of « Mme la ministre », « si elle peut » is the minister.
      ["Mme Anne Leroy attire l'attention de Mme la ministre de la santé sur les centres de santé. Elle lui demande si elle peut s'engager à maintenir les effectifs actuels.", ["intention | si elle peut s'engager à maintenir les effectifs actuels"]],
      ["Mme Anne Leroy attire l'attention de Mme la ministre du travail sur le compte épargne-temps. Elle lui demande si un agent qui change d'employeur conserve ses droits et s'il peut les utiliser dès son arrivée.", ["droit | si un agent qui change d'employeur conserve ses droits", "droit | s'il peut les utiliser dès son arrivée"]],
      ["Mme Anne Leroy attire l'attention de M. le ministre de la santé sur les infirmiers de bloc opératoire. Elle lui demande de préciser les textes applicables et de lui indiquer si une évolution est envisagée.", ['droit | les textes applicables', 'intention | si une évolution est envisagée']],
      ["Mme Anne Leroy attire l'attention de M. le ministre de la santé sur les infirmiers de bloc opératoire. Dès lors, que compte faire le Gouvernement pour rendre cette profession plus attractive ?", ['mesures | que compte faire le Gouvernement pour rendre cette profession plus attractive']],
      ["M. Pierre Durand demande à M. le ministre du travail quelle est la situation, au regard de la législation sur les accidents du travail, d'un salarié qui se blesse pendant sa pause.", ["droit | quelle est la situation, au regard de la législation sur les accidents du travail, d'un salarié qui se blesse pendant sa pause"]],
    ]);
  });

  describe('views, wishes and legal states', () => {
    check([
      // The adjective of the wish comes after « pas »: a wish (intention), not a view.
      [`${o('les polices municipales')} Il lui demande s'il ne lui paraît pas nécessaire de revoir la grille indiciaire de ces agents.`, ["intention | s'il ne lui paraît pas nécessaire de revoir la grille indiciaire de ces agents"]],
      [`${o('les polices municipales')} Il lui demande si cette pratique ne lui paraît pas contraire à l'esprit de la loi.`, ["position | si cette pratique ne lui paraît pas contraire à l'esprit de la loi"]],
      [`${o('les polices municipales')} Il lui demande quel est l'état du droit en la matière.`, ["droit | quel est l'état du droit en la matière"]],
      // The minister is never « tenu responsable »: the pronoun is the maire of the request before.
      [`${o('les polices municipales')} Il lui demande quelles sont les obligations du maire en matière d'équipement de ces agents et s'il peut être tenu responsable en cas d'accident.`, ["droit | quelles sont les obligations du maire en matière d'équipement de ces agents", "droit | s'il peut être tenu responsable en cas d'accident"]],
    ]);
  });

  describe('conditional requests in the negative, « notamment », procedures and roles (§9, §10.1, §10.4)', () => {
    const c = "Mme Julie Morel attire l'attention de M. le ministre de l'agriculture sur le statut des conjoints collaborateurs.";
    check([
      [`${c} Elle lui demande si le conjoint collaborateur peut percevoir des indemnités journalières en cas de maladie et, si tel n'est pas le cas, si le Gouvernement compte remédier à cette lacune.`, ['droit | si le conjoint collaborateur peut percevoir des indemnités journalières en cas de maladie', "intention | si tel n'est pas le cas, si le Gouvernement compte remédier à cette lacune"]],
      [`${c} Elle lui demande si ce statut est cumulable avec une activité salariée et, à défaut, quelles solutions s'offrent aux intéressés.`, ['droit | si ce statut est cumulable avec une activité salariée', "mesures | quelles solutions s'offrent aux intéressés"]],
      // « notamment » narrows the request; it adds no sub-question of its own.
      [`${c} Elle lui demande de préciser les intentions du Gouvernement à l'égard de ces personnes et, notamment, s'il envisage de leur ouvrir l'accès au statut de coexploitant.`, ["intention | les intentions du Gouvernement à l'égard de ces personnes et, notamment, s'il envisage de leur ouvrir l'accès au statut de coexploitant"]],
      ["Mme Julie Morel interroge M. le ministre de l'agriculture sur la possibilité, pour un exploitant retraité, de conserver une parcelle de subsistance.", ['droit | la possibilité, pour un exploitant retraité, de conserver une parcelle de subsistance']],
      [`${c} Elle lui demande quelle est la procédure de consultation des communes et quel est le rôle du conseil départemental de l'éducation nationale.`, ['droit | quelle est la procédure de consultation des communes', "droit | quel est le rôle du conseil départemental de l'éducation nationale"]],
    ]);
  });

  describe('old plain-text forms: a scope between commas, « lui rappeler », the content of a text announced', () => {
    check([
      ["M. Jean Dupont demande à M. le ministre de l'économie de lui faire connaître, pour chacune des années 1995 à 1998, le nombre de redevables de la taxe professionnelle dans le département.", ['chiffres | pour chacune des années 1995 à 1998, le nombre de redevables de la taxe professionnelle dans le département']],
      ["M. Jean Dupont demande à M. le ministre de l'économie de lui faire connaître, pour chacune des années 1995 à 1998, le nombre de redevables et pour quel montant total.", ['chiffres | pour chacune des années 1995 à 1998, le nombre de redevables', 'chiffres | pour quel montant total']],
      ["M. Jean Dupont attire l'attention de M. le ministre de l'intérieur sur les pouvoirs de police du maire en matière de baignade. Il lui demande de bien vouloir lui rappeler les règles applicables.", ['droit | les règles applicables']],
      // « rappeler à / aux » is an action asked of the minister, not a governor.
      ["M. Jean Dupont attire l'attention de M. le ministre de l'intérieur sur les baignades. Il lui demande de rappeler aux préfets les règles applicables.", ['mesures | de rappeler aux préfets les règles applicables']],
      ["M. Jean Dupont attire l'attention de M. le ministre de l'intérieur sur les baignades. Il lui demande de modifier la réglementation applicable aux lieux de baignade non aménagés.", ['mesures | de modifier la réglementation applicable aux lieux de baignade non aménagés']],
      ["M. Jean Dupont demande à M. le ministre de l'intérieur de bien vouloir lui indiquer s'il est exact qu'un projet de décret relatif aux polices municipales est en préparation, et, dans l'affirmative, quelles en seront les principales dispositions.", ["intention | s'il est exact qu'un projet de décret relatif aux polices municipales est en préparation", "mesures | dans l'affirmative, quelles en seront les principales dispositions"]],
    ]);
  });

  describe('more closers and governors: the Government asked to act, a polite « s’il peut lui apporter »', () => {
    const m = "M. Marc Petit attire l'attention de M. le ministre de l'économie sur les commerces de centre-ville.";
    check([
      [`${m} Il appelle le Gouvernement à agir rapidement en faveur de ces commerces.`, ['mesures | agir rapidement en faveur de ces commerces']],
      [`${m} Il invite le Gouvernement à prolonger ce dispositif au-delà de 2026.`, ['mesures | prolonger ce dispositif au-delà de 2026']],
      [`${m} Il lui demande s'il peut lui apporter des précisions sur le montant des crédits engagés.`, ['chiffres | le montant des crédits engagés']],
      [`${m} Il souhaite donc que le Gouvernement prenne position sur ce sujet.`, ['position | que le Gouvernement prenne position sur ce sujet']],
      [`${m} Il lui demande quelle est la doctrine de l'administration fiscale sur ce point.`, ["droit | quelle est la doctrine de l'administration fiscale sur ce point"]],
      [`${m} Il lui demande de confirmer cette interprétation.`, ['droit | cette interprétation']],
    ]);
  });

  describe('numbered items « 1) … 2) … » and a series « si A, si B et si C » (§4)', () => {
    const e = "M. Marc Petit attire l'attention de M. le ministre de l'intérieur sur les élections municipales.";
    check([
      [`${e} Il lui demande : 1) si un candidat peut se présenter dans deux communes ; 2) si la liste doit être complète ; 3) quelles sanctions sont encourues en cas de fraude.`, ['droit | si un candidat peut se présenter dans deux communes', 'droit | si la liste doit être complète', 'droit | quelles sanctions sont encourues en cas de fraude']],
      [`${e} Il lui demande 1) si un candidat peut se présenter dans deux communes 2) si la liste doit être complète.`, ['droit | si un candidat peut se présenter dans deux communes', 'droit | si la liste doit être complète']],
      [`${e} Il lui demande si un candidat peut se présenter dans deux communes, si la liste peut être incomplète et si le préfet peut refuser l'enregistrement d'une liste.`, ['droit | si un candidat peut se présenter dans deux communes', 'droit | si la liste peut être incomplète', "droit | si le préfet peut refuser l'enregistrement d'une liste"]],
      // Without « et si » to close a series, « , si … » after a request is its condition.
      [`${e} Il lui demande quelles mesures il entend prendre, si la participation continue de baisser.`, ['mesures | quelles mesures il entend prendre, si la participation continue de baisser']],
    ]);
  });

  describe('stages, data held, lessons drawn, and « sur quels critères » kept whole', () => {
    const u = "M. Luc Roy attire l'attention de M. le ministre de la culture sur les musées.";
    check([
      [`${u} Il lui demande à quel stade se trouve le projet de rénovation.`, ['calendrier | à quel stade se trouve le projet de rénovation']],
      [`${u} Il lui demande s'il dispose d'une évaluation du coût de la gratuité.`, ["chiffres | s'il dispose d'une évaluation du coût de la gratuité"]],
      [`${u} Il lui demande si ses services disposent de données sur la fréquentation des musées municipaux.`, ['chiffres | si ses services disposent de données sur la fréquentation des musées municipaux']],
      [`${u} Il lui demande quels enseignements il tire de cette expérimentation.`, ['position | quels enseignements il tire de cette expérimentation']],
      [`${u} Il lui demande sur quels critères les musées bénéficiaires ont été choisis.`, ['modalites | sur quels critères les musées bénéficiaires ont été choisis']],
    ]);
  });

  describe('a change only the Government can make, a reflection under way, the State services (§10.1)', () => {
    const r = "M. Luc Roy attire l'attention de M. le ministre de l'intérieur sur les petites communes.";
    check([
      [`${r} Il lui demande s'il est possible de prévoir une dérogation pour les communes de moins de 500 habitants.`, ["intention | s'il est possible de prévoir une dérogation pour les communes de moins de 500 habitants"]],
      [`${r} Il lui demande s'il est possible d'envisager une modification de la loi en ce sens.`, ["intention | s'il est possible d'envisager une modification de la loi en ce sens"]],
      // What is possible for a commune or a maire is the law.
      [`${r} Il lui demande s'il est possible pour une commune de déroger à cette règle.`, ["droit | s'il est possible pour une commune de déroger à cette règle"]],
      [`${r} Il lui demande s'il est possible à un maire de refuser l'inscription d'un enfant à la cantine.`, ["droit | s'il est possible à un maire de refuser l'inscription d'un enfant à la cantine"]],
      [`${r} Il lui demande s'il ne faudrait pas revoir les critères de répartition de la dotation.`, ["intention | s'il ne faudrait pas revoir les critères de répartition de la dotation"]],
      [`${r} Il lui demande si une réflexion est engagée sur ce sujet.`, ['intention | si une réflexion est engagée sur ce sujet']],
      [`${r} Il lui demande si les services de l'État ont été saisis de cette question.`, ["intention | si les services de l'État ont été saisis de cette question"]],
    ]);
  });

  describe('direct questions: who acts, a view asked, a wish in the negative, the law asked impersonally', () => {
    const h = "M. Luc Roy attire l'attention de M. le ministre de la santé sur les urgences.";
    check([
      [`${h} Qu'entend faire le Gouvernement pour désengorger les services d'urgence ?`, ["mesures | Qu'entend faire le Gouvernement pour désengorger les services d'urgence"]],
      [`${h} Que répond le Gouvernement aux soignants qui dénoncent leurs conditions de travail ?`, ['position | Que répond le Gouvernement aux soignants qui dénoncent leurs conditions de travail']],
      [`${h} Les médecins libéraux sont-ils tenus de participer à la permanence des soins ?`, ['droit | Les médecins libéraux sont-ils tenus de participer à la permanence des soins']],
      [`${h} Ces indemnités sont-elles imposables ?`, ['droit | Ces indemnités sont-elles imposables']],
      [`${h} Est-il normal qu'un patient attende douze heures sur un brancard ?`, ["position | Est-il normal qu'un patient attende douze heures sur un brancard"]],
      [`${h} Faut-il une autorisation de l'agence régionale de santé pour fermer un service la nuit ?`, ["droit | Faut-il une autorisation de l'agence régionale de santé pour fermer un service la nuit"]],
      [`${h} N'est-il pas temps de revoir le mode de financement des urgences ?`, ['intention | N\'est-il pas temps de revoir le mode de financement des urgences']],
      [`${h} Ne faut-il pas revoir le mode de financement des urgences ?`, ['intention | Ne faut-il pas revoir le mode de financement des urgences']],
    ]);
  });

  describe('a second object of « faire part de », legal remedies, an amount asked, « alors même que »', () => {
    const t = "M. Luc Roy attire l'attention de M. le ministre des transports sur les petites lignes.";
    check([
      [`${t} Il lui demande de bien vouloir lui faire part de sa position sur ce point et des mesures qu'il entend prendre.`, ['position | sa position sur ce point', "mesures | des mesures qu'il entend prendre"]],
      [`${t} Il lui demande de lui préciser les raisons de ce refus ainsi que les voies de recours ouvertes au demandeur.`, ['modalites | les raisons de ce refus', 'droit | les voies de recours ouvertes au demandeur']],
      [`${t} Il lui demande si l'État s'engage à financer la rénovation de la ligne et à quelle hauteur.`, ["intention | si l'État s'engage à financer la rénovation de la ligne", 'chiffres | à quelle hauteur']],
      [`${t} Il lui demande de bien vouloir lui indiquer les raisons qui ont conduit à cette décision, alors même que la fréquentation de la ligne est en hausse.`, ['modalites | les raisons qui ont conduit à cette décision']],
      // Nouns coordinated inside one object are not split.
      [`${t} Il lui demande de lui faire connaître les conclusions de l'audit et les décisions qui en découleront.`, ["mesures | les conclusions de l'audit et les décisions qui en découleront"]],
    ]);
  });

  describe('the named author with an object pronoun, other subjects, the addressee as object, an incise after the closer', () => {
    const t = "M. Luc Roy attire l'attention de M. le ministre des transports sur les petites lignes.";
    check([
      [`${t} M. Roy lui demande si la ligne sera maintenue.`, ['intention | si la ligne sera maintenue']],
      [`${t} Mme Roy l'interroge sur le calendrier des travaux.`, ['calendrier | le calendrier des travaux']],
      [`${t} M. Roy souhaiterait que le Gouvernement précise ses intentions.`, ['intention | ses intentions']],
      [`${t} Ce dernier souhaite savoir si la ligne sera maintenue.`, ['intention | si la ligne sera maintenue']],
      [`${t} L'élu souhaite savoir si la ligne sera maintenue.`, ['intention | si la ligne sera maintenue']],
      [`${t} Il remercie le ministre de lui indiquer si la ligne sera maintenue.`, ['intention | si la ligne sera maintenue']],
      [`${t} Il lui demande donc, compte tenu de ces éléments, s'il entend maintenir la ligne.`, ["intention | s'il entend maintenir la ligne"]],
      [`${t} Il lui demande, au vu de ces éléments, quelles mesures il entend prendre.`, ['mesures | quelles mesures il entend prendre']],
    ]);
  });

  describe('a request joined to the opening without a pronoun (« … sur X et souhaite connaître … »)', () => {
    check([
      ["M. Luc Roy attire l'attention de M. le ministre de l'intérieur sur l'application de la loi du 27 décembre 2019 et souhaite connaître le bilan qu'il en tire.", ["position | le bilan qu'il en tire"]],
      ["M. Luc Roy attire l'attention de M. le ministre de l'intérieur sur les gardes champêtres et demande si leur statut sera revu.", ['intention | si leur statut sera revu']],
      // A context sentence with « et demande » and a third party's noun object is no request formula.
      ["M. Luc Roy attire l'attention de M. le ministre de l'intérieur sur les gardes champêtres. Leur syndicat s'est mobilisé et demande une revalorisation. Il lui demande quelles mesures il entend prendre.", ['mesures | quelles mesures il entend prendre']],
    ]);
  });

  describe('rappels: the recalling formula in its variants, and a rappel that asks again itself (§10.3)', () => {
    check([
      ["M. Luc Roy attire à nouveau l'attention de M. le ministre de l'intérieur sur les termes de sa question écrite n° 1234 qui n'a pas obtenu de réponse à ce jour.", []],
      ["M. Luc Roy rappelle à M. le ministre de l'intérieur sa question écrite n° 12345 parue au Journal officiel du 3 mars 2022, qui n'a toujours pas obtenu de réponse. Il lui en renouvelle donc les termes.", []],
      // The question is asked again in full: its sub-questions are its own.
      ["M. Luc Roy rappelle à M. le ministre de l'intérieur que sa question n° 1234 est restée sans réponse. Il lui demande donc à nouveau s'il entend renforcer les effectifs de gendarmerie.", ["intention | s'il entend renforcer les effectifs de gendarmerie"]],
      ["M. Luc Roy s'étonne auprès de M. le ministre de l'intérieur de ne pas avoir obtenu de réponse à sa question écrite n° 1234. Il lui demande à nouveau quelles mesures il entend prendre pour renforcer les effectifs de gendarmerie.", ['mesures | quelles mesures il entend prendre pour renforcer les effectifs de gendarmerie']],
    ]);
  });

  describe('text as exports leave it: literal « \\r\\n » escapes, no-break spaces, capitals', () => {
    check([
      ["M. Luc Roy attire l'attention de M. le ministre de l'intérieur sur les élections.\\r\\nIl lui demande si un candidat peut se présenter dans deux communes\u00a0; si la liste doit être complète.", ['droit | si un candidat peut se présenter dans deux communes', 'droit | si la liste doit être complète']],
      ["M.\u00a0Luc Roy attire l'attention de M.\u00a0le ministre de l'intérieur sur les élections. Un candidat peut-il se présenter dans deux communes\u202f?", ['droit | Un candidat peut-il se présenter dans deux communes']],
      ["M. LUC ROY ATTIRE L'ATTENTION DE M. LE MINISTRE DE L'INTERIEUR SUR LES ELECTIONS. IL LUI DEMANDE SI UN CANDIDAT PEUT SE PRESENTER DANS DEUX COMMUNES.", ['droit | SI UN CANDIDAT PEUT SE PRESENTER DANS DEUX COMMUNES']],
    ]);
  });

  describe('rhetorical questions and « , tant … » ask nothing', () => {
    const p = "M. Luc Roy attire l'attention de M. le ministre de l'intérieur sur les communes pauvres.";
    check([
      [`${p} Il lui demande quelles mesures il entend prendre. Faut-il rappeler que ces communes sont les plus pauvres du département ?`, ['mesures | quelles mesures il entend prendre']],
      [`${p} Il lui demande quelles mesures il entend prendre. Est-il besoin de rappeler que l'égalité des territoires est un principe constitutionnel ?`, ['mesures | quelles mesures il entend prendre']],
      [`${p} Comment ne pas s'inquiéter de cette situation ? Elle lui demande quelles mesures il entend prendre.`, ['mesures | quelles mesures il entend prendre']],
      [`${p} Il lui demande quelles mesures il entend prendre, tant la situation devient préoccupante.`, ['mesures | quelles mesures il entend prendre']],
      // A real question after the closer is still a request, and « tant que » is a condition.
      [`${p} Il lui demande quelles mesures il entend prendre. Faut-il une délibération du conseil municipal pour solliciter cette aide ?`, ['mesures | quelles mesures il entend prendre', 'droit | Faut-il une délibération du conseil municipal pour solliciter cette aide']],
      [`${p} Il lui demande si la dotation sera maintenue, tant que la population ne dépasse pas 500 habitants.`, ['intention | si la dotation sera maintenue, tant que la population ne dépasse pas 500 habitants']],
    ]);
  });

  describe('the conditions the law sets, after a droit request (§10.1, §10.4)', () => {
    const a = "Mme Anne Leroy attire l'attention de Mme la ministre du travail sur l'apprentissage.";
    check([
      [`${a} Elle souhaiterait savoir si un apprenti peut être licencié pendant la période d'essai et quelles sont les conditions de rupture du contrat au-delà de cette période.`, ["droit | si un apprenti peut être licencié pendant la période d'essai", 'droit | quelles sont les conditions de rupture du contrat au-delà de cette période']],
      // After the Government's will, the conditions are how it will act.
      [`${a} Elle lui demande si elle entend revaloriser l'aide à l'embauche et selon quelles modalités.`, ["intention | si elle entend revaloriser l'aide à l'embauche", 'modalites | selon quelles modalités']],
    ]);
  });

  describe('what the law takes into account now, and « à partir de quelle date »', () => {
    const b = "M. Paul Blanc attire l'attention de Mme la ministre des solidarités sur l'allocation aux adultes handicapés.";
    check([
      // The present states the law; « seront bien pris en compte » asks the Government's will.
      [`${b} Il lui demande si les revenus du conjoint sont pris en compte dans le calcul de l'allocation.`, ["droit | si les revenus du conjoint sont pris en compte dans le calcul de l'allocation"]],
      [`${b} Il lui demande si les revenus du conjoint seront bien pris en compte dans la future réforme.`, ['intention | si les revenus du conjoint seront bien pris en compte dans la future réforme']],
      [`${b} Il lui demande à partir de quelle date la déconjugalisation est entrée en vigueur.`, ['calendrier | à partir de quelle date la déconjugalisation est entrée en vigueur']],
    ]);
  });

  describe('openings with « souhaite interroger », « souhaite appeler l’attention … et connaître »', () => {
    check([
      ["M. Paul Blanc souhaite interroger M. le ministre de l'intérieur sur les conditions d'inscription sur les listes électorales des étudiants.", ["droit | les conditions d'inscription sur les listes électorales des étudiants"]],
      ["M. Paul Blanc souhaite appeler l'attention de M. le ministre de l'intérieur sur la situation des agents territoriaux en disponibilité et connaître les droits à pension de ces agents.", ['droit | les droits à pension de ces agents']],
      ["Mme Anne Leroy souhaiterait alerter Mme la ministre de la santé sur la pénurie d'infirmiers scolaires et savoir si des recrutements sont prévus.", ['intention | si des recrutements sont prévus']],
    ]);
  });

  describe('a threshold the law sets is droit, a count is chiffres', () => {
    const f = "M. Paul Blanc attire l'attention de M. le ministre de la santé sur les pharmacies rurales.";
    check([
      [`${f} Il lui demande quel est le nombre minimal d'habitants requis pour l'ouverture d'une officine.`, ["droit | quel est le nombre minimal d'habitants requis pour l'ouverture d'une officine"]],
      [`${f} Il lui demande quelle est la distance minimale qui doit séparer deux officines.`, ['droit | quelle est la distance minimale qui doit séparer deux officines']],
      [`${f} Il lui demande quel est le nombre d'officines fermées en 2023.`, ["chiffres | quel est le nombre d'officines fermées en 2023"]],
    ]);
  });
});
