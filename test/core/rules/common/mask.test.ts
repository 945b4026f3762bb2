import assert from 'node:assert/strict';
import { MASK_CHAR, matchProse, proseViews, sectionSeverity } from '../../../../server/src/core/rules/common/mask';
import { documentOf, dossier } from '../helpers';

function maskedParts(answer: string, question?: string): [string, string][] {
  const document = documentOf(dossier(answer, question === undefined ? {} : { question }));
  const view = proseViews(document).find((candidate) => candidate.section === 'answer')!;
  return view.masks.map((mask) => [mask.reason, view.paragraph.text.slice(mask.start, mask.end)]);
}

describe('masques en ligne (rules/common/mask)', () => {
  it('masque adresses, courriels, code, identifiants juridiques, heures et numéros', () => {
    assert.deepEqual(
      maskedParts(
        'Voir https://www.legifrance.gouv.fr/x, le décret n° 2019-1480, l’article L. 2212-2, la directive 2011/36/UE, le règlement (UE) 2016/679, NOR : INTX1234567A, à 14h30, page 10134, contact@sante.gouv.fr, service-public.fr, `code` et le 01 23 45 67 89.',
      ),
      [
        ['url', 'https://www.legifrance.gouv.fr/x'],
        ['legal', '2019-1480'],
        ['legal', 'L. 2212-2'],
        ['legal', '2011/36/UE'],
        ['legal', '(UE) 2016/679'],
        ['legal', 'NOR : INTX1234567A'],
        ['time', '14h30'],
        ['identifier', '10134'],
        ['email', 'contact@sante.gouv.fr'],
        ['url', 'service-public.fr'],
        ['structure', 'code'],
        ['identifier', '01 23 45 67 89'],
      ],
    );
  });

  it('masque une citation de la question dans la réponse, pas une autre citation', () => {
    const question = 'Il demande si « la réforme est enterrée définitivement » ou non.';
    assert.deepEqual(maskedParts('Il est inexact que « la réforme est enterrée définitivement » ; le « plan national » continue.', question), [
      ['question-quote', '« la réforme est enterrée définitivement »'],
    ]);
  });

  it('garde les positions : le texte masqué a la longueur du texte', () => {
    const document = documentOf(dossier('Voir www.example.fr. Puis la suite.'));
    const view = proseViews(document)[0]!;
    assert.equal(view.text.length, view.paragraph.text.length);
    assert.equal(view.text.slice(5, 19), MASK_CHAR.repeat(14));
    assert.ok(view.isMasked(5, 6) && !view.isMasked(0, 4) && view.isMasked(6, 6) && !view.isMasked(5, 5));
  });

  it('matchProse ne renvoie pas de correspondance dans un masque, avec plages du fichier', () => {
    const text = dossier('Le site www.a.fr et le plan.');
    const document = documentOf(text);
    const view = proseViews(document)[0]!;
    const found = matchProse(view, /\b\p{L}+\b/gu).map((match) => text.slice(match.range.start, match.range.end));
    assert.deepEqual(found, ['Le', 'site', 'et', 'le', 'plan']);
  });

  it('question en option ; gravité plafonnée à information dans la question', () => {
    const document = documentOf(dossier('Réponse.', { question: 'Question.' }));
    assert.deepEqual(proseViews(document).map((view) => view.section), ['answer']);
    assert.deepEqual(proseViews(document, { question: true }).map((view) => view.section), ['question', 'answer']);
    assert.equal(sectionSeverity({ severity: 'error' }, 'question'), 'information');
    assert.equal(sectionSeverity({ severity: 'hint' }, 'question'), 'hint');
    assert.equal(sectionSeverity({ severity: 'error' }, 'answer'), 'error');
  });
});
