import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../../server/src/core/index';
import { dossier } from './helpers';

const questionFragments = [
  "M. X attire l'attention de Mme la ministre sur la situation des maternités.",
  'Il lui demande',
  ' quel est le calendrier',
  ' et de quelle manière',
  ' ainsi que',
  ' ; ',
  ", d'une part, ",
  " et, d'autre part, ",
  ' ces mesures',
  ' la mesure 3',
  ' (notamment les hôpitaux, les cliniques et les centres)',
  ' « un titre et un autre »',
  ' si le Gouvernement envisage',
  ' sous quelle forme il peut',
  ' si une commune peut',
  ' et, dans l’affirmative,',
  ' le cas échéant,',
  ' ?',
  '. ',
  ' qu’il souhaite',
  ' 1° ',
  ' financiers, humains et techniques',
  'é',
  ' ',
];
const answerFragments = ['Le décret sera publié le 1er juillet 2025.', ' Le Gouvernement n’envisage pas de réforme.', ' 42 lits.', '\n\n', '<!-- qe: repond Q1 -->\n', '<!-- qe: sans-reponse Q2 -->\n', ' Aux termes de l’article L. 1 du code civil,', 'é', ' '];

describe('coverage: robustness', () => {
  it('never throws, and keeps every range inside the file and every evidence inside the answer', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...questionFragments), { maxLength: 25 }),
        fc.array(fc.constantFrom(...answerFragments), { maxLength: 15 }),
        (question, answer) => {
          const text = dossier(`M. X interroge Mme la ministre sur les maternités. ${question.join('')}`, `${answer.join('')} Fin.`);
          const analysis = analyze(text);
          const answerRange = analysis.document.answer?.range;
          for (const sub of analysis.subQuestions) {
            assert.ok(sub.range.start >= 0 && sub.range.start <= sub.range.end && sub.range.end <= text.length);
            assert.ok(['answered', 'partial', 'unanswered'].includes(sub.status));
            for (const range of sub.evidence) {
              assert.ok(answerRange && range.start >= answerRange.start && range.end <= answerRange.end);
            }
          }
          for (const finding of analysis.findings) assert.ok(finding.range.end <= text.length);
        },
      ),
      { numRuns: 100, seed: 14 },
    );
  });

  it('stays fast on a long question (no runaway regular expression)', () => {
    const context = Array.from({ length: 150 }, (_, i) => `La mesure ${i} prévoit de soutenir les projets, les hôpitaux et les maternités de la région ${i}.`).join(' ');
    const request = `Il lui demande quel est le calendrier de mise en œuvre de ces mesures, ${'et de quelle manière ce plan vient en complémentarité du premier plan, '.repeat(20)}et quels sont les moyens financiers, humains et techniques prévus.`;
    const answer = Array.from({ length: 150 }, (_, i) => `Le projet ${i} sera financé en 2025 à hauteur de ${i} M€.`).join(' ');
    const start = Date.now();
    const analysis = analyze(dossier(`M. X attire l'attention de Mme la ministre sur ${'la santé, '.repeat(100)}les maternités. ${context} ${request}`, answer));
    assert.ok(analysis.subQuestions.length >= 2);
    assert.ok(Date.now() - start < 3000, `${Date.now() - start} ms`);
  });
});
