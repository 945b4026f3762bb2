import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readDocument } from '../../../server/src/core/parse';
import { identityKey, recordOf, requestPart, SimilarIndex, terms, type QuestionRecord } from '../../../server/src/core/similar';

const root = join(__dirname, '..', '..', '..');

interface DevQuestion {
  id: string;
  chamber: string;
  legislature: number | null;
  number: number | null;
  question: string;
  answer: string | null;
}

/** The labelled coverage set's 124 real questions (AN and Sénat), as records. */
function devRecords(): QuestionRecord[] {
  return readFileSync(join(root, 'data', 'corpus', 'coverage-dev', 'questions.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as DevQuestion)
    .map((question) => ({
      path: `${question.id}.json`,
      ...(question.number !== null ? { numero: question.number } : {}),
      ...(question.legislature !== null ? { legislature: question.legislature } : {}),
      chambre: question.chamber === 'AN' ? ('AN' as const) : ('SENAT' as const),
      question: question.question,
      ...(question.answer ? { answerStart: question.answer.slice(0, 200) } : {}),
      answered: question.answer !== null,
    }));
}

/** The same question asked by another member of the other gender, to another title. */
function reAsked(question: string): string | undefined {
  const match = /^(M\.|Mme)\s+(.+?)\s+(attire l'attention de|attire l’attention de|interroge|appelle l'attention de|appelle l’attention de)\s+(.+?)\s+sur\s/u.exec(question);
  if (!match) return undefined;
  const [, civility, , verb] = match;
  const other = civility === 'M.' ? 'Mme Claire Fontaine' : 'M. Paul Lefèvre';
  const swapped = question
    .slice(match[0].length)
    .replace(/\bIl\b/g, '@E@')
    .replace(/\bElle\b/g, 'Il')
    .replace(/@E@/g, 'Elle');
  return `${other} ${verb} M. le Premier ministre, chargé de la planification écologique et énergétique, sur  ${swapped.replace(/ ([;:?!])/g, '$1')}`;
}

/** The question cut to its request sentences (« Il lui demande… », « …souhaite savoir… »). */
function requestSentences(question: string): string | undefined {
  const sentences = question.match(/[^.?!]+[.?!]/gu) ?? [];
  const kept = sentences.filter((sentence) => /\b(demande|souhaite|interroge|voudrait|aimerait|savoir)\b/u.test(sentence) && !/^\s*(M\.|Mme)\s/u.test(sentence));
  return kept.length > 0 ? kept.join(' ').trim() : undefined;
}

describe('core/similar', () => {
  it('takes the member’s name, the verb and the addressee’s title off the request', () => {
    assert.equal(
      requestPart('M. Jean Dupont attire l’attention de Mme la ministre de la santé, des familles et de l’autonomie sur la situation des urgences. Il lui demande ses intentions.'),
      'la situation des urgences. Il lui demande ses intentions.',
    );
    assert.equal(requestPart('Les hôpitaux manquent de médecins.'), 'Les hôpitaux manquent de médecins.');
  });

  it('gives the same identity key to a question re-asked by another member, whatever the pronouns, title, spacing and punctuation', () => {
    const first = 'M. Jean Dupont interroge M. le ministre de l’intérieur sur les effectifs de police. Il lui demande combien de postes seront créés en 2027 ; M. Dupont souhaite une réponse.';
    const second = "Mme Anne Martin-Durand attire l'attention de Mme la ministre d'État, ministre de l'intérieur et des outre-mer, sur les effectifs  de police. Elle lui demande combien de postes seront créés en 2027; Mme Martin-Durand souhaite une réponse .";
    assert.equal(identityKey(first, 'M. Jean Dupont'), identityKey(second, 'Mme Anne Martin-Durand'));
    assert.notEqual(identityKey(first), identityKey(first.replace('2027', '2028')));
  });

  it('keeps the words of the request that only look like the author’s name (« pierre », « Saint-Martin »)', () => {
    const first =
      'M. Pierre Martin attire l’attention de Mme la ministre de la culture sur la restauration des églises en pierre de taille de Saint-Martin-de-Ré. Il lui demande quelles aides seront ouvertes aux communes en 2027.';
    const second =
      'Mme Anne Durand attire l’attention de Mme la ministre de la culture sur la restauration des églises en pierre de taille de Saint-Martin-de-Ré. Elle lui demande quelles aides seront ouvertes aux communes en 2027.';
    assert.equal(identityKey(first, 'M. Pierre Martin'), identityKey(second, 'Mme Anne Durand'));
    assert.match(identityKey(first, 'M. Pierre Martin'), /pierre de taille de saint martin de re/);
    // Another Pierre, named alone, is the request's own word; the author named again still goes (« M. Martin »).
    assert.equal(identityKey(`${first} Pierre Boulez y a joué.`, 'M. Pierre Martin'), identityKey(`${second} Pierre Boulez y a joué.`, 'Mme Anne Durand'));
    // The author named again in the request still goes (« M. Martin souhaite »).
    assert.equal(identityKey(`${first} M. Martin souhaite une réponse.`, 'M. Pierre Martin'), identityKey(`${second} Mme Durand souhaite une réponse.`, 'Mme Anne Durand'));
  });

  it('indexes the AN open-data records and finds a record’s question re-asked, first and identical', () => {
    const folder = join(root, 'data', 'corpus', 'an-17', 'raw');
    const index = new SimilarIndex();
    const records = readdirSync(folder).map((name) => recordOf(name, readDocument(readFileSync(join(folder, name), 'utf8'))));
    for (const record of records) if (record) index.add(record);
    assert.equal(index.size, records.filter(Boolean).length);
    const original = records.find((record) => record?.numero === 10723)!;
    const query = reAsked(original.question);
    assert.ok(query, 'the record opens with the usual formula');
    const hits = index.similar({ path: 'nouvelle.qe.md', question: query, answered: false });
    assert.equal(hits[0]?.record.numero, 10723);
    assert.equal(hits[0]?.identical, true);
    assert.equal(hits[0]?.score, 1);
    assert.ok(hits.slice(1).every((hit) => !hit.identical));
    assert.match(hits[0]!.record.answerStart ?? '', /^L'intégration des musicothérapeutes/);
  });

  describe('on the 124 real questions of the labelled coverage set (not written from)', () => {
    const records = devRecords();
    const index = new SimilarIndex();
    for (const record of records) index.add(record);

    it('finds every question re-asked by another member first, and identical', () => {
      let tried = 0;
      for (const record of records) {
        const query = reAsked(record.question);
        if (!query) continue;
        tried++;
        const hits = index.similar({ path: 'nouvelle.qe.md', question: query, answered: false }, 3);
        // The record itself, or the one real re-asked question of the set asked before it (same text).
        const first = hits.filter((hit) => hit.identical).map((hit) => hit.record.path);
        assert.ok(first.includes(record.path), `${record.path}: ${JSON.stringify(hits.map((hit) => hit.record.path))}`);
        assert.ok(hits.slice(0, first.length).every((hit) => hit.identical), record.path);
      }
      assert.ok(tried >= 60, `${tried} re-asked questions`);
    });

    it('finds a question cut to its request sentences in the top 3 (measured: see the note)', () => {
      let tried = 0;
      let found = 0;
      for (const record of records) {
        const query = requestSentences(record.question);
        if (!query || query.length < 60) continue;
        tried++;
        const hits = index.similar({ path: 'coupee.qe.md', question: query, answered: false }, 3);
        if (hits.some((hit) => hit.record.path === record.path)) found++;
      }
      assert.ok(tried >= 50, `${tried} cut questions`);
      assert.ok(found / tried >= 0.9, `${found}/${tried} in the top 3`);
    });

    it('finds the set’s one real re-asked question: AN 132173 (13th legislature) asked again as AN 37311 to the renamed ministry', () => {
      const later = records.find((record) => record.path === 'dev-017.json')!;
      const hits = index.similar({ ...later, path: 'absente.qe.md' }, 3);
      assert.equal(hits[0]?.record.numero, 132173);
      assert.equal(hits[0]?.identical, true);
    });

    it('never calls identical a question absent from the corpus (each left out in turn)', () => {
      let identical = 0;
      for (const record of records) {
        index.remove(record.path);
        const hits = index.similar({ ...record, path: 'absente.qe.md' }, 5);
        const found = hits.filter((hit) => hit.identical).map((hit) => hit.record.path);
        identical += found.length;
        // Only the real pair meets: each of them finds the other.
        assert.deepEqual(found, record.path === 'dev-014.json' ? ['dev-017.json'] : record.path === 'dev-017.json' ? ['dev-014.json'] : [], record.path);
        index.add(record);
      }
      assert.equal(identical, 2);
    });

    it('ranks candidates exactly as FlexSearch’s own search does (its intersection, redone on typed arrays)', () => {
      let compared = 0;
      for (const record of records) {
        const full = terms(`${requestPart(record.question)} ${record.titre ?? ''}`).join(' ');
        const cut = terms(requestSentences(record.question) ?? '').join(' ');
        for (const text of [full, cut, full.split(' ').slice(0, 3).join(' ')]) {
          if (text.split(' ').length < 2) continue;
          for (const limit of [1, 5, 30]) {
            const { ours, flexsearch } = index.searchIds(text, limit);
            assert.deepEqual(ours, flexsearch, `${record.path} ${limit} ${text.slice(0, 60)}`);
            compared++;
          }
        }
      }
      assert.ok(compared > 900, `${compared}`);
      // Many records with every term: FlexSearch stops at `limit` of them, in the order it meets them.
      const small = new SimilarIndex();
      ['a b', 'b a c', 'c a b', 'a', 'b', 'a c b d', 'd c'].forEach((text, i) => small.addDetails({ record: { path: `${i}`, answered: false }, keyHash: '', scoreTerms: '', indexTerms: text }));
      for (const query of ['a b', 'b a', 'c d', 'a b c d', 'x a', 'a b x']) {
        for (const limit of [1, 2, 3, 10]) assert.deepEqual(small.searchIds(query, limit).ours, small.searchIds(query, limit).flexsearch, `${query} ${limit}`);
      }
    });

    it('gives the same hits after records are replaced (removed ids only forgotten) and after the index is rebuilt', () => {
      const hitsOf = (of: SimilarIndex, query: QuestionRecord) => of.similar({ ...query, path: 'x' }, 5).map((hit) => [hit.record.path, hit.score, hit.identical]);
      // Every record replaced three times, in the same order: more forgotten ids than the rebuild threshold.
      const replaced = new SimilarIndex();
      for (let round = 0; round < 4; round++) for (const record of records) replaced.add(record);
      assert.equal(replaced.size, index.size);
      for (const query of records.slice(0, 30)) assert.deepEqual(hitsOf(replaced, query), hitsOf(index, query), query.path);
      // Forty replaced: their old ids stay in the search index, skipped; a rebuild drops them, same hits.
      const forgotten = new SimilarIndex();
      for (const record of records) forgotten.add(record);
      for (const record of records.slice(0, 40)) forgotten.add(record);
      const before = records.slice(0, 60).map((query) => hitsOf(forgotten, query));
      assert.ok(before.some((hits) => hits.some(([path]) => records.slice(0, 40).some((record) => record.path === path))), 'replaced records are found');
      forgotten.rebuild();
      assert.deepEqual(records.slice(0, 60).map((query) => hitsOf(forgotten, query)), before);
    });
  });
});
