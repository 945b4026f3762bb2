import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/espace-avant-ponctuation-haute';
import { checkAnswer, fixedAnswer, texts } from './helpers';

describe('espace-avant-ponctuation-haute', () => {
  it('signale un signe double collé au mot, en erreur, et insère la bonne espace insécable', () => {
    const seen = checkAnswer(rule, 'Les mesures suivantes: la formation. Pourquoi? Parce que; enfin!');
    assert.deepEqual(texts(seen), [':', '?', ';', '!']);
    assert.ok(seen.every((finding) => finding.severity === 'error'));
    assert.equal(fixedAnswer(rule, 'Les mesures suivantes: la formation. Pourquoi?'), 'Les mesures suivantes\u00A0: la formation. Pourquoi\u202F?');
  });

  it("ne signale une espace ordinaire qu'en indication dans le profil jo, en erreur dans le profil imprimerie-nationale", () => {
    const text = 'des professionnels : obligation de formation ; inscription.';
    const jo = checkAnswer(rule, text);
    assert.deepEqual(texts(jo), [' :', ' ;']);
    assert.deepEqual(jo.map((finding) => finding.severity), ['hint', 'hint']);
    const inProfile = checkAnswer(rule, text, { profile: 'imprimerie-nationale' });
    assert.deepEqual(inProfile.map((finding) => finding.severity), ['error', 'error']);
    assert.equal(fixedAnswer(rule, text), 'des professionnels\u00A0: obligation de formation\u202F; inscription.');
  });

  it('accepte les espaces insécables et ignore heures, adresses, rapports et « ?! »', () => {
    assert.deepEqual(checkAnswer(rule, 'Ainsi\u00A0: rien\u202F; rien\u00A0? Vraiment\u202F?! À 14:30, voir https://www.legifrance.gouv.fr ou une échelle 1:25 000.'), []);
  });

  it('texte réel (QE 10723) : une espace ordinaire avant « : » reste une indication', () => {
    const seen = checkAnswer(rule, 'pour les professionnels qui exercent déjà comme musicothérapeutes : obligation de souscription.');
    assert.equal(seen.length, 1);
    assert.equal(seen[0]!.severity, 'hint');
    assert.equal(seen[0]!.text, ' :');
  });
});

describe('espace-avant-ponctuation-haute (réglage nbspStrict)', () => {
  it("avec nbspStrict, l'espace insécable normale avant « ? » est signalée et remplacée par l'espace fine", () => {
    assert.deepEqual(checkAnswer(rule, 'Pourquoi\u00A0? Ainsi\u00A0: rien.'), []);
    const strict = checkAnswer(rule, 'Pourquoi\u00A0? Ainsi\u00A0: rien.', { style: { nbspStrict: true } });
    assert.deepEqual(texts(strict), ['\u00A0?']);
    assert.equal(fixedAnswer(rule, 'Pourquoi\u00A0? Ainsi\u00A0: rien.', { style: { nbspStrict: true } }), 'Pourquoi\u202F? Ainsi\u00A0: rien.');
  });
});

describe('espace-avant-ponctuation-haute (deux-points collé des deux côtés)', () => {
  it('« Pays:France » : espace insécable manquante avant « : » (espace-manquante-apres-ponctuation signale l’autre côté)', () => {
    assert.deepEqual(texts(checkAnswer(rule, 'Pays:France. À 14:30, 1:25 000.')), [':']);
  });
});
