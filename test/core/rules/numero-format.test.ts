import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/numero-format';
import { checkAnswer, fixedAnswer, texts } from './helpers';

describe('numero-format', () => {
  it('« n° » sans espace, « N° » au milieu de la phrase, « No. », « # », « n°s »', () => {
    const text = 'la loi n°2019-1234, la question N° 24191, le No. 12, le #12 et les n°s 3 et 4.';
    const seen = checkAnswer(rule, text);
    assert.deepEqual(texts(seen), ['n°2', 'N°', 'No. ', '#', 'n°s']);
    assert.equal(seen[0]!.severity, 'error');
    assert.equal(fixedAnswer(rule, text), 'la loi n°\u00A02019-1234, la question n° 24191, le n°\u00A012, le n°\u00A012 et les nos 3 et 4.');
  });

  it('profil imprimerie-nationale : « nᵒ »', () => {
    assert.equal(fixedAnswer(rule, 'la question N° 24191.', { profile: 'imprimerie-nationale' }), 'la question nᵒ 24191.');
  });

  it('ignore « N° » en début de phrase, « 1° », « 2° » et les formes correctes', () => {
    assert.deepEqual(checkAnswer(rule, 'N° 12 : la loi n° 2019-1234 prévoit : 1° la formation ; 2° la prévention.'), []);
  });
});
