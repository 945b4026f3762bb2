/**
 * Ablation, second round (issue 10): a status rests on the passage that answers. Each change has a case it must flag
 * (a sentence that only shares the topic takes over once the answering passage is gone) and a counterpart that
 * answers. Hand-made sentences in general French.
 */
import assert from 'node:assert/strict';
import { run } from './helpers';

const statuses = (question: string, answer: string) => run(question, answer).subQuestions.map((sub) => `${sub.kind}/${sub.status}`);
const flags = (question: string, answer: string) => run(question, answer).findings.filter((finding) => finding.rule.startsWith('sous-question')).map((finding) => finding.message);

describe('coverage: ablation, second round', () => {
  describe('« dans l’affirmative comme dans la négative, quels sont les recours… » is asked whatever the first answer: a remedy must be given', () => {
    const question =
      "M. Luc Perrin attire l'attention de M. le ministre de l'intérieur sur les associations qui demandent la mise à disposition d'une salle communale. Il lui demande si le maire peut refuser cette mise à disposition sans motif et, dans l'affirmative comme dans la négative, quels sont les recours dont disposent les associations concernées.";
    const rule =
      "Aux termes de l'article L. 2144-3 du code général des collectivités territoriales, des locaux communaux peuvent être utilisés par les associations qui en font la demande. Le maire ne peut donc refuser cette mise à disposition que pour des motifs tirés de l'administration des propriétés communales, du fonctionnement des services ou du maintien de l'ordre public.";

    it('the rule on the refusal without any remedy: the remedies stay flagged', () => {
      assert.deepEqual(statuses(question, rule), ['droit/answered', 'droit/partial']);
    });

    it('counterpart: a remedy given (« peuvent saisir le tribunal administratif ») answers', () => {
      const answer = `${rule} Les associations auxquelles un refus est opposé peuvent saisir le tribunal administratif d'un recours pour excès de pouvoir.`;
      assert.deepEqual(statuses(question, answer), ['droit/answered', 'droit/answered']);
    });
  });

  describe('a figure asked for a year: a count dated by the year before it (« par rapport à 2022, où elles étaient… ») is of another year', () => {
    const question =
      "Mme Anne Roux attire l'attention de M. le ministre du logement sur l'hébergement d'urgence. Elle lui demande le nombre de places d'hébergement d'urgence ouvertes en 2024.";

    it('only the count of another year: flagged, and the message says which year is missing', () => {
      const answer = "L'effort de l'État en faveur de l'hébergement d'urgence s'est poursuivi, avec une progression par rapport à 2022, où elles étaient 190 000.";
      assert.deepEqual(flags(question, answer), ['Sous-question 1 (chiffres) : aucun chiffre de l’année demandée (2024) : les chiffres de la réponse portent sur d’autres années.']);
    });

    it('counterpart: the count of the year asked, opening the sentence (« En 2024, … »), answers', () => {
      const answer = "En 2024, 203 000 places d'hébergement d'urgence étaient ouvertes, soit une progression par rapport à 2022, où elles étaient 190 000.";
      assert.deepEqual(statuses(question, answer), ['chiffres/answered']);
    });
  });

  describe('a national total for a local count: the message says a local figure is missing', () => {
    const question =
      "M. Henri Blanc interroge Mme la ministre de la culture sur les édifices religieux. Il lui demande combien d'églises sont protégées au titre des monuments historiques dans le département.";

    it('a national figure only: flagged, « aucun chiffre propre au territoire demandé »', () => {
      const answer = "Au niveau national, 15 000 églises sont protégées au titre des monuments historiques.";
      assert.deepEqual(flags(question, answer), ['Sous-question 1 (chiffres) : aucun chiffre propre au territoire demandé : la réponse ne donne qu’un chiffre national.']);
    });

    it('counterpart: the figure of the département answers', () => {
      const answer = "Dans le département, 240 églises sont protégées au titre des monuments historiques, sur 15 000 au niveau national.";
      assert.deepEqual(statuses(question, answer), ['chiffres/answered']);
    });
  });

  describe('« quelles conditions doivent être remplies pour… » is answered by the conditions, not by a text cited on the case', () => {
    const question =
      "Mme Julie Morel attire l'attention de Mme la ministre des sports sur les associations sportives. Elle lui demande quelles conditions doivent être remplies pour qu'une association sportive obtienne l'agrément de l'État.";

    it('the text that governs the agrément, without its conditions: flagged', () => {
      const answer = "L'agrément des associations sportives est régi par l'article L. 121-4 du code du sport. Il est délivré par le préfet du département.";
      assert.deepEqual(statuses(question, answer), ['droit/partial']);
    });

    it('counterpart: the conditions stated (« lorsque… », « à condition que… ») answer', () => {
      const answer = "L'agrément des associations sportives est régi par l'article L. 121-4 du code du sport. Il est délivré par le préfet lorsque l'association est affiliée à une fédération agréée et à condition que ses statuts garantissent son fonctionnement démocratique.";
      assert.deepEqual(statuses(question, answer), ['droit/answered']);
    });
  });

  describe('« selon quels critères… » is answered by the criteria, not by who decides', () => {
    const question =
      "M. Denis Caron attire l'attention de M. le ministre de la culture sur le fonds d'aide aux salles de cinéma. Il lui demande selon quels critères les salles bénéficiaires de ce fonds sont choisies.";

    it('only who grants the aid: flagged', () => {
      const answer = "Le fonds d'aide aux salles de cinéma est géré par le Centre national du cinéma, qui choisit les salles bénéficiaires après avis d'une commission.";
      assert.deepEqual(statuses(question, answer), ['modalites/partial']);
    });

    it('counterpart: the criteria stated a sentence later (« au regard de… ») answer', () => {
      const answer = "Le fonds d'aide aux salles de cinéma est géré par le Centre national du cinéma, qui choisit les salles bénéficiaires après avis d'une commission. Les salles sont choisies au regard de leur fréquentation, de leur situation géographique et de la diversité de leur programmation.";
      assert.deepEqual(statuses(question, answer), ['modalites/answered']);
    });
  });

  describe('a question that asks one yes/no on a risk or a judgement, answered by an opening « Non. »', () => {
    const question =
      "Mme Sophie Garnier attire l'attention de M. le ministre de l'économie sur la fin du taux réduit de cotisation foncière des artisans boulangers. Elle lui demande s'il estime que cette évolution fait peser un risque sur les plus petites boulangeries.";

    it('« Non. » followed by its reasons, in none of the request’s words: answered', () => {
      const answer = "Non. La quasi-totalité des boulangeries de moins de trois salariés restait en dehors du champ du taux réduit, dont le bénéfice allait pour l'essentiel aux établissements industriels.";
      assert.deepEqual(statuses(question, answer), ['position/answered']);
    });

    it('counterpart: the same reasons without the « Non » stay flagged', () => {
      const answer = "La quasi-totalité des boulangeries de moins de trois salariés restait en dehors du champ du taux réduit, dont le bénéfice allait pour l'essentiel aux établissements industriels.";
      assert.notDeepEqual(statuses(question, answer), ['position/answered']);
    });

    it('counterpart: « Non » as a word of the first sentence (« Non seulement… ») is no reply', () => {
      const answer = "Non seulement les boulangeries de moins de trois salariés restaient en dehors du champ du taux réduit, mais le bénéfice allait pour l'essentiel aux établissements industriels.";
      assert.notDeepEqual(statuses(question, answer), ['position/answered']);
    });
  });

  describe('a figure in a quoted programme name (« le plan « 200 000 places » ») counts nothing done', () => {
    const question =
      "Mme Agnès Perrot attire l'attention de Mme la ministre des solidarités sur l'accueil du jeune enfant. Elle lui demande combien de places de crèche ont été créées depuis 2020.";

    it('only the name of the plan: flagged', () => {
      assert.deepEqual(statuses(question, "Le plan « 200 000 places de crèche » a été lancé par le Gouvernement pour répondre aux besoins des familles."), ['chiffres/partial']);
    });

    it('counterpart: the count of places created, beside the plan’s name, answers', () => {
      const answer = "Depuis 2020, 35 000 places de crèche ont été créées, dans le cadre du plan « 200 000 places de crèche » lancé par le Gouvernement.";
      assert.deepEqual(statuses(question, answer), ['chiffres/answered']);
    });
  });

  describe('« si le préfet peut… » is not concluded on by what a decree may provide, but by a text that gives him the power', () => {
    const question =
      "M. Alain Fabre attire l'attention de M. le ministre de l'intérieur sur les débits de boissons temporaires. Il lui demande si le préfet peut fixer lui-même les heures de fermeture des débits de boissons lors des fêtes locales.";
    const law = "Aux termes de l'article L. 3332-15 du code de la santé publique, un décret peut fixer les heures de fermeture des débits de boissons.";

    it('only what a decree may do: flagged', () => {
      assert.deepEqual(statuses(question, law), ['droit/partial']);
    });

    it('counterpart: the text that allows the préfet to do it answers', () => {
      const answer = `${law} Sur ce fondement, l'article R. 3332-3 du même code permet au préfet de fixer, par arrêté, les heures de fermeture des débits de boissons du département.`;
      assert.deepEqual(statuses(question, answer), ['droit/answered']);
    });

    it('counterpart: the rule said of the préfet himself answers', () => {
      const answer = "Aux termes de l'article R. 3332-3 du code de la santé publique, le préfet peut fixer par arrêté les heures de fermeture des débits de boissons.";
      assert.deepEqual(statuses(question, answer), ['droit/answered']);
    });
  });

  describe('a passive modal on another act (« ce congé peut être fractionné ») does not conclude on « si un agent peut bénéficier… »', () => {
    const question =
      "Mme Louise Girard attire l'attention de M. le ministre de la fonction publique sur les agents contractuels des collectivités. Elle lui demande si un agent contractuel de la fonction publique territoriale peut bénéficier du congé de présence parentale.";
    const rule = "Le congé de présence parentale est régi par l'article L. 632-1 du code général de la fonction publique.";

    it('how the leave is taken, not whether the agent is entitled to it: flagged', () => {
      const answer = `${rule} Ce congé peut être fractionné ou pris sous la forme d'un temps partiel. Durant le congé, l'agent contractuel n'est pas rémunéré mais perçoit l'allocation journalière de présence parentale.`;
      assert.deepEqual(statuses(question, answer), ['droit/partial']);
    });

    it('counterpart: the leave « peut être accordé aux agents contractuels » names the case asked and answers', () => {
      assert.deepEqual(statuses(question, `${rule} Ce congé peut être accordé aux agents contractuels dans les mêmes conditions qu'aux fonctionnaires.`), ['droit/answered']);
    });

    it('counterpart: « les agents contractuels peuvent en bénéficier » answers', () => {
      assert.deepEqual(statuses(question, `${rule} Les agents contractuels peuvent en bénéficier dans les mêmes conditions que les fonctionnaires.`), ['droit/answered']);
    });
  });

  describe('a figure per year for a total: the message says a figure for the whole is missing', () => {
    const question =
      "M. Paul Roche attire l'attention de M. le ministre du logement sur la construction de logements sociaux. Il lui demande combien de logements sociaux ont été construits depuis 2020.";

    it('only a pace per year: flagged, « aucun chiffre d’ensemble »', () => {
      const answer = "Environ 800 logements sociaux sont construits par an, grâce au soutien du fonds national des aides à la pierre.";
      assert.deepEqual(flags(question, answer), ['Sous-question 1 (chiffres) : aucun chiffre d’ensemble : la réponse ne donne qu’un chiffre par période (par an, par mois…).']);
    });

    it('counterpart: the total since the year asked answers, beside the pace', () => {
      assert.deepEqual(statuses(question, "Depuis 2020, 3 400 logements sociaux ont été construits, soit environ 800 par an."), ['chiffres/answered']);
    });
  });

  it('the new forms stay linear on 2,000-character adversarial inputs', () => {
    const question = "M. Paul Martin interroge M. le ministre sur les logements. Il lui demande le nombre de logements livrés en 2024 dans le département et, dans l'affirmative comme dans la négative, quels sont les recours ouverts.";
    const inputs = [
      `En 2023, ${'1 000 '.repeat(330)}`,
      `par rapport à 2023, ${"où l'on a a a ".repeat(140)}40 000.`,
      `${'en 2023 , '.repeat(200)}étaient 12 000.`,
      `Au niveau national, ${'2 000 000 par an '.repeat(110)}`,
    ];
    for (const answer of inputs) {
      const start = process.hrtime.bigint();
      run(question, answer);
      assert.ok(Number(process.hrtime.bigint() - start) / 1e6 < 2000, 'over 2 s');
    }
  });
});
