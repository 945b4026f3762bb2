/**
 * Issue 10, fourth round on kinds and extraction (QUESTION-FORMS.md §3, §5, §10), from a tally of real questions
 * of odd years read for this round: « quelles sont les adaptations prévues … » and « quelles sont les améliorations
 * attendues … » ask measures like « quelles adaptations »; « si des consignes ont été données aux services » and
 * « s'il leur a été demandé de … » ask a measure taken, not the law; « la possibilité de recours pour … » asks the
 * law; « si X sera déclaré grande cause nationale » is a decision to come; « Les conseils municipaux peuvent-ils
 * prévoir que le montant … » asks what the law allows, the amount being its object; « Il se demande donc ce que le
 * Gouvernement entend faire … » is the author's request. Every request is hand-made in the forms deputies and
 * senators use; none is taken from a labelled set. Each form has a counterpart that keeps its old reading.
 */
import assert from 'node:assert/strict';
import { classify } from '../../../server/src/core/coverage/kinds';
import { foldForSearch } from '../../../server/src/core/text/fold';
import { extract } from './helpers';

const opening = "Mme Claire Petit attire l'attention de M. le ministre de l'intérieur sur la situation des collectivités territoriales.";

function kinds(question: string): string[] {
  return extract(question).map((sub) => sub.kind);
}

function texts(question: string): string[] {
  return extract(question).map((sub) => sub.text);
}

function check(cases: readonly [string, string][]): void {
  for (const [kind, request] of cases) {
    it(`${kind} : « ${request} »`, () => {
      assert.deepEqual(kinds(`${opening} Elle lui demande ${request}.`), [kind]);
    });
  }
}

describe('coverage: fourth round on kinds and extraction (hand-made, §3, §5, §10)', () => {
  describe('« quelles sont les adaptations / améliorations … » ask measures, like « quelles adaptations … »', () => {
    check([
      ['mesures', "quelles sont les adaptations prévues par l'État pour accompagner les communes rurales"],
      ['mesures', 'quelles seront les améliorations apportées au dispositif de soutien aux petites communes'],
      ['mesures', 'quels sont les aménagements envisagés pour les agents des services déconcentrés'],
    ]);
    it('after a position, a conjunct « et quelles sont les améliorations attendues … » asks measures, not a position', () => {
      const q = `${opening} Elle souhaite qu'il lui précise son sentiment sur cette situation et quelles sont les améliorations attendues de la réforme en cours.`;
      assert.deepEqual(kinds(q), ['position', 'mesures']);
    });
    it('counterpart: « quels sont les délais dont dispose une commune … » stays droit', () => {
      assert.deepEqual(kinds(`${opening} Elle lui demande quels sont les délais dont dispose une commune pour contester cet arrêté.`), ['droit']);
    });
  });

  describe('an instruction given by the administration is a measure taken, not the law', () => {
    check([
      ['mesures', 'si des instructions ont été données aux préfets pour harmoniser le traitement des dossiers'],
      ['mesures', 'si des consignes précises ont bien été adressées aux services instructeurs'],
      ['mesures', "s'il leur a été demandé de motiver chaque refus"],
    ]);
    it('counterpart: « si une commune peut refuser de transmettre ces consignes » stays droit', () => {
      assert.deepEqual(kinds(`${opening} Elle lui demande si une commune peut refuser de transmettre ces consignes à ses agents.`), ['droit']);
    });
    it('counterpart: « s\'il est tenu de motiver chaque refus », said of a maire, stays droit', () => {
      assert.deepEqual(kinds(`${opening} Elle lui demande si le maire est tenu de motiver chaque refus de permis.`), ['droit']);
    });
  });

  describe('« la possibilité de recours » asks the law (§10.1), like « les voies de recours »', () => {
    check([
      ['droit', 'la possibilité de recours pour les demandeurs dont le dossier a été rejeté'],
      ['droit', "quelles possibilités de contestation s'offrent aux propriétaires concernés"],
    ]);
    it('counterpart: « la possibilité de créer un fonds de garantie » stays the Government\'s will', () => {
      assert.deepEqual(kinds(`${opening} Elle l'interroge sur la possibilité de créer un fonds de garantie pour les communes sinistrées.`), ['intention']);
    });
  });

  describe('« si X sera déclaré … » is a decision to come (§10.1: the Government\'s own will)', () => {
    check([
      ['intention', 'si la lutte contre l\'illettrisme sera déclarée grande cause nationale l\'an prochain'],
      ['intention', 'si la convention sera signée avant la fin de l\'année'],
    ]);
    it('counterpart: « si le bien peut être déclaré vacant par la commune » stays droit', () => {
      assert.deepEqual(kinds(`${opening} Elle lui demande si un immeuble abandonné peut être déclaré vacant par la commune.`), ['droit']);
    });
  });

  describe('an inverted modal of a local actor asks the law, even when a figure is its object', () => {
    it('« Les conseils municipaux peuvent-ils fixer le montant … ? » is droit', () => {
      const q = `${opening} Les conseils municipaux peuvent-ils fixer le montant de l'indemnité au-delà du barème lorsque la commune est touristique ?`;
      assert.deepEqual(kinds(q), ['droit']);
    });
    it('counterpart: « combien de communes peuvent-elles bénéficier de … ? » stays chiffres', () => {
      const q = `${opening} Combien de communes peuvent-elles bénéficier de cette dotation en 2024 ?`;
      assert.deepEqual(kinds(q), ['chiffres']);
    });
  });

  describe('« Il se demande donc ce que le Gouvernement entend faire … » is the request (§3)', () => {
    it('one request, the opening object is not a second one', () => {
      const q = `${opening} Les agents signalent des délais croissants. Elle se demande donc ce que le Gouvernement entend faire pour améliorer leurs conditions de travail.`;
      assert.deepEqual(texts(q), ['ce que le Gouvernement entend faire pour améliorer leurs conditions de travail']);
      assert.deepEqual(kinds(q), ['mesures']);
    });
    it('counterpart: « Elle se demande si … » still asks', () => {
      const q = `${opening} Elle se demande si le maire peut déléguer cette signature à un agent.`;
      assert.deepEqual(kinds(q), ['droit']);
    });
  });

  describe('« Il le remercie de bien vouloir l\'informer à ce propos » asks about the opening\'s object (§1)', () => {
    it('the bare « à ce propos » is no request: the object of the opening is', () => {
      const q = "M. Paul Morel attire l'attention de M. le garde des sceaux sur les délais d'audiencement devant le conseil de prud'hommes de sa ville. Il faut attendre un an avant une première audience. Il le remercie de bien vouloir l'informer à ce propos.";
      assert.deepEqual(texts(q), ["les délais d'audiencement devant le conseil de prud'hommes de sa ville"]);
    });
    it('counterpart: « l\'informer des suites qu\'il entend donner à ce dossier » keeps its own object', () => {
      const q = "M. Paul Morel attire l'attention de M. le garde des sceaux sur les délais d'audiencement devant le conseil de prud'hommes. Il le remercie de bien vouloir l'informer des suites qu'il entend donner à ce dossier.";
      assert.deepEqual(texts(q), ["des suites qu'il entend donner à ce dossier"]);
    });
  });

  describe('a request asked in the context and asked again in the concluding sentence is one request', () => {
    it('« En effet, il souhaiterait connaître les moyens dont dispose le maire … Aussi, il souhaiterait connaître les moyens dont dispose le maire … »', () => {
      const q =
        "M. Paul Morel attire l'attention de M. le ministre de l'intérieur sur les dépôts sauvages de déchets. En effet, il souhaiterait connaître les moyens dont dispose le maire pour faire cesser les dépôts sur un terrain privé. Le propriétaire reste souvent introuvable. Aussi, il souhaiterait connaître les moyens dont dispose le maire dans une telle situation.";
      assert.deepEqual(texts(q), ['les moyens dont dispose le maire dans une telle situation']);
      assert.deepEqual(kinds(q), ['droit']);
    });
    it('counterpart: « Il souhaite également connaître le nombre de … » adds a second request', () => {
      const q =
        "M. Paul Morel attire l'attention de M. le ministre du logement sur la construction de logements sociaux. Il lui demande le nombre de logements sociaux construits dans le département en 2021. Il souhaite également connaître le nombre de logements sociaux construits dans le département en 2022.";
      assert.equal(texts(q).length, 2);
    });
  });

  describe('« ainsi que » after a purpose clause joins objects of its verb, not requests (§4)', () => {
    it('« … pour que l\'État assume ses missions, ainsi que l\'ensemble de ses responsabilités … » stays one request', () => {
      const q = `${opening} Elle lui demande de lui faire connaître les mesures qu'il entend prendre pour que l'État assume ses missions, ainsi que l'ensemble de ses responsabilités envers les communes.`;
      assert.equal(texts(q).length, 1);
    });
    it('counterpart: « … pour que l\'État assume ses missions ainsi que le calendrier de leur mise en œuvre » asks twice', () => {
      const q = `${opening} Elle lui demande quelles mesures il entend prendre pour que l'État assume ses missions ainsi que le calendrier de leur mise en œuvre.`;
      assert.deepEqual(kinds(q), ['mesures', 'calendrier']);
    });
  });

  describe('« et les chiffres … » asks figures of its own, unless the verb before takes them as its object', () => {
    it('« les démarches de renouvellement et les chiffres précis des effectifs » : two requests', () => {
      const q = `${opening} Elle lui demande de lui préciser les démarches de renouvellement des titres et les chiffres précis des effectifs des services concernés.`;
      assert.deepEqual(kinds(q).length, 2);
      assert.equal(kinds(q)[1], 'chiffres');
    });
    it('counterpart: « s\'il entend publier les délais et les chiffres de la délinquance » stays one request', () => {
      const q = `${opening} Elle lui demande s'il entend publier les délais et les chiffres de la délinquance.`;
      assert.equal(texts(q).length, 1);
    });
  });

  describe('« si X constitue la solution la plus adéquate » asks the minister\'s appraisal (position)', () => {
    check([
      ['position', 'si la taxation des seuls grands projets constitue la solution la plus adéquate'],
      ['position', 'si le relèvement du seuil est la meilleure réponse à ces difficultés'],
    ]);
    it('counterpart: « si une délibération du conseil municipal constitue la voie adéquate » stays droit', () => {
      assert.deepEqual(kinds(`${opening} Elle lui demande si une délibération du conseil municipal constitue la voie la plus appropriée pour céder ce terrain.`), ['droit']);
    });
  });

  describe('the new forms stay linear on a long adversarial text', () => {
    const long = (unit: string): string => unit.repeat(Math.ceil(2000 / unit.length)).slice(0, 2000);
    for (const unit of [
      'Aussi, il souhaiterait connaître les moyens dont dispose le maire. ',
      "Il le remercie de bien vouloir l'informer à ce propos. ",
      'En effet, il souhaiterait connaître les moyens dont dispose le maire en cas de ',
    ]) {
      it(`extracts from « ${unit.slice(0, 30)}… » ×N (2,000 characters) in well under 150 ms`, () => {
        const start = Date.now();
        extract(`${opening} ${long(unit)}`);
        assert.ok(Date.now() - start < 150, `${Date.now() - start} ms`);
      });
    }
    for (const text of [
      `si des ${long('consignes ')}`,
      `si des consignes ${long('a ')} été`,
      `s'il leur a été ${long('demandé ')}`,
      `quelles sont les ${long('sont les ')}`,
      `la possibilité de ${long('recours ')}`,
      `${long('les conseils municipaux ')} peuvent-ils ${long('le montant ')}`,
      `si ${long('sera ')} déclaré`,
      `si ${long('la solution ')} constitue la`,
      `si ${long('constitue ')} la solution la plus`,
    ]) {
      it(`classifies « ${text.slice(0, 30)}… » in well under 150 ms`, () => {
        const start = Date.now();
        classify(foldForSearch(text), 'féminin');
        assert.ok(Date.now() - start < 150, `${Date.now() - start} ms`);
      });
    }
  });
});
