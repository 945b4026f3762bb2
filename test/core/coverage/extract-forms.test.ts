/**
 * Issue 10, item 1 and the extraction target: sub-questions of written questions in the forms they take from the
 * 8th to the 17th legislature, AN and Sénat — old plain-text forms (« M. X demande à M. le ministre … si … »,
 * « prie M. le ministre de bien vouloir lui faire connaître … », accents missing, `M` without a dot, names in
 * capitals), long questions with the request in the middle, closers after a connector (« Aussi, », « Dès
 * lors, », « Il lui demande donc / en conséquence / par conséquent »), several request sentences, « d'une part …
 * d'autre part », conditional and alternative requests (§10.4), direct questions, enumerations, rappels, and
 * context sentences that ask nothing. Every question is hand-made (none is taken from a labelled set); the
 * expected texts follow the span conventions of coverage-dev's labels (governor left out, a tail that asks
 * nothing left out, a conditional head kept).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../../../server/src/core/index';
import { extract } from './helpers';

const agri = "M. Paul Roche attire l'attention de M. le ministre de l'agriculture sur la situation des éleveurs ovins.";
const inter = "Mme Claire Lenoir attire l'attention de M. le ministre de l'intérieur sur les compétences des maires en matière de police.";
const sante = "M. Henri Vidal appelle l'attention de Mme la ministre des solidarités et de la santé sur les déserts médicaux.";

/** [question, expected text of each sub-question]. */
type Case = readonly [string, readonly string[]];

function check(cases: readonly Case[]): void {
  for (const [question, expected] of cases) {
    it(`« ${question.slice(0, 40)}…${question.slice(-60)} »`, () => {
      assert.deepEqual(extract(question).map((sub) => sub.text), expected);
    });
  }
}

describe('coverage extraction: forms of written questions (hand-made, 8th to 17th legislatures)', () => {
  describe('old plain-text forms', () => {
    check([
      ["M. Jean Martin demande à M. le ministre de l'agriculture si les exploitants agricoles retraités peuvent continuer à bénéficier de l'exonération de la taxe foncière.", ["si les exploitants agricoles retraités peuvent continuer à bénéficier de l'exonération de la taxe foncière"]],
      ["M Jacques Lenoir demande a M le ministre de l'interieur si un conseiller municipal peut etre designe comme delegue d'une commune voisine.", ["si un conseiller municipal peut etre designe comme delegue d'une commune voisine"]],
      ["M. Pierre Blanc prie M. le ministre de l'économie, des finances et du budget de bien vouloir lui faire connaître le montant des sommes perçues au titre de la taxe sur les salaires en 1987.", ['le montant des sommes perçues au titre de la taxe sur les salaires en 1987']],
      ["M. Henri DUVAL demande à M. le ministre de l'éducation nationale de bien vouloir lui indiquer quelles sont les conditions de recrutement des maîtres auxiliaires.", ['quelles sont les conditions de recrutement des maîtres auxiliaires']],
      ["M. René Petit expose à M. le ministre de l'intérieur qu'une commune rurale a acquis un terrain pour y aménager un cimetière. Il lui demande si la commune peut revendre une partie de ce terrain à un particulier.", ['si la commune peut revendre une partie de ce terrain à un particulier']],
      ["M. Louis GARNIER demande à M. le ministre des anciens combattants et victimes de guerre quelles mesures il compte prendre pour améliorer la situation des veuves de guerre.", ['quelles mesures il compte prendre pour améliorer la situation des veuves de guerre']],
      ["M. Yves Morin demande à M. le ministre de l'interieur de lui faire connaitre si les dispositions de l'article L. 122-9 du code des communes sont applicables aux syndicats intercommunaux.", ["si les dispositions de l'article L. 122-9 du code des communes sont applicables aux syndicats intercommunaux"]],
      ["M Georges Fabre attire l'attention de M le ministre de l'equipement, du logement et des transports sur la securite des passages a niveau. Il lui demande quelles mesures il entend prendre pour supprimer les passages a niveau les plus dangereux.", ['quelles mesures il entend prendre pour supprimer les passages a niveau les plus dangereux']],
      ["M. André Colin signale à M. le ministre de la santé que de nombreuses pharmacies rurales ferment faute de repreneur. Il lui demande s'il envisage d'assouplir les règles d'installation dans les communes de moins de 2 000 habitants.", ["s'il envisage d'assouplir les règles d'installation dans les communes de moins de 2 000 habitants"]],
      ["M. Marcel Roux demande à M. le Premier ministre s'il compte déposer avant la fin de la session un projet de loi relatif à la décentralisation.", ["s'il compte déposer avant la fin de la session un projet de loi relatif à la décentralisation"]],
      ["M. Jean-Pierre DUMONT-LEGRAND attire l'attention de M. le ministre du travail sur l'apprentissage. Il lui demande de bien vouloir lui préciser le nombre de contrats d'apprentissage signés en 1993.", ["le nombre de contrats d'apprentissage signés en 1993"]],
      ["M. Luc Perrin demande à Mme le ministre de l'environnement de bien vouloir lui faire savoir si une étude d'impact est exigée pour l'extension d'une carrière.", ["si une étude d'impact est exigée pour l'extension d'une carrière"]],
      ["M. Paul Girard appelle l'attention de M. le secretaire d'Etat aux anciens combattants sur la retraite du combattant. Il lui demande s'il ne lui parait pas souhaitable d'en reviser le montant.", ["s'il ne lui parait pas souhaitable d'en reviser le montant"]],
      ["M. Francis Leroy expose a M. le ministre de l'agriculture qu'un exploitant a cede son bail a son fils. Il lui demande si cette cession doit etre autorisee par le bailleur.", ['si cette cession doit etre autorisee par le bailleur']],
    ]);
  });

  describe('closers after a connector, and in several sentences', () => {
    check([
      [`${sante} Il lui demande en conséquence s'il envisage de relever le numerus clausus.`, ["s'il envisage de relever le numerus clausus"]],
      [`${sante} Il lui demande par conséquent quelles mesures elle compte prendre pour attirer les médecins dans les zones rurales.`, ['quelles mesures elle compte prendre pour attirer les médecins dans les zones rurales']],
      [`${sante} Il lui demande donc de bien vouloir lui préciser les intentions du Gouvernement en la matière.`, ['les intentions du Gouvernement en la matière']],
      ["Mme Anne Morel attire l'attention de Mme la ministre du travail sur les aides à domicile. Elle souhaiterait savoir si le Gouvernement entend revaloriser leurs salaires.", ['si le Gouvernement entend revaloriser leurs salaires']],
      ["Mme Anne Morel attire l'attention de Mme la ministre du travail sur les aides à domicile. Elle souhaiterait connaître les intentions du Gouvernement sur ce point.", ['les intentions du Gouvernement sur ce point']],
      [`${agri} Il l'interroge sur les mesures que le Gouvernement compte prendre pour indemniser les éleveurs victimes de la prédation.`, ['les mesures que le Gouvernement compte prendre pour indemniser les éleveurs victimes de la prédation']],
      [`${agri} Il l'interroge donc sur l'opportunité d'un plan de soutien à la filière.`, ["l'opportunité d'un plan de soutien à la filière"]],
      [`${agri} Aussi, il lui demande quelles mesures il entend prendre pour enrayer la baisse du cheptel.`, ['quelles mesures il entend prendre pour enrayer la baisse du cheptel']],
      [`${agri} Dès lors, il lui demande si une aide exceptionnelle peut être envisagée.`, ['si une aide exceptionnelle peut être envisagée']],
      [`${agri} Aussi souhaite-t-il connaître les intentions du Gouvernement en ce domaine.`, ['les intentions du Gouvernement en ce domaine']],
      [`${agri} Aussi l'interroge-t-il sur les moyens de mieux protéger les troupeaux.`, ['les moyens de mieux protéger les troupeaux']],
      [`${agri} Dans ces conditions, il souhaiterait savoir quel est le montant des indemnisations versées en 2021.`, ['quel est le montant des indemnisations versées en 2021']],
      [`${agri} C'est pourquoi il lui demande de lui indiquer le calendrier de mise en œuvre du plan loup.`, ['le calendrier de mise en œuvre du plan loup']],
      [`${agri} Il lui demande si le Gouvernement entend renforcer les tirs de prélèvement. Il souhaiterait également savoir quel est le nombre d'attaques recensées en 2019.`, ['si le Gouvernement entend renforcer les tirs de prélèvement', "quel est le nombre d'attaques recensées en 2019"]],
      [`${agri} Il lui demande quelles mesures il entend prendre pour soutenir les éleveurs. Par ailleurs, il souhaiterait connaître le montant des crédits consacrés au pastoralisme.`, ['quelles mesures il entend prendre pour soutenir les éleveurs', 'le montant des crédits consacrés au pastoralisme']],
      [`${agri} Il lui demande tout d'abord si les aides seront maintenues en 2023. Il lui demande ensuite quelles sont les conditions pour en bénéficier.`, ['si les aides seront maintenues en 2023', 'quelles sont les conditions pour en bénéficier']],
      [`${agri} Il lui demande s'il entend y remédier. Enfin, il lui demande de préciser le nombre d'exploitations concernées.`, ["s'il entend y remédier", "le nombre d'exploitations concernées"]],
      [`${agri} Il lui demande quel est le coût de ce dispositif. En outre, il aimerait connaître les raisons du retard pris dans le versement des aides.`, ['quel est le coût de ce dispositif', 'les raisons du retard pris dans le versement des aides']],
      ["M. Jean Roux attire l'attention de M. le ministre de l'économie sur la fiscalité des gîtes ruraux. M. le député souhaite donc savoir ce que l'État compte faire pour clarifier cette situation.", ["ce que l'État compte faire pour clarifier cette situation"]],
      ["Mme Sylvie Blanc attire l'attention de M. le ministre de l'intérieur sur les polices municipales. Mme la sénatrice souhaite connaître les intentions du Gouvernement quant à l'armement des agents.", ["les intentions du Gouvernement quant à l'armement des agents"]],
      ["M. Paul Roche attire l'attention de M. le ministre de l'agriculture sur la situation des éleveurs. Il attire également son attention sur les retards de paiement des aides et lui demande quelles mesures il envisage pour y remédier.", ['quelles mesures il envisage pour y remédier']],
      [`${inter} Il lui est donc demandé de préciser si le maire peut interdire la circulation des poids lourds dans le bourg.`, ['si le maire peut interdire la circulation des poids lourds dans le bourg']],
      [`${inter} Elle le remercie de bien vouloir lui indiquer si un arrêté municipal peut limiter les horaires d'ouverture des commerces.`, ["si un arrêté municipal peut limiter les horaires d'ouverture des commerces"]],
      [`${inter} Elle lui saurait gré de bien vouloir lui préciser quelles sanctions encourt un propriétaire qui ne débroussaille pas son terrain.`, ['quelles sanctions encourt un propriétaire qui ne débroussaille pas son terrain']],
      ["Selon une étude récente, les nitrates présents dans l'eau augmentent dans de nombreux départements. C'est pourquoi M. Jean Faure demande à M. le ministre de l'environnement de bien vouloir lui indiquer si des contrôles supplémentaires sont prévus.", ['si des contrôles supplémentaires sont prévus']],
    ]);
  });

  describe('the request in the middle of a long question', () => {
    check([
      [`${sante} Il lui demande s'il entend créer une quatrième année d'internat en médecine générale. En effet, de nombreux cantons n'ont plus de médecin. Les élus locaux multiplient les initiatives, sans succès. Les maisons de santé peinent à recruter.`, ["s'il entend créer une quatrième année d'internat en médecine générale"]],
      ["M. Jean Leroux demande à M. le ministre de l'intérieur si un conseiller municipal peut siéger dans deux syndicats intercommunaux. En effet, la loi du 5 avril 1884 n'a pas prévu cette situation, qui se rencontre fréquemment dans les petites communes.", ['si un conseiller municipal peut siéger dans deux syndicats intercommunaux']],
      [`${inter} Elle rappelle que l'article L. 2212-2 du code général des collectivités territoriales confie au maire la police municipale. Considérant que les communes rurales n'ont pas de policiers municipaux, elle lui demande si le maire peut confier ces missions à un garde champêtre intercommunal.`, ['si le maire peut confier ces missions à un garde champêtre intercommunal']],
      [`${inter} Il rappelle que la loi du 5 avril 1884 prévoyait déjà ces pouvoirs. Il rappelle également que les moyens des communes ont diminué. Il lui demande quelles sont les obligations du maire en cas de péril imminent.`, ['quelles sont les obligations du maire en cas de péril imminent']],
      [`${inter} Faut-il rappeler que les maires sont en première ligne ? Comment ne pas s'inquiéter de la multiplication des agressions ? Elle lui demande quelles mesures il entend prendre pour protéger les élus.`, ['quelles mesures il entend prendre pour protéger les élus']],
      [`${inter} Les associations d'élus demandent, d'une part, une meilleure protection juridique et, d'autre part, une revalorisation des indemnités. Elle lui demande quelle suite le Gouvernement entend donner à ces demandes.`, ['quelle suite le Gouvernement entend donner à ces demandes']],
      [`${inter} L'association des maires demande la création d'un statut de l'élu. Elle souhaite aussi la prise en charge des frais de garde. Elle lui demande s'il entend donner une suite favorable à ces propositions.`, ["s'il entend donner une suite favorable à ces propositions"]],
      [`${agri} Ces derniers se demandent si la filière a encore un avenir. Il lui demande quelles mesures il compte prendre pour la soutenir.`, ['quelles mesures il compte prendre pour la soutenir']],
      [`${agri} Le préfet a indiqué que les crédits seraient versés en juin et que les dossiers seraient instruits rapidement. Il lui demande si ce calendrier sera tenu.`, ['si ce calendrier sera tenu']],
    ]);
  });

  describe('splitting inside a request', () => {
    check([
      [`${inter} Elle lui demande, d'une part, si une commune peut fermer un chemin rural et, d'autre part, si elle est tenue d'en informer les riverains.`, ['si une commune peut fermer un chemin rural', "si elle est tenue d'en informer les riverains"]],
      [`${sante} Il lui demande de bien vouloir lui indiquer, d'une part, le nombre de médecins installés en 2017 et, d'autre part, les mesures envisagées pour favoriser leur installation.`, ['le nombre de médecins installés en 2017', 'les mesures envisagées pour favoriser leur installation']],
      [`${sante} Il lui demande si le Gouvernement entend réformer le numerus clausus et, si oui, dans quels délais.`, ['si le Gouvernement entend réformer le numerus clausus', 'si oui, dans quels délais']],
      [`${sante} Il lui demande si le Gouvernement entend réformer le numerus clausus. Si oui, dans quels délais ?`, ['si le Gouvernement entend réformer le numerus clausus', 'Si oui, dans quels délais']],
      [`${sante} Il lui demande si une aide à l'installation est prévue et, dans la négative, pour quelles raisons.`, ["si une aide à l'installation est prévue", 'dans la négative, pour quelles raisons']],
      [`${sante} Il lui demande si le Gouvernement envisage de créer un internat rural. Dans l'affirmative, selon quel calendrier ?`, ['si le Gouvernement envisage de créer un internat rural', "Dans l'affirmative, selon quel calendrier"]],
      [`${inter} Elle lui demande si le maire peut interdire la baignade ou s'il doit se borner à la signaler par un panneau.`, ["si le maire peut interdire la baignade ou s'il doit se borner à la signaler par un panneau"]],
      [`${inter} Elle lui demande si cette dépense relève du budget communal ou si elle doit être supportée par l'État.`, ["si cette dépense relève du budget communal ou si elle doit être supportée par l'État"]],
      [`${sante} Il lui demande quelles mesures elle entend prendre pour lutter contre les déserts médicaux et dans quels délais.`, ['quelles mesures elle entend prendre pour lutter contre les déserts médicaux', 'dans quels délais']],
      [`${sante} Il lui demande de bien vouloir lui faire connaître sa position sur cette question, les mesures qu'elle envisage de prendre, sous quelle forme et dans quels délais.`, ['sa position sur cette question', "les mesures qu'elle envisage de prendre", 'sous quelle forme', 'dans quels délais']],
      [`${sante} Il lui demande de lui préciser les raisons de ce retard et la date à laquelle le décret sera publié.`, ['les raisons de ce retard', 'la date à laquelle le décret sera publié']],
      [`${sante} Il lui demande quelle est sa position sur ce sujet et s'il entend modifier le zonage.`, ['quelle est sa position sur ce sujet', "s'il entend modifier le zonage"]],
      [`${sante} Il lui demande de bien vouloir lui indiquer les raisons pour lesquelles ce zonage n'a pas été révisé et les mesures qu'elle entend prendre pour y remédier.`, ["les raisons pour lesquelles ce zonage n'a pas été révisé", "les mesures qu'elle entend prendre pour y remédier"]],
      [`${sante} Il lui demande quel est le nombre de communes concernées ainsi que les mesures envisagées pour y remédier.`, ['quel est le nombre de communes concernées', 'les mesures envisagées pour y remédier']],
      [`${sante} Il lui demande, premièrement, si le zonage sera révisé, deuxièmement, quel sera le montant des aides.`, ['si le zonage sera révisé', 'quel sera le montant des aides']],
      [`${sante} Il lui demande : 1° si le zonage sera révisé ; 2° quel sera le montant des aides ; 3° quand les décrets seront publiés.`, ['si le zonage sera révisé', 'quel sera le montant des aides', 'quand les décrets seront publiés']],
      [`${sante} Il lui demande 1° si le zonage sera révisé, 2° quel sera le montant des aides.`, ['si le zonage sera révisé', 'quel sera le montant des aides']],
      [`${sante} Il lui demande :\n- si le zonage sera révisé ;\n- quel sera le montant des aides.`, ['si le zonage sera révisé', 'quel sera le montant des aides']],
    ]);
  });

  describe('what must not be split', () => {
    check([
      [`${agri} Il lui demande quelles mesures il entend prendre pour soutenir les agriculteurs et les éleveurs.`, ['quelles mesures il entend prendre pour soutenir les agriculteurs et les éleveurs']],
      ["Mme Julie Marin attire l'attention de Mme la secrétaire d'État chargée de l'égalité entre les femmes et les hommes et de la lutte contre les discriminations sur les violences conjugales. Elle lui demande quels moyens seront consacrés à la formation et à la sensibilisation des policiers.", ['quels moyens seront consacrés à la formation et à la sensibilisation des policiers']],
      [`${inter} Elle lui demande si une commune peut, afin de financer ces travaux, solliciter une subvention départementale.`, ['si une commune peut, afin de financer ces travaux, solliciter une subvention départementale']],
      [`${inter} Elle lui demande de bien vouloir lui indiquer s'il entend, compte tenu de ces éléments, revoir les règles applicables.`, ["s'il entend, compte tenu de ces éléments, revoir les règles applicables"]],
      [`${inter} Elle lui demande quelles mesures il entend prendre, afin de garantir la sécurité des élus.`, ['quelles mesures il entend prendre']],
      [`${inter} Elle lui demande s'il est envisagé de renforcer les effectifs, car les communes ne peuvent plus faire face.`, ["s'il est envisagé de renforcer les effectifs"]],
      [`${inter} Elle lui demande de lui indiquer, pour chacune des années 2011 à 2014, le nombre d'agressions commises contre des maires.`, ["pour chacune des années 2011 à 2014, le nombre d'agressions commises contre des maires"]],
      [`${inter} Elle lui demande si, dans l'hypothèse où le maire est absent, un adjoint peut signer un arrêté de péril.`, ["si, dans l'hypothèse où le maire est absent, un adjoint peut signer un arrêté de péril"]],
      [`${inter} Elle lui demande notamment si le maire peut faire appel à la gendarmerie.`, ['si le maire peut faire appel à la gendarmerie']],
      [`${inter} Elle lui demande quelle est la réglementation applicable aux fêtes et manifestations organisées sur la voie publique.`, ['quelle est la réglementation applicable aux fêtes et manifestations organisées sur la voie publique']],
      [`${inter} Elle lui demande si les communes et leurs groupements peuvent recruter des agents contractuels pour ces missions.`, ['si les communes et leurs groupements peuvent recruter des agents contractuels pour ces missions']],
      [`${inter} Elle lui demande quelle interprétation il convient de donner à l'article L. 2212-2 du code général des collectivités territoriales.`, ["quelle interprétation il convient de donner à l'article L. 2212-2 du code général des collectivités territoriales"]],
    ]);
  });

  describe('direct questions', () => {
    check([
      [`${sante} Quelles mesures le Gouvernement entend-il prendre pour lutter contre les déserts médicaux ?`, ['Quelles mesures le Gouvernement entend-il prendre pour lutter contre les déserts médicaux']],
      [`${sante} Le Gouvernement envisage-t-il de réguler l'installation des médecins ?`, ["Le Gouvernement envisage-t-il de réguler l'installation des médecins"]],
      [`${sante} Le Gouvernement envisage-t-il de réguler l'installation des médecins ? Dans quels délais une décision sera-t-elle prise ?`, ["Le Gouvernement envisage-t-il de réguler l'installation des médecins", 'Dans quels délais une décision sera-t-elle prise']],
      [`${inter} Un maire peut-il refuser l'inscription d'un enfant à la cantine scolaire ?`, ["Un maire peut-il refuser l'inscription d'un enfant à la cantine scolaire"]],
      [`${inter} Quelles sont les intentions du Gouvernement en la matière ?`, ['Quelles sont les intentions du Gouvernement en la matière']],
      [`${agri} Ne conviendrait-il pas de revoir le barème des indemnités ?`, ['Ne conviendrait-il pas de revoir le barème des indemnités']],
      [`${agri} Que compte faire le Gouvernement pour enrayer cette crise ?`, ['Que compte faire le Gouvernement pour enrayer cette crise']],
      [`${agri} Il lui demande si une aide d'urgence est prévue. Quel en sera le montant ?`, ["si une aide d'urgence est prévue", 'Quel en sera le montant']],
      [`${agri} Comment ne pas voir dans cette crise l'échec de la politique agricole commune ? Il lui demande quelles mesures il entend prendre.`, ['quelles mesures il entend prendre']],
    ]);
  });

  describe('the opening alone asks, and rappels ask nothing', () => {
    check([
      ["M. Paul Roche interroge Mme la ministre de la culture sur le calendrier de publication du décret relatif aux archives communales.", ['le calendrier de publication du décret relatif aux archives communales']],
      ["Mme Claire Lenoir attire l'attention de M. le ministre de l'intérieur sur les conséquences de la suppression de la taxe d'habitation pour les communes rurales.", ["les conséquences de la suppression de la taxe d'habitation pour les communes rurales"]],
      ["M. Paul Roche rappelle à M. le ministre de l'agriculture les termes de sa question écrite n° 12345 parue au Journal officiel du 4 mars 2013, qui n'a pas obtenu de réponse à ce jour.", []],
      ["M. Jean Louis Masson rappelle à M. le ministre de l'intérieur les termes de sa question n° 04512 posée le 7 mars 2013 sous le titre : « Pouvoirs de police du maire », qui n'a pas obtenu de réponse à ce jour.", []],
      ["M. Paul Roche rappelle à Mme la ministre de la santé sa question écrite n° 7181 du 12 janvier 2015, restée sans réponse à ce jour. Il lui en renouvelle donc les termes.", []],
    ]);
  });

  describe('other closing forms', () => {
    check([
      [`${agri} Il lui demande ce qu'il compte faire pour sauver la filière ovine.`, ["ce qu'il compte faire pour sauver la filière ovine"]],
      [`${agri} Il lui demande où en est la réforme des indemnités compensatoires.`, ['où en est la réforme des indemnités compensatoires']],
      [`${agri} Il lui demande pourquoi les aides ne sont toujours pas versées.`, ['pourquoi les aides ne sont toujours pas versées']],
      [`${agri} Il lui demande comment le Gouvernement entend garantir le revenu des éleveurs.`, ['comment le Gouvernement entend garantir le revenu des éleveurs']],
      [`${agri} Il lui demande combien d'exploitations ont cessé leur activité en 2015.`, ["combien d'exploitations ont cessé leur activité en 2015"]],
      [`${agri} Il souhaite connaître l'état d'avancement du plan de soutien annoncé en 2017.`, ["l'état d'avancement du plan de soutien annoncé en 2017"]],
      [`${agri} Il l'interroge également sur le devenir des abattoirs de proximité.`, ['le devenir des abattoirs de proximité']],
      [`${agri} Il lui demande s'il ne serait pas opportun d'étendre ce dispositif aux éleveurs caprins.`, ["s'il ne serait pas opportun d'étendre ce dispositif aux éleveurs caprins"]],
      [`${agri} Il demande aussi que lui soit communiqué le nombre d'éleveurs bénéficiaires.`, ["le nombre d'éleveurs bénéficiaires"]],
      [`${agri} Il lui demande de bien vouloir lui faire part de ses intentions sur ce dossier.`, ['ses intentions sur ce dossier']],
      [`${agri} Il est demandé au Gouvernement de préciser le calendrier de versement des aides.`, ['le calendrier de versement des aides']],
      [`${agri} Il lui demande quelle est la position du Gouvernement sur ce sujet.`, ['quelle est la position du Gouvernement sur ce sujet']],
      [`${agri} Elle souhaiterait obtenir des précisions sur les critères d'attribution de cette aide.`, ["les critères d'attribution de cette aide"]],
      [`${agri} Il voudrait savoir si ces aides sont cumulables avec la dotation jeunes agriculteurs.`, ['si ces aides sont cumulables avec la dotation jeunes agriculteurs']],
      [`${agri} Il aimerait connaître le sentiment du Gouvernement sur cette proposition.`, ['le sentiment du Gouvernement sur cette proposition']],
      [`${agri} IL LUI DEMANDE QUELLES MESURES IL ENTEND PRENDRE POUR SOUTENIR LA FILIERE.`, ['QUELLES MESURES IL ENTEND PRENDRE POUR SOUTENIR LA FILIERE']],
      [`${agri} Il lui demande, dans un souci d'équité, s'il entend aligner ces aides sur celles des bovins.`, ["dans un souci d'équité, s'il entend aligner ces aides sur celles des bovins"]],
      [`${agri} Il lui demande de bien vouloir lui indiquer quelles suites il entend donner aux propositions du rapport remis en 2019.`, ['quelles suites il entend donner aux propositions du rapport remis en 2019']],
    ]);
  });

  describe('forms found missing (fixed): numbered lists, incises before the request, impersonal and courteous closers', () => {
    const r = "M. Jean Morel attire l'attention de M. le ministre de l'intérieur sur les radars. Ils se multiplient sur les routes départementales.";
    check([
      [`${r} Il lui demande : 1. si une commune peut installer un radar ; 2. quel est le coût de ces équipements.`, ['si une commune peut installer un radar', 'quel est le coût de ces équipements']],
      [`${r} Il lui demande 1°) si une commune peut installer un radar ; 2°) quel est le coût de ces équipements.`, ['si une commune peut installer un radar', 'quel est le coût de ces équipements']],
      [`${r} Il lui demande :\n1. si une commune peut installer un radar ;\n2. quel est le coût de ces équipements ;\n3. qui en assure l'entretien.`, ['si une commune peut installer un radar', 'quel est le coût de ces équipements', "qui en assure l'entretien"]],
      [`${r} Il lui demande de bien vouloir lui préciser si ces équipements sont rentables ; il souhaite également savoir combien d'infractions ont été relevées.`, ['si ces équipements sont rentables', "combien d'infractions ont été relevées"]],
      [`${r} Il lui demande d'autre part, au cas où le dispositif serait étendu, quelles mesures il compte prendre pour informer les automobilistes.`, ['au cas où le dispositif serait étendu, quelles mesures il compte prendre pour informer les automobilistes']],
      [`${r} Il lui demande, dans un souci de transparence, quel est le produit des amendes.`, ['dans un souci de transparence, quel est le produit des amendes']],
      [`${r} Il lui demande, pour les communes de moins de 1 000 habitants, quelles aides sont prévues.`, ['pour les communes de moins de 1 000 habitants, quelles aides sont prévues']],
      [`${r} Il serait souhaitable de savoir si une commune peut installer un radar.`, ['si une commune peut installer un radar']],
      [`${r} Il conviendrait de savoir si une commune peut installer un radar.`, ['si une commune peut installer un radar']],
      [`${r} Il lui serait agréable de connaître le nombre de radars installés.`, ['le nombre de radars installés']],
      [`${r} Peut-il lui préciser le nombre de radars installés.`, ['le nombre de radars installés']],
      [`${r} Pourrait-il lui indiquer le nombre de radars installés ?`, ['le nombre de radars installés']],
      [`${r} Il souhaiterait qu'il puisse lui préciser le nombre de radars installés.`, ['le nombre de radars installés']],
      // The same forms in context state facts: no request.
      [`${r} Il est nécessaire de connaître le coût de ces équipements. Il lui demande s'il entend en limiter le nombre.`, ["s'il entend en limiter le nombre"]],
    ]);
  });

  describe('forms found missing (fixed): old openings with an incise, the object after the addressee, suggestions', () => {
    const h = "M. Jean Morel attire l'attention de M. le ministre de l'agriculture sur les haies. Elles disparaissent.";
    check([
      [`${h} Il serait heureux de connaître le nombre de kilomètres de haies plantés en 2011.`, ['le nombre de kilomètres de haies plantés en 2011']],
      [`${h} Il lui suggère de créer une aide à la plantation.`, ['de créer une aide à la plantation']],
      ["M. Jean Morel demande à M. le ministre de l'agriculture les conditions dans lesquelles une haie peut être arrachée.", ['les conditions dans lesquelles une haie peut être arrachée']],
      ["M. Jean Morel demande à M. le ministre de l'agriculture l'état d'avancement du plan haies.", ["l'état d'avancement du plan haies"]],
      ["M. Jean Morel, se référant à la réponse faite à sa question écrite n° 1234, demande à M. le ministre de l'agriculture si une aide est prévue.", ['si une aide est prévue']],
      ["M. Jean Morel, sénateur de la Somme, prie M. le ministre de l'agriculture de bien vouloir lui faire connaître le montant des aides versées en 2009.", ['le montant des aides versées en 2009']],
      // A ministry's title that names « l'État » is still the addressee.
      ["M. Jean Morel demande a M. le ministre de la fonction publique, de la reforme de l'Etat et de la decentralisation de bien vouloir lui preciser si un agent peut cumuler deux emplois a temps partiel.", ['si un agent peut cumuler deux emplois a temps partiel']],
      // A third party's proposal in the context is no request.
      [`${h} Elle propose de créer une aide. Il lui demande s'il entend donner suite à cette proposition.`, ["s'il entend donner suite à cette proposition"]],
    ]);
  });

  describe('every input without an answer gets its checklist (issue 10, item 1)', () => {
    const data = resolve(__dirname, '../../../data');
    const seed = readFileSync(resolve(data, 'seeds/qe-15-24191.md'), 'utf8');
    const record = JSON.parse(readFileSync(resolve(data, 'corpus/an-17/raw/QANR5L17QE4461.json'), 'utf8')) as { question: { textesReponse: unknown; textesQuestion: { texteQuestion: { texte: string } } } };
    const statuses = (text: string): string[] => analyze(text).subQuestions.map((sub) => sub.status);
    const fromRecord = (change: (copy: typeof record) => void): string => {
      const copy = structuredClone(record);
      change(copy);
      return JSON.stringify(copy);
    };
    const question = "M. Jean Morel attire l'attention de M. le ministre de l'agriculture sur les haies. Il lui demande si une aide est prévue et quel en sera le montant.";
    const cases: readonly (readonly [string, string, number])[] = [
      ['page export whose « Texte de la réponse » is empty', seed.replace(/(#### Texte de la réponse\s*\n)[\s\S]*?## Données clés/u, '$1\n## Données clés'), 2],
      ['page export without « Texte de la réponse » nor « Données clés »', seed.replace(/#### Texte de la réponse[\s\S]*$/u, ''), 2],
      ['open-data record whose answer text is empty', fromRecord((copy) => { copy.question.textesReponse = { texteReponse: { infoJO: {}, texte: '' } }; }), 3],
      ['open-data record whose answer is null', fromRecord((copy) => { copy.question.textesReponse = { texteReponse: null }; }), 3],
      ['open-data record whose question text carries HTML paragraphs', fromRecord((copy) => { const q = copy.question.textesQuestion.texteQuestion; q.texte = `<p>${q.texte.replace('. ', '.</p><p>')}</p>`; }), 3],
      ['dossier whose answer section is blank', `# Question\n\n${question}\n\n# Réponse\n\n   \n`, 2],
      ['dossier whose answer is a placeholder', `# Question\n\n${question}\n\n# Réponse\n\n[À rédiger]\n`, 2],
    ];
    for (const [label, text, count] of cases) {
      it(label, () => {
        const found = statuses(text);
        assert.equal(found.length, count);
        assert.ok(found.every((status) => status === 'unanswered'));
      });
    }
  });

  describe('forms found missing (fixed): requests in sentences of their own after the closer', () => {
    const h = "M. Jean Morel attire l'attention de M. le ministre de l'agriculture sur les haies. Elles disparaissent.";
    check([
      [`${h} Il lui demande de bien vouloir lui indiquer les points suivants. Premièrement, quel est le linéaire de haies arraché chaque année. Deuxièmement, quelles aides sont prévues.`, ['quel est le linéaire de haies arraché chaque année', 'quelles aides sont prévues']],
      [`${h} Il lui demande quelles mesures il compte prendre. Enfin, quel calendrier est envisagé.`, ['quelles mesures il compte prendre', 'quel calendrier est envisagé']],
      [`${h} Il lui demande si une aide est prévue. Et si oui, laquelle.`, ['si une aide est prévue', 'si oui, laquelle']],
      [`${h} Il lui demande, d'une part, quel est le linéaire arraché et, d'autre part, si une aide est prévue, et, enfin, quand elle sera versée.`, ['quel est le linéaire arraché', 'si une aide est prévue', 'quand elle sera versée']],
      // A question reported in the context after the request asks nothing of the minister.
      [`${h} Il lui demande si une aide est prévue. En effet, les agriculteurs s'interrogent : faut-il encore planter des haies ?`, ['si une aide est prévue']],
      [`${h} Il lui demande si une aide est prévue. Les exploitants se demandent : qui paiera l'entretien ?`, ['si une aide est prévue']],
      // Context after the request that opens with a connector states facts.
      [`${h} Il lui demande si une aide est prévue. Enfin, les communes ont réduit leurs crédits.`, ['si une aide est prévue']],
    ]);
  });

  describe('forms found missing (fixed): a full stop glued to the next sentence', () => {
    check([
      ["M. Jean Morel attire l'attention de M. le ministre de l'agriculture sur les haies.Il lui demande si une aide est prévue.Il souhaiterait également connaître le montant des crédits.", ['si une aide est prévue', 'le montant des crédits']],
      ["M. Jean Morel attire l'attention de M. le ministre de l'agriculture sur les haies.Elles disparaissent.Il lui demande si une aide est prévue.", ['si une aide est prévue']],
      // Initials, abbreviations and references are no sentence ends.
      ["M. Jean Morel attire l'attention de M. le ministre de l'agriculture sur l'art. L.126-3 du code rural. Il lui demande si M.Dupont, maire, peut interdire l'arrachage des haies.", ["si M.Dupont, maire, peut interdire l'arrachage des haies"]],
    ]);
  });

  describe('forms found missing (fixed): a third party\'s demand taken up by « elle demande »', () => {
    const a = "Mme Anne Roy attire l'attention de Mme la ministre des solidarités sur la situation des aidants familiaux.";
    check([
      [`${a} L'association des aidants réclame un statut. Elle demande aussi un congé rémunéré.`, ['la situation des aidants familiaux']],
      [`${a} L'association des aidants réclame un statut. Elle demande aussi un congé rémunéré. Mme Roy souhaiterait connaître la position du Gouvernement sur ces propositions.`, ['la position du Gouvernement sur ces propositions']],
      // The author's own wish after a third party's demand is a request.
      [`${a} L'association des aidants réclame un statut. Elle souhaite savoir si le Gouvernement entend y donner suite.`, ['si le Gouvernement entend y donner suite']],
      [`${a} L'association des aidants réclame un statut. Elle demande au Gouvernement de créer un congé rémunéré.`, ['de créer un congé rémunéré']],
    ]);
  });

  describe('forms found missing (fixed): an adverbial between the closer and what is asked', () => {
    const h = "M. Jean Morel attire l'attention de M. le ministre de l'agriculture sur les haies. Elles disparaissent.";
    check([
      [`${h} Il souhaiterait à ce sujet connaître le montant des aides.`, ['le montant des aides']],
      [`${h} Il lui demande à cet égard si une aide est prévue.`, ['si une aide est prévue']],
      [`${h} Il lui demande sur ce point s'il entend agir.`, ["s'il entend agir"]],
      [`${h} Il lui demande dans ces conditions s'il entend créer une aide.`, ["s'il entend créer une aide"]],
      [`${h} Il lui demande de bien vouloir, dans les meilleurs délais, lui indiquer le montant des aides.`, ['le montant des aides']],
    ]);
  });

  describe('forms found wrong (fixed): statements after « ; », a series of interrogatives with « quand » and « qui »', () => {
    const h = "M. Jean Morel attire l'attention de M. le ministre de l'agriculture sur les haies. Elles disparaissent.";
    check([
      [`${h} Il lui demande s'il entend agir ; les communes ne peuvent plus faire face à l'entretien des haies.`, ["s'il entend agir"]],
      [`${h} Il lui demande quelles mesures il entend prendre ; il lui rappelle que les communes ne peuvent plus faire face.`, ['quelles mesures il entend prendre']],
      [`${h} Il lui demande si une aide est prévue, quel sera son montant, quand elle sera versée et qui pourra en bénéficier.`, ['si une aide est prévue', 'quel sera son montant', 'quand elle sera versée', 'qui pourra en bénéficier']],
      // A list of objects after « ; » is a list of requests.
      [`${h} Il lui demande de lui indiquer le nombre de kilomètres de haies arrachés ; le montant des aides versées aux communes qui en ont replanté.`, ['le nombre de kilomètres de haies arrachés', 'le montant des aides versées aux communes qui en ont replanté']],
      // « si une commune, quand elle … , peut » : « quand » opens a subordinate clause.
      [`${h} Il lui demande si une commune, quand elle entretient des haies privées, peut en demander le remboursement.`, ['si une commune, quand elle entretient des haies privées, peut en demander le remboursement']],
    ]);
  });

  describe('guards of the new forms: context that looks like them asks nothing', () => {
    const h = "M. Jean Morel attire l'attention de M. le ministre de l'agriculture sur les haies.";
    check([
      [`${h} Il importe de connaître le coût de ces mesures. Il lui demande s'il entend agir.`, ["s'il entend agir"]],
      [`${h} Il lui demande s'il entend agir. En outre, si la commune refuse, le préfet peut se substituer à elle.`, ["s'il entend agir"]],
      [`${h} M. le maire de la commune, constatant ces arrachages, demande à M. le préfet d'intervenir. Il lui demande si le préfet peut agir.`, ['si le préfet peut agir']],
    ]);
  });

  describe('forms found wrong (fixed): the context after a list of requests', () => {
    const h = "M. Jean Morel attire l'attention de M. le ministre de l'agriculture sur les haies.";
    check([
      [`${h} Il lui demande :\n\n1° si une aide est prévue ;\n\n2° quel en sera le montant.\n\nCes questions se posent avec acuité dans les communes rurales.`, ['si une aide est prévue', 'quel en sera le montant']],
      [`${h} Il lui demande :\n- si une aide est prévue ;\n- quel en sera le montant.\nLes élus attendent une réponse rapide.`, ['si une aide est prévue', 'quel en sera le montant']],
      // Items without a marker, one a paragraph, are still read until a statement.
      [`${h} Il lui demande :\n\nsi une aide est prévue ;\n\nquel en sera le montant.\n\nLes communes rurales attendent une réponse.`, ['si une aide est prévue', 'quel en sera le montant']],
      // A conditional request after a marked item.
      [`${h} Il lui demande :\n\n1° si une aide est prévue. Dans l'affirmative, quel en sera le montant ;\n\n2° quand elle sera versée.`, ['si une aide est prévue', "Dans l'affirmative, quel en sera le montant", 'quand elle sera versée']],
    ]);
  });

  describe('forms found wrong (fixed): an incise between the interrogative and its subject', () => {
    const m = "Mme Julie Marin attire l'attention de Mme la ministre de la culture sur les archives communales.";
    check([
      [`${m} Elle lui demande quel est, à ce jour, le nombre de communes ayant numérisé leurs archives.`, ['quel est, à ce jour, le nombre de communes ayant numérisé leurs archives']],
      [`${m} Elle lui demande quels sont, selon elle, les moyens d'y parvenir.`, ["quels sont, selon elle, les moyens d'y parvenir"]],
      // A complete interrogative followed by another one is still two requests.
      [`${m} Elle lui demande quel est le nombre de communes concernées, quelles aides sont prévues et quand elles seront versées.`, ['quel est le nombre de communes concernées', 'quelles aides sont prévues', 'quand elles seront versées']],
    ]);
  });

  describe('forms found missing (fixed): openings without « attention » and nothing else asked', () => {
    check([
      ["M. Paul Roche s'inquiète auprès de M. le ministre de l'intérieur de la fermeture des gendarmeries rurales.", ['la fermeture des gendarmeries rurales']],
      ["M. Paul Roche s'étonne auprès de M. le ministre de l'intérieur du retard pris par la réforme des polices municipales.", ['du retard pris par la réforme des polices municipales']],
      ["M. Paul Roche fait part à M. le ministre de l'intérieur de son inquiétude quant à la fermeture des gendarmeries rurales.", ['la fermeture des gendarmeries rurales']],
      ["M. Paul Roche se fait l'écho auprès de M. le ministre de l'intérieur des inquiétudes des élus quant à la fermeture des gendarmeries rurales.", ['la fermeture des gendarmeries rurales']],
      ["M. Paul Roche s'interroge sur la fermeture des gendarmeries rurales.", ['la fermeture des gendarmeries rurales']],
      // With a request after it, the opening is context.
      ["M. Paul Roche s'inquiète auprès de M. le ministre de l'intérieur de la fermeture des gendarmeries rurales. Il lui demande quelles mesures il entend prendre.", ['quelles mesures il entend prendre']],
    ]);
  });

  describe('forms found wrong (fixed, ex13): a point announced then asked, the request after « qu\'il lui apporte des précisions », « d\'une part » after the governor', () => {
    check([
      // « le renseigner sur le point suivant. » announces the point; the request formula after the context asks.
      ["M. Paul Roche prie Mme la ministre de l'intérieur de bien vouloir le renseigner sur le point suivant. Selon le code de la santé publique, le propriétaire fait procéder aux travaux prescrits dans un délai de quatre ans. Il souhaiterait savoir si cette disposition s'applique aux installations réalisées avant la loi.", ["si cette disposition s'applique aux installations réalisées avant la loi"]],
      ["M. Paul Roche souhaite appeler l'attention de M. le ministre de l'agriculture sur la question suivante. Les haies plantées avant 2015 ne sont pas déclarées. Il lui demande si elles peuvent être arrachées sans autorisation.", ['si elles peuvent être arrachées sans autorisation']],
      // Counterparts: « les points suivants : » still opens a list; an announced point with nothing asked after it stays the request.
      ["M. Paul Roche prie M. le ministre de l'intérieur de bien vouloir lui préciser les points suivants :\n- si une aide est prévue ;\n- quel en sera le montant.", ['si une aide est prévue', 'quel en sera le montant']],
      ["M. Paul Roche prie M. le ministre de l'intérieur de bien vouloir lui préciser la date de publication du décret.", ['la date de publication du décret']],
      // « Il souhaiterait qu'elle lui apporte des précisions sur … » : the governor is left out, as with « qu'elle lui indique ».
      ["M. Paul Roche attire l'attention de Mme la ministre de l'intérieur sur les fosses septiques. Il souhaiterait qu'elle lui apporte des précisions sur la notion de non-conformité issue de cet article.", ['la notion de non-conformité issue de cet article']],
      ["M. Paul Roche attire l'attention de Mme la ministre de l'intérieur sur les fosses septiques. Il souhaiterait qu'elle lui indique la notion de non-conformité retenue.", ['la notion de non-conformité retenue']],
      // « de lui indiquer d'une part si …, et d'autre part si … » : « d'une part » is no part of the request's text.
      ["M. Paul Roche attire l'attention de M. le ministre de l'intérieur sur les chemins ruraux. Il lui demande de lui indiquer d'une part si une commune peut aliéner un chemin rural sans enquête publique, et d'autre part si elle est tenue d'en assurer l'entretien.", ['si une commune peut aliéner un chemin rural sans enquête publique', "si elle est tenue d'en assurer l'entretien"]],
    ]);
  });

  describe('forms found wrong (fixed, ex13): « il leur suggère », a suggestion and a request in one sentence, « et lui demande, par ailleurs, », « et lui précise que », « Peut-il également lui préciser », « Une question se pose : »', () => {
    const c = "M. Paul Roche attire l'attention de M. le ministre de l'intérieur sur les conseils municipaux.";
    check([
      // « il leur suggère » speaks to the services in the context: not a request to the minister.
      [`${c} Afin d'aider les services ministériels, il leur suggère de consulter l'exposé des motifs de la proposition de loi. Il lui demande si la règle est respectée.`, ['si la règle est respectée']],
      // Counterpart: « Il lui suggère de … » is still a course of action put to the minister.
      [`${c} Il lui suggère de créer un guide à l'usage des maires.`, ["de créer un guide à l'usage des maires"]],
      // The infinitive after « suggère de » is the action, not a governor; « et lui demande » opens a second request.
      [`${c} Il lui suggère de rappeler la règle aux préfets et lui demande s'il entend le faire.`, ['de rappeler la règle aux préfets', "s'il entend le faire"]],
      ["Mme Anne Morel attire l'attention de M. le ministre de l'intérieur sur les conseils municipaux. Elle lui demande si le maire peut refuser de communiquer le budget et lui demande, par ailleurs, quelle est la position du Gouvernement sur l'enregistrement des séances.", ['si le maire peut refuser de communiquer le budget', "quelle est la position du Gouvernement sur l'enregistrement des séances"]],
      // « …, et lui précise que … » states a fact: the request ends before it.
      [`${c} Il lui demande si le maire peut refuser de communiquer le budget, et lui précise que plusieurs communes sont concernées.`, ['si le maire peut refuser de communiquer le budget']],
      // Counterpart: « et lui demande de lui préciser » asks again.
      [`${c} Il lui demande si le maire peut refuser de communiquer le budget et lui demande de lui préciser les sanctions encourues.`, ['si le maire peut refuser de communiquer le budget', 'les sanctions encourues']],
      // « Peut-il également lui préciser … ? » is a courteous request like « Peut-il lui indiquer … ? ».
      [`${c} Peut-il lui indiquer si le maire peut refuser de communiquer le budget ? Peut-il également lui préciser quelles sont les sanctions encourues ?`, ['si le maire peut refuser de communiquer le budget', 'quelles sont les sanctions encourues']],
      // « Une question se pose : … ? » : the preamble is no part of the request.
      [`${c} Une question se pose : le maire peut-il refuser de communiquer le budget ? Il lui demande de bien vouloir lui apporter une réponse.`, ['le maire peut-il refuser de communiquer le budget']],
    ]);
  });

  describe('forms found wrong (fixed, ex13): an action asked right after the addressee, « si » the adverb of degree, a short condition between commas', () => {
    check([
      // « demande à M. le ministre de l'agriculture de rétablir … » : the title ends where the infinitive begins.
      ["M. Paul Roche demande à M. le ministre de l'agriculture de rétablir l'exonération de la taxe foncière au profit des exploitants agricoles retraités.", ["de rétablir l'exonération de la taxe foncière au profit des exploitants agricoles retraités"]],
      ["M Paul Roche demande a M le ministre de l'interieur d'autoriser les maires a fermer les chemins ruraux.", ["d'autoriser les maires a fermer les chemins ruraux"]],
      // Counterparts: a noun after « de » in the title (« victimes de guerre ») is no infinitive; « de bien vouloir » as before.
      ["M. Louis Garnier demande à M. le ministre des anciens combattants et victimes de guerre quelles mesures il compte prendre pour les veuves.", ['quelles mesures il compte prendre pour les veuves']],
      ["M. Paul Roche demande à M. le ministre de l'agriculture de bien vouloir lui indiquer le nombre d'exploitations concernées.", ["le nombre d'exploitations concernées"]],
      // « si subitement et si radicalement » : « si » before an adverb is no new request.
      ["M. Paul Roche attire l'attention de M. le ministre du budget sur la TVA dans la restauration. Il lui demande de bien vouloir lui expliquer les raisons pour lesquelles il a si subitement et si radicalement changé d'opinion sur la question.", ["les raisons pour lesquelles il a si subitement et si radicalement changé d'opinion sur la question"]],
      // « qui risque, s'il est maintenu, d'engendrer … » : the condition is an incise, the complement goes on.
      ["M. Paul Roche attire l'attention de M. le ministre de l'éducation nationale sur l'option facultative unique. En conséquence, il lui demande de renoncer à un projet qui risque, s'il est maintenu, d'engendrer de très vives réactions.", ["de renoncer à un projet qui risque, s'il est maintenu, d'engendrer de très vives réactions"]],
      // Counterparts: a series of requests after commas is still split.
      ["M. Paul Roche attire l'attention de M. le ministre de l'intérieur sur les communes. Il lui demande quelles aides sont prévues, s'il compte les augmenter, de quelle manière elles seront versées.", ['quelles aides sont prévues', "s'il compte les augmenter", 'de quelle manière elles seront versées']],
      ["M. Paul Roche attire l'attention de M. le ministre de l'intérieur sur les communes. Il lui demande si une commune peut vendre ce terrain, si elle doit consulter les domaines et si l'acquéreur peut le revendre.", ['si une commune peut vendre ce terrain', 'si elle doit consulter les domaines', "si l'acquéreur peut le revendre"]],
    ]);
  });

  describe('forms found wrong (fixed, ex13): tails that ask nothing after the request, a second closer after « ; »', () => {
    const o = "M. Paul Roche attire l'attention de M. le ministre de l'agriculture sur la filière ovine. Il lui demande s'il envisage de revaloriser l'aide ovine";
    const asked = ["s'il envisage de revaloriser l'aide ovine"];
    check([
      // A consequence, a motive, a third party's wish, a contrast, an absolute participle: the request ends before.
      [`${o}, ce qui permettrait aux éleveurs de maintenir leur activité.`, asked],
      [`${o}, au motif que les charges des éleveurs ont fortement augmenté.`, asked],
      [`${o}, faute de quoi de nombreuses exploitations disparaîtront.`, asked],
      [`${o}, sous peine de voir disparaître de nombreuses exploitations.`, asked],
      [`${o}, comme le demandent les organisations professionnelles depuis plusieurs années.`, asked],
      [`${o} et non de la diminuer comme le prévoit le projet de budget.`, asked],
      [`${o}, les éleveurs ne pouvant plus faire face à la hausse des charges.`, asked],
      [`${o}, les charges des éleveurs ayant fortement augmenté depuis 2019.`, asked],
      [`${o}, laquelle est indispensable au maintien de la filière.`, asked],
      [`${o}, étant entendu que les charges ont augmenté, et quelle est sa position sur le loup.`, [...asked, 'quelle est sa position sur le loup']],
      // An example (« tel que, par exemple, … ») ends the request too.
      ["M. Paul Roche demande à M. le ministre de l'intérieur si un maire peut refuser de répondre aux questions des conseillers sur un point de l'ordre du jour tel que, par exemple, la modification d'un plan.", ["si un maire peut refuser de répondre aux questions des conseillers sur un point de l'ordre du jour"]],
      // Counterparts: what belongs to the request stays (a relative without commas, a relative incise, « ce que »).
      [`${o} qui est indispensable au maintien de la filière.`, ["s'il envisage de revaloriser l'aide ovine qui est indispensable au maintien de la filière"]],
      ["M. Paul Roche attire l'attention de M. le ministre de l'agriculture sur la filière ovine. Il lui demande si les aides, lesquelles sont versées chaque année, peuvent être cumulées.", ['si les aides, lesquelles sont versées chaque année, peuvent être cumulées']],
      ["M. Paul Roche attire l'attention de M. le ministre de l'agriculture sur la filière ovine. Il lui demande si les aides peuvent être cumulées, comme le permet le règlement européen, avec l'aide à l'installation.", ['si les aides peuvent être cumulées, comme le permet le règlement européen, avec l\'aide à l\'installation']],
      // « ; plus généralement, il l'interroge sur … » : the second closer is left out of the text.
      ["M. Paul Roche attire l'attention de M. le ministre de l'agriculture sur la filière ovine, et lui demande s'il entend revaloriser l'aide ovine ; plus généralement, il l'interroge sur l'avenir de la filière.", ["s'il entend revaloriser l'aide ovine", "l'avenir de la filière"]],
    ]);
  });

  describe('forms found wrong (fixed, ex13): « et à tous les organismes » is no verb « a »', () => {
    const z = "Mme Anne Morel attire l'attention de M. le ministre de l'intérieur sur les communes associées.";
    check([
      // The folded text reads « à » as « a » (the verb): the original accent decides.
      [`${z} Elle lui demande s'il serait possible de rappeler à toutes les administrations et à tous les organismes parapublics la nécessité de ne pas oublier les communes associées.`, ["s'il serait possible de rappeler à toutes les administrations et à tous les organismes parapublics la nécessité de ne pas oublier les communes associées"]],
      // Counterpart: « si … et a … » with the verb still splits.
      [`${z} Elle lui demande si la commune associée conserve une mairie annexe et a droit à une dotation propre.`, ['si la commune associée conserve une mairie annexe', 'a droit à une dotation propre']],
      // « Il lui demande de même quel est … » : « de même » is a connector before what is asked.
      [`${z} Elle lui demande si la commune associée conserve une mairie annexe. Elle lui demande de même quel est le montant de sa dotation.`, ['si la commune associée conserve une mairie annexe', 'quel est le montant de sa dotation']],
      // « Elle souhaiterait être éclairée / renseignée sur … » : the governor is left out, like « être informée de ».
      [`${z} Elle souhaiterait être éclairée sur les intentions du Gouvernement.`, ['les intentions du Gouvernement']],
      [`${z} Elle souhaiterait être renseignée sur le nombre de communes associées.`, ['le nombre de communes associées']],
    ]);
  });

  describe('forms found wrong (fixed, ex13): « Il lui en renouvelle les termes » after a reminder that opens without « rappelle »', () => {
    check([
      ["M. Paul Roche s'étonne auprès de M. le ministre de l'intérieur de n'avoir pas obtenu de réponse à sa question écrite n° 12345 publiée au Journal officiel du 3 mars 2011. Il lui en renouvelle donc les termes.", []],
      ["M Paul Roche rappelle a M le ministre de l'interieur que sa question ecrite n° 12345 du 3 mars 1993 n'a toujours pas obtenu de reponse. Il lui en renouvelle les termes et souhaiterait obtenir une reponse dans les meilleurs delais.", []],
      // Counterpart: a reminder followed by the question asked again keeps it.
      ["M. Paul Roche rappelle à M. le ministre de l'intérieur que sa question n° 12345 est restée sans réponse. Il lui demande à nouveau si une commune peut vendre un chemin rural sans enquête publique.", ['si une commune peut vendre un chemin rural sans enquête publique']],
    ]);
  });

  describe('forms found wrong (fixed, ex13): a question that argues after the request', () => {
    const r = "M. Paul Roche attire l'attention de M. le ministre de l'agriculture sur la filière ovine. Il lui demande s'il entend revaloriser l'aide ovine.";
    check([
      [`${r} Comment, sinon, maintenir l'élevage dans nos montagnes ?`, ["s'il entend revaloriser l'aide ovine"]],
      [`${r} Comment accepter que l'aide baisse alors que les charges augmentent ?`, ["s'il entend revaloriser l'aide ovine"]],
      // Counterparts: a real question after the request still asks; a lone « Comment … ? » is the request.
      [`${r} Comment les éleveurs seront-ils indemnisés ?`, ["s'il entend revaloriser l'aide ovine", 'Comment les éleveurs seront-ils indemnisés']],
      ["M. Paul Roche attire l'attention de M. le ministre de l'agriculture sur la filière ovine. Comment maintenir l'élevage dans nos montagnes ?", ["Comment maintenir l'élevage dans nos montagnes"]],
    ]);
  });

  describe('kinds in a series (ex13): « selon quelles modalités et avec quel budget »', () => {
    it('« si le Gouvernement entend …, selon quelles modalités et avec quel budget » : intention, modalités, chiffres', () => {
      const question = "M. Paul Roche interroge M. le ministre de l'économie sur la hausse des prix de l'énergie pour les collectivités. Par conséquent, il souhaite savoir si le Gouvernement entend étendre le bouclier tarifaire aux communes, selon quelles modalités et avec quel budget.";
      assert.deepEqual(extract(question).map((sub) => [sub.text, sub.kind]), [
        ['si le Gouvernement entend étendre le bouclier tarifaire aux communes', 'intention'],
        ['selon quelles modalités', 'modalites'],
        ['avec quel budget', 'chiffres'],
      ]);
    });
  });
});
