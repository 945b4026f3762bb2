/**
 * Issue 10: the request forms of QUESTION-FORMS.md written as a ministry drafter meets them, each with the
 * sub-questions and kinds expected. Every question here is hand-made (none is taken from a labelled set), so
 * that the cues are tested as general French forms: closers, inverted and direct questions, passive wishes,
 * conditional and alternative requests, coordinated nouns that stay one request, and kinds by who acts (§10.1).
 */
import assert from 'node:assert/strict';
import { classify } from '../../../server/src/core/coverage/kinds';
import { foldForSearch } from '../../../server/src/core/text/fold';
import { extract } from './helpers';

const o = (topic: string): string => `M. Paul Martin attire l'attention de M. le ministre de l'intérieur sur ${topic}.`;

/** [question, expected `kind | text` of each sub-question]. */
type Case = readonly [string, readonly string[]];

function check(cases: readonly Case[]): void {
  for (const [question, expected] of cases) {
    it(`« ${question.replace(/^M\.? Paul Martin attire l'attention de M\. le ministre de l'intérieur sur [^.]*\.\s*/u, '').slice(0, 90)}… »`, () => {
      assert.deepEqual(extract(question).map((sub) => `${sub.kind} | ${sub.text}`), expected);
    });
  }
}

describe('coverage: request forms of written questions (hand-made, §2-§4, §10)', () => {
  describe('closing formulas', () => {
    check([
      [`${o('les délais de délivrance des titres')} Elle l'interpelle sur les délais constatés dans les mairies rurales.`, ['mesures | les délais constatés dans les mairies rurales']],
      [`${o('les accidents de trajet')} Il souhaiterait que lui soient précisées les obligations de l'employeur en cas d'accident survenu pendant le télétravail.`, ["droit | les obligations de l'employeur en cas d'accident survenu pendant le télétravail"]],
      [`${o('le télétravail')} Il demande que lui soit communiqué le nombre de salariés concernés en 2024.`, ['chiffres | le nombre de salariés concernés en 2024']],
      [`${o('les éleveurs')} Il souhaiterait que le Gouvernement précise sa position sur ce dossier.`, ['position | sa position sur ce dossier']],
      [`${o('les éleveurs')} Il lui pose donc la question suivante : quelles mesures le Gouvernement entend-il prendre pour soutenir la filière ?`, ['mesures | quelles mesures le Gouvernement entend-il prendre pour soutenir la filière']],
      [`${o('les conseils municipaux')} La question est donc de savoir si le maire est tenu de convoquer le conseil à la demande du tiers de ses membres.`, ['droit | si le maire est tenu de convoquer le conseil à la demande du tiers de ses membres']],
      [`${o('les élus locaux')} Il souhaiterait avoir des précisions sur le régime indemnitaire applicable aux adjoints au maire.`, ['droit | le régime indemnitaire applicable aux adjoints au maire']],
      [`${o('les élus locaux')} Il le remercie de bien vouloir lui indiquer si un adjoint peut percevoir une indemnité supérieure à celle du maire.`, ['droit | si un adjoint peut percevoir une indemnité supérieure à celle du maire']],
      ["M Paul Martin expose a M. le ministre de l'interieur qu'un conseiller municipal a ete elu maire d'une commune voisine. Il lui demande si cet elu peut conserver son mandat de conseiller departemental.", ['droit | si cet elu peut conserver son mandat de conseiller departemental']],
      ["M. Paul Martin demande à M. le ministre de l'intérieur de bien vouloir lui préciser si un maire peut refuser de célébrer un mariage et quelles sanctions il encourt dans ce cas.", ['droit | si un maire peut refuser de célébrer un mariage', 'droit | quelles sanctions il encourt dans ce cas']],
    ]);
  });

  describe('direct and inverted questions: who acts decides', () => {
    check([
      [`${o('les cimetières')} Une commune peut-elle refuser l'inhumation d'une personne domiciliée hors de son territoire ?`, ["droit | Une commune peut-elle refuser l'inhumation d'une personne domiciliée hors de son territoire"]],
      [`${o('les déserts médicaux')} Le Gouvernement envisage-t-il de réguler l'installation des médecins ?`, ["intention | Le Gouvernement envisage-t-il de réguler l'installation des médecins"]],
      [`${o('les déserts médicaux')} Que compte faire le Gouvernement pour remédier à cette situation ?`, ['mesures | Que compte faire le Gouvernement pour remédier à cette situation']],
      [`${o('les élus locaux')} Est-il prévu d'étendre ce dispositif aux communes de moins de 1 000 habitants ?`, ["intention | Est-il prévu d'étendre ce dispositif aux communes de moins de 1 000 habitants"]],
      [`${o('les élus locaux')} Est-il possible pour un conseiller municipal de démissionner par courriel ?`, ['droit | Est-il possible pour un conseiller municipal de démissionner par courriel']],
    ]);
  });

  describe('kinds by who acts (§10.1)', () => {
    check([
      [`${o('les buralistes')} Il lui demande dans quelle mesure le Gouvernement entend soutenir cette profession.`, ['mesures | dans quelle mesure le Gouvernement entend soutenir cette profession']],
      [`${o('les communes rurales')} Il lui demande dans quelle mesure une commune peut déléguer cette compétence à un syndicat intercommunal.`, ['droit | dans quelle mesure une commune peut déléguer cette compétence à un syndicat intercommunal']],
      [`${o('les communes rurales')} Il souhaiterait savoir à quelles conditions un conseil municipal peut se réunir hors de la mairie.`, ['droit | à quelles conditions un conseil municipal peut se réunir hors de la mairie']],
      [`${o('la santé')} Il lui demande s'il est dans les intentions du Gouvernement de réguler l'installation des médecins.`, ["intention | s'il est dans les intentions du Gouvernement de réguler l'installation des médecins"]],
      [`${o('la santé')} Il lui demande si le décret d'application sera publié prochainement.`, ["intention | si le décret d'application sera publié prochainement"]],
      [`${o('la prime de fidélisation')} Il lui demande si cette prime pourrait être étendue aux infirmiers libéraux.`, ['intention | si cette prime pourrait être étendue aux infirmiers libéraux']],
      [`${o('la prime de fidélisation')} Il lui demande si un décret est en préparation.`, ['intention | si un décret est en préparation']],
      [`${o('la prime de fidélisation')} Il lui demande de bien vouloir lui indiquer la date à laquelle le décret sera publié.`, ['calendrier | la date à laquelle le décret sera publié']],
      [`${o('la prime de fidélisation')} Il lui demande de bien vouloir lui indiquer l'état d'avancement de ce projet.`, ["calendrier | l'état d'avancement de ce projet"]],
      [`${o('les communes rurales')} Il lui demande quelle est la procédure à suivre pour qu'une commune reprenne une concession abandonnée.`, ["droit | quelle est la procédure à suivre pour qu'une commune reprenne une concession abandonnée"]],
      [`${o('les éleveurs')} Il lui demande quelles aides l'État peut apporter aux éleveurs touchés.`, ["mesures | quelles aides l'État peut apporter aux éleveurs touchés"]],
      [`${o('les éleveurs')} Il lui demande de lui confirmer qu'un exploitant retraité peut conserver une parcelle de subsistance.`, ["droit | qu'un exploitant retraité peut conserver une parcelle de subsistance"]],
      [`${o("l'éolien en mer")} Elle lui demande quel bilan il tire de la première période d'appels d'offres.`, ["position | quel bilan il tire de la première période d'appels d'offres"]],
      ["M. Paul Martin interroge M. le ministre de l'intérieur sur la possibilité pour un maire de déléguer la célébration des mariages à un conseiller municipal.", ['droit | la possibilité pour un maire de déléguer la célébration des mariages à un conseiller municipal']],
      ["M. Paul Martin interroge M. le ministre de l'intérieur sur la nécessité de renforcer les effectifs de gendarmerie dans les zones rurales.", ['intention | la nécessité de renforcer les effectifs de gendarmerie dans les zones rurales']],
      [`${o('les élus locaux')} Il lui demande quels textes régissent la protection fonctionnelle des élus.`, ['droit | quels textes régissent la protection fonctionnelle des élus']],
      [`${o('les élus locaux')} Il lui demande si les indemnités des élus sont cumulables avec une pension de retraite et s'il envisage de modifier cette règle.`, ['droit | si les indemnités des élus sont cumulables avec une pension de retraite', "intention | s'il envisage de modifier cette règle"]],
    ]);
  });

  describe('conditional and alternative requests (§10.4)', () => {
    check([
      [`${o('les fêtes de village')} Il lui demande si une commune peut interdire la vente d'alcool sur la voie publique et, si oui, dans quelles conditions.`, ["droit | si une commune peut interdire la vente d'alcool sur la voie publique", 'droit | si oui, dans quelles conditions']],
      [`${o('les élus locaux')} Il lui demande si le Gouvernement compte prendre des mesures en ce sens et, dans l'affirmative, lesquelles.`, ['intention | si le Gouvernement compte prendre des mesures en ce sens', "mesures | dans l'affirmative, lesquelles"]],
      [`${o('la médecine scolaire')} Elle lui demande si elle entend revaloriser le statut des médecins scolaires ou si elle préfère confier cette mission aux communes.`, ['intention | si elle entend revaloriser le statut des médecins scolaires ou si elle préfère confier cette mission aux communes']],
    ]);
  });

  describe('splits and merges', () => {
    check([
      // « ainsi que » joining two subjects of one yes/no request is not a split.
      [`${o('les communes rurales')} Il lui demande si les communes ainsi que leurs groupements peuvent recruter des agents contractuels sur ces emplois.`, ['droit | si les communes ainsi que leurs groupements peuvent recruter des agents contractuels sur ces emplois']],
      [`${o('les éleveurs')} Il souhaiterait connaître la position du Gouvernement sur ce point et, plus largement, quelles mesures il entend prendre pour soutenir la filière.`, ['position | la position du Gouvernement sur ce point', 'mesures | quelles mesures il entend prendre pour soutenir la filière']],
      [`${o('la scolarisation précoce')} Elle souhaiterait connaître le nombre d'enfants concernés, les moyens qui seront consacrés à cette politique et le calendrier de sa mise en œuvre.`, ["chiffres | le nombre d'enfants concernés", 'mesures | les moyens qui seront consacrés à cette politique', 'calendrier | le calendrier de sa mise en œuvre']],
      // Coordinated adjectives under one noun: one request.
      [`${o('les élèves')} Elle lui demande quelles garanties juridiques, éthiques et pratiques le Gouvernement entend apporter aux familles.`, ['mesures | quelles garanties juridiques, éthiques et pratiques le Gouvernement entend apporter aux familles']],
    ]);
  });

  describe('more closers: polite, third person, addressee before « sur », numbered lists', () => {
    check([
      [`${o('les fêtes')} Il interroge donc le Gouvernement sur les moyens dont disposent les maires pour faire respecter la tranquillité publique.`, ['droit | les moyens dont disposent les maires pour faire respecter la tranquillité publique']],
      [`${o('les fêtes')} Il attend du Gouvernement qu'il précise les règles applicables aux buvettes temporaires.`, ['droit | les règles applicables aux buvettes temporaires']],
      [`${o('les fêtes')} Le parlementaire souhaite savoir si une buvette temporaire peut être ouverte sans autorisation.`, ['droit | si une buvette temporaire peut être ouverte sans autorisation']],
      [`${o('les fêtes')} Il se demande si une buvette temporaire peut être ouverte sans autorisation.`, ['droit | si une buvette temporaire peut être ouverte sans autorisation']],
      [`${o('les fêtes')} Il sollicite du Gouvernement des précisions sur le régime des buvettes temporaires.`, ['droit | le régime des buvettes temporaires']],
      [`${o('les chemins ruraux')} Il lui demande s'il peut lui confirmer que les communes peuvent déléguer cette compétence.`, ['droit | que les communes peuvent déléguer cette compétence']],
      ["M. Paul Martin appelle l'attention de M. le ministre de l'agriculture sur les éleveurs de montagne. Aussi aimerait-il connaître les mesures envisagées pour les soutenir.", ['mesures | les mesures envisagées pour les soutenir']],
      ["M. Paul Martin demande à M. le ministre de l'intérieur : 1° si un maire peut refuser la célébration d'un mariage ; 2° quelles sanctions il encourt ; 3° quels recours sont ouverts aux futurs époux.", ["droit | si un maire peut refuser la célébration d'un mariage", 'droit | quelles sanctions il encourt', 'droit | quels recours sont ouverts aux futurs époux']],
      ["M. Paul Martin expose à M. le ministre de l'intérieur qu'une commune souhaite vendre un chemin rural. Il lui demande, en premier lieu, si une enquête publique est obligatoire et, en second lieu, si les riverains disposent d'un droit de préemption.", ['droit | si une enquête publique est obligatoire', "droit | si les riverains disposent d'un droit de préemption"]],
      ["M Paul Martin appelle l'attention de M le ministre de l'agriculture sur la situation des eleveurs de montagne. Il lui demande quelles mesures il compte prendre pour leur venir en aide et s'il envisage une revalorisation de l'indemnite speciale montagne.", ['mesures | quelles mesures il compte prendre pour leur venir en aide', "intention | s'il envisage une revalorisation de l'indemnite speciale montagne"]],
    ]);
  });

  describe('more kinds: legal durations, powers, confirmations, the Government’s acts', () => {
    check([
      ["M. Paul Martin demande à M. le ministre de l'agriculture quelles sont les conditions d'attribution de l'aide à l'installation des jeunes agriculteurs.", ["droit | quelles sont les conditions d'attribution de l'aide à l'installation des jeunes agriculteurs"]],
      [`${o('les permis')} Il lui demande quel est le délai dont dispose le maire pour répondre à une demande de permis de construire.`, ['droit | quel est le délai dont dispose le maire pour répondre à une demande de permis de construire']],
      // The means the ministry has (« dont dispose son ministère ») are the Government's measures, not the law's means for someone.
      [`${o('les chapelles')} Il lui demande de bien vouloir lui indiquer les moyens dont dispose son ministère pour aider les communes à restaurer ces édifices.`, ['mesures | les moyens dont dispose son ministère pour aider les communes à restaurer ces édifices']],
      [`${o('les juges')} Elle lui demande de bien vouloir préciser la position de la chancellerie sur ce problème.`, ['position | la position de la chancellerie sur ce problème']],
      [`${o('la taxe')} Il lui demande la position ministérielle face à une telle situation.`, ['position | la position ministérielle face à une telle situation']],
      [`${o('les débits de boissons')} Il lui demande quelle est l'autorité en charge de statuer sur les demandes de transfert.`, ["droit | quelle est l'autorité en charge de statuer sur les demandes de transfert"]],
      [`${o('les permis')} Il lui demande dans quel délai le maire doit statuer sur une demande de permis de construire.`, ['droit | dans quel délai le maire doit statuer sur une demande de permis de construire']],
      [`${o('les nuisances')} Il lui demande quelles mesures un maire peut prendre pour faire cesser ces nuisances.`, ['droit | quelles mesures un maire peut prendre pour faire cesser ces nuisances']],
      [`${o('les nuisances')} Il lui demande quels pouvoirs de police le maire détient en la matière.`, ['droit | quels pouvoirs de police le maire détient en la matière']],
      ["M. Paul Martin expose à M. le ministre de l'économie qu'un contribuable a acquis un immeuble en 1990. Il lui demande de lui confirmer que la plus-value est exonérée.", ['droit | que la plus-value est exonérée']],
      [`${o('les chemins ruraux')} Il lui demande si des crédits seront débloqués pour accompagner les communes.`, ['intention | si des crédits seront débloqués pour accompagner les communes']],
      [`${o('les chemins ruraux')} Il lui demande s'il serait possible de prévoir une dérogation pour les communes de montagne.`, ['intention | s\'il serait possible de prévoir une dérogation pour les communes de montagne']],
      ["Mme Claire Roux appelle l'attention de Mme la ministre des solidarités sur les difficultés rencontrées par les aidants familiaux pour faire valoir leurs droits à la retraite.", ['mesures | les difficultés rencontrées par les aidants familiaux pour faire valoir leurs droits à la retraite']],
    ]);
  });

  describe('no false split on a subordinate clause after a comma', () => {
    check([
      [`${o('les fêtes')} Il lui demande si une commune, quand elle organise une fête, peut exiger une participation des commerçants.`, ['droit | si une commune, quand elle organise une fête, peut exiger une participation des commerçants']],
      [`${o('les fêtes')} Il lui demande si, dans les communes où la population double en été, le maire peut recruter des agents saisonniers.`, ['droit | si, dans les communes où la population double en été, le maire peut recruter des agents saisonniers']],
      [`${o('la pénurie de médicaments')} Il lui demande quelles sont les raisons de ces ruptures, quelles mesures il entend prendre et dans quels délais.`, ['modalites | quelles sont les raisons de ces ruptures', 'mesures | quelles mesures il entend prendre', 'calendrier | dans quels délais']],
    ]);
  });

  describe('conditional sentences, long addressees, requests that ask nothing of their own', () => {
    const e = "M. Paul Martin appelle l'attention de Mme la ministre de la transition écologique sur les éoliennes.";
    check([
      [`${o('les fêtes')} Il lui demande si le Gouvernement entend modifier ce décret. Dans l'affirmative, selon quel calendrier.`, ['intention | si le Gouvernement entend modifier ce décret', "calendrier | Dans l'affirmative, selon quel calendrier"]],
      [`${o('les fêtes')} Il lui demande si une commune peut interdire les feux d'artifice. Si oui, sur quel fondement juridique.`, ["droit | si une commune peut interdire les feux d'artifice", 'droit | Si oui, sur quel fondement juridique']],
      [`${o('les fêtes')} Il lui demande s'il entend modifier ce décret. Dans le cas contraire, il souhaiterait en connaître les raisons.`, ["intention | s'il entend modifier ce décret", 'modalites | les raisons']],
      ["M. Paul Martin demande à Mme la ministre de la santé et de la prévention les mesures qu'elle entend prendre pour lutter contre les déserts médicaux.", ["mesures | les mesures qu'elle entend prendre pour lutter contre les déserts médicaux"]],
      ["M. Paul Martin demande à M. le ministre de la transition écologique et de la cohésion des territoires sa position sur ce projet.", ['position | sa position sur ce projet']],
      [`${e} Il lui demande : si les maires seront consultés ; si leur avis sera contraignant ; et quand le décret sera publié.`, ['intention | si les maires seront consultés', 'droit | si leur avis sera contraignant', 'calendrier | quand le décret sera publié']],
      [`${o('les caméras piétons')} Elle demande si les images peuvent être conservées au-delà de trente jours et qui peut y avoir accès.`, ['droit | si les images peuvent être conservées au-delà de trente jours', 'droit | qui peut y avoir accès']],
      [`${o('la vidéoprotection')} Elle souhaite obtenir des éclaircissements à ce sujet.`, ['mesures | la vidéoprotection']],
      [`${o('la vidéoprotection')} Elle lui demande de lui préciser si, en l'état actuel du droit, une commune est autorisée à visionner les images en temps réel, et, dans la négative, s'il envisage de faire évoluer la réglementation.`, ["droit | si, en l'état actuel du droit, une commune est autorisée à visionner les images en temps réel", "intention | dans la négative, s'il envisage de faire évoluer la réglementation"]],
    ]);
  });

  describe('third parties in the context, views, lists and legal texts', () => {
    const l = "M. Jean Roche attire l'attention de M. le ministre de l'agriculture sur la filière laitière.";
    check([
      // A third party's demand (« Elle demande … ») before the author's own closer is context.
      [`${l} La fédération nationale alerte sur la baisse des prix. Elle demande une revalorisation du prix du lait. Il lui demande quelles mesures il entend prendre.`, ['mesures | quelles mesures il entend prendre']],
      [`${l} Les producteurs demandent, d'une part, un prix plancher et, d'autre part, une aide d'urgence. Il lui demande quelle suite il entend donner à ces demandes.`, ['mesures | quelle suite il entend donner à ces demandes']],
      // The final purpose set off by a comma says why, it asks nothing: the request ends before it, §4.5.
      [`${l} Il lui demande s'il compte réunir les acteurs de la filière, et notamment les industriels, afin d'aboutir à un accord.`, ["intention | s'il compte réunir les acteurs de la filière, et notamment les industriels"]],
      [`${l} Il lui demande de bien vouloir lui indiquer le montant de l'aide versée en 2023 ainsi que le nombre d'exploitations bénéficiaires.`, ["chiffres | le montant de l'aide versée en 2023", "chiffres | le nombre d'exploitations bénéficiaires"]],
      [`${l} Il lui demande si les aides versées par la région sont cumulables avec celles de l'État et, dans l'affirmative, dans quelle limite.`, ["droit | si les aides versées par la région sont cumulables avec celles de l'État", "droit | dans l'affirmative, dans quelle limite"]],
      [`${l} Il lui demande quelles dispositions sont applicables aux exploitations en difficulté.`, ['droit | quelles dispositions sont applicables aux exploitations en difficulté']],
      [`${l} Il souhaiterait savoir de quelle manière l'État compte accompagner les éleveurs, et dans quels délais.`, ["mesures | de quelle manière l'État compte accompagner les éleveurs", 'calendrier | dans quels délais']],
      [`${l} Il lui demande si la loi permet à un éleveur de vendre directement son lait aux consommateurs.`, ['droit | si la loi permet à un éleveur de vendre directement son lait aux consommateurs']],
      [`${l} Il lui demande si le Gouvernement soutiendra cette proposition lors du prochain conseil européen.`, ['intention | si le Gouvernement soutiendra cette proposition lors du prochain conseil européen']],
      [`${l} Il lui demande s'il juge cette situation acceptable.`, ["position | s'il juge cette situation acceptable"]],
      [`${l} Il lui demande ce qu'il pense de cette proposition.`, ["position | ce qu'il pense de cette proposition"]],
      [`${l} Il lui demande de bien vouloir lui communiquer la liste des départements concernés.`, ['chiffres | la liste des départements concernés']],
      [`${l} Il lui demande si cette vente est régulière ou si, au contraire, elle encourt l'annulation.`, ["droit | si cette vente est régulière ou si, au contraire, elle encourt l'annulation"]],
    ]);
  });

  describe('openings that are the request (§1), in their usual variants', () => {
    check([
      ["M. Jean Roche attire à nouveau l'attention de M. le ministre de l'intérieur sur les difficultés des secrétaires de mairie.", ['mesures | les difficultés des secrétaires de mairie']],
      ["M. Jean Roche appelle une nouvelle fois l'attention de M. le ministre de l'intérieur sur la situation des secrétaires de mairie.", ['mesures | la situation des secrétaires de mairie']],
      ["Mme Claire Roux souhaite appeler l'attention de M. le ministre de l'intérieur sur le statut des secrétaires de mairie.", ['mesures | le statut des secrétaires de mairie']],
      ["M. Jean Roche interroge M. le ministre de l'intérieur sur le point de savoir si un secrétaire de mairie peut exercer dans deux communes.", ['droit | si un secrétaire de mairie peut exercer dans deux communes']],
      ["M. Jean Roche interroge M. le ministre de l'intérieur afin de savoir si un secrétaire de mairie peut exercer dans deux communes.", ['droit | si un secrétaire de mairie peut exercer dans deux communes']],
      ["Mme Claire Roux souhaite connaître les intentions du Gouvernement quant à la revalorisation du statut des secrétaires de mairie.", ['intention | les intentions du Gouvernement quant à la revalorisation du statut des secrétaires de mairie']],
      ["M. Jean Roche demande au ministre de l'intérieur si un secrétaire de mairie peut exercer dans deux communes.", ['droit | si un secrétaire de mairie peut exercer dans deux communes']],
      ["M. Jean Roche demande à la ministre déléguée chargée des collectivités territoriales quelles mesures elle entend prendre pour revaloriser le métier de secrétaire de mairie.", ['mesures | quelles mesures elle entend prendre pour revaloriser le métier de secrétaire de mairie']],
    ]);
  });

  describe('lists after « Il lui demande : », and courtesy that asks nothing', () => {
    const m = "M. Jean Roche attire l'attention de M. le ministre de l'intérieur sur les secrétaires de mairie.";
    check([
      [`${m} Il lui demande :\n- si un secrétaire de mairie peut exercer dans deux communes ;\n- quelles mesures il entend prendre pour revaloriser ce métier ;\n- dans quels délais le décret sera publié.`, ['droit | si un secrétaire de mairie peut exercer dans deux communes', 'mesures | quelles mesures il entend prendre pour revaloriser ce métier', 'calendrier | dans quels délais le décret sera publié']],
      [`${m} Il lui demande :\n1. si un secrétaire de mairie peut exercer dans deux communes ;\n2. quelles mesures il entend prendre pour revaloriser ce métier.`, ['droit | si un secrétaire de mairie peut exercer dans deux communes', 'mesures | quelles mesures il entend prendre pour revaloriser ce métier']],
      [`${m} Il lui demande quelles mesures il entend prendre. Il le remercie par avance de sa réponse.`, ['mesures | quelles mesures il entend prendre']],
      [`${m} Il lui demande quelles mesures il entend prendre, et le remercie de sa réponse.`, ['mesures | quelles mesures il entend prendre']],
      [`${m} Il lui demande quelles mesures il entend prendre. Il attend avec intérêt sa réponse.`, ['mesures | quelles mesures il entend prendre']],
      [`${m} Il souhaite que le Gouvernement se saisisse rapidement de ce dossier. Il lui demande quelles mesures il entend prendre.`, ['mesures | quelles mesures il entend prendre']],
    ]);
  });

  describe('a bare object: measures, or the law when it names a legal text', () => {
    check([
      ["M. Jean Roche interroge M. le ministre de l'intérieur sur l'application de l'article L. 2121-13 du code général des collectivités territoriales aux communes de moins de 1 000 habitants.", ["droit | l'application de l'article L. 2121-13 du code général des collectivités territoriales aux communes de moins de 1 000 habitants"]],
      ["M. Jean Roche interroge M. le ministre de l'intérieur sur la réglementation des feux d'artifice tirés par les particuliers.", ["droit | la réglementation des feux d'artifice tirés par les particuliers"]],
      ["M. Jean Roche interroge M. le ministre de l'intérieur sur les difficultés de recrutement des policiers municipaux.", ['mesures | les difficultés de recrutement des policiers municipaux']],
      // The future of a legal state, or of a charge the law decides, is not the Government's act.
      [`${o('les obsèques')} Il lui demande si ces frais seront pris en charge par la commune de résidence.`, ['droit | si ces frais seront pris en charge par la commune de résidence']],
      [`${o('les obsèques')} Il lui demande si la commune sera tenue de rembourser ces frais.`, ['droit | si la commune sera tenue de rembourser ces frais']],
    ]);
  });

  describe('governors with an object pronoun, lost question marks, a direct question before an empty closer', () => {
    const m = "M. Jean Roche attire l'attention de M. le ministre de l'intérieur sur les secrétaires de mairie.";
    check([
      [`${m} Il lui demande de bien vouloir l'éclairer sur les règles applicables en la matière.`, ['droit | les règles applicables en la matière']],
      [`${m} Il lui demande de bien vouloir le tenir informé des suites données à ce dossier.`, ['mesures | des suites données à ce dossier']],
      [`${m} Aussi, quelles mesures le Gouvernement entend-il prendre pour revaloriser ce métier.`, ['mesures | quelles mesures le Gouvernement entend-il prendre pour revaloriser ce métier']],
      [`${m} Comment expliquer une telle différence ? Il lui demande de bien vouloir lui apporter des précisions sur ce point.`, ['modalites | Comment expliquer une telle différence']],
      [`${m} Il lui demande quelles mesures (formation, recrutement, rémunération, etc.) il entend prendre pour revaloriser ce métier.`, ['mesures | quelles mesures (formation, recrutement, rémunération, etc.) il entend prendre pour revaloriser ce métier']],
    ]);
  });

  describe('a series of nominal requests', () => {
    const m = "M. Jean Roche attire l'attention de M. le ministre de l'intérieur sur les secrétaires de mairie.";
    check([
      [`${m} Il lui demande sa position sur cette question et ses intentions en la matière.`, ['position | sa position sur cette question', 'intention | ses intentions en la matière']],
      [`${m} Il lui demande quel est le nombre de postes vacants et l'état d'avancement de la réforme du statut.`, ['chiffres | quel est le nombre de postes vacants', "calendrier | l'état d'avancement de la réforme du statut"]],
      // Coordinated nouns under one verb stay one request.
      [`${m} Il lui demande de lui préciser les droits et les obligations de ces agents.`, ['droit | les droits et les obligations de ces agents']],
    ]);
  });

  describe('rappels in their usual variants have no sub-question of their own (§10.3)', () => {
    check([
      ["M. Jean Roche rappelle à M. le ministre de l'intérieur sa question écrite n° 04512 du 12 mars 2024, restée sans réponse. Il lui demande à nouveau si un maire peut refuser de célébrer un mariage.", []],
      ["M. Jean Roche réitère auprès de M. le ministre de l'intérieur les termes de sa question n° 04512 qui n'a pas obtenu de réponse.", []],
      ["Mme Claire Roux rappelle à l'attention de Mme la ministre de la culture sa question écrite n° 1234 posée le 5 mai 2023.", []],
      // « rappelle à M. le ministre que … » states a case: not a rappel.
      ["M. Jean Roche rappelle à M. le ministre de l'intérieur que les maires sont de plus en plus souvent agressés. Il lui demande quelles mesures il entend prendre.", ['mesures | quelles mesures il entend prendre']],
    ]);
  });

  describe('oral questions: first and second person (§9)', () => {
    check([
      ['Madame la ministre, les maires ruraux sont inquiets. Pouvez-vous nous indiquer quelles mesures vous entendez prendre pour les rassurer ?', ['mesures | quelles mesures vous entendez prendre pour les rassurer']],
      ['Monsieur le ministre, les maires ruraux sont inquiets. Je souhaiterais savoir si le Gouvernement entend revoir ce dispositif.', ['intention | si le Gouvernement entend revoir ce dispositif']],
      ["Monsieur le ministre, les maires ruraux sont inquiets. Je vous demande donc de bien vouloir m'indiquer le calendrier de publication du décret.", ['calendrier | le calendrier de publication du décret']],
      ['Monsieur le ministre, les maires ruraux sont inquiets. Quand le décret sera-t-il publié ? Quels moyens seront alloués aux communes ?', ['calendrier | Quand le décret sera-t-il publié', 'mesures | Quels moyens seront alloués aux communes']],
    ]);
  });

  describe('nouns coordinated under a purpose verb are not requests of their own', () => {
    const p = "M. Jean Roche attire l'attention de M. le ministre de l'intérieur sur les policiers municipaux. Il lui demande quelles mesures il entend prendre";
    check([
      [`${p} pour réduire les coûts et les délais de traitement.`, ['mesures | quelles mesures il entend prendre pour réduire les coûts et les délais de traitement']],
      [`${p} pour renforcer les effectifs, les moyens et la formation des policiers.`, ['mesures | quelles mesures il entend prendre pour renforcer les effectifs, les moyens et la formation des policiers']],
      [`${p} pour améliorer la rémunération et les conditions de travail de ces agents.`, ['mesures | quelles mesures il entend prendre pour améliorer la rémunération et les conditions de travail de ces agents']],
      // A request noun with its own clause, or the calendar, is still a request.
      [`${p} pour améliorer leur situation et les délais dans lesquels elles seront appliquées.`, ['mesures | quelles mesures il entend prendre pour améliorer leur situation', 'calendrier | les délais dans lesquels elles seront appliquées']],
      [`${p} pour garantir leur sécurité et le calendrier de leur mise en œuvre.`, ['mesures | quelles mesures il entend prendre pour garantir leur sécurité', 'calendrier | le calendrier de leur mise en œuvre']],
    ]);
  });

  describe('an action asked after « à » (« Il l’invite à », « il l’engage à »)', () => {
    check([
      [`${o('les policiers municipaux')} Il l'invite à prendre des mesures pour renforcer leur sécurité.`, ['mesures | prendre des mesures pour renforcer leur sécurité']],
      [`${o('les policiers municipaux')} Il l'engage à revoir ce décret dans les meilleurs délais.`, ['mesures | revoir ce décret dans les meilleurs délais']],
      [`${o('les policiers municipaux')} Il lui demande à quel moment le décret sera publié.`, ['calendrier | à quel moment le décret sera publié']],
    ]);
  });

  describe('« et si … » opens a second yes/no request whatever its subject', () => {
    const p = `${o('les policiers municipaux')} Il lui demande si un maire peut les armer et`;
    check([
      [`${p} si chaque commune doit en informer le préfet.`, ['droit | si un maire peut les armer', 'droit | si chaque commune doit en informer le préfet']],
      [`${p} si, dans ce cas, le préfet doit être informé.`, ['droit | si un maire peut les armer', 'droit | si, dans ce cas, le préfet doit être informé']],
      [`${p} si elles peuvent intervenir hors de la commune.`, ['droit | si un maire peut les armer', 'droit | si elles peuvent intervenir hors de la commune']],
      [`${o('les policiers municipaux')} Il lui demande quelles mesures il entend prendre et, en particulier, s'il entend revoir la doctrine d'emploi.`, ['mesures | quelles mesures il entend prendre', "intention | s'il entend revoir la doctrine d'emploi"]],
      // « si nécessaire » is a condition, not a request.
      [`${o('les policiers municipaux')} Il lui demande quelles mesures il entend prendre et si nécessaire les moyens à mobiliser.`, ['mesures | quelles mesures il entend prendre et si nécessaire les moyens à mobiliser']],
    ]);
  });

  describe('kind of a request by who acts: a table of typical requests of local officials and members (§10.1)', () => {
    const kinds: readonly (readonly [string, string])[] = [
      ['droit', "si un conseiller municipal peut être désigné délégué auprès d'un syndicat mixte"],
      ['droit', "si le maire doit obligatoirement consulter le conseil municipal avant de signer ce contrat"],
      ['droit', "si une commune est en droit de refuser l'inscription d'un enfant à la cantine"],
      ['droit', "si les frais de transport scolaire incombent à la commune ou au département"],
      ['droit', "si l'indemnité de fonction d'un adjoint est due en cas d'absence prolongée"],
      ['droit', "si un arrêté municipal interdisant la mendicité est légal"],
      ['droit', "si la délibération adoptée dans ces conditions est valable"],
      ['droit', "si les règles de quorum s'appliquent aux commissions municipales"],
      ['droit', "si un propriétaire riverain a le droit de clôturer un chemin rural"],
      ['droit', "si le préfet peut se substituer au maire en cas de carence"],
      ['droit', "si l'agent concerné conserve le bénéfice de son ancienneté"],
      ['droit', "si la commune doit verser une indemnité de licenciement à cet agent"],
      ['droit', "si cette subvention constitue une aide d'État au sens du droit européen"],
      ['droit', "si les communes peuvent utiliser les crédits de la dotation de solidarité rurale pour financer ces travaux"],
      ['droit', "si une association peut être reconnue d'utilité publique dans ce cas"],
      ['droit', "si les élus d'opposition ont accès à ces documents"],
      ['droit', "si un tel cumul est autorisé"],
      ['droit', "quelles sont les obligations du maire en matière de déneigement"],
      ['droit', "à qui revient la charge de l'entretien des haies"],
      ['droit', "quelle est la durée de validité d'un permis de construire"],
      ['intention', "s'il envisage de modifier la réglementation pour permettre aux communes de déroger à cette règle"],
      ['intention', "si le Gouvernement entend publier rapidement le décret d'application"],
      ['intention', "s'il compte prendre des mesures pour remédier à cette situation"],
      ['intention', "si une évolution de la législation est envisagée"],
      ['intention', "s'il est favorable à une modification de cette disposition"],
      ['intention', "s'il ne serait pas souhaitable d'harmoniser ces règles"],
      ['intention', "s'il ne pense pas qu'il serait utile de clarifier la loi"],
      ['intention', "s'il entend revenir sur cette décision"],
      ['intention', "si l'État compte accompagner financièrement les communes"],
      ['intention', "s'il envisage d'étendre ce dispositif aux communes nouvelles"],
      ['intention', "si le Gouvernement est prêt à revoir sa position"],
      ['intention', "s'il a l'intention de saisir le Conseil d'État pour avis"],
      ['mesures', "quelles mesures il compte prendre pour garantir l'égalité d'accès aux soins"],
      ['mesures', "ce que le Gouvernement entend faire pour soutenir les petites communes"],
      ['mesures', "quelles actions seront engagées pour lutter contre ce phénomène"],
      ['mesures', "les moyens qu'il entend mobiliser pour renforcer les contrôles"],
      ['position', "quelle est la position du Gouvernement sur cette proposition"],
      ['position', "quel est son avis sur l'opportunité de cette réforme"],
      ['calendrier', "dans quels délais le décret d'application sera publié"],
      ['calendrier', "à quelle date entrera en vigueur cette réforme"],
      ['chiffres', "combien de communes sont concernées par cette mesure"],
      ['chiffres', "quel est le coût pour l'État de ce dispositif"],
      ['modalites', "selon quelles modalités cette aide sera versée"],
      ['modalites', "pourquoi ce dispositif n'a pas été étendu aux territoires d'outre-mer"],
    // The impersonal « il » asks the law; the negated wish stays intention.
    ['droit', "s'il peut être dérogé à cette règle pour les communes de montagne"],
    ['droit', "s'il convient d'appliquer le taux réduit à ces prestations"],
    ['intention', "s'il ne convient pas de modifier cette règle"],
    ['droit', "s'il suffit d'une simple déclaration en mairie"],
    // The reasons of a legal limit are asked, not the law; the way the law computes something is the law.
    ['modalites', 'pourquoi une commune ne peut pas recruter un agent contractuel sur ce poste'],
    ['droit', "comment doit être calculée l'indemnité due à l'agent"],
    ['chiffres', 'quels résultats ont été obtenus par ce dispositif depuis 2020'],
    ['position', "comment il analyse l'échec de cette réforme"],
    ['intention', "s'il est dans son intention de proposer une réforme"],
    ['intention', 'la volonté du Gouvernement de maintenir ce service public'],
    ];
    for (const [kind, request] of kinds) {
      it(`${kind} : « ${request} »`, () => assert.equal(classify(foldForSearch(request)), kind));
    }
  });
});
