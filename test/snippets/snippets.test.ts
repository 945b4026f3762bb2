/**
 * Snippets (snippets/qe.code-snippets): strict JSON, every body parses with VS Code's snippet grammar (tab
 * stops, placeholders, choices, variables), French descriptions, unique prefixes, and the manifest contributes
 * the file for the `qe` language.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/core';

const root = join(__dirname, '..', '..');

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description: string;
  scope?: string;
}

/** Variables VS Code resolves in snippets; any other name would be inserted as plain text. */
const knownVariables = new Set([
  'TM_SELECTED_TEXT', 'TM_CURRENT_LINE', 'TM_CURRENT_WORD', 'TM_LINE_INDEX', 'TM_LINE_NUMBER', 'TM_FILENAME',
  'TM_FILENAME_BASE', 'TM_DIRECTORY', 'TM_FILEPATH', 'RELATIVE_FILEPATH', 'CLIPBOARD', 'WORKSPACE_NAME',
  'WORKSPACE_FOLDER', 'CURSOR_INDEX', 'CURSOR_NUMBER', 'CURRENT_YEAR', 'CURRENT_YEAR_SHORT', 'CURRENT_MONTH',
  'CURRENT_MONTH_NAME', 'CURRENT_MONTH_NAME_SHORT', 'CURRENT_DATE', 'CURRENT_DAY_NAME', 'CURRENT_DAY_NAME_SHORT',
  'CURRENT_HOUR', 'CURRENT_MINUTE', 'CURRENT_SECOND', 'CURRENT_SECONDS_UNIX', 'CURRENT_TIMEZONE_OFFSET', 'RANDOM',
  'RANDOM_HEX', 'UUID', 'BLOCK_COMMENT_START', 'BLOCK_COMMENT_END', 'LINE_COMMENT',
]);

export interface ParsedSnippet {
  readonly tabstops: Map<number, { choices?: string[] }[]>;
  readonly variables: string[];
  /** The text inserted with every placeholder at its default (first choice). */
  readonly text: string;
}

/** A strict parser for the TextMate/VS Code snippet syntax; throws a French message on the first error. */
export function parseSnippet(body: string): ParsedSnippet {
  let pos = 0;
  const tabstops = new Map<number, { choices?: string[] }[]>();
  const variables: string[] = [];
  const fail = (message: string): never => {
    throw new Error(`${message} (position ${pos} dans « ${body} »)`);
  };
  const addTabstop = (index: number, choices?: string[]): void => {
    const list = tabstops.get(index) ?? [];
    list.push(choices ? { choices } : {});
    tabstops.set(index, list);
  };
  const readInt = (): number | undefined => {
    const match = /^\d+/.exec(body.slice(pos));
    if (!match) return undefined;
    pos += match[0].length;
    return Number(match[0]);
  };
  const readVar = (): string | undefined => {
    const match = /^[_a-zA-Z][_a-zA-Z0-9]*/.exec(body.slice(pos));
    if (!match) return undefined;
    pos += match[0].length;
    if (!knownVariables.has(match[0])) fail(`variable inconnue « ${match[0]} »`);
    variables.push(match[0]);
    return match[0];
  };
  // Parses until `stop` (a closing brace of a placeholder) or the end; returns the default text.
  const parseAny = (inside: boolean): string => {
    let text = '';
    while (pos < body.length) {
      const char = body[pos]!;
      if (char === '\\') {
        const next = body[pos + 1];
        if (next === '$' || next === '}' || next === '\\') {
          text += next;
          pos += 2;
        } else {
          text += char;
          pos += 1;
        }
      } else if (char === '}' && inside) {
        return text;
      } else if (char === '$') {
        pos += 1;
        if (body[pos] === '{') {
          pos += 1;
          const index = readInt();
          if (index !== undefined) {
            if (body[pos] === '}') {
              pos += 1;
              addTabstop(index);
            } else if (body[pos] === ':') {
              pos += 1;
              addTabstop(index);
              text += parseAny(true);
              if (body[pos] !== '}') fail('accolade fermante manquante');
              pos += 1;
            } else if (body[pos] === '|') {
              pos += 1;
              const choices: string[] = [];
              let current = '';
              for (;;) {
                if (pos >= body.length) fail('choix non fermé');
                const c = body[pos]!;
                if (c === '\\' && (body[pos + 1] === ',' || body[pos + 1] === '|' || body[pos + 1] === '\\')) {
                  current += body[pos + 1];
                  pos += 2;
                } else if (c === ',' || c === '|') {
                  if (current === '') fail('choix vide');
                  choices.push(current);
                  current = '';
                  pos += 1;
                  if (c === '|') break;
                } else {
                  current += c;
                  pos += 1;
                }
              }
              if (body[pos] !== '}') fail('« |} » attendu à la fin d’un choix');
              pos += 1;
              addTabstop(index, choices);
              text += choices[0];
            } else {
              fail('« } », « : » ou « | » attendu après le numéro');
            }
          } else if (readVar() !== undefined) {
            if (body[pos] === ':') {
              pos += 1;
              text += parseAny(true);
            }
            if (body[pos] !== '}') fail('accolade fermante manquante après la variable');
            pos += 1;
          } else {
            fail('numéro ou variable attendu après « ${ »');
          }
        } else if (readInt() !== undefined) {
          addTabstop(Number(/\d+$/.exec(body.slice(0, pos))![0]));
        } else if (readVar() === undefined) {
          text += '$';
        }
      } else {
        text += char;
        pos += 1;
      }
    }
    if (inside) fail('accolade fermante manquante');
    return text;
  };
  const text = parseAny(false);
  return { tabstops, variables, text };
}

const file = join(root, 'snippets', 'qe.code-snippets');
const snippets = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Snippet>;

const englishWords = /\b(the|and|of|with|insert|new|answer|question's|snippet|block)\b/i;
const frenchMarks = /[àâçéèêëîïôûùœ’«»]|\b(le|la|les|un|une|des|du|de|d’|l’|et)\b/i;

describe('extraits (snippets)', () => {
  it('le parseur de test rejette une syntaxe invalide', () => {
    assert.throws(() => parseSnippet('${1:non fermé'), /accolade/);
    assert.throws(() => parseSnippet('${1|a,,b|}'), /choix vide/);
    assert.throws(() => parseSnippet('${1|a,b}'), /choix non fermé/);
    assert.throws(() => parseSnippet('${NOM_INCONNU}'), /variable inconnue/);
    assert.equal(parseSnippet('Prix : 10 \\$ ${1|a,b|} $0').text, 'Prix : 10 $ a ');
  });

  it('il y a au moins quinze extraits, tous décrits', () => {
    assert.ok(Object.keys(snippets).length >= 15, `${Object.keys(snippets).length} extraits`);
  });

  for (const [name, snippet] of Object.entries(snippets)) {
    describe(name, () => {
      it('corps valide, points de tabulation cohérents', () => {
        const body = Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body;
        const parsed = parseSnippet(body);
        assert.ok(parsed.tabstops.size > 0, 'au moins un point de tabulation');
        for (const [index, uses] of parsed.tabstops) {
          const choiceUses = uses.filter((use) => use.choices);
          assert.ok(choiceUses.length <= 1, `le choix $${index} n’est défini qu’une fois`);
        }
        assert.ok((parsed.tabstops.get(0)?.length ?? 0) <= 1, '$0 au plus une fois');
      });
      it('description en français', () => {
        assert.ok(snippet.description.length > 20, 'description trop courte');
        assert.match(snippet.description, frenchMarks);
        assert.doesNotMatch(snippet.description, englishWords);
        assert.match(snippet.description, /^\p{Lu}/u, 'commence par une majuscule');
      });
      it('préfixes en minuscules, sans espace', () => {
        const prefixes = Array.isArray(snippet.prefix) ? snippet.prefix : [snippet.prefix];
        for (const prefix of prefixes) assert.match(prefix, /^[\p{Ll}\d-]+$/u);
      });
    });
  }

  it('les préfixes sont uniques', () => {
    const seen = new Map<string, string>();
    for (const [name, snippet] of Object.entries(snippets)) {
      for (const prefix of Array.isArray(snippet.prefix) ? snippet.prefix : [snippet.prefix]) {
        assert.ok(!seen.has(prefix), `préfixe « ${prefix} » dans « ${name} » et « ${seen.get(prefix)} »`);
        seen.set(prefix, name);
      }
    }
  });

  it('couvre ce que demandent les rédacteurs', () => {
    const texts = Object.values(snippets).map((snippet) => parseSnippet(Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body).text);
    for (const expected of ['# Question', '# Réponse', 'L’attention du Gouvernement a été appelée sur', 'Source : ', 'la loi n° ', 'l’ordonnance n° ', 'le décret n° ', 'l’arrêté du ', 'la circulaire n° ', 'l’article L. ', '## Données clés', 'plan', '<!-- qe: repond Q1 -->']) {
      assert.ok(texts.some((text) => text.includes(expected)), `aucun extrait ne produit « ${expected} »`);
    }
  });

  it('le manifeste les déclare pour le langage qe', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { contributes: { snippets?: { language: string; path: string }[] } };
    assert.ok(manifest.contributes.snippets?.some((entry) => entry.language === 'qe' && entry.path === './snippets/qe.code-snippets'));
  });

  it('un nouveau dossier produit par l’extrait est lu comme un dossier', () => {
    const skeleton = snippets['Nouveau dossier de réponse']!;
    const text = parseSnippet((skeleton.body as string[]).join('\n')).text.replace(/\$\{?CURRENT_\w+\}?/g, '01');
    const { document } = analyze(text);
    assert.equal(document.format, 'dossier');
    assert.ok(document.question && document.answer, 'question et réponse reconnues');
    assert.equal(document.metadata.chambre, 'AN');
  });
});
