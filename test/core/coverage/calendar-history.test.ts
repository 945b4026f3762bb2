/**
 * A calendar asked for an act to come (« à quelle date la circulation sera rétablie ») is answered by the date planned
 * for it (issue 10): the plan (« la réouverture est prévue en juin 2025 ») was read as history, so that a plain answer
 * was flagged « aucun passage ». A previous occurrence in the pluperfect (« avait été rétablie le 3 juin 2022 ») is no
 * answer. Tried and withdrawn after review (rev-cal19: 21 false alarms on good answers in 77 probes): masking « <mot>
 * depuis DATE », « a été <participe> le DATE » and « ouvert / repris / paru en DATE » unless the word is the
 * request's; the ministry names the act asked in its own words (« a rouvert le », « ont repris normalement depuis
 * le »). Hand-made texts in the forms of published answers.
 */
import assert from 'node:assert/strict';
import { statuses } from './helpers';

const line =
  "Mme Claire Petit attire l'attention de M. le ministre des transports sur la ligne ferroviaire Grenoble – Gap, fermée après un éboulement. Elle lui demande à quelle date la circulation sera rétablie sur la ligne Grenoble – Gap.";
const answerWith = (sentence: string) => `Les travaux de confortement ont été engagés par SNCF Réseau. ${sentence}`;

describe('coverage: the date planned for the act asked answers it', () => {
  const answered: readonly (readonly [string, string])[] = [
    ['« la réouverture … est prévue en juin 2025 » (was « aucun passage »)', 'La réouverture de la ligne est prévue en juin 2025.'],
    ['« est prévue le 15 juin 2025 » (was « aucun passage »)', 'La réouverture de la ligne est prévue le 15 juin 2025.'],
    ['« la reprise des circulations est prévue en juin 2025 » (was « aucun passage »)', 'La reprise des circulations est prévue en juin 2025.'],
    ['the line named in full (was partial, « portent sur autre chose »)', 'La réouverture de la ligne Grenoble – Gap est prévue en juin 2025.'],
    ['counterpart, as before: the act asked done on its date (« a été rétablie le 3 mars 2025 »)', 'La circulation a été rétablie le 3 mars 2025.'],
    ['counterpart, as before: the act asked in force since its date (« est rétablie depuis le 3 mars 2025 »)', 'La circulation est rétablie depuis le 3 mars 2025.'],
    ['counterpart, as before: a future with its date', 'La circulation sur la ligne reprendra en juin 2025.'],
  ];
  for (const [what, sentence] of answered) {
    it(what, () => assert.deepEqual(statuses(line, answerWith(sentence)), ['calendrier/answered']));
  }
});

describe('coverage: a plan given up, or a previous occurrence, is not the date asked', () => {
  it('a previous occurrence in the pluperfect (« avait été rétablie le 3 juin 2022 »)', () => {
    assert.deepEqual(statuses(line, answerWith("La circulation avait été rétablie le 3 juin 2022 après la crue, avant le nouvel éboulement. Le calendrier des travaux dépend des sondages.")), ['calendrier/partial']);
  });

  it('a plan given up (« initialement prévue en décembre 2024, a été reportée ») is no date either', () => {
    assert.notDeepEqual(statuses(line, answerWith('La réouverture de la ligne, initialement prévue en décembre 2024, a été reportée.')), ['calendrier/answered']);
  });

  // Counterexamples of an independent review (rev-cal19), each answered by a first version of the change.
  const decree =
    "M. Luc Bernard attire l'attention de Mme la ministre du travail sur l'accompagnement des demandeurs d'emploi. Il lui demande à quelle date le décret d'application relatif à l'accompagnement des demandeurs d'emploi sera publié.";
  const givenUp: readonly (readonly [string, string])[] = [
    ['« qui était prévue en juin 2024, a été différée »', "La publication du décret, qui était prévue en juin 2024, a été différée pour permettre une nouvelle concertation."],
    ['« était prévue en juin 2024 ; elle a été reportée »', "La publication du décret était prévue en juin 2024 ; elle a été reportée afin de tenir compte de l'avis du Conseil d'État."],
    ['« programmée en juin 2024, a dû être décalée »', 'La publication de ce décret, programmée en juin 2024, a dû être décalée à la demande des partenaires sociaux.'],
    ['« envisagée en juin 2024, n’a pu intervenir »', "La publication du décret, envisagée en juin 2024, n'a pu intervenir en raison de la saisine du Conseil d'État."],
  ];
  for (const [what, answer] of givenUp) {
    it(what, () => assert.notDeepEqual(statuses(decree, answer), ['calendrier/answered']));
  }

  it('the pluperfect ends with its clause: « avait demandé … et la circulation sera rétablie le 15 juin 2025 » answers', () => {
    assert.deepEqual(statuses(line, "Le ministre avait demandé à SNCF Réseau d'accélérer les travaux et la circulation sera rétablie le 15 juin 2025."), ['calendrier/answered']);
  });

  it('counterparts, as before: the act asked done on its date, in other words', () => {
    const limoges =
      "Mme Claire Martin attire l'attention de M. le ministre délégué chargé des transports sur la ligne ferroviaire Limoges – Poitiers, interrompue à la suite d'un glissement de terrain. Elle lui demande à quelle date la circulation sera rétablie sur cette ligne.";
    assert.deepEqual(statuses(limoges, 'SNCF Réseau a mené à bien les travaux de confortement de la plateforme. Les circulations ferroviaires ont repris normalement depuis le 3 mars 2025.'), ['calendrier/answered']);
    const opening = "Mme Claire Petit attire l'attention de Mme la ministre de l'éducation nationale sur le nouveau collège de Saint-Priest. Elle lui demande quand le nouveau collège ouvrira.";
    assert.deepEqual(statuses(opening, "Le nouveau collège de Saint-Priest, ouvert en septembre 2024, accueille aujourd'hui 600 élèves."), ['calendrier/answered']);
  });
});
