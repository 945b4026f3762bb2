/**
 * Statuses, second round (issue 10, §10.2): forms of published answers that answer although the checker flagged
 * them, each with a counterpart that must stay flagged. Hand-made sentences; each case fails without its change.
 */
import assert from 'node:assert/strict';
import { figuresIn } from '../../../server/src/core/coverage/evidence';
import { run } from './helpers';

const statuses = (question: string, answer: string) => run(question, answer).subQuestions.map((sub) => `${sub.kind}/${sub.status}`);

describe('coverage: statuses, second round', () => {
  describe('« les conditions d’attribution de… », « les formes que doit revêtir… » ask what the rule is: the rule given answers', () => {
    const question =
      "Mme Claire Vidal interroge M. le ministre du travail sur la prime d'aide à l'embauche des jeunes agriculteurs. Les exploitants peinent à connaître leurs droits. Elle lui demande les conditions d'octroi de cette prime d'aide à l'embauche.";
    const answer =
      "La prime d'aide à l'embauche est prévue par l'article D. 5134-12 du code du travail. Elle est versée aux exploitants qui recrutent un salarié de moins de vingt-six ans en contrat à durée indéterminée, pour un montant forfaitaire de 4 000 euros réparti sur deux ans. Les services de l'État instruisent les demandes dans un délai de deux mois.";

    it('the article cited with whom it is for: answered', () => {
      assert.deepEqual(statuses(question, answer), ['droit/answered']);
    });

    it('counterpart: an answer on another point, without the rule, stays flagged', () => {
      const other = "Le Gouvernement est attentif à la situation des jeunes agriculteurs. Les chambres d'agriculture accompagnent les exploitants dans leurs recrutements et organisent des réunions d'information sur la prime d'aide à l'embauche.";
      assert.notDeepEqual(statuses(question, other), ['droit/answered']);
    });

    const forms =
      "M. Paul Garnier attire l'attention de Mme la ministre chargée des collectivités territoriales sur les syndicats intercommunaux qui confient la gestion de leur service d'eau à une société publique locale. Il lui demande les formes que doit revêtir la convention passée entre le syndicat et la société.";
    const formsAnswer =
      "L'article L. 1531-1 du code général des collectivités territoriales permet aux groupements actionnaires d'une société publique locale de lui confier la gestion d'un service public. La convention est un contrat écrit, approuvé par délibération du comité syndical et transmis au représentant de l'État.";

    it('the form of the act asked, with its article: answered', () => {
      assert.deepEqual(statuses(forms, formsAnswer), ['droit/answered']);
    });
  });

  describe('modalités: who does it (« habilités par le préfet ») and a scale (« sur la base d’un barème ») describe the mechanism', () => {
    const question =
      "M. Luc Bertin attire l'attention de M. le ministre de l'intérieur sur les gardes champêtres. Leurs missions se sont étendues ces dernières années. Il lui demande selon quelles modalités les gardes champêtres pourront consulter le registre national des armes.";
    const answer =
      "Les gardes champêtres exercent des missions de police rurale auprès des maires. La consultation du registre national des armes, aujourd'hui réservée aux forces de l'État, serait ouverte aux gardes champêtres individuellement désignés et habilités par le préfet. Un décret en Conseil d'État est en préparation.";

    it('access given to agents authorised by the prefect: answered', () => {
      assert.deepEqual(statuses(question, answer), ['modalites/answered']);
    });

    it('counterpart: access announced without saying by whom or how stays flagged', () => {
      const vague = answer.replace(' individuellement désignés et habilités par le préfet', '');
      assert.deepEqual(statuses(question, vague), ['modalites/partial']);
    });

    const scheme =
      "Mme Rose Lambert appelle l'attention de M. le ministre de l'agriculture sur les apiculteurs touchés par le frelon asiatique. Elle lui demande selon quelles modalités les pertes de colonies seront indemnisées.";
    const schemeAnswer =
      "Le frelon asiatique est classé danger sanitaire de deuxième catégorie. Une enveloppe de 5 millions d'euros a été ouverte afin d'indemniser les pertes de colonies. L'aide est calculée sur la base d'un barème forfaitaire par ruche détruite. Le Gouvernement suit la situation avec attention.";

    it('the scheme named, then its scale in the next sentence: answered', () => {
      assert.deepEqual(statuses(scheme, schemeAnswer), ['modalites/answered']);
    });

    it('counterpart: the scale deleted, the scheme alone stays flagged', () => {
      assert.deepEqual(statuses(scheme, schemeAnswer.replace(" L'aide est calculée sur la base d'un barème forfaitaire par ruche détruite.", '')), ['modalites/partial']);
    });
  });

  describe('« si le Gouvernement est favorable à… » answered by the support the Government or France gave', () => {
    const question =
      "M. Hugo Ferrand attire l'attention de M. le ministre de l'agriculture sur la pêche de l'anguille. Les pêcheurs professionnels subissent des quotas jugés trop stricts. Il lui demande si le Gouvernement est favorable à une révision du règlement européen sur la reconstitution du stock d'anguilles.";
    const background = "Le règlement européen de 2007 impose aux États membres des plans de gestion de l'anguille.";

    it('« La France a soutenu la proposition de révision »: answered', () => {
      const answer = `${background} La France a soutenu, au Conseil des ministres de l'Union, la proposition de la Commission visant à réviser le règlement sur la reconstitution du stock d'anguilles, qui a été adoptée en décembre.`;
      assert.deepEqual(statuses(question, answer), ['intention/answered']);
    });

    it('counterpart: France took part in the talks, without saying for or against: still flagged', () => {
      const answer = `${background} La France a participé, au Conseil des ministres de l'Union, aux discussions sur la proposition de la Commission visant à réviser le règlement sur la reconstitution du stock d'anguilles.`;
      assert.deepEqual(statuses(question, answer), ['intention/partial']);
    });
  });

  describe('« combien de X ont été livrés » answered by « dont N livrés » when the answer counts X under a broader name', () => {
    const question =
      "M. Yves Caron interroge M. le ministre des transports sur le plan de sécurisation des passages à niveau. Il lui demande combien de barrières automatiques ont été effectivement installées.";
    const first = "Le plan de sécurisation des passages à niveau finance des barrières automatiques, des feux clignotants et des détecteurs d'obstacles.";

    it('« dont 410 installées »: answered', () => {
      const answer = `${first} Au 31 mars 2025, 620 équipements avaient été commandés, dont 410 installées. Le plan sera évalué en fin d'année.`;
      assert.deepEqual(statuses(question, answer), ['chiffres/answered']);
    });

    it('counterpart: only the equipment ordered is counted: still flagged', () => {
      const answer = `${first} Au 31 mars 2025, 620 équipements avaient été commandés auprès des fournisseurs. Le plan sera évalué en fin d'année.`;
      assert.notDeepEqual(statuses(question, answer), ['chiffres/answered']);
    });
  });

  describe('« si l’État remboursera… » (the act asked in the future): the act done, even in part, answers', () => {
    const question =
      "Mme Lucie Perret attire l'attention de M. le ministre de l'intérieur sur le coût des scrutins pour les petites communes. Elle lui demande si l'État remboursera intégralement aux communes les frais d'organisation des élections européennes.";

    it('« ont été remboursés … à hauteur de »: answered', () => {
      const answer = "L'organisation matérielle des scrutins incombe aux communes. Les frais d'organisation des élections européennes ont été remboursés aux communes à hauteur de 44 centimes par électeur inscrit. Le ministère reste attentif à la situation des plus petites communes.";
      assert.deepEqual(statuses(question, answer), ['intention/answered']);
    });

    it('counterpart: the cost described, nothing done or refused: still flagged', () => {
      const answer = "L'organisation matérielle des scrutins incombe aux communes. Les frais d'organisation des élections européennes pèsent sur les budgets des communes et font l'objet d'échanges avec les associations d'élus. Le ministère reste attentif à la situation des plus petites communes.";
      assert.deepEqual(statuses(question, answer), ['intention/partial']);
    });
  });

  describe('articulation: « a une finalité distincte », « ne modifie pas… mais sert de base à… » state the relation asked', () => {
    const question =
      "M. Marc Olivier attire l'attention de Mme la ministre de la transition écologique sur la protection des captages d'eau potable. Il lui demande de quelle manière la carte des zones de sauvegarde s'articule avec les périmètres de protection des captages.";

    it('the relation stated without a usual relation word: answered', () => {
      const answer = "La carte des zones de sauvegarde recense les ressources stratégiques pour l'alimentation future en eau potable. Elle ne modifie pas les périmètres de protection des captages, fixés par arrêté préfectoral, mais elle sert de base aux programmes d'action agricoles autour de ces périmètres.";
      assert.deepEqual(statuses(question, answer), ['articulation/answered']);
    });

    it('counterpart: both described side by side, no relation: still flagged', () => {
      const answer = "La carte des zones de sauvegarde recense les ressources stratégiques pour l'alimentation future en eau potable. Les périmètres de protection des captages sont fixés par arrêté préfectoral après enquête publique.";
      assert.deepEqual(statuses(question, answer), ['articulation/partial']);
    });
  });

  describe('« combien de X n’ont pas reçu… » counts those left out: the figure of all X is not it', () => {
    const question =
      "Mme Nadia Roux attire l'attention de Mme la ministre des armées sur la journée défense et citoyenneté. De nombreuses familles signalent des convocations égarées. Elle lui demande combien de jeunes n'ont pas reçu leur convocation en 2024.";
    const first = "La journée défense et citoyenneté est organisée par la direction du service national et de la jeunesse.";

    it('the number of young people convened: flagged', () => {
      const answer = `${first} Les convocations sont adressées chaque année à environ 800 000 jeunes, par voie postale ou sur le portail en ligne.`;
      assert.notDeepEqual(statuses(question, answer), ['chiffres/answered']);
    });

    it('counterpart: the number of those who did not receive it answers', () => {
      const answer = `${first} En 2024, environ 12 000 jeunes n'ont pas reçu leur convocation dans les délais et ont été reconvoqués.`;
      assert.deepEqual(statuses(question, answer), ['chiffres/answered']);
    });
  });

  describe('a calendar asked for an act to come: the dates that tell the past are not its date', () => {
    const question =
      "M. Denis Laurent attire l'attention de M. le ministre des transports sur le déploiement des bornes de recharge sur les aires d'autoroute. Il lui demande à quelle date l'ensemble des bornes prévues seront installées.";

    it('a stock-take (« au 31 mars 2025, 120 étaient installées »): flagged', () => {
      const answer = "Le programme prévoit l'installation de 200 bornes de recharge rapide sur les aires d'autoroute. Au 31 mars 2025, 120 bornes étaient installées et en service.";
      assert.deepEqual(statuses(question, answer), ['calendrier/partial']);
    });

    it('counterpart: the date of completion answers', () => {
      const answer = "Le programme prévoit l'installation de 200 bornes de recharge rapide sur les aires d'autoroute. L'ensemble des bornes prévues seront installées avant le 31 décembre 2026.";
      assert.deepEqual(statuses(question, answer), ['calendrier/answered']);
    });

    const reform =
      "Mme Sophie Marchand interroge Mme la ministre de la culture sur le chèque lecture destiné aux collégiens. Une réforme de ce chèque a été annoncée. Elle lui demande le calendrier d'entrée en vigueur de cette réforme.";

    it('the history of the scheme (« créé en 2019 »): flagged', () => {
      const answer = "Le chèque lecture, créé en 2019, a été utilisé par plus de 300 000 collégiens. Sa réforme fait l'objet d'une concertation avec les libraires.";
      assert.notDeepEqual(statuses(reform, answer).map((status) => status.split('/')[1]), ['answered']);
    });

    it('counterpart: the act asked with its date answers (« entrera en vigueur le 1er septembre 2026 »)', () => {
      const answer = "Le chèque lecture, créé en 2019, a été utilisé par plus de 300 000 collégiens. Sa réforme entrera en vigueur le 1er septembre 2026.";
      assert.deepEqual(statuses(reform, answer).map((status) => status.split('/')[1]), ['answered']);
    });
  });

  describe('droit: a conclusion drawn in another request’s own passage does not conclude on this one', () => {
    const question =
      "M. Thomas Giraud attire l'attention de Mme la ministre chargée des collectivités territoriales sur la circulation des poids lourds dans les bourgs. Il lui demande si un maire peut interdire la circulation des poids lourds sur une voie communale traversant le bourg, et si, dans ce cas, la commune est tenue d'indemniser les entreprises de transport dont les poids lourds empruntent cette voie communale.";
    const rule = "Aux termes de l'article L. 2213-1 du code général des collectivités territoriales, le maire exerce la police de la circulation sur les voies communales.";
    const conclusion = "Le maire peut donc interdire, par un arrêté motivé, la circulation des poids lourds sur une voie communale traversant le bourg lorsque la sécurité ou la tranquillité publiques l'exigent.";

    it('the conclusion on the ban does not answer the request on compensation', () => {
      assert.deepEqual(statuses(question, `${rule} ${conclusion}`).map((status) => status.split('/')[1]), ['answered', 'partial']);
    });

    it('counterpart: a conclusion on compensation answers it', () => {
      const compensation = "Il en résulte que la commune n'est pas tenue d'indemniser les transporteurs, l'allongement d'un trajet ne constituant pas un préjudice anormal et spécial.";
      assert.deepEqual(statuses(question, `${rule} ${conclusion} ${compensation}`).map((status) => status.split('/')[1]), ['answered', 'answered']);
    });
  });

  describe('« quelles mesures pour accompagner financièrement… » asks for a financial measure', () => {
    const question =
      "Mme Agnès Fabre attire l'attention de M. le ministre de l'agriculture sur les ateliers de découpe collectifs. Elle lui demande quelles mesures il compte prendre pour accompagner financièrement les porteurs de projets d'ateliers de découpe collectifs.";
    const support = "Les directions départementales de la protection des populations accompagnent les porteurs de projets d'ateliers de découpe collectifs dans la constitution de leur dossier d'agrément sanitaire.";

    it('an administrative support only: flagged', () => {
      assert.deepEqual(statuses(question, support), ['mesures/partial']);
    });

    it('counterpart: an aid with its credits answers', () => {
      const aid = "Les porteurs de projets d'ateliers de découpe collectifs peuvent bénéficier d'une aide à l'investissement du plan de modernisation des outils d'abattage, doté de 20 millions d'euros.";
      assert.deepEqual(statuses(question, `${support} ${aid}`), ['mesures/answered']);
    });
  });

  describe('chiffres: the thing asked before a figure with its own noun (« moins de 5 000 habitants ») is not counted by it', () => {
    const question =
      "M. Olivier Blanc interroge Mme la ministre de la culture sur les lavoirs communaux. Il lui demande le nombre de lavoirs communaux restaurés au cours des trois dernières années.";

    it('the threshold of a scheme in inhabitants: flagged', () => {
      const answer = "Les lavoirs communaux font partie du petit patrimoine rural. Un appel à projets, destiné aux lavoirs situés dans les communes de moins de 5 000 habitants, a été lancé par la Fondation du patrimoine.";
      assert.notDeepEqual(statuses(question, answer), ['chiffres/answered']);
    });

    it('counterpart: a share of the lavoirs (« 12 % ») after them still counts them', () => {
      const answer = "Les lavoirs communaux font partie du petit patrimoine rural. Les lavoirs restaurés au cours des trois dernières années représentent 12 % du parc recensé.";
      assert.deepEqual(statuses(question, answer), ['chiffres/answered']);
    });
  });

  describe('« les mesures nouvelles qu’il entend prendre »: the law in force is not a new measure', () => {
    const question =
      "Mme Julie Mercier attire l'attention de M. le ministre de l'économie sur le prix des carburants en Corse. Elle lui demande les mesures nouvelles que le Gouvernement entend prendre pour réduire l'écart de prix des carburants avec le continent.";
    const law = "Aux termes de l'article L. 410-2 du code de commerce, un décret en Conseil d'État peut réglementer les prix des carburants dans les zones où la concurrence est limitée. Le préfet fixe alors les prix maximaux des carburants chaque mois.";

    it('the law in force only: flagged', () => {
      assert.deepEqual(statuses(question, law), ['mesures/partial']);
    });

    it('counterpart: a measure decided answers', () => {
      const decided = "Un décret du 12 mars 2025 a créé une aide au transport maritime des carburants, dotée de 8 millions d'euros, pour réduire l'écart de prix avec le continent.";
      assert.deepEqual(statuses(question, `${law} ${decided}`), ['mesures/answered']);
    });
  });

  describe('chiffres: the figure of another year, or the unit of a rate, is not the figure asked', () => {
    const hours =
      "M. Bruno Lefort attire l'attention de Mme la ministre de l'éducation nationale sur le soutien scolaire au collège. Il lui demande le nombre d'heures de soutien scolaire effectivement assurées au cours de l'année scolaire 2024-2025.";
    const scheme = "Le dispositif « devoirs faits » est rémunéré sous la forme d'une indemnité de 300 euros par bloc de dix heures de soutien scolaire.";

    it('the unit of a rate (« par bloc de dix heures ») and the hours of the year before: flagged', () => {
      const answer = `${scheme} Le dispositif a mobilisé de nombreux professeurs, contre environ 900 000 heures de soutien scolaire au cours de l'année 2023-2024.`;
      assert.notDeepEqual(statuses(hours, answer), ['chiffres/answered']);
    });

    it('counterpart: « 1,2 million d’heures » for the year asked answers', () => {
      const answer = `${scheme} Au cours de l'année scolaire 2024-2025, près de 1,2 million d'heures de soutien scolaire ont été assurées dans les collèges publics.`;
      assert.deepEqual(statuses(hours, answer), ['chiffres/answered']);
    });

    const delay =
      "Mme Emma Renaud interroge M. le ministre de l'intérieur sur l'instruction des demandes de naturalisation. Elle lui demande quel a été le délai moyen d'instruction des demandes de naturalisation en 2024.";

    it('« 14 mois en 2023 » for a delay asked in 2024: flagged', () => {
      const answer = "L'instruction des demandes de naturalisation a été réorganisée. Le délai moyen d'instruction des demandes de naturalisation atteignait 14 mois en 2023.";
      assert.notDeepEqual(statuses(delay, answer), ['chiffres/answered']);
    });

    it('counterpart: the delay of the year asked answers', () => {
      const answer = "L'instruction des demandes de naturalisation a été réorganisée. Le délai moyen d'instruction des demandes de naturalisation s'établissait à 11 mois en 2024.";
      assert.deepEqual(statuses(delay, answer), ['chiffres/answered']);
    });
  });

  describe('chiffres asked for one département: a national figure, or a yearly pace, is not the local count', () => {
    const question =
      "Mme Inès Carpentier attire l'attention de M. le ministre de la santé sur les maisons de santé pluriprofessionnelles. Elle lui demande combien de maisons de santé ont été ouvertes dans le département de la Nièvre depuis 2020.";
    const pace = "Le plan d'accès aux soins prévoit l'ouverture de 200 maisons de santé par an.";

    it('the national total and the yearly pace: flagged', () => {
      const answer = `${pace} Depuis 2020, plus de 1 100 maisons de santé ont été ouvertes au niveau national.`;
      assert.notDeepEqual(statuses(question, answer), ['chiffres/answered']);
    });

    it('« 9 maisons », « 14 maires » are figures (not « 9 mai », a date)', () => {
      assert.deepEqual(figuresIn('dans le departement, 9 maisons de sante et 14 maires'), ['9 maisons', '14 maires']);
      assert.deepEqual(figuresIn('le 9 mai 2024'), []);
    });

    it('counterpart: the count for the département answers', () => {
      const answer = `${pace} Dans le département de la Nièvre, 9 maisons de santé ont été ouvertes depuis 2020.`;
      assert.deepEqual(statuses(question, answer), ['chiffres/answered']);
    });
  });

  describe('« dans chacune des trois… » asks one figure per part', () => {
    const question =
      "M. Julien Roche interroge M. le ministre de l'agriculture sur les aides à la conversion biologique. Il lui demande le nombre d'exploitations ayant perçu l'aide à la conversion en 2024 dans chacune des trois régions du Massif central.";

    it('one figure for one region: flagged', () => {
      const answer = "L'aide à la conversion est financée par le plan stratégique national. En 2024, près de 1 200 exploitations ont perçu l'aide à la conversion en Auvergne-Rhône-Alpes.";
      assert.deepEqual(statuses(question, answer), ['chiffres/partial']);
    });

    it('counterpart: a figure for each region answers', () => {
      const answer = "L'aide à la conversion est financée par le plan stratégique national. En 2024, 1 200 exploitations ont perçu l'aide à la conversion en Auvergne-Rhône-Alpes, 640 exploitations en Occitanie et 310 exploitations en Nouvelle-Aquitaine.";
      assert.deepEqual(statuses(question, answer), ['chiffres/answered']);
    });
  });
});
