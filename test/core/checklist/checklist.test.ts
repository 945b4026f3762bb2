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
