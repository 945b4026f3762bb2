/**
 * A calendar asked for an act to come (« à quelle date la circulation sera rétablie ») is answered by the date planned
 * for it, not by a date of the past (issue 10). A reviewer's probes (rev2-cv18) showed main taking the date of another
 * event as the answer: a previous reopening in the pluperfect, an interruption « le 12 janvier 2024 », a regime
 * « applicable depuis le 1er janvier 2022 », a college « ouvert en 1972 ». And the plan itself (« la réouverture est
 * prévue en juin 2025 ») was read as history, so that a plain answer was flagged « aucun passage ». Hand-made texts in
 * the forms of published answers.
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

describe('coverage: a date of the past is not the date asked for an act to come', () => {
  it('a previous occurrence in the pluperfect (« avait été rétablie le 3 juin 2022 »)', () => {
    assert.deepEqual(statuses(line, answerWith("La circulation avait été rétablie le 3 juin 2022 après la crue, avant le nouvel éboulement. Le calendrier des travaux dépend des sondages.")), ['calendrier/partial']);
  });

  it('an interruption on its day (« a été interrompue le 12 janvier 2024 »)', () => {
    assert.deepEqual(statuses(line, answerWith("La circulation sur la ligne Grenoble – Gap a été interrompue le 12 janvier 2024, et sa reprise dépend des conclusions de l'expertise.")), ['calendrier/partial']);
  });

  it('a plan given up (« initialement prévue en décembre 2024, a été reportée ») is no date either', () => {
    assert.notDeepEqual(statuses(line, answerWith('La réouverture de la ligne, initialement prévue en décembre 2024, a été reportée.')), ['calendrier/answered']);
  });

  it('a regime « applicable depuis le 1er janvier 2022 » does not date the reform asked', () => {
    const question =
      "Mme Claire Petit attire l'attention de M. le ministre de l'économie sur la taxe d'aménagement. Elle lui demande à quelle date la réforme de la taxe d'aménagement entrera en vigueur.";
    const answer =
      "Le régime de la taxe d'aménagement applicable depuis le 1er janvier 2022 prévoit un transfert de sa gestion à la direction générale des finances publiques. La réforme annoncée fera l'objet d'une disposition du prochain projet de loi de finances.";
    assert.deepEqual(statuses(question, answer), ['calendrier/partial']);
  });

  it('the old building « ouvert en 1972 » does not date the opening of the new one', () => {
    const question =
      "Mme Claire Petit attire l'attention de Mme la ministre de l'éducation nationale sur le collège de Montbrison. Elle lui demande à quelle date le nouveau collège de Montbrison ouvrira.";
    const answer =
      "Le collège actuel de Montbrison, ouvert en 1972, ne répond plus aux normes d'accessibilité et ses effectifs ont doublé. La construction du nouveau collège relève du département, qui a engagé les études de programmation.";
    assert.deepEqual(statuses(question, answer), ['calendrier/partial']);
  });
});
