import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core';
import { structureRules } from '../../../server/src/core/rules/structure/meta';

const structural = new Set(structureRules.map((meta) => meta.id));
import { readQa, readRawRecords, readSeed } from '../../helpers/corpus';

describe('readers: the seed page export', () => {
  const text = readSeed();
  const { document, findings } = analyze(text);

  it('is read as an Assemblée nationale page export with typed metadata', () => {
    assert.equal(document.format, 'an-page');
    assert.equal(document.metadata.numero, 24191);
    assert.equal(document.metadata.legislature, 15);
    assert.equal(document.metadata.chambre, 'AN');
    assert.equal(document.metadata.auteur, 'M. Patrice Anato');
    assert.equal(document.metadata.ministereInterroge, 'Égalité femmes hommes et lutte contre les discriminations');
    assert.equal(document.metadata.ministereAttributaire, 'Égalité femmes hommes et lutte contre les discriminations');
    assert.equal(document.metadata.rubrique, 'Droits fondamentaux');
    assert.equal(document.metadata.titre, "Second plan d'action national contre la traite des êtres humains");
    assert.deepEqual(document.metadata.publicationQuestion, { date: '2019-11-05', page: 9703 });
    assert.deepEqual(document.metadata.publicationReponse, { date: '2019-11-19', page: 10134 });
    assert.equal(document.metadata.circonscription, 'Seine-Saint-Denis (3e circonscription)');
    assert.equal(document.metadata.groupe, 'La République en Marche');
  });

  it('finds the question and the answer', () => {
    assert.ok(document.question!.text.startsWith('M. Patrice Anato interroge'));
    assert.ok(document.answer!.text.startsWith('Dès 2018'));
    assert.ok(document.answer!.text.endsWith('ne rien laisser passer.'));
  });

  it('joins the paragraph cut by a page break and records the break', () => {
    const paragraphs = document.answer!.paragraphs;
    assert.equal(paragraphs.length, 1);
    assert.equal(paragraphs[0]!.breaks.length, 1);
    const cut = paragraphs[0]!.breaks[0]!;
    assert.match(text.slice(cut.start - 30, cut.start), /tous les professionnels$/);
    assert.match(text.slice(cut.end, cut.end + 9), /^disposent/);
    const sentence = paragraphs[0]!.sentences.find((candidate) => candidate.text.includes('tous les professionnels\n\ndisposent'));
    assert.ok(sentence, 'the sentence spans the break');
  });

  it('points metadata entries at their values in the file', () => {
    const slice = (key: string) => {
      const entry = document.metadataEntries.find((candidate) => candidate.key === key)!;
      return text.slice(entry.valueRange.start, entry.valueRange.end);
    };
    assert.equal(slice('auteur'), 'M. Patrice Anato');
    assert.equal(slice('numero'), '24191');
    assert.equal(slice('legislature'), '15');
  });

  it('reports no structural problem', () => {
    assert.deepEqual(
      findings.filter((finding) => finding.rule.startsWith('metadonnee') || finding.rule.startsWith('section') || finding.rule.startsWith('entete')),
      [],
    );
  });
});

describe('readers: open-data records', () => {
  const reference = new Map(readQa().map((record) => [record.id, record]));
  const records = readRawRecords();

  it('covers 13 answered and 3 unanswered records', () => {
    const answered = records.filter(([name]) => reference.has(name.replace('.json', '')));
    assert.equal(answered.length, 13);
    assert.equal(records.length - answered.length, 3);
  });

  for (const [name, text] of records) {
    const id = name.replace('.json', '');
    const expected = reference.get(id);
    it(`${id}: ${expected ? 'metadata, question and answer match the corpus extract' : 'loads with a null answer'}`, () => {
      const { document, findings } = analyze(text);
      assert.equal(document.format, 'open-data');
      // House style may find real errors in published answers; the reader itself must find nothing wrong.
      assert.deepEqual(findings.filter((finding) => structural.has(finding.rule)), []);
      assert.ok(document.question);
      if (!expected) {
        assert.equal(document.answer, null);
        return;
      }
      assert.equal(document.metadata.numero, expected.number);
      assert.equal(document.metadata.legislature, expected.legislature);
      assert.equal(document.metadata.chambre, 'AN');
      assert.equal(document.metadata.auteur, expected.author);
      assert.equal(document.metadata.ministereInterroge, expected.ministry_asked);
      assert.equal(document.metadata.ministereAttributaire, expected.ministry_answering);
      assert.equal(document.metadata.rubrique, expected.rubrique);
      assert.equal(document.metadata.titre, expected.title);
      assert.equal(document.question.text, expected.question);
      assert.equal(document.answer!.text, expected.answer);
    });
  }
});
