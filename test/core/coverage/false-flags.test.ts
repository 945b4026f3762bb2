/**
 * False flags on answers that do answer (issue 10, trust): a refusal said as « la voie retenue », a yes said by the
 * measure taken for the purpose asked, a count stated in a sentence of its own, a right restated by its predicate
 * with a modal, and how a coordination works said through a complement set off by commas. Each form comes with a
 * counterpart that must stay flagged. The sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { run } from './helpers';

const statuses = (question: string, answer: string) => run(question, answer).subQuestions.map((sub) => `${sub.kind}/${sub.status}`);
const first = (question: string, answer: string) => statuses(question, answer)[0];

describe('coverage: answers that answer without the forms first recognised', () => {
  describe('an intention request answered by a refusal said as a choice of the way', () => {
    const question =
      "M. Paul Girard attire l'attention de M. le ministre chargé des transports sur l'usure du réseau routier national par les poids lourds en transit. Il lui demande si le Gouvernement entend instaurer une vignette pour les poids lourds étrangers qui traversent le territoire, et quelles mesures il compte prendre pour financer l'entretien des routes nationales.";
    const measures =
      "Pour financer l'entretien des routes nationales, le plan de modernisation des itinéraires routiers a été doté de 250 millions d'euros supplémentaires par la loi de finances pour 2024.";
    const answer = (refusal: string) => `${refusal} ${measures}`;

    for (const refusal of [
      "L'instauration d'une vignette pour les poids lourds étrangers, souvent évoquée, ne constitue pas aujourd'hui la voie retenue : elle se heurterait aux règles européennes sur la non-discrimination.",
      "Une vignette pour les poids lourds étrangers n'est pas la voie privilégiée, car elle se heurterait aux règles européennes sur la non-discrimination.",
      "Le Gouvernement a fait le choix d'une participation des régions volontaires plutôt que d'une vignette pour les poids lourds étrangers, qui se heurterait aux règles européennes.",
      "S'agissant d'une vignette pour les poids lourds étrangers, d'autres solutions sont privilégiées, comme la participation des régions volontaires.",
      "S'agissant d'une vignette pour les poids lourds étrangers, le Gouvernement a privilégié une autre approche, fondée sur la participation des régions volontaires.",
    ]) {
      it(`answered: « ${refusal.slice(0, 70)}… »`, () => {
        assert.deepEqual(statuses(question, answer(refusal)), ['intention/answered', 'mesures/answered']);
      });
    }

    it('without the measures, the refusal (the first request’s own passage) does not answer « quelles mesures il compte prendre »', () => {
      const refusal = "L'instauration d'une vignette pour les poids lourds étrangers, souvent présentée comme un moyen de financer l'entretien, ne constitue pas aujourd'hui la voie retenue : elle se heurterait aux règles européennes.";
      const [first, second] = statuses(question, refusal);
      assert.equal(first, 'intention/answered');
      assert.notEqual(second, 'mesures/answered');
    });

    it('other ways only studied (« d’autres solutions sont à l’étude ») is no answer: still flagged', () => {
      const studied = "S'agissant d'une vignette pour les poids lourds étrangers, d'autres solutions sont à l'étude avec les régions volontaires.";
      assert.deepEqual(statuses(question, answer(studied)), ['intention/partial', 'mesures/answered']);
    });

    it('a mere mention of the debate is no answer: still flagged', () => {
      const mention = "L'instauration d'une vignette pour les poids lourds étrangers est régulièrement évoquée par les élus des territoires traversés.";
      assert.deepEqual(statuses(question, answer(mention)), ['intention/partial', 'mesures/answered']);
    });
  });

  describe('an intention request answered by the measure taken for the purpose asked', () => {
    const question =
      "Mme Claire Roussel attire l'attention de M. le ministre de l'intérieur sur la dotation des communes nouvelles. Les communes fusionnées relèvent encore de modes de calcul différents hérités des anciennes communes. Elle lui demande si le Gouvernement entend harmoniser les règles de calcul de la dotation forfaitaire des communes nouvelles, et quel est le nombre de communes nouvelles créées depuis 2015.";
    const before = 'Les écarts constatés tenaient à des modes de calcul hérités des communes fusionnées.';
    const counted = 'Par ailleurs, 787 communes nouvelles ont été créées depuis 2015.';

    it('« Afin d’harmoniser ces règles, le décret … a unifié … »: answered', () => {
      const done = "Afin d'harmoniser ces règles, le décret n° 2023-512 du 12 juin 2023 a unifié le calcul de la part forfaitaire pour toutes les communes fusionnées.";
      assert.deepEqual(statuses(question, `${before} ${done} ${counted}`), ['intention/answered', 'chiffres/answered']);
    });

    it('« Pour harmoniser ces règles, … ont été unifiées »: answered', () => {
      const done = "Pour harmoniser ces règles, les modes de calcul de la part forfaitaire ont été unifiés par la loi de finances pour 2024.";
      assert.deepEqual(statuses(question, `${before} ${done} ${counted}`), ['intention/answered', 'chiffres/answered']);
    });

    it('the purpose with a negated act (« n’a pas modifié »): still flagged', () => {
      const not = "Pour harmoniser ces règles, le décret n° 2023-512 du 12 juin 2023 n'a pas modifié le calcul de la part forfaitaire.";
      assert.deepEqual(statuses(question, `${before} ${not} ${counted}`), ['intention/partial', 'chiffres/answered']);
    });

    it('the purpose without a measure taken (« il conviendrait de modifier la loi »): still flagged', () => {
      const wish = "Afin d'harmoniser ces règles, il conviendrait de modifier la loi.";
      assert.deepEqual(statuses(question, `${before} ${wish} ${counted}`), ['intention/partial', 'chiffres/answered']);
    });

    it('the purpose with a study only (« une étude a été lancée »): still flagged', () => {
      const study = "Afin d'harmoniser ces règles, une étude a été lancée auprès des préfectures.";
      assert.deepEqual(statuses(question, `${before} ${study} ${counted}`), ['intention/partial', 'chiffres/answered']);
    });
  });

  describe('a count asked, stated in another sentence than the one that repeats the request', () => {
    const question =
      "M. Luc Bernier interroge M. le ministre de la transition écologique sur la prime à la conversion des véhicules. Il lui demande comment fonctionne la plateforme de dépôt des demandes de prime, et le nombre de dossiers déposés depuis l'ouverture de la plateforme.";
    const opened =
      "La plateforme de dépôt des demandes, ouverte le 2 janvier 2023, permet aux particuliers de déposer leur demande en ligne au moyen d'un formulaire unique.";
    const instruction = "Chaque dossier est instruit par l'Agence de services et de paiement.";

    it('« près de 48 000 dossiers ont été enregistrés » answers, wherever it stands', () => {
      const figure = "À ce jour, près de 48 000 dossiers ont été enregistrés, dont les deux tiers par des ménages modestes.";
      assert.deepEqual(statuses(question, `${opened} ${instruction} ${figure}`), ['modalites/answered', 'chiffres/answered']);
    });

    it('a count of another thing (« 48 000 appels ») does not: still flagged', () => {
      const other = "À ce jour, près de 48 000 appels ont été reçus par le service d'assistance téléphonique.";
      assert.deepEqual(statuses(question, `${opened} ${instruction} ${other}`), ['modalites/answered', 'chiffres/partial']);
    });
  });

  describe('a droit request without a modal, answered by a rule that restates its predicate with one', () => {
    const question =
      "M. Henri Vasseur attire l'attention de Mme la ministre de la fonction publique sur la situation des fonctionnaires placés en disponibilité. Il lui demande si un fonctionnaire en disponibilité qui exerce une activité salariée conserve ses droits à l'avancement, et quelles démarches il doit accomplir pour être réintégré.";
    const rule = "L'article L. 514-7 du code général de la fonction publique a modifié le régime de la disponibilité.";
    const reinstatement = "Pour être réintégré, le fonctionnaire adresse sa demande à son administration trois mois au moins avant le terme de sa disponibilité, conformément à l'article R. 514-4 du même code.";

    it('« … peut conserver, pendant cinq ans au plus, ses droits à l’avancement »: answered', () => {
      const restated = "Depuis 2019, le fonctionnaire en disponibilité qui exerce une activité professionnelle peut conserver, pendant cinq ans au plus, ses droits à l'avancement.";
      assert.equal(first(question, `${rule} ${restated} ${reinstatement}`), 'droit/answered');
    });

    it('a modal sentence on another act (« peut demander … un entretien ») does not conclude: still flagged', () => {
      const other = "Depuis 2019, le fonctionnaire en disponibilité qui exerce une activité professionnelle peut demander à bénéficier d'un entretien de carrière.";
      assert.equal(first(question, `${rule} ${other} ${reinstatement}`), 'droit/partial');
    });
  });

  describe('how a coordination works, told by who does what with a complement set off by commas', () => {
    const question =
      "Mme Sylvie Caron attire l'attention de M. le ministre de l'intérieur sur la sécurité dans les communes rurales. Elle lui demande si le Gouvernement entend augmenter les effectifs de gendarmerie dans les territoires ruraux, et comment s'organise la coopération entre la police municipale et la brigade de gendarmerie.";
    const staff = "Les effectifs de gendarmerie dans les territoires ruraux seront renforcés de 2 000 gendarmes d'ici 2027.";

    it('« Une réunion … permet, chaque semaine, de répartir les patrouilles »: answered', () => {
      const how = "Une réunion entre le commandant de brigade et le responsable de la police municipale permet, chaque semaine, de répartir les patrouilles.";
      assert.deepEqual(statuses(question, `${staff} ${how}`), ['intention/answered', 'modalites/answered']);
    });

    it('the same meeting only wished for: still flagged', () => {
      const wish = "Une réunion entre le commandant de brigade et le responsable de la police municipale est souhaitable, chaque semaine, pour la gendarmerie.";
      assert.deepEqual(statuses(question, `${staff} ${wish}`), ['intention/answered', 'modalites/partial']);
    });
  });
});

describe('coverage: « de quelle manière elle doit procéder » asked of a minister (masculine) is what the law requires of the commune', () => {
  const ask = (addressee: string, request: string) =>
    `M. Marc Lefort attire l'attention de ${addressee} sur les chemins ruraux laissés sans entretien. Il lui demande si une commune peut aliéner un chemin rural qui n'est plus affecté à l'usage du public, et ${request}.`;
  const answer =
    "Aux termes de l'article L. 161-10 du code rural et de la pêche maritime, une commune peut donc aliéner un chemin rural qui a cessé d'être affecté à l'usage du public. La procédure, fixée aux articles R. 161-25 à R. 161-27 du même code, comprend une enquête publique préalable. Le conseil municipal délibère ensuite sur la vente, après avoir mis en demeure les propriétaires riverains d'acquérir les terrains attenants.";

  it('« elle » cannot be « M. le ministre »: droit, answered by the procedure the code sets', () => {
    assert.deepEqual(statuses(ask("M. le ministre de l'intérieur", 'de quelle manière elle doit procéder pour que cette vente soit régulière'), answer), ['droit/answered', 'droit/answered']);
  });

  it('asked of « Mme la ministre », « elle » may be the minister: what she intends to do is not the law', () => {
    assert.equal(statuses(ask("Mme la ministre de l'agriculture", 'de quelle manière elle entend procéder pour simplifier cette vente'), answer)[1]?.split('/')[0], 'mesures');
  });
});
