/** `qe-check similaires`: earlier questions like a file, from a corpus folder (contract in the design brief). */
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatedOpenData, sentencePools } from '../../bench/similar-corpus';
import { seededRandom } from '../helpers/random';
import { requireBundles, root, runCli, tempDir } from '../helpers/cli';

describe('qe-check similaires', function () {
  this.timeout(60_000);
  before(requireBundles);
  let dir: string;
  let corpus: string;
  let query: string;

  before(() => {
    dir = tempDir();
    corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    const raw = join(root, 'data', 'corpus', 'an-17', 'raw');
    for (const name of readdirSync(raw)) copyFileSync(join(raw, name), join(corpus, name));
    writeFileSync(join(corpus, 'casse.json'), '{"question": ');
    writeFileSync(join(corpus, 'binaire.qe.md'), Buffer.from([0x2d, 0x00, 0x01]));
    // The question of record 1173 re-asked by another member, to another title, with other pronouns.
    const record = JSON.parse(readFileSync(join(raw, 'QANR5L17QE1173.json'), 'utf8')) as { question: { textesQuestion: { texteQuestion: { texte: string } } } };
    const text = record.question.textesQuestion.texteQuestion.texte;
    const match = /^(M\.|Mme)\s+\S+(?:\s+\S+)*?\s+(attire|interroge|appelle)\b.*?\ssur\s/u.exec(text);
    assert.ok(match, text.slice(0, 200));
    query = join(dir, 'qe-17-99999.qe.md');
    writeFileSync(
      query,
      `---\nnumero: 99999\nlegislature: 17\nchambre: AN\n---\n\n# Question\n\nM. Paul Lefèvre appelle l'attention de Mme la ministre d'État sur ${text.slice(match[0].length)}\n\n# Réponse\n\n<!-- Rédigez ici la réponse du ministère. -->\n`,
    );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('JSON: the re-asked question first and identical, the others not, best first; broken files skipped and listed', () => {
    const result = runCli(['similaires', '--corpus', corpus, '--limit', '5', '--format', 'json', query]);
    assert.equal(result.status, 0, result.stderr);
    const report = JSON.parse(result.stdout) as { version: number; files: { path: string; similar: { path: string; numero: number; legislature: number; chambre: string; titre: string; score: number; identical: boolean }[] }[] };
    assert.equal(report.version, 1);
    assert.equal(report.files[0]!.path, query);
    const similar = report.files[0]!.similar;
    assert.ok(similar.length > 1 && similar.length <= 5);
    assert.deepEqual(
      { numero: similar[0]!.numero, legislature: similar[0]!.legislature, chambre: similar[0]!.chambre, identical: similar[0]!.identical, score: similar[0]!.score },
      { numero: 1173, legislature: 17, chambre: 'AN', identical: true, score: 1 },
    );
    // The same member re-asked it as n° 2536 with one word changed (« à l'HAD » → « au HAD »): close, not identical.
    assert.deepEqual([similar[1]!.numero, similar[1]!.identical], [2536, false]);
    assert.ok(similar[1]!.score >= 0.95);
    assert.ok(similar.slice(2).every((hit) => !hit.identical && hit.score < 0.5), JSON.stringify(similar));
    assert.match(result.stderr, /ignoré « .*casse\.json » : aucune question reconnue/);
    assert.match(result.stderr, /ignoré « .*binaire\.qe\.md » : .*binaire/);
  });

  it('text: numbered lines with the reference, the date and the answer’s first words', () => {
    const result = runCli(['similaires', '--corpus', corpus, '--limit', '2', query]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^ {2}1\. \[identique\] AN 17-1173 du 2024-10-22/m);
    assert.match(result.stdout, /^ {5}Réponse : /m);
  });

  it('a large corpus: progress on stderr, the same hits; no table left behind', () => {
    const large = join(dir, 'grand');
    mkdirSync(large);
    const pools = sentencePools();
    const random = seededRandom(9);
    for (let i = 0; i < 600; i++) writeFileSync(join(large, `q${i}.json`), generatedOpenData(20000 + i, pools, random));
    for (const name of readdirSync(corpus)) copyFileSync(join(corpus, name), join(large, name));
    const tables = () => readdirSync(tmpdir()).filter((name) => name.startsWith('qe-index-questions-')).length;
    const before = tables();
    const result = runCli(['similaires', '--corpus', large, '--limit', '3', '--format', 'json', query]);
    assert.equal(result.status, 0, result.stderr);
    const progress = result.stderr.split('\n').filter((line) => line.startsWith('qe-check : index des questions antérieures : '));
    assert.ok(progress.length >= 10 && progress.length <= 21, result.stderr);
    assert.equal(progress.at(-1), `qe-check : index des questions antérieures : ${readdirSync(large).length} / ${readdirSync(large).length} fichiers lus`);
    const report = JSON.parse(result.stdout) as { files: { similar: { numero: number; identical: boolean }[] }[] };
    assert.equal(report.files[0]!.similar[0]!.numero, 1173);
    assert.equal(report.files[0]!.similar[0]!.identical, true);
    assert.match(result.stderr, /ignoré « .*casse\.json » : aucune question reconnue/u);
    assert.equal(tables(), before, 'the temporary table is removed');
  });

  it('usage errors exit 2 with a French message', () => {
    for (const args of [['similaires', query], ['similaires', '--corpus', corpus, '--limit', 'x', query], ['similaires', '--corpus', corpus]]) {
      const result = runCli(args);
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.stderr, /^qe-check : /);
    }
    assert.equal(runCli(['similaires', '--corpus', join(dir, 'absent'), query]).status, 2);
  });
});
