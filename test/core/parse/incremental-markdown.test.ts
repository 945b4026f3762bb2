/**
 * Incremental Markdown parse: after an edit, the tree re-used around the edit is exactly the tree of a full parse
 * (positions included), and the fallbacks parse everything.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, AnalysisCache } from '../../../server/src/core';
import { type MarkdownTreeMemory } from '../../../server/src/core/parse/incremental-markdown';
import { parseMarkdownTree, readMarkdown } from '../../../server/src/core/parse/markdown';
import { dossierOfLength, realDossiers } from '../../robustness/dossiers';

function memory(): MarkdownTreeMemory {
  return { markdownTree: undefined, stats: { markdownFullParses: 0, markdownIncrementalParses: 0, markdownReparsedChars: 0 } };
}

/** Reads `text` through `cache` and checks the remembered tree against a full parse of the same body. */
function readAndCompare(text: string, cache: MarkdownTreeMemory): void {
  const raw = readMarkdown(text, cache);
  const state = cache.markdownTree!;
  assert.deepEqual(state.tree, parseMarkdownTree(state.body));
  assert.deepEqual(JSON.parse(JSON.stringify(raw)), JSON.parse(JSON.stringify(readMarkdown(text))));
}

/** How the edit from `before` to `after` was parsed: 'incremental' or 'full', the tree checked either way. */
function parsedAs(before: string, after: string): { how: 'incremental' | 'full'; reparsed: number } {
  const cache = memory();
  readAndCompare(before, cache);
  const { markdownFullParses, markdownReparsedChars } = cache.stats;
  readAndCompare(after, cache);
  return {
    how: cache.stats.markdownFullParses > markdownFullParses ? 'full' : 'incremental',
    reparsed: cache.stats.markdownReparsedChars - markdownReparsedChars,
  };
}

const filler = (n: number) =>
  Array.from({ length: n }, (_, i) => `Paragraphe ${i} : le ministère rappelle que les crédits ouverts financent ces mesures.`).join('\n\n');
/** A document long enough for the incremental path: filler, `middle`, filler. */
const around = (middle: string) => `# Réponse\n\n${filler(8)}\n\n${middle}\n\n${filler(8)}\n`;
const insertAt = (text: string, at: number, inserted: string) => text.slice(0, at) + inserted + text.slice(at);
const insertAfter = (text: string, marker: string, inserted: string) => insertAt(text, text.indexOf(marker) + marker.length, inserted);

describe('analyse Markdown incrémentale', () => {
  it('une frappe dans un paragraphe ne réanalyse que ce paragraphe', () => {
    const text = around('Le paragraphe modifié.');
    const result = parsedAs(text, insertAfter(text, 'Le paragraphe', ' bien'));
    assert.equal(result.how, 'incremental');
    assert.ok(result.reparsed < 40, `${result.reparsed} caractères réanalysés`);
  });

  it('premier et dernier bloc, bloc vidé, paragraphe coupé en deux ou réunis', () => {
    const text = around('Milieu du texte. Seconde phrase.');
    assert.equal(parsedAs(text, `X${text}`).how, 'incremental');
    assert.equal(parsedAs(text, `${text}Fin ajoutée.\n`).how, 'incremental');
    assert.equal(parsedAs(text, text.replace('Milieu du texte. Seconde phrase.', '')).how, 'incremental');
    assert.equal(parsedAs(text, text.replace('Milieu du texte. ', 'Milieu du texte.\n\n')).how, 'incremental');
    assert.equal(parsedAs(text, text.replace('mesures.\n\nMilieu', 'mesures. Milieu')).how, 'incremental');
  });

  it('une définition de lien, où qu’elle soit, impose une analyse complète', () => {
    const withDefinition = `${around('Voir [le rapport].')}\n[le rapport]: https://example.org\n`;
    assert.equal(parsedAs(withDefinition, insertAfter(withDefinition, 'Voir', ' donc')).how, 'full');
    const text = around('Voir [le rapport].');
    // Typing the definition makes `[le rapport]` a link at the other end of the document.
    assert.equal(parsedAs(text, insertAfter(text, 'Voir [le rapport].', '\n\n[le rapport]: https://example.org')).how, 'full');
  });

  it('un bloc de code ou un commentaire HTML ouvert sans fermeture impose une analyse complète', () => {
    const text = around('Milieu.');
    assert.equal(parsedAs(text, text.replace('Milieu.', '```\nMilieu.')).how, 'full');
    assert.equal(parsedAs(text, text.replace('Milieu.', '<!-- Milieu.')).how, 'full');
    assert.equal(parsedAs(text, text.replace('Milieu.', '<pre>\nMilieu.')).how, 'full');
    // Closed, they stay local.
    assert.equal(parsedAs(text, text.replace('Milieu.', '<!-- qe: repond Q1 -->')).how, 'incremental');
    const fenced = text.replace('Milieu.', '```\ncode\n\n```');
    assert.equal(parsedAs(fenced, fenced.replace('code', 'du code')).how, 'incremental');
    // Closing an open fence changes everything after it.
    const open = text.replace('Milieu.', '```\nMilieu.');
    assert.equal(parsedAs(open, open.replace('```\nMilieu.', '```\nMilieu.\n```')).how, 'incremental');
  });

  it('le bloc d’avant ne doit pas se prolonger : ligne de soulignement, continuation paresseuse, suppression de la ligne blanche', () => {
    const text = around('Titre en devenir');
    // `===` under the paragraph makes it a heading: the window starts before the paragraph.
    const setext = parsedAs(text, insertAfter(text, 'Titre en devenir', '\n==='));
    assert.ok(setext.how === 'full' || setext.reparsed >= 'Titre en devenir\n==='.length);
    parsedAs(text, insertAfter(text, 'Titre en devenir', '\n---'));
    parsedAs(text, text.replace('mesures.\n\nTitre en devenir', 'mesures.\nTitre en devenir'));
    const quote = around('> citation\n\nsuite');
    parsedAs(quote, quote.replace('> citation\n\nsuite', '> citation\nsuite'));
    parsedAs(quote, quote.replace('citation\n\nsuite', 'citation\n\n> suite'));
  });

  it('une liste ou du code indenté proches de la modification : la fenêtre couvre toute la liste', () => {
    const list = around('- un\n- deux\n\n- trois\n\nAprès la liste.');
    const loose = parsedAs(list, list.replace('- deux', '- deux bis'));
    assert.equal(loose.how, 'incremental');
    assert.ok(loose.reparsed > '- un\n- deux bis\n\n- trois'.length, 'toute la liste est réanalysée');
    parsedAs(list, list.replace('- un\n- deux', '- un\n\n- deux'));
    parsedAs(list, list.replace('- trois\n\nAprès', '- trois\n\n  Après'));
    parsedAs(list, list.replace('Après la liste.', '- quatre'));
    const code = around('    code indenté\n\nTexte.');
    parsedAs(code, code.replace('Texte.', '    encore du code'));
    parsedAs(code, code.replace('\n\nTexte.', '\n\n    \n\nTexte.'));
  });

  it('métadonnées : leur contenu est masqué à longueur égale ; une ligne ajoutée ou la fin supprimée restent exactes', () => {
    const text = dossierOfLength(1000);
    const cache = memory();
    readAndCompare(text, cache);
    const tree = cache.markdownTree!.tree;
    readAndCompare(text.replace('chambre: AN', 'chambre: SN'), cache);
    assert.equal(cache.markdownTree!.tree, tree, 'même corps : l’arbre est repris tel quel');
    readAndCompare(text.replace('chambre: AN', 'chambre: AN\nsignalee: non'), cache);
    readAndCompare(text.replace('---\n\n# Question', '\n\n# Question'), cache);
    readAndCompare(text, cache);
  });

  it('fins de ligne \\r\\n et \\r, marque d’ordre d’octets', () => {
    const text = around('Milieu.').replace(/\n/g, '\r\n');
    assert.equal(parsedAs(text, text.replace('Milieu.', 'Milieu modifié.')).how, 'incremental');
    // A `\n` typed after a lone `\r` joins them into one line break.
    const lone = around('Milieu.').replace(/\n/g, '\r');
    parsedAs(lone, insertAfter(lone, 'Milieu.\r\r', '\n'));
    parsedAs(lone, insertAfter(lone, 'Milieu.\r', '\n'));
    assert.equal(parsedAs(text, `\uFEFF${text}`).how, 'full');
    parsedAs(text, insertAfter(text, 'Milieu.\r\n\r\n', '\uFEFF'));
  });

  it('un petit document est toujours analysé en entier', () => {
    const text = '# Réponse\n\nCourt.\n';
    assert.equal(parsedAs(text, text.replace('Court', 'Très court')).how, 'full');
  });

  it('après des modifications aléatoires, l’arbre égale celui d’une analyse complète (positions comprises)', () => {
    const dossiers = [...realDossiers(), dossierOfLength(2000)];
    const snippets = ['a', ' ', '\n', '\n\n', '#', '# ', '-', '- ', '*', '* ', '```', '```\n', '>', '> ', '[x]: y', '[x]', '<!--', '-->', '===', '\n===\n', '    ', '\r\n', '1. ', '<div>', '~~~', '---'];
    const edit = fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      deleted: fc.integer({ min: 0, max: 12 }),
      inserted: fc.oneof(fc.constantFrom(...snippets), fc.string({ maxLength: 5 }), fc.constant('')),
    });
    let incremental = 0;
    let edited = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: dossiers.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 20 }), (index, edits) => {
        const cache = memory();
        let text = dossiers[index]!;
        readAndCompare(text, cache);
        for (const { at, deleted, inserted } of edits) {
          const offset = Math.min(text.length, Math.floor(at * (text.length + 1)));
          text = text.slice(0, offset) + inserted + text.slice(offset + deleted);
          readAndCompare(text, cache);
        }
        incremental += cache.stats.markdownIncrementalParses;
        edited += edits.length;
      }),
      { seed: 20261203, numRuns: 50 },
    );
    // Definitions typed by the random edits and the small documents are parsed in full; the rest is not.
    assert.ok(incremental > edited / 3, `${incremental} analyses incrémentales sur ${edited}`);
  });

  it('analyze({ cache }) : une frappe dans un long dossier ne réanalyse que le paragraphe touché', () => {
    let text = dossierOfLength(5000);
    const cache = new AnalysisCache();
    analyze(text, { cache });
    assert.equal(cache.stats.markdownFullParses, 1);
    // After a full stop in the middle of the answer, as when writing a new sentence.
    let at = text.indexOf('.', Math.floor(text.length / 2)) + 1;
    for (const char of ' Ainsi') {
      text = insertAt(text, at++, char);
      assert.deepEqual(analyze(text, { cache }).findings, analyze(text).findings);
    }
    assert.equal(cache.stats.markdownFullParses, 1, 'aucune analyse complète après la première');
    assert.equal(cache.stats.markdownIncrementalParses, ' Ainsi'.length);
    assert.ok(cache.stats.markdownReparsedChars < ' Ainsi'.length * 3000, `${cache.stats.markdownReparsedChars} caractères réanalysés`);
  });
});
