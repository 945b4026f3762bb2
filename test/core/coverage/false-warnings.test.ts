/**
 * Issue 10: « aucun passage de la réponse ne traite de … » said of real published answers that do treat the request
 * (found by reading every such warning on the readable real answers: coverage-dev's tune half, the open-data records,
 * the answers judged by hand). Hand-made cases in the same forms; each with a counterpart that keeps the warning.
 */
import assert from 'node:assert/strict';
import { extract, statuses } from './helpers';

describe('coverage: requests a real answer treats in other words', () => {
  describe('a first request without a word of its own asks about the sentence before it', () => {
    const question = "Mme Christine Herzog attire l'attention de Mme la ministre de la cohésion des territoires sur le cas d'une commune qui dispose d'une aire pour camping-cars. La commune souhaite interdire le stationnement nocturne des camping-cars dans les espaces boisés. Elle lui demande selon quelles modalités.";
    it('answered: the answer says how the maire may forbid the parking', () => {
      assert.deepEqual(statuses(question, "En application de l'article L. 2213-2 du code général des collectivités territoriales, le maire peut, par arrêté motivé, réglementer l'arrêt et le stationnement des véhicules. Par conséquent, l'interdiction du stationnement des camping-cars doit être prise par un arrêté motivé de l'autorité de police."), ['modalites/answered']);
    });
    it('counterpart: an answer on something else is still no passage', () => {
      assert.deepEqual(statuses(question, "La dotation globale de fonctionnement des communes touristiques est majorée en application de l'article L. 2334-7 du même code."), ['modalites/unanswered']);
    });
  });

  describe("an acronym of the request, spelled out in the answer, is named there", () => {
    const question = "Mme Sylviane Alaux interroge Mme la ministre de l'environnement sur l'assainissement non collectif. Le contrôle des installations est assuré par le service public d'assainissement non collectif (SPANC). Elle lui demande de préciser le cadre de fonctionnement des SPANC.";
    it('answered: « les services publics d\'assainissement non collectif » are the SPANC', () => {
      assert.deepEqual(statuses(question, "La fréquence et le prix des contrôles sont fixés par les collectivités organisatrices, dans la limite des modalités imposées par le code général des collectivités territoriales. Les différences de mode d'organisation des services publics d'assainissement non collectif expliquent les disparités des redevances."), ['droit/answered']);
    });
    it('counterpart: the same words in another order name nothing', () => {
      assert.deepEqual(statuses(question, "Les collectivités publiques financent l'assainissement collectif des services de l'État. Les aides des agences de l'eau sont versées chaque année."), ['droit/unanswered']);
    });
  });
});

describe('coverage: « d\'une part, pour … » opens the first of a pair, not a purpose', () => {
  it('« quelle est l\'autorité qui a compétence d\'une part, pour fixer le nom des rues et d\'autre part, pour établir la numérotation … »: two requests with their objects', () => {
    const subs = extract("M. Jean Louis Masson demande à M. le ministre de l'intérieur quelle est l'autorité qui a compétence d'une part, pour fixer le nom des rues et d'autre part, pour établir la numérotation des immeubles dans chaque rue.");
    assert.deepEqual(subs.map((sub) => sub.governed ?? sub.text), ["quelle est l'autorité qui a compétence pour fixer le nom des rues", "quelle est l'autorité qui a compétence pour établir la numérotation des immeubles dans chaque rue"]);
  });
});
