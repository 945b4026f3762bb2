import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readDocument } from '../../../server/src/core/parse';
import { recordOf } from '../../../server/src/core/similar';
import { readRecord } from '../../../server/src/core/similar/read-record';
import { seededRandom } from '../../helpers/random';
import { generatedOpenData, generatedRecord, sentencePools } from '../../../bench/similar-corpus';

const root = join(__dirname, '..', '..', '..');

/** The full reader's record: what the light one must give. */
const full = (path: string, text: string) => recordOf(path, readDocument(text));

describe('similar: light reader of corpus records', () => {
  it('gives the full reader’s record for every real open-data record of data/', () => {
    const raw = join(root, 'data', 'corpus', 'an-17', 'raw');
    const names = readdirSync(raw).filter((name) => name.endsWith('.json'));
    assert.ok(names.length >= 10);
    for (const name of names) {
      const text = readFileSync(join(raw, name), 'utf8');
      assert.deepEqual(readRecord(name, text), full(name, text), name);
    }
  });

  it('gives the full reader’s record for generated records (open data and page exports)', () => {
    const pools = sentencePools();
    const random = seededRandom(11);
    for (let i = 0; i < 300; i++) {
      const text = i % 5 === 0 ? generatedRecord(1000 + i, pools, random) : generatedOpenData(1000 + i, pools, random);
      assert.deepEqual(readRecord(`r${i}`, text), full(`r${i}`, text), text.slice(0, 200));
    }
  });

  it('reads HTML, character references, escapes, lists and odd fields as the full reader does', () => {
    const record = (fields: Record<string, unknown>) => JSON.stringify({ question: { uid: 'QANR5L16QE42', identifiant: { numero: '42', legislature: '16' }, ...fields } });
    const texts = [
      record({ textesQuestion: { texteQuestion: { texte: 'M. Jean Dupont attire l&#8217;attention de Mme la ministre sur <b>les</b> écoles.<br/>Il demande &laquo;&nbsp;quoi&nbsp;&raquo; &bogus; &#0; et &#x263A;.\n\n  Second  \n \n troisième', infoJO: { dateJO: '2023-01-05' } } } }),
      record({ textesQuestion: { texteQuestion: [{ texte: '<p>Mme Anne Petit interroge M. le ministre sur \\"x\\" \u00e9t\u00e9.</p><li>Un</li>', infoJO: { dateJO: '2023-02-01', pageJO: '12' } }, { texte: 'second' }] }, textesReponse: { texteReponse: [{ texte: 'vieille' }, { texte: '<p>  Réponse   finale&amp;co. </p>' + 'x'.repeat(400), infoJO: { dateJO: '2023-03-01', pageJO: 'abc' } }] }, indexationAN: { rubrique: 'Enseignement', analyses: { analyse: ['Écoles', 'Autre'] } } }),
      record({ textesQuestion: { texteQuestion: { texte: '   ' } } }),
      record({ textesQuestion: { texteQuestion: { texte: 42 } } }),
      record({ textesQuestion: null, textesReponse: { texteReponse: { texte: 'réponse seule' } } }),
      record({ identifiant: { numero: 'douze', legislature: null }, indexationAN: { rubrique: { a: 1 }, analyses: { analyse: [] } }, textesQuestion: { texteQuestion: { texte: 'Question sans formule.' } }, textesReponse: { texteReponse: { texte: '', infoJO: { dateJO: '2024-01-01' } } } }),
      JSON.stringify({ uid: 'QSEN1', identifiant: { numero: 7, legislature: 17 }, textesQuestion: { texteQuestion: { texte: 'Mme X demande tout.' } } }),
      '{"question": {"textesQuestion": {"texteQuestion": {"texte": "cassé"}}',
      `{"question": ${'['.repeat(300)}${']'.repeat(300)}}`,
      '{}',
    ];
    for (const text of texts) assert.deepEqual(readRecord('x.json', text), full('x.json', text), text.slice(0, 120));
    // Something is read at all: the first one's question and the second one's answer start.
    assert.match(readRecord('x.json', texts[0]!)!.question, /attention de Mme la ministre sur les écoles\.\n\nIl demande «\s?quoi\s?» &bogus; \uFFFD et ☺\./u);
    assert.equal(readRecord('x.json', texts[1]!)!.titre, 'Écoles');
  });
});
