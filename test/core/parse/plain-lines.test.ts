/**
 * Long runs of plain lines are read by micromark in one piece (`core/parse/plain-lines.ts`): the tree put back
 * is exactly micromark's tree of the file (positions and values), on every real file and on random texts; and
 * the 1 MB header turned into text (the server-load bench's second check) is read in a fraction of the time.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseMarkdownText, parseMarkdownTree, readMarkdown } from '../../../server/src/core/parse/markdown';
import { joinPlainLines, parseJoiningPlainLines, plainLinesFrom } from '../../../server/src/core/parse/plain-lines';
import { seededRandom } from '../../helpers/random';

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

/** The tree with every line break between plain lines joined (no threshold), as JSON. */
const joinedTree = (text: string): string => JSON.stringify(parseJoiningPlainLines(text, parseMarkdownText, 1));
const micromarkTree = (text: string): string => JSON.stringify(parseMarkdownText(text));

/** Lines of every kind: plain ones, and each construct that could start, end or reach across a plain line. */
const pieces = [
  'Le ministre répond',
  'la commune de Saint-Denis',
  'k12: v',
  'éé ÀÉ «  guillemets »',
  '2026 est une année',
  '1. premier',
  '1) premier',
  '12 mars 2026',
  '- puce',
  '* étoile',
  '+ plus',
  '> citation',
  '>',
  '# Titre',
  '## Titre ##',
  '---',
  '===',
  '***',
  '```',
  '~~~',
  '    indenté',
  '  deux espaces',
  '\tune tabulation',
  'fin avec espaces  ',
  'fin avec barre\\',
  'un *début',
  'fin* de phrase',
  '_souligné_ ici',
  'un `code',
  'fin` de code',
  '<div>',
  '</div>',
  '<!-- commentaire',
  'fin -->',
  '<span',
  'a="b">',
  '<http://exemple.fr',
  '[un lien',
  'suite](http://exemple.fr "titre',
  'fin du titre")',
  '[ref]: /url',
  '[ref]',
  '&amp; entité',
  'a & b',
  '',
  '',
  '   ',
  'texte\u00a0insécable',
  'x\u0000nul',
  'retour\rseul',
  '',
];

function randomText(random: () => number): string {
  const lines: string[] = [];
  const count = 1 + Math.floor(random() * 40);
  for (let i = 0; i < count; i++) {
    // Plain lines half the time, so that runs are common.
    lines.push(random() < 0.5 ? pieces[Math.floor(random() * 4)]! : pieces[Math.floor(random() * pieces.length)]!);
  }
  const ending = random() < 0.3 ? '\r\n' : '\n';
  // Some lines keep the other line break.
  return lines.map((line) => line + (random() < 0.1 ? (ending === '\n' ? '\r\n' : '\n') : ending)).join('').slice(0, random() < 0.2 ? -1 : undefined);
}

describe('suites de lignes sans balisage lues d’un seul tenant', function () {
  // Every real Markdown file parsed twice: more than mocha's default on a loaded machine.
  this.timeout(60_000);

  it('les fichiers réels : même arbre que micromark (positions et valeurs), toutes les lignes jointes', () => {
    const files = ['data', 'test/fixtures', 'examples'].flatMap(markdownFiles);
    assert.ok(files.length > 50, `${files.length} fichiers`);
    let joinedFiles = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      if (joinPlainLines(text, 1)) joinedFiles++;
      assert.equal(joinedTree(text), micromarkTree(text), file);
      // Also with every line break written `\r\n`.
      const crlf = text.replace(/\r?\n/g, '\r\n');
      assert.equal(joinedTree(crlf), micromarkTree(crlf), `${file} (\\r\\n)`);
    }
    // The comparison means something: most real files have lines to join.
    assert.ok(joinedFiles > files.length / 2, `${joinedFiles} fichiers sur ${files.length}`);
  });

  it('3 000 textes au hasard (listes, citations, blocs de code et HTML, liens, emphase, fins de ligne mêlées) : même arbre', () => {
    const random = seededRandom(1207);
    let joined = 0;
    for (let i = 0; i < 3000; i++) {
      const text = randomText(random);
      if (joinPlainLines(text, 1)) joined++;
      assert.equal(joinedTree(text), micromarkTree(text), JSON.stringify(text));
    }
    assert.ok(joined > 800, `${joined} textes joints`);
  });

  it('ce qui peut traverser la suite n’est pas joint : lien, code, balise, lien automatique', () => {
    for (const text of ['[a\nb\nc](u)\n', '`a\nb\nc`\n', '<span\nb\nc="d">\n', '<http://a\nb\nc>\n', 'a\nb\nc <x\n']) {
      assert.equal(joinPlainLines(text, 1), undefined, JSON.stringify(text));
    }
    // Emphasis across the run keeps its line breaks (mdast keeps them in emphasis): joined, same tree.
    const emphasis = '*a\nb\nc\nd*\n';
    assert.ok(joinPlainLines(emphasis, 1));
    assert.equal(joinedTree(emphasis), micromarkTree(emphasis));
  });

  it('un en-tête de 1 Mo devenu texte (une espace avant « --- ») : un titre de 100 000 lignes, même arbre, lu bien plus vite', () => {
    const keys = ` ---\n${Array.from({ length: 100_000 }, (_, i) => `k${i}: v`).join('\n').slice(0, 1_000_000)}\n---\n\n# Réponse\n\nTexte.\n`;
    assert.ok(joinPlainLines(keys)!.breaks.length > plainLinesFrom);
    const cpu = (run: () => unknown): number => {
      const before = process.cpuUsage();
      run();
      const used = process.cpuUsage(before);
      return used.user + used.system;
    };
    let tree: unknown;
    const fast = cpu(() => (tree = parseMarkdownTree(keys)));
    let reference: unknown;
    const slow = cpu(() => (reference = parseMarkdownText(keys)));
    assert.equal(JSON.stringify(tree), JSON.stringify(reference));
    // micromark alone reads one line at a time (about 1.6 s here); joined, about a tenth of that.
    assert.ok(fast * 3 < slow, `joint ${(fast / 1000).toFixed(0)} ms, micromark ${(slow / 1000).toFixed(0)} ms`);
    const raw = readMarkdown(keys);
    assert.equal(raw.headings[0]!.range.start, 5);
    assert.equal(raw.headings[1]!.text, 'Réponse');
    assert.equal(keys.slice(raw.answer!.paragraphs[0]!.range.start, raw.answer!.paragraphs[0]!.range.end), 'Texte.');
  });
});
