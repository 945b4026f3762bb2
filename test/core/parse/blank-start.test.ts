/**
 * A long run of blank lines at a document's start (a long front matter, blanked) is not read by micromark: the
 * tree of the rest, moved down, is exactly micromark's tree of the whole text (positions included).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { blankStartFrom, parseMarkdownText, parseMarkdownTree, readMarkdown } from '../../../server/src/core/parse/markdown';

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

const files = ['data', 'test/fixtures', 'examples'].flatMap(markdownFiles);
// A blank run past the limit: line breaks of both kinds, spaces and tabs.
const starts = ['  \t \n \r\n'.repeat(blankStartFrom / 5)];

describe('lignes blanches en tête de document', function () {
  // Every real Markdown file parsed twice (about 4 s of CPU): more than mocha's default on a loaded machine.
  this.timeout(60_000);

  it('les fichiers réels, précédés de longues suites de lignes blanches : même arbre que micromark sur tout le texte', () => {
    assert.ok(files.length > 50, `${files.length} fichiers`);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const start of starts) {
        const body = start + text;
        // Compared as JSON (the same as a deep comparison for these plain trees, and much faster).
        assert.equal(JSON.stringify(parseMarkdownTree(body)), JSON.stringify(parseMarkdownText(body)), `${file} après ${JSON.stringify(start.slice(-3))}×${start.length}`);
      }
    }
  });

  it('cas limites : rien après, marque d’ordre des octets, retour chariot seul, texte sur la dernière ligne blanche', () => {
    const rests = ['', '   ', '\ufeff# Réponse\n\nTexte.', '\r\n# Réponse', '\r# Réponse\r\rTexte.', '    Texte indenté.\n', '===\n', '- a\n\n  b\n', '> a\nb\n', '<div>\n\n</div>\n', '```\ncode'];
    // The last run is just under the limit: micromark reads it, the same tree either way.
    for (const blank of ['\n'.repeat(blankStartFrom), ' '.repeat(blankStartFrom) + '\n', '\r'.repeat(blankStartFrom) + '   ', '\n'.repeat(blankStartFrom - 2)]) {
      for (const rest of rests) {
        const body = blank + rest;
        assert.deepEqual(parseMarkdownTree(body), parseMarkdownText(body), JSON.stringify(rest));
      }
    }
  });

  it('un en-tête de 90 000 clés : le texte après lui est lu aux mêmes positions', () => {
    const text = `---\n${Array.from({ length: 90_000 }, (_, i) => `k${i}: v`).join('\n')}\n---\n\n# Réponse\n\nTexte *important*.\n`;
    const raw = readMarkdown(text);
    const paragraph = raw.answer!.paragraphs[0]!;
    assert.equal(text.slice(paragraph.range.start, paragraph.range.end), 'Texte *important*.');
    assert.equal(raw.headings[0]!.range.start, text.indexOf('# Réponse'));
  });
});
