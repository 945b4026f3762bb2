/**
 * Flat YAML headers (`clé: valeur` lines, of any length) are read without the YAML library: the entries, their
 * ranges, the duplicate-key problem and the metadata are exactly what the library's path gives.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isScalar, parseDocument, type Node as YamlNode } from 'yaml';
import { flatYamlEntries, readFrontMatter } from '../../../server/src/core/parse/front-matter';
import { MetadataCollector } from '../../../server/src/core/parse/metadata-collector';

/** The library's reading of a source, in the flat path's terms (undefined when it is not a flat mapping). */
function libraryEntries(source: string) {
  const document = parseDocument(source, { prettyErrors: false, uniqueKeys: false });
  if (document.errors.length > 0) return 'errors';
  const contents = document.contents as { items?: { key: YamlNode | null; value: YamlNode | null }[] } | null;
  return (contents?.items ?? []).map(({ key, value }) => ({
    key: isScalar(key) ? key.value : `non-scalar ${String(key)}`,
    keyStart: key?.range?.[0],
    keyEnd: key?.range?.[1],
    value: value ? (value.toJSON() as unknown) : null,
    valueStart: value?.range?.[0],
    valueEnd: value?.range?.[1],
  }));
}

function flatAsLibrary(source: string) {
  return flatYamlEntries(source)?.map(({ key, keyStart, value, valueStart, scalar }) => ({
    key,
    keyStart,
    keyEnd: keyStart + key.length,
    value: scalar,
    valueStart,
    valueEnd: valueStart + value.length,
  }));
}

// Pieces that YAML reads in many ways: indicators, comments, typed scalars, white space, line ends.
const keyPiece = fc.constantFrom('k', 'cle', 'numero', 'null', 'True', 'x1', '1', '0x1', 'a-b', 'a_b', '-a', '"k"', 'k k', 'é', '~');
const valuePiece = fc.constantFrom(
  'v', 'texte', '12', '1.5', '.inf', 'true', 'FALSE', 'Null', '~', 'a b', 'a  b', 'a:b', 'a: b', 'a #b', 'a#b', "l'État", 'l’État', '"q"', "'q'",
  '[a]', '{a}', 'a,b', '- a', '-a', '?a', '!a', '&a', '*a', '|', '>', '%a', '@a', '`a', 'a ', ' a', 'a\t', '\u00a0a', 'a\u00a0', 'é', '«\u202fa\u202f»',
  '2024-03-12', '0o7', '+1', '0', '007', '24191', '-3', '1e3', '999999999999999', '1234567890123456789', '0x1F', '', 'a\u2028b', '\ufeffa', 'a\u0085b', '😀',
);
const separator = fc.constantFrom(': ', ':  ', ':', ' : ', ':\t');
const lineEnd = fc.constantFrom('\n', '\r\n', '\r');
// Mostly plain lines, so that whole headers often stay flat; each tricky piece still comes up.
const often = <T>(plain: fc.Arbitrary<T>, tricky: fc.Arbitrary<T>) => fc.oneof({ weight: 12, arbitrary: plain }, { weight: 1, arbitrary: tricky });
const line = fc
  .tuple(
    often(fc.constantFrom('k', 'cle', 'titre', 'x1', 'a-b'), keyPiece),
    often(fc.constant(': '), separator),
    often(fc.constantFrom('v', 'texte', 'a b', "l'État", 'é', '2024-03-12', '24191', '15'), valuePiece),
    often(fc.constant('\n'), lineEnd),
  )
  .map((parts) => parts.join(''));
const extraLine = fc.constantFrom('\n', '# commentaire\n', '  suite\n', '- a\n', 'k:\n', '---\n');
const source = fc.array(fc.oneof({ weight: 20, arbitrary: line }, { weight: 1, arbitrary: extraLine }), { minLength: 1, maxLength: 8 }).map((lines) => lines.join(''));

describe('en-tête YAML plat et long', () => {
  it('chaque en-tête que la lecture rapide accepte est lu par la bibliothèque YAML exactement de même', () => {
    let accepted = 0;
    fc.assert(
      fc.property(source, (text) => {
        const flat = flatAsLibrary(text);
        if (flat === undefined) return;
        accepted++;
        assert.deepEqual(flat, libraryEntries(text));
      }),
      { numRuns: 3000, seed: 1207 },
    );
    // The generator must reach the fast path often enough for the comparison to mean something.
    assert.ok(accepted > 200, `${accepted} en-têtes acceptés`);
  });

  it('refuse ce qui n’est pas une suite plate de chaînes', () => {
    for (const text of ['k: 1.5\n', 'k: 007\n', 'k: 1234567890123456\n', 'k: true\n', 'null: v\n', 'k: v # c\n', 'k: "v"\n', 'k:\n', 'k: v\n\nl: w\n', 'k: v\r', 'k: a: b\n', 'k: v \n', '  k: v\n']) {
      assert.equal(flatYamlEntries(text), undefined, JSON.stringify(text));
    }
    assert.deepEqual(flatYamlEntries('k: v\r\nl:  w x\n'), [
      { key: 'k', keyStart: 0, value: 'v', valueStart: 3, scalar: 'v' },
      { key: 'l', keyStart: 6, value: 'w x', valueStart: 10, scalar: 'w x' },
    ]);
  });

  /** Problems and metadata of a header, read by `readFrontMatter`. */
  function read(header: string) {
    const collector = new MetadataCollector();
    const { problems } = readFrontMatter(`---\n${header}---\n\n# Réponse\n\nTexte.\n`, collector);
    return { problems, metadata: collector.metadata, entries: collector.entries, collected: collector.problems };
  }

  it('un en-tête court de chaînes et d’entiers (numéro, législature) est lu sans la bibliothèque, comme par elle', () => {
    const header = 'numero: 24191\nlegislature: 15\nchambre: AN\n';
    assert.deepEqual(flatYamlEntries(header)?.map((entry) => entry.scalar), [24191, 15, 'AN']);
    assert.deepEqual(flatAsLibrary(header), libraryEntries(header));
    assert.deepEqual(read(header), read(`${header}# fin\n`));
  });

  it('un long en-tête plat donne les mêmes constatations que par la bibliothèque (doublons compris)', () => {
    const keys = Array.from({ length: 2000 }, (_, i) => `k${i}: valeur ${i}\n`);
    const known = 'titre: Crédits de la politique de la ville\nrubrique: Logement\n';
    const withDuplicates = `${known}${keys.join('')}k7: encore\nk1999: encore\n`;
    const plain = `${known}${keys.join('')}`;
    for (const header of [withDuplicates, plain]) {
      assert.ok(flatYamlEntries(header), 'lecture rapide');
      // A comment after the last line sends the same header to the library, every offset unchanged.
      assert.equal(flatYamlEntries(`${header}# fin\n`), undefined);
      assert.deepEqual(read(header), read(`${header}# fin\n`));
    }
    const duplicates = read(withDuplicates).problems;
    assert.deepEqual(
      duplicates.map((problem) => [problem.rule, problem.range]),
      [
        ['metadonnee-invalide', { start: 4 + known.length + keys.join('').length, end: 4 + known.length + keys.join('').length + 2 }],
        ['metadonnee-invalide', { start: 4 + known.length + keys.join('').length + 'k7: encore\n'.length, end: 4 + known.length + keys.join('').length + 'k7: encore\n'.length + 5 }],
      ],
    );
    const { metadata, collected } = read(plain);
    assert.equal(metadata.titre, 'Crédits de la politique de la ville');
    assert.equal(collected.filter((problem) => problem.rule === 'metadonnee-inconnue').length, 2000);
  });
});
