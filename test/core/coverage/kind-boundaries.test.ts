/**
 * Issue 10: kinds at their boundaries (QUESTION-FORMS.md §5, §10.1), where real questions were most often
 * misread: `mesures` ↔ `intention`, `mesures` ↔ `droit`, `droit` ↔ `intention`, `position` ↔ `chiffres`. Every
 * question here is hand-made in the forms deputies and senators use (none is taken from a labelled set). The
 * rule of §10.1: who acts decides. What the Government will do is `mesures`; whether it wants to is `intention`;
 * what the law allows or requires someone else (a maire, a commune, an employer) is `droit`, wherever that
 * someone stands in the sentence; a question about what will be decided (a future) is the Government's will.
 */
import assert from 'node:assert/strict';
import { extract } from './helpers';

const o = (topic: string, minister = "M. le ministre de l'intérieur"): string => `M. Paul Martin attire l'attention de ${minister} sur ${topic}.`;

type Case = readonly [string, readonly string[]];

function check(cases: readonly Case[]): void {
  for (const [question, expected] of cases) {
    it(`« ${question.replace(/^M\. Paul Martin attire l'attention de [^.]*?\. sur [^.]*\.\s*|^M\. Paul Martin attire l'attention de .*? sur [^.]*\.\s*/u, '').slice(0, 100)}… »`, () => {
      assert.deepEqual(extract(question).map((sub) => `${sub.kind} | ${sub.text}`), expected);
    });
  }
}

describe('coverage: kinds at their boundaries (hand-made, §5, §10.1)', () => {
  describe('what the Government will do is mesures, in every wording of « ce qu’il compte faire »', () => {
    check([
      [`${o('la pénurie de médecins', 'M. le ministre de la santé')} Il lui demande ce que le Gouvernement envisage pour enrayer ce phénomène.`, ['mesures | ce que le Gouvernement envisage pour enrayer ce phénomène']],
      [`${o('les communes nouvelles')} Il lui demande ce que le Gouvernement compte mettre en œuvre pour accompagner ces communes.`, ['mesures | ce que le Gouvernement compte mettre en œuvre pour accompagner ces communes']],
      [`${o('les communes nouvelles')} Il lui demande ce qu'il entend mettre en place pour accompagner ces communes.`, ["mesures | ce qu'il entend mettre en place pour accompagner ces communes"]],
      [`${o('La Poste', "M. le ministre de l'économie")} Il lui demande ce qu'il compte entreprendre pour maintenir ce bureau.`, ["mesures | ce qu'il compte entreprendre pour maintenir ce bureau"]],
      [`${o('la prédation', "M. le ministre de l'agriculture")} Il lui demande ce qui est envisagé pour indemniser les éleveurs.`, ['mesures | ce qui est envisagé pour indemniser les éleveurs']],
      [`${o('la prédation', "M. le ministre de l'agriculture")} Il lui demande quelle est la stratégie du Gouvernement pour enrayer ce phénomène.`, ['mesures | quelle est la stratégie du Gouvernement pour enrayer ce phénomène']],
      // Guards: the same action asked yes or no is the Government's will; « ce qu'il pense » is a view.
      [`${o('les dépôts sauvages')} Il lui demande ce qu'il compte faire pour remédier à cette situation.`, ["mesures | ce qu'il compte faire pour remédier à cette situation"]],
      [`${o('les dépôts sauvages')} Il lui demande s'il entend prendre des mesures pour remédier à cette situation.`, ["intention | s'il entend prendre des mesures pour remédier à cette situation"]],
      [`${o('les communes nouvelles')} Il lui demande ce qu'il pense de cette proposition.`, ["position | ce qu'il pense de cette proposition"]],
      [`${o('la santé', 'M. le ministre de la santé')} Il souhaiterait savoir si des mesures sont envisagées pour améliorer la situation.`, ['intention | si des mesures sont envisagées pour améliorer la situation']],
    ]);
  });

  describe('the law’s means for a maire or a commune named after the verb are droit', () => {
    check([
      [`${o('les nuisances sonores')} Il lui demande quelles mesures peuvent être prises par le maire pour faire cesser ces nuisances.`, ['droit | quelles mesures peuvent être prises par le maire pour faire cesser ces nuisances']],
      [`${o('les nuisances sonores')} Il lui demande de quels moyens dispose le maire pour faire cesser ces nuisances.`, ['droit | de quels moyens dispose le maire pour faire cesser ces nuisances']],
      [`${o('les créances communales')} Il lui demande quelles dispositions peuvent être prises par une commune pour récupérer ces sommes.`, ['droit | quelles dispositions peuvent être prises par une commune pour récupérer ces sommes']],
      [`${o('les gens du voyage')} Il lui demande quelles solutions s'offrent aux communes confrontées à ces occupations illicites.`, ["droit | quelles solutions s'offrent aux communes confrontées à ces occupations illicites"]],
      [`${o('les gens du voyage')} Il lui demande ce que peut faire un maire face à une telle situation.`, ['droit | ce que peut faire un maire face à une telle situation']],
      // Guards: the Government's own measures, even for the maires, stay mesures.
      [`${o('les gens du voyage')} Il lui demande quelles mesures il entend prendre pour renforcer les pouvoirs des maires.`, ['mesures | quelles mesures il entend prendre pour renforcer les pouvoirs des maires']],
      [`${o('les gens du voyage')} Il lui demande quelles mesures peuvent être prises par le Gouvernement pour soutenir les maires.`, ['mesures | quelles mesures peuvent être prises par le Gouvernement pour soutenir les maires']],
      [`${o('les dépôts sauvages')} Il lui demande quelles mesures le Gouvernement entend prendre pour remédier à cette situation.`, ['mesures | quelles mesures le Gouvernement entend prendre pour remédier à cette situation']],
    ]);
  });

  describe('a « si » request about what will be decided is intention; about the law in force, droit', () => {
    check([
      [`${o("la suppression de la taxe d'habitation", "M. le ministre de l'économie")} Il lui demande si les communes concernées bénéficieront d'une compensation.`, ["intention | si les communes concernées bénéficieront d'une compensation"]],
      [`${o('les éoliennes', 'Mme la ministre de la transition écologique')} Il lui demande si les communes d'implantation percevront une part de l'imposition forfaitaire.`, ["intention | si les communes d'implantation percevront une part de l'imposition forfaitaire"]],
      [`${o('les redevances')} Il lui demande si l'État prendra en charge le coût de ces travaux.`, ["intention | si l'État prendra en charge le coût de ces travaux"]],
      // Guards: the present tense and the modals ask the law.
      [`${o('les éoliennes', 'Mme la ministre de la transition écologique')} Il lui demande si les communes d'implantation perçoivent une part de l'imposition forfaitaire.`, ["droit | si les communes d'implantation perçoivent une part de l'imposition forfaitaire"]],
      [`${o('les budgets communaux')} Il lui demande si les communes devront inscrire cette dépense à leur budget.`, ['droit | si les communes devront inscrire cette dépense à leur budget']],
      [`${o('les aires de jeux')} Il lui demande si la commune pourra être tenue pour responsable en cas d'accident.`, ["droit | si la commune pourra être tenue pour responsable en cas d'accident"]],
      [`${o('les aires de jeux')} Il lui demande si cette dépense sera considérée comme obligatoire.`, ['droit | si cette dépense sera considérée comme obligatoire']],
    ]);
  });

  describe('a view is position, whatever it is about', () => {
    check([
      [`${o('les aides à la rénovation')} Il lui demande quelle évaluation il fait de ce dispositif.`, ['position | quelle évaluation il fait de ce dispositif']],
      [`${o('la prédation', "M. le ministre de l'agriculture")} Il lui demande quelle position la France entend défendre au Conseil de l'Union européenne.`, ["position | quelle position la France entend défendre au Conseil de l'Union européenne"]],
      // Guard: data the Government holds are figures.
      [`${o('les aides à la rénovation')} Il lui demande s'il dispose d'une évaluation de l'impact de cette mesure.`, ["chiffres | s'il dispose d'une évaluation de l'impact de cette mesure"]],
    ]);
  });

  describe('a second object with its own clause is a second request', () => {
    check([
      [`${o('La Poste', "M. le ministre de l'économie")} Il lui demande de lui faire connaître son sentiment sur cette question et les dispositions qu'il compte prendre.`, ['position | son sentiment sur cette question', "mesures | les dispositions qu'il compte prendre"]],
      // Guard: « les dispositions relatives à … » is an object, not a request.
      [`${o('les élus municipaux')} Il lui demande s'il entend moderniser et simplifier les dispositions relatives au port de l'écharpe.`, ["intention | s'il entend moderniser et simplifier les dispositions relatives au port de l'écharpe"]],
    ]);
  });

  describe('more forms of the Government\'s will, of figures, of a calendar and of the law', () => {
    check([
      [`${o('la maladie de Lyme', 'M. le ministre de la santé')} Il lui demande si des projets sont en étude pour améliorer la prise en charge des malades.`, ['intention | si des projets sont en étude pour améliorer la prise en charge des malades']],
      [`${o('les débits de tabac', "M. le ministre de l'économie")} Il lui demande s'il est possible de réexaminer les conditions d'ouverture d'un débit de tabac dans les petites communes.`, ["intention | s'il est possible de réexaminer les conditions d'ouverture d'un débit de tabac dans les petites communes"]],
      [`${o('les vacataires', 'M. le ministre de la fonction publique')} Il lui demande de lui indiquer l'évolution chiffrée du recours aux vacataires depuis 2015.`, ["chiffres | l'évolution chiffrée du recours aux vacataires depuis 2015"]],
      [`${o("la loi relative à l'aide sociale", 'M. le ministre des solidarités')} Il lui demande de lui préciser l'état actuel d'application de cette loi.`, ["calendrier | l'état actuel d'application de cette loi"]],
      [`${o('les vacataires', 'M. le ministre de la fonction publique')} Il lui demande quelles pistes sont à l'étude pour améliorer leur situation.`, ["mesures | quelles pistes sont à l'étude pour améliorer leur situation"]],
      // A legal consequence in the future is the law, not a decision to come; « envisagée devant » is no « envisage de ».
      [`${o('les apports de titres', 'M. le ministre du budget')} Il lui demande si l'apport envisagé devant intervenir l'an prochain entraînera l'imposition de la plus-value.`, ["droit | si l'apport envisagé devant intervenir l'an prochain entraînera l'imposition de la plus-value"]],
      [`${o('les trajets des salariés', 'M. le ministre du travail')} Il le remercie de lui indiquer le droit en cette matière ainsi que l'application qui est faite des conventions collectives.`, ['droit | le droit en cette matière', "droit | l'application qui est faite des conventions collectives"]],
      // Guard: a bare object without a legal word asks what the Government will do.
      [`${o('les trajets des salariés', 'M. le ministre du travail')} Il l'interroge sur les difficultés des petites entreprises du bâtiment.`, ['mesures | les difficultés des petites entreprises du bâtiment']],
    ]);
  });

  describe('a manner of answering between commas is no request', () => {
    check([
      [`${o('les agents contractuels', 'M. le ministre des affaires étrangères')} Il lui demande d'indiquer, dans les plus brefs délais, quelles mesures le Gouvernement compte prendre pour mettre fin à ces situations.`, ['mesures | quelles mesures le Gouvernement compte prendre pour mettre fin à ces situations']],
    ]);
  });

  describe('a reaction, a view without « si », the Government\'s act to come asked inverted, its tools', () => {
    check([
      [`${o('le rapport sur la politique culturelle', 'M. le ministre de la culture')} Il lui demande quelle est sa réaction face à cette proposition.`, ['position | quelle est sa réaction face à cette proposition']],
      [`${o('la fiscalité des associations', "M. le ministre de l'économie")} Il lui demande si ce projet de réforme est toujours d'actualité et, si tel est le cas, si ce texte ne lui semble pas contradictoire avec la loi de 1901.`, ["intention | si ce projet de réforme est toujours d'actualité", 'position | si tel est le cas, si ce texte ne lui semble pas contradictoire avec la loi de 1901']],
      [`${o('les logements vacants', 'M. le ministre du logement')} Il lui demande quelles sont ses intentions. Le Gouvernement ira-t-il jusqu'à réquisitionner ces logements ?`, ['intention | quelles sont ses intentions', "intention | Le Gouvernement ira-t-il jusqu'à réquisitionner ces logements"]],
      [`${o('le mal-logement', 'M. le ministre du logement')} Il lui demande de lui préciser les outils que le Gouvernement pourrait développer pour une meilleure application du droit opposable au logement.`, ['mesures | les outils que le Gouvernement pourrait développer pour une meilleure application du droit opposable au logement']],
      [`${o('les contentieux fiscaux des associations', "M. le ministre de l'économie")} Il lui demande quel sort il entend réserver aux contentieux en cours.`, ['mesures | quel sort il entend réserver aux contentieux en cours']],
      // Guards: the law's tools for a maire stay droit; « ne lui semble pas opportun de » stays a wish.
      [`${o('les dépôts sauvages')} Il lui demande de quels outils dispose le maire pour sanctionner les contrevenants.`, ['droit | de quels outils dispose le maire pour sanctionner les contrevenants']],
      [`${o('les dépôts sauvages')} Il lui demande s'il ne lui semble pas opportun de renforcer les sanctions.`, ["intention | s'il ne lui semble pas opportun de renforcer les sanctions"]],
    ]);
  });

  describe('what the Government will do, whatever the noun; a view of the minister or of France; a date', () => {
    check([
      [`${o('les clubs sportifs amateurs', 'Mme la ministre des sports')} Il lui demande quelles sont les aides que le Gouvernement va débloquer pour ces clubs.`, ['mesures | quelles sont les aides que le Gouvernement va débloquer pour ces clubs']],
      [`${o('la voirie communale', "M. le ministre de l'équipement")} Il souhaiterait savoir quelle forme de financement le Gouvernement entend leur proposer.`, ['mesures | quelle forme de financement le Gouvernement entend leur proposer']],
      [`${o('la conférence sur la sécurité régionale', 'M. le ministre des affaires étrangères')} Il souhaiterait savoir quelles pourraient être les modalités d'une telle conférence, et la manière dont la France entend promouvoir cette idée.`, ["modalites | quelles pourraient être les modalités d'une telle conférence", 'mesures | la manière dont la France entend promouvoir cette idée']],
      [`${o('la situation au Caucase', 'M. le ministre des affaires étrangères')} Il souhaiterait connaître la position de M. le ministre sur ce conflit et il lui demande également quelles sont les préconisations de la France sur le rôle de la diplomatie parlementaire.`, ['position | la position de M. le ministre sur ce conflit', 'position | quelles sont les préconisations de la France sur le rôle de la diplomatie parlementaire']],
      [`${o("l'installation des pharmacies", 'M. le ministre de la santé')} Il lui demande s'il peut lui préciser si cette concertation est ouverte pour les pharmacies.`, ['intention | si cette concertation est ouverte pour les pharmacies']],
      [`${o('la caserne de gendarmerie', 'M. le ministre de la défense')} Il lui demande de lui fournir toutes précisions utiles sur l'état d'avancement des travaux et le montant de l'investissement et la date précise du retour de l'escadron.`, ["calendrier | l'état d'avancement des travaux", "chiffres | le montant de l'investissement", "calendrier | la date précise du retour de l'escadron"]],
      // Guards: a modal of the law stays droit; « quelle forme » of a legal act asked of a commune stays droit.
      [`${o('les délibérations')} Il lui demande quelles pourraient être les conséquences d'une absence de quorum.`, ["droit | quelles pourraient être les conséquences d'une absence de quorum"]],
      [`${o('les délibérations')} Il lui demande sous quelle forme une commune peut déléguer cette compétence.`, ['droit | sous quelle forme une commune peut déléguer cette compétence']],
    ]);
  });

  describe('« souhaiterait obtenir de M. le ministre des précisions sur … » opens the question when a request follows', () => {
    check([
      ["M. Paul Martin souhaiterait obtenir de M. le ministre des affaires étrangères des précisions sur la proposition d'organiser une conférence internationale. Il souhaiterait savoir quelles pourraient être les modalités d'une telle conférence.", ["modalites | quelles pourraient être les modalités d'une telle conférence"]],
      // Guard: alone, it is still the request (its span keeps the addressee, as before).
      ["M. Paul Martin souhaiterait obtenir de M. le ministre des affaires étrangères des précisions sur la proposition d'organiser une conférence internationale.", ["mesures | de M. le ministre des affaires étrangères des précisions sur la proposition d'organiser une conférence internationale"]],
    ]);
  });

  describe('more of the law for someone else, of the Government\'s processes, of figures and reasons; split points', () => {
    check([
      [`${o("l'assainissement non collectif", "M. le ministre de l'écologie")} Il lui demande quelles sont les initiatives que doit prendre une commune face à une installation non conforme.`, ['droit | quelles sont les initiatives que doit prendre une commune face à une installation non conforme']],
      [`${o('le cumul des mandats')} Il souhaiterait qu'il lui indique par quelle autorité administrative la démission d'office doit être prononcée.`, ['droit | par quelle autorité administrative la démission d\'office doit être prononcée']],
      [`${o('le cumul des mandats')} Il lui demande de lui indiquer les conditions d'application de ce dispositif aux conseillers municipaux.`, ["droit | les conditions d'application de ce dispositif aux conseillers municipaux"]],
      [`${o('la presse régionale', 'M. le ministre de la culture')} Il lui demande si le groupe de travail, dont la création avait été annoncée l'an dernier par son prédécesseur, a été constitué.`, ["intention | si le groupe de travail, dont la création avait été annoncée l'an dernier par son prédécesseur, a été constitué"]],
      [`${o('la sécurité routière', 'M. le ministre des transports')} Il lui demande si un dispositif pédagogique a été mis en place et souhaiterait en connaître les mesures d'application.`, ['intention | si un dispositif pédagogique a été mis en place', "mesures | les mesures d'application"]],
      [`${o('le surendettement', "M. le ministre de l'économie")} Il lui demande quelle explication il donne à cette situation.`, ['modalites | quelle explication il donne à cette situation']],
      [`${o('le surendettement', "M. le ministre de l'économie")} Il lui demande quels sont les premiers résultats de ces mesures.`, ['chiffres | quels sont les premiers résultats de ces mesures']],
      [`${o('les associations foncières', "M. le ministre de l'économie")} Il lui demande sa position sur ce problème, et les dispositions précises qu'il est prêt à mettre en œuvre.`, ['position | sa position sur ce problème', "mesures | les dispositions précises qu'il est prêt à mettre en œuvre"]],
      [`${o('le cumul des mandats')} Il lui demande les conditions d'application de ce dispositif et plus précisément à l'encontre de quel mandat s'exercera la déchéance.`, ["droit | les conditions d'application de ce dispositif", "droit | à l'encontre de quel mandat s'exercera la déchéance"]],
      ["M.Paul Martin demande à M. le ministre de l'agriculture s'il envisage de soumettre au Parlement un projet de loi sur la forêt privée.", ["intention | s'il envisage de soumettre au Parlement un projet de loi sur la forêt privée"]],
      // Guards: a commune authorised is the law; « les dispositions relatives à … » stays one object.
      [`${o('les aires de jeux')} Il lui demande si une commune a été autorisée à fermer ces équipements.`, ['droit | si une commune a été autorisée à fermer ces équipements']],
      [`${o('les élus')} Il lui demande sa position sur les dispositions relatives au port de l'écharpe.`, ["position | sa position sur les dispositions relatives au port de l'écharpe"]],
    ]);
  });

  describe('a calendar in other words, an action wished of the Government, a passive of what it will do', () => {
    check([
      [`${o("l'archéologie préventive", 'M. le ministre de la culture')} Il lui demande de bien vouloir lui indiquer l'état d'avancée des travaux du ministère sur ces propositions.`, ["calendrier | l'état d'avancée des travaux du ministère sur ces propositions"]],
      [`${o("la carte d'identité", "M. le ministre de l'intérieur")} Il lui demande de bien vouloir lui préciser les perspectives de mise en place de la nouvelle carte dans le département.`, ['calendrier | les perspectives de mise en place de la nouvelle carte dans le département']],
      [`${o('les infirmiers libéraux', 'M. le ministre de la santé')} Il demande que le Gouvernement débloque cette situation de crise.`, ['mesures | que le Gouvernement débloque cette situation de crise']],
      [`${o('les infirmiers libéraux', 'M. le ministre de la santé')} Il lui demande comment seront désormais prises en compte les revendications de ces professionnels.`, ['mesures | comment seront désormais prises en compte les revendications de ces professionnels']],
      [`${o("la carte d'identité", "M. le ministre de l'intérieur")} Il lui demande de préciser si les cartes d'identité resteront gratuites.`, ["intention | si les cartes d'identité resteront gratuites"]],
      // Guards: « que le Gouvernement prenne position » stays a view; the perspectives of a sector stay measures.
      [`${o('les infirmiers libéraux', 'M. le ministre de la santé')} Il demande que le Gouvernement prenne position sur ce sujet.`, ['position | que le Gouvernement prenne position sur ce sujet']],
      [`${o('la filière bois', "M. le ministre de l'agriculture")} Il lui demande quelles sont les perspectives de la filière.`, ['mesures | quelles sont les perspectives de la filière']],
    ]);
  });
});
