/**
 * Issue 10, third round on kinds (QUESTION-FORMS.md §5, §10.1): forms common in real written questions that the
 * first two rounds left. « dans quelles conditions un agent a le droit de … » is the law for someone else (droit);
 * « les restrictions légales », « quelles sont les sanctions pour les communes qui … » ask the law; « tout
 * d'abord » / « ensuite » between the request verb and its governor (« de lui confirmer que … ») no longer leave the
 * governor in the request; « dans quelle mesure cette délégation recouvre … » asks how far a legal act reaches
 * (droit); « les grandes lignes » of a plan is mesures; after a scope (« pour chaque année, … »), a comma series of
 * figures is one request per figure, and « , le nombre de communes ayant … » is a quantity asked, not an absolute
 * participle clause. Every request is hand-made in the forms deputies and senators use; none is taken from a
 * labelled set.
 */
import assert from 'node:assert/strict';
import { extract } from './helpers';

const opening = "M. Paul Martin attire l'attention de M. le ministre de l'intérieur sur la situation des collectivités territoriales.";

function texts(question: string): string[] {
  return extract(question).map((sub) => sub.text);
}

function kinds(question: string): string[] {
  return extract(question).map((sub) => sub.kind);
}

describe('coverage: third round on kinds (hand-made, §5, §10.1)', () => {
  describe('the law for someone else', () => {
    it('« dans quelles conditions un agent a le droit de … » → droit', () => {
      const q = `${opening} Il lui demande dans quelles conditions un agent contractuel a le droit de siéger au comité social territorial.`;
      assert.deepEqual(kinds(q), ['droit']);
    });
    it('« quelles sont les éventuelles restrictions légales » → droit', () => {
      const q = `${opening} Il lui demande comment se déroule le vote du budget en l'absence du maire et quelles sont les éventuelles restrictions légales.`;
      assert.deepEqual(kinds(q), ['modalites', 'droit']);
    });
    it('« quelles sont les sanctions pour les communes qui … » → droit', () => {
      const q = `${opening} Il lui demande quelles sont les sanctions pour les communes qui ne respectent pas leur obligation de créer une aire d'accueil.`;
      assert.deepEqual(kinds(q), ['droit']);
    });
    it('counterpart: « dans quelles conditions ces aides seront versées » stays modalités', () => {
      const q = `${opening} Il lui demande dans quelles conditions ces aides seront versées aux exploitants sinistrés.`;
      assert.deepEqual(kinds(q), ['modalites']);
    });
    it('counterpart: « quelles sont les sanctions prononcées en 2023 » is not read as the law', () => {
      const q = `${opening} Il lui demande quelles sont les sanctions prononcées l'an dernier contre les entreprises de transport.`;
      assert.notEqual(kinds(q)[0], 'droit');
    });
  });

  describe('« tout d\'abord », « ensuite » before the governor', () => {
    it('« il lui demande tout d\'abord de lui confirmer que … » : the governor is left out, the statement is droit', () => {
      const q = `${opening} Il lui demande tout d'abord de lui confirmer qu'une délégation de ce type, lorsqu'elle a été consentie au maire, comprend la décision de résilier le bail.`;
      assert.deepEqual(texts(q), ["qu'une délégation de ce type, lorsqu'elle a été consentie au maire, comprend la décision de résilier le bail"]);
      assert.deepEqual(kinds(q), ['droit']);
    });
    it('counterpart: « il lui demande tout d\'abord de revaloriser la dotation » stays an action (mesures)', () => {
      const q = `${opening} Il lui demande tout d'abord de revaloriser la dotation de solidarité rurale.`;
      assert.deepEqual(kinds(q), ['mesures']);
    });
  });
  describe('how far a legal act reaches', () => {
    it('« dans quelle mesure cette délégation recouvre aussi … » → droit', () => {
      const q = `${opening} Il lui demande dans quelle mesure la délégation consentie au maire recouvre aussi la fixation des tarifs des équipements sportifs.`;
      assert.deepEqual(kinds(q), ['droit']);
    });
    it('« en quoi l\'exonération couvre également … » → droit', () => {
      const q = `${opening} Il lui demande en quoi l'exonération prévue pour les bâtiments agricoles couvre également les hangars de stockage.`;
      assert.deepEqual(kinds(q), ['droit']);
    });
    it('counterpart: « dans quelle mesure ce plan couvre les besoins … » stays modalités', () => {
      const q = `${opening} Il lui demande dans quelle mesure ce plan de relance couvre les besoins des petites communes.`;
      assert.deepEqual(kinds(q), ['modalites']);
    });
  });

  describe('the outline of a Government plan', () => {
    it('« l\'état d\'avancement de ce plan ainsi que les grandes lignes de son contenu » → calendrier + mesures', () => {
      const q = `${opening} Il lui demande de lui préciser l'état d'avancement du plan de soutien annoncé au printemps ainsi que les grandes lignes de son contenu.`;
      assert.deepEqual(kinds(q), ['calendrier', 'mesures']);
    });
    it('« quels sont les grands axes de la future loi » → mesures', () => {
      const q = `${opening} Il lui demande comment la concertation a été menée et quels sont les grands axes de la future loi de programmation.`;
      assert.deepEqual(kinds(q), ['modalites', 'mesures']);
    });
    it('counterpart: « l\'état d\'avancement du plan » alone stays calendrier', () => {
      const q = `${opening} Il lui demande de lui préciser l'état d'avancement du plan de soutien annoncé au printemps.`;
      assert.deepEqual(kinds(q), ['calendrier']);
    });
  });
  describe('a series of figures after a scope', () => {
    it('« pour chaque année depuis 2010, l\'évolution de …, le nombre de … ainsi que le nombre moyen de … » : three requests', () => {
      const q = `${opening} Il lui demande de préciser pour chaque année depuis 2015 et par région, l'évolution des dépenses de fonctionnement, le nombre de postes créés ou supprimés ainsi que le nombre moyen d'agents par service.`;
      assert.deepEqual(texts(q), [
        "pour chaque année depuis 2015 et par région, l'évolution des dépenses de fonctionnement",
        'le nombre de postes créés ou supprimés',
        "le nombre moyen d'agents par service",
      ]);
      assert.deepEqual(kinds(q), ['chiffres', 'chiffres', 'chiffres']);
    });
    it('« l\'évolution de la population … » → chiffres', () => {
      const q = `${opening} Il lui demande de lui indiquer l'évolution de la population accueillie dans les centres d'hébergement depuis 2018.`;
      assert.deepEqual(kinds(q), ['chiffres']);
    });
    it('« , le nombre de communes ayant transféré … » is a quantity asked, not an absolute participle clause (the request was lost)', () => {
      const q = `${opening} Il lui demande de lui faire connaître, pour chacune des années 2015 à 2020, le nombre de communes ayant transféré leur compétence.`;
      assert.deepEqual(texts(q), ['pour chacune des années 2015 à 2020, le nombre de communes ayant transféré leur compétence']);
    });
    it('counterpart: « , les charges des communes ayant fortement augmenté » stays a tail that asks nothing', () => {
      const q = `${opening} Il lui demande quelles mesures il compte prendre, les charges des communes ayant fortement augmenté depuis deux ans.`;
      assert.deepEqual(texts(q), ['quelles mesures il compte prendre']);
    });
    it('counterpart: « l\'évolution de la réglementation » is not a figure', () => {
      const q = `${opening} Il lui demande de lui indiquer l'évolution de la réglementation relative aux débits de boissons.`;
      assert.notEqual(kinds(q)[0], 'chiffres');
    });
  });
  describe('the reach of a power and the periods the law sets', () => {
    it('« quelle est l\'étendue des pouvoirs de police du maire » → droit', () => {
      const q = `${opening} Il lui demande quelle est l'étendue des pouvoirs de police du maire sur les voies privées ouvertes à la circulation.`;
      assert.deepEqual(kinds(q), ['droit']);
    });
    it('« quels sont les délais de conservation / de convocation … » → droit', () => {
      const q = `${opening} Il lui demande quels sont les délais de conservation des listes d'émargement par les services de la mairie.`;
      assert.deepEqual(kinds(q), ['droit']);
    });
    it('counterpart: « l\'étendue des dégâts » and « les délais de traitement des demandes » are not the law', () => {
      const q = `${opening} Il lui demande quels sont les délais de traitement des demandes de cartes d'identité en mairie.`;
      assert.deepEqual(kinds(q), ['calendrier']);
      const r = `${opening} Il lui demande quelle est l'étendue des dégâts causés par les inondations de l'automne.`;
      assert.notEqual(kinds(r)[0], 'droit');
    });
  });
  describe('what the law provides, what someone risks', () => {
    it('« ce que risque un maire qui … » → droit', () => {
      const q = `${opening} Il lui demande ce que risque un maire qui refuse d'inscrire un enfant à l'école communale.`;
      assert.deepEqual(kinds(q), ['droit']);
    });
    it('« quelle est la valeur juridique de cette circulaire » → droit', () => {
      const q = `${opening} Il lui demande quelle est la valeur juridique d'une charte signée entre la commune et les commerçants.`;
      assert.deepEqual(kinds(q), ['droit']);
    });
    it('« ce que prévoit la loi dans ce cas » → droit', () => {
      const q = `${opening} Il lui demande ce que prévoit la loi lorsque le budget n'est pas voté dans les délais.`;
      assert.deepEqual(kinds(q), ['droit']);
    });
    it('« ce que prévoit le Gouvernement pour les communes … » → mesures', () => {
      const q = `${opening} Il lui demande ce que prévoit le Gouvernement pour les communes touchées par la sécheresse.`;
      assert.deepEqual(kinds(q), ['mesures']);
    });
    it('counterpart: « ce que risque la France si … » is not the law of someone else', () => {
      const q = `${opening} Il lui demande ce que risque la France si elle ne transpose pas la directive dans les délais.`;
      assert.notEqual(kinds(q)[0], 'droit');
    });
  });
  describe('who bears a cost, what follows for someone who breaks a rule', () => {
    it('« Les frais … sont-ils à la charge de la commune … ? » → droit', () => {
      const q = `${opening} Les frais de transport scolaire sont-ils à la charge de la commune de résidence lorsque l'élève est scolarisé ailleurs ?`;
      assert.deepEqual(kinds(q), ['droit']);
    });
    it('« quelles sont les conséquences pour une commune qui ne respecte pas … » → droit', () => {
      const q = `${opening} Il lui demande quelles sont les conséquences pour une commune qui ne respecte pas le seuil de logements sociaux.`;
      assert.deepEqual(kinds(q), ['droit']);
    });
    it('counterpart: « les conséquences pour les communes de la suppression de cette taxe » (an impact) is not read as the law', () => {
      const q = `${opening} Il lui demande quelles sont les conséquences pour les communes de la suppression de cette taxe.`;
      assert.notEqual(kinds(q)[0], 'droit');
    });
  });
  describe('« dans quelle mesure il serait possible de … »: who acts decides', () => {
    it('« dans quelle mesure il serait possible d\'assouplir cette règle » → intention (a change of the rule)', () => {
      const q = `${opening} Il lui demande dans quelle mesure il serait envisageable d'assouplir les conditions d'accès à ce fonds pour les petites communes.`;
      assert.deepEqual(kinds(q), ['intention']);
    });
    it('« dans quelle mesure il est possible pour une commune de déroger … » → droit', () => {
      const q = `${opening} Il lui demande dans quelle mesure il est possible pour une commune de déroger à l'obligation de mise en concurrence.`;
      assert.deepEqual(kinds(q), ['droit']);
    });
    it('counterpart: « dans quelle mesure il serait possible de mieux informer les familles » stays modalités', () => {
      const q = `${opening} Il lui demande dans quelle mesure il serait possible de mieux informer les familles de ces droits.`;
      assert.deepEqual(kinds(q), ['modalites']);
    });
  });
  describe('« doit être modifié » : the State\'s text or someone else\'s act', () => {
    it('« si la loi doit être modifiée pour permettre … » → intention (a change only the Government brings)', () => {
      const q = `${opening} Il lui demande si la loi doit être modifiée pour permettre aux syndicats intercommunaux de recruter des apprentis.`;
      assert.deepEqual(kinds(q), ['intention']);
    });
    it('counterpart: « si la délibération doit être modifiée pour tenir compte … » stays droit (an act of the commune)', () => {
      const q = `${opening} Il lui demande si la délibération fixant les tarifs doit être modifiée pour tenir compte de cette nouvelle compétence.`;
      assert.deepEqual(kinds(q), ['droit']);
    });
  });
});
