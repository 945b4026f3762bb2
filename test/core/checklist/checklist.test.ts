import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../server/src/core';
import { answerSkeleton, checklist } from '../../../server/src/core/checklist';
import { computeDeadline, sortPending, type PendingQuestion } from '../../../server/src/core/deadline';

const root = join(__dirname, '..', '..', '..');

describe('core/checklist', () => {
  const analysis = analyze(readFileSync(join(root, 'data', 'seeds', 'qe-15-24191.md'), 'utf8'));

  it('lists the seed’s two sub-questions with kind, status and the whole evidence sentences', () => {
    const items = checklist(analysis);
    assert.deepEqual(
      items.map((item) => [item.id, item.kindLabel, item.statusLabel]),
      [
        ['Q1', 'calendrier', 'partielle'],
        ['Q2', 'articulation', 'traitée'],
      ],
    );
    const text = analysis.document.text;
    assert.equal(text.slice(items[0]!.range.start, items[0]!.range.end).replace(/\s+/g, ' '), items[0]!.request);
    // The sentence around the evidence, not the evidence's own span.
    assert.ok(items[0]!.evidence.some((evidence) => evidence.excerpt.startsWith('En complément de ces actions de formation, un groupe de travail')));
    for (const item of items) for (const evidence of item.evidence) assert.ok(evidence.excerpt.length <= 200);
  });

  it('gives one `repond` directive and a reminder per sub-question, in order, with no « -- » inside a comment', () => {
    const skeleton = answerSkeleton(analysis);
    assert.deepEqual([...skeleton.matchAll(/<!-- qe: repond (Q\d) -->/g)].map((match) => match[1]), ['Q1', 'Q2']);
    for (const comment of skeleton.matchAll(/<!--([\s\S]*?)-->/g)) assert.doesNotMatch(comment[1]!, /--/);
    assert.equal(answerSkeleton(analyze('# Question\n\nBonjour.\n\n# Réponse\n\nMerci.\n')), '');
  });

  it('leaves a sub-question whose place in the skeleton stays empty unanswered', () => {
    const dossier = readFileSync(join(root, 'examples', 'qe-15-24191.qe.md'), 'utf8');
    const question = dossier.slice(0, dossier.indexOf('# Réponse'));
    const skeleton = answerSkeleton(analysis);
    const placeQ2 = skeleton.indexOf('<!-- qe: repond Q2 -->');
    const written = `${skeleton.slice(0, placeQ2)}${skeleton.slice(placeQ2).replace(/-->\n$/u, '-->\n\nLes deux dispositifs sont complémentaires.\n')}`;
    const drafted = analyze(`${question}# Réponse\n\n${written}`);
    assert.deepEqual(drafted.document.answer!.paragraphs.map((paragraph) => paragraph.answers), [['Q2']]);
    const [q1, q2] = checklist(drafted);
    assert.equal(q1!.statusLabel, 'sans réponse');
    assert.notEqual(q2!.statusLabel, 'sans réponse');
  });
});

describe('core/deadline: questions waiting', () => {
  const question = (path: string, published?: string): PendingQuestion => ({
    path,
    deadline: published ? computeDeadline({ chambre: 'AN', published }) : null,
    drafted: false,
  });

  it('sorts by the last date allowed (extension included), the undated last', () => {
    const sorted = sortPending([question('c', '2025-03-01'), question('sans-date'), question('a', '2019-01-10'), question('b', '2019-03-01')]);
    // 2019-01-10 (before the reform): last date 2019-03-10; 2019-03-01 (before): 2019-05-01; 2025-03-01: 2025-05-01.
    assert.deepEqual(sorted.map((entry) => entry.path), ['a', 'b', 'c', 'sans-date']);
  });
});
