/** « Désactiver … » in VS Code: the inserted directive becomes a snippet whose final tab stop is the reason. */
import { strict as assert } from 'node:assert';
import { reasonSnippet } from '../../client/src/editor/reason-cursor';

describe('curseur sur le motif d’une désactivation', () => {
  it('paragraphe, ligne et fichier : $0 entre « : » et « --> », le reste intact', () => {
    assert.equal(reasonSnippet('<!-- qe: desactiver-paragraphe terme-prefere :  -->\n'), '<!-- qe: desactiver-paragraphe terme-prefere : $0 -->\n');
    assert.equal(reasonSnippet(' <!-- qe: desactiver-ligne-suivante doublon :  -->'), ' <!-- qe: desactiver-ligne-suivante doublon : $0 -->');
    assert.equal(reasonSnippet('\n\n<!-- qe: desactiver orthographe :  -->\n'), '\n\n<!-- qe: desactiver orthographe : $0 -->\n');
    assert.equal(reasonSnippet('\r\n<!-- qe: desactiver orthographe :  -->\r\n'), '\r\n<!-- qe: desactiver orthographe : $0 -->\r\n');
  });

  it('toute autre modification reste telle quelle (corrections, directive déjà motivée)', () => {
    assert.equal(reasonSnippet('chargé de'), undefined);
    assert.equal(reasonSnippet('<!-- qe: repond Q1 -->\n'), undefined);
    assert.equal(reasonSnippet('<!-- qe: desactiver doublon : citation -->'), undefined);
  });
});
