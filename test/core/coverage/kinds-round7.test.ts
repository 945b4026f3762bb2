/**
 * Issue 10, seventh round on kinds (QUESTION-FORMS.md §10.1): requests for a figure in the words deputies use beyond
 * « le nombre » and « le montant » (« le trafic », « la fréquentation », « les recettes », « les quantités », « le manque à
 * gagner », « l'effectif », « les crédits affectés », « s'il est en mesure de chiffrer… ») are `chiffres`; a figure asked
 * « région par région » is one request, not two; « s'il est en mesure de garantir… » asks the minister's own will
 * (`intention`), « quelle importance il accorde à… » his view (`position`). Hand-made requests in the forms of AN and
 * Sénat questions (1988–2024), written before any labelled set was looked at (none of them holds these forms: the kinds
 * of every labelled set are unchanged); each form has counterparts that keep their reading (a measure against
 * « le trafic de stupéfiants », a will to « affecter les recettes », a local act on « la surface agricole utile »).
 */
import assert from 'node:assert/strict';
import { extract } from './helpers';

describe('coverage: seventh round on kinds (hand-made, §10.1)', () => {
  describe('a figure asked in other words than « le nombre » or « le montant » is chiffres', () => {
    for (const question of [
      'M. Jean Dupont demande à M. le ministre de l\'intérieur de bien vouloir lui indiquer le nombre de communes ayant instauré un couvre-feu pour les mineurs en 2023.',
      'M. Jean Dupont attire l\'attention de M. le ministre de l\'agriculture sur la situation des apiculteurs. Il lui demande de bien vouloir lui faire connaître le montant des aides versées en 2022 aux apiculteurs du département de l\'Ain.',
      'M. Paul Martin demande à Mme la ministre de la santé combien de lits d\'hôpital ont été fermés depuis 2017.',
      'M. Paul Martin demande à M. le ministre de l\'économie s\'il peut lui communiquer le coût pour l\'État de cette mesure.',
      'M. Paul Martin demande à M. le ministre de l\'éducation nationale de lui préciser le nombre de postes d\'enseignants non pourvus à la rentrée 2023 dans l\'académie de Créteil.',
      'Mme Anne Roux appelle l\'attention de M. le ministre de la justice sur la surpopulation carcérale. Elle souhaiterait connaître le taux d\'occupation des maisons d\'arrêt au 1er janvier 2024.',
      'Mme Anne Roux interroge M. le ministre des armées sur le coût du service national universel. Elle lui demande quel a été le coût total de ce dispositif en 2023.',
      'M. Louis Petit demande à M. le ministre du budget quel est le produit de la taxe sur les surfaces commerciales pour l\'année 1995.',
      'M. Louis Petit demande à M. le ministre de l\'équipement de lui faire connaître, pour chacune des dix dernières années, le nombre d\'accidents mortels survenus sur les passages à niveau.',
      'M. Louis Petit souhaiterait savoir combien de contrats emploi-solidarité ont été signés en 1994 dans le département du Nord.',
      'M. Louis Petit demande à M. le ministre de l\'intérieur de lui indiquer quelle est la proportion de femmes parmi les sapeurs-pompiers volontaires.',
      'M. Louis Petit demande à M. le ministre des finances s\'il est en mesure de chiffrer le manque à gagner pour les collectivités résultant de cette exonération.',
      'M. Louis Petit demande à M. le ministre de l\'agriculture de lui communiquer le bilan chiffré du plan de sauvegarde de la filière ovine.',
      'M. Louis Petit demande à M. le ministre du travail de lui indiquer l\'évolution du nombre de demandeurs d\'emploi de plus de cinquante ans depuis 2010.',
      'M. Louis Petit demande à M. le ministre de la santé quelles sommes ont été consacrées à la lutte contre le tabagisme en 2022.',
      'M. Louis Petit prie M. le ministre de la défense de bien vouloir lui faire connaître les effectifs de la gendarmerie dans le département du Var.',
      'M. Louis Petit demande à M. le ministre de l\'intérieur s\'il peut lui donner des statistiques sur les cambriolages commis en zone rurale en 2023.',
      'M. Louis Petit demande à M. le ministre de la culture à combien s\'élève le montant des crédits consacrés à l\'archéologie préventive.',
      'M. Louis Petit demande à M. le ministre de l\'économie de lui indiquer le nombre de dossiers déposés et le montant moyen des aides accordées.',
      'M. Louis Petit demande à M. le ministre de l\'intérieur quelle est la part des amendes forfaitaires effectivement recouvrées.',
      'M. Louis Petit demande à M. le ministre de l\'éducation nationale quel est le nombre d\'élèves en situation de handicap scolarisés en milieu ordinaire.',
      'M. Louis Petit demande à M. le ministre des transports de lui indiquer quel a été le trafic de la ligne Paris-Clermont en 2023.',
      'M. Louis Petit demande à M. le ministre de l\'agriculture s\'il dispose d\'une évaluation du nombre d\'exploitations concernées.',
      'M. Louis Petit souhaite connaître le nombre de logements sociaux construits en 2023 et la répartition par département.',
      'M. Louis Petit demande à M. le ministre de l\'intérieur s\'il peut lui fournir des données chiffrées sur le nombre de refus d\'obtempérer.',
      'M. Louis Petit demande à M. le ministre de la santé de bien vouloir lui préciser les délais moyens d\'attente pour obtenir un rendez-vous chez un ophtalmologiste.',
      'M. Louis Petit demande à M. le ministre des finances de lui indiquer les recettes fiscales procurées par cette taxe depuis sa création.',
      'Il lui demande de bien vouloir lui indiquer, région par région, le nombre de médecins généralistes installés en 2023.',
      'M. X demande à M. le ministre de l\'agriculture quelle est l\'importance des surfaces de vignes arrachées en 1990.',
      'M. X demande à M. le ministre de l\'agriculture quelles quantités de lait ont été produites au-delà des quotas.',
      'M. X demande à M. le ministre de la culture quels sont les crédits affectés en 2023 à la restauration des églises rurales.',
      'M. X demande à M. le ministre de la culture quels crédits ont été affectés en 2023 à la restauration des églises rurales.',
      'M. X demande à M. le ministre de l\'intérieur quel est l\'effectif actuel de la brigade de gendarmerie de Saint-Flour.',
      'M. X demande à M. le ministre de l\'agriculture de lui indiquer à combien s\'élèvent les pertes subies par les arboriculteurs.',
      'M. X demande à M. le ministre des finances de lui faire connaître le rendement de l\'impôt de solidarité sur la fortune en 1991.',
      'M. X demande à M. le ministre de l\'éducation nationale quelle est la situation des effectifs d\'enseignants dans l\'académie de Lille.',
      'M. X demande à M. le ministre de la santé de bien vouloir lui communiquer les résultats de l\'enquête menée sur la consommation d\'antibiotiques.',
      'M. X demande à M. le ministre du travail de lui indiquer le nombre exact de bénéficiaires du RMI dans le Pas-de-Calais.',
      'M. X demande à M. le ministre de l\'environnement à quel niveau s\'établissent les émissions de dioxyde de soufre de la centrale de Cordemais.',
      'M. X demande à M. le ministre de la défense combien coûte à l\'État l\'entretien du porte-avions.',
      'M. X demande à M. le ministre de l\'agriculture de lui préciser la surface agricole utile perdue chaque année au profit de l\'urbanisation.',
      'M. X demande à M. le ministre de l\'économie quelles ont été les dépenses engagées au titre du plan de relance dans le Cantal.',
      'M. X demande à M. le ministre de la justice de lui indiquer combien de détenus sont actuellement incarcérés à la maison d\'arrêt de Nîmes.',
      'M. X demande à M. le ministre de la santé quel est le pourcentage de médecins ayant adhéré à ce dispositif.',
      'M. X demande à M. le ministre de l\'économie s\'il peut lui indiquer combien d\'entreprises ont bénéficié du prêt garanti par l\'État.',
      'M. X demande à M. le ministre de l\'agriculture s\'il est possible de connaître le nombre d\'hectares de forêt détruits par les incendies de l\'été 2022.',
      'M. X demande à M. le ministre de la santé quelle est la durée moyenne de séjour dans les établissements de soins de suite.',
      'M. X demande à M. le ministre de l\'enseignement supérieur quel est le taux de réussite en première année de licence.',
      'M. X demande à M. le ministre des finances de lui indiquer le manque à gagner pour l\'État résultant de cette exonération.',
      'M. X demande à M. le ministre de l\'intérieur de lui faire connaître le bilan de l\'application de cette loi en termes de nombre de procédures engagées.',
      'M. X demande à M. le ministre des transports quelle est la fréquentation de la ligne Bordeaux-Lyon depuis sa réouverture.',
      'M. X demande à M. le ministre des sports de lui communiquer la liste des communes bénéficiaires de ce fonds et le montant attribué à chacune.',
      'M. X demande à M. le ministre de l\'agriculture quelle part du budget de son ministère est consacrée à l\'enseignement agricole.',
      'M. X demande à M. le ministre de l\'intérieur s\'il peut préciser l\'ampleur du phénomène des rodéos urbains.',
    ]) {
      it(question, () => {
        const kinds = extract(question).map((sub) => sub.kind);
        assert.ok(kinds.length > 0, 'aucune sous-question');
        assert.deepEqual(kinds, kinds.map(() => 'chiffres'));
      });
    }
  });

  describe('counterparts: the same words in a measure, a will, a view or the law keep their reading', () => {
    for (const [kind, question] of [
      ['mesures', 'M. X demande à M. le ministre de l\'intérieur quelles mesures il compte prendre pour lutter contre le trafic de stupéfiants dans les quartiers.'],
      ['intention', 'M. X demande à M. le ministre de l\'intérieur s\'il entend renforcer les effectifs de police pour lutter contre le trafic de drogue.'],
      ['mesures', 'M. X demande à M. le ministre des transports quelles mesures il entend prendre pour réduire le trafic des poids lourds dans la vallée.'],
      ['intention', 'M. X demande à M. le ministre du budget s\'il envisage d\'affecter les recettes de cette taxe aux communes.'],
      ['mesures', 'M. X demande à M. le ministre du budget quelles dispositions il compte prendre pour accroître les recettes des communes touristiques.'],
      ['intention', 'M. X demande à M. le ministre de la culture s\'il entend soutenir la fréquentation des salles de cinéma en milieu rural.'],
      ['mesures', 'M. X demande à M. le ministre de la culture quelles mesures il compte prendre pour améliorer la fréquentation des musées.'],
      ['position', 'M. X demande à M. le ministre de l\'agriculture quelle importance il accorde à la préservation des haies.'],
      ['droit', 'M. X demande à M. le ministre de l\'économie si les recettes d\'une régie municipale peuvent être affectées au budget principal de la commune.'],
      ['mesures', 'M. X demande à M. le ministre de la santé quelles mesures il compte prendre pour réduire les délais moyens d\'attente aux urgences.'],
      ['droit', 'M. X demande à M. le ministre de l\'agriculture quelles quantités de produits phytosanitaires un exploitant peut stocker sans autorisation.'],
      ['modalites', 'M. X demande à M. le ministre de l\'intérieur selon quelles modalités les recettes des amendes de police sont réparties entre les communes.'],
      ['calendrier', 'M. X demande à M. le ministre des transports à quelle date le trafic sera rétabli sur la ligne Paris-Clermont.'],
      ['intention', 'M. X demande à M. le ministre de l\'économie s\'il est en mesure de garantir le maintien de ce dispositif.'],
      ['mesures', 'M. X demande à M. le ministre de la culture quels crédits il entend mobiliser pour la restauration des églises rurales.'],
      ['mesures', 'M. X demande à M. le ministre de l\'intérieur quelles mesures il compte prendre face à l\'ampleur du phénomène des rodéos urbains.'],
      ['intention', 'M. X demande à M. le ministre de l\'intérieur s\'il entend renforcer l\'effectif de la brigade de Saint-Flour.'],
      ['mesures', 'M. X demande à M. le ministre de l\'intérieur comment il entend remédier à la baisse des effectifs de la brigade.'],
      ['droit', 'M. X demande à M. le ministre de l\'intérieur à quel niveau la décision de fermeture doit être prise.'],
      ['droit', 'M. X demande à M. le ministre de l\'économie si les dépenses engagées par la commune pour ces travaux sont éligibles au FCTVA.'],
      ['droit', 'M. X demande à M. le ministre de l\'agriculture si la surface agricole utile d\'une exploitation inclut les surfaces en jachère.'],
      ['intention', 'M. X demande à M. le ministre de l\'économie s\'il envisage de compenser le manque à gagner des communes.'],
      ['mesures', 'M. X demande à M. le ministre de l\'économie quelles mesures il envisage pour compenser le manque à gagner des communes.'],
      ['intention', 'M. X demande à M. le ministre de l\'économie s\'il est en mesure de garantir le maintien de ce dispositif.'],
      ['intention', 'M. X demande à M. le ministre de l\'économie s\'il est en mesure de rassurer les artisans sur le maintien de ce dispositif.'],
      ['droit', 'M. X demande à M. le ministre de l\'économie s\'il est en mesure de lui préciser si une commune peut garantir un emprunt d\'une association.'],
      ['droit', 'M. X demande à Mme la ministre de l\'économie s\'il est en mesure de garantir l\'emprunt contracté par la commune.'],
      ['intention', 'M. X demande à M. le ministre de l\'économie s\'il serait en mesure de revenir sur cette décision.'],
    ] as const) {
      it(`${kind} : ${question}`, () => assert.deepEqual(extract(question).map((sub) => sub.kind), [kind]));
    }
  });

  describe('« région par région », « année par année » set off by commas is the scope of the request, not a request', () => {
    for (const question of [
      'Il lui demande de bien vouloir lui indiquer, région par région, le nombre de médecins généralistes installés en 2023.',
      'Il lui demande de bien vouloir lui indiquer, département par département, le nombre de médecins généralistes installés en 2023.',
      'Il lui demande de bien vouloir lui indiquer, pour chaque département, le nombre de médecins généralistes installés en 2023.',
      'Il lui demande de bien vouloir lui indiquer, année par année, le montant des crédits consacrés à ce programme.',
      'Il lui demande de bien vouloir lui indiquer, par région, le nombre de médecins généralistes installés en 2023.',
      'Il lui demande de lui préciser, depuis 2015 et par département, le nombre de fermetures de classes.',
    ]) {
      it(question, () => {
        const subs = extract(question);
        assert.equal(subs.length, 1, subs.map((sub) => sub.text).join(' | '));
        assert.equal(subs[0]!.kind, 'chiffres');
      });
    }
  });
});
