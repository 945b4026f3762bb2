import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/phrase-trop-longue';
import { checkAnswer } from './helpers';

const words = (n: number) => Array.from({ length: n }, (_, i) => (i === 0 ? 'Les' : 'mots')).join(' ') + '.';

describe('phrase-trop-longue', () => {
  it('plus de 45 mots : avertissement ; plus de 35 : information ; 35 : rien', () => {
    const seen = checkAnswer(rule, `${words(46)} ${words(36)} ${words(35)}`);
    assert.deepEqual(seen.map((finding) => finding.severity), ['warning', 'information']);
    assert.match(seen[0]!.message, /46 mots/);
    assert.equal(seen[0]!.text, words(46));
  });

  it('l’élision compte avec le mot qu’elle précède, M. ne coupe pas la phrase', () => {
    const sentence = `M. Dupont dit que l'État ${Array.from({ length: 40 }, () => 'agit').join(' ')}.`;
    const seen = checkAnswer(rule, sentence);
    assert.equal(seen.length, 1);
    assert.match(seen[0]!.message, /45 mots/);
  });

  it('citation textuelle (« Cet article dispose que « … » ») : ses mots ne comptent pas ; une citation courte compte', () => {
    const quotation =
      "« le maire ou, à défaut, le représentant de l'État dans le département pourvoit d'urgence à ce que toute personne décédée soit ensevelie et inhumée décemment sans distinction de culte ni de croyance, et que les frais soient pris en charge par la commune »";
    assert.deepEqual(checkAnswer(rule, `Cet article dispose que ${quotation}.`), []);
    const drafted = 'Les services de l’État veillent avec les collectivités territoriales concernées et les associations de terrain à ce que';
    const seen = checkAnswer(rule, `${drafted} ${drafted} ${drafted} la « bonne pratique » soit suivie et que ${quotation}.`);
    assert.equal(seen.length, 1);
    assert.match(seen[0]!.message, /hors citation/);
    const title = 'La thématique de la « Prise en charge palliative et accompagnement de la fin de vie des personnes malades » figure dans les orientations';
    assert.equal(checkAnswer(rule, `${title} ${drafted} ${drafted} la formation.`).length, 1, 'un titre entre guillemets compte');
  });
});
