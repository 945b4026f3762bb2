/**
 * The manifest's editor contributions: every command has a French title in both nls files and a palette or
 * menu entry, every `%key%` resolves, every runtime string of the client is in the l10n bundle, and the
 * contributed files exist.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  contributes: {
    commands: { command: string; title: string; category?: string }[];
    menus: Record<string, { command: string; when?: string }[]>;
    grammars: { path: string; scopeName: string; injectTo?: string[] }[];
    snippets: { path: string }[];
    jsonValidation: { fileMatch: string; url: string }[];
    configurationDefaults?: Record<string, Record<string, unknown>>;
  };
};
const nls = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;
const nlsFr = JSON.parse(readFileSync(join(root, 'package.nls.fr.json'), 'utf8')) as Record<string, string>;
const editorCommands = ['qe.newAnswerFromQuestion', 'qe.showCoverage', 'qe.fixAll', 'qe.copyForPublication', 'qe.openRuleDocumentation'];

function clientSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'test' ? [] : clientSources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('manifeste : expérience d’édition', () => {
  it('chaque chaîne %clé% du manifeste existe dans package.nls.json et package.nls.fr.json', () => {
    const keys = [...JSON.stringify(manifest).matchAll(/"%([^%"]+)%"/g)].map((match) => match[1]!);
    assert.ok(keys.length > 10);
    for (const key of keys) {
      assert.ok(nls[key], `package.nls.json : ${key}`);
      assert.ok(nlsFr[key], `package.nls.fr.json : ${key}`);
    }
  });

  it('les commandes ont un titre français, une catégorie, et sont dans la palette ou un menu', () => {
    for (const id of editorCommands) {
      const command = manifest.contributes.commands.find((candidate) => candidate.command === id);
      assert.ok(command, id);
      assert.equal(command.category, '%category%');
      const title = nls[command.title.replace(/%/g, '')]!;
      assert.match(title, /^\p{Lu}[\p{Ll}’ ]/u);
      assert.doesNotMatch(title, /\b(the|show|copy|fix|open|new)\b/i);
      const menus = Object.values(manifest.contributes.menus).flat();
      assert.ok(menus.some((entry) => entry.command === id), `${id} dans un menu`);
    }
    assert.ok(manifest.contributes.menus['editor/context']!.some((entry) => entry.command === 'qe.fixAll'));
  });

  it('chaque commande déclarée est enregistrée par le client', () => {
    const sources = clientSources(join(root, 'client', 'src')).map((path) => readFileSync(path, 'utf8')).join('\n');
    for (const { command } of manifest.contributes.commands) assert.ok(sources.includes(`'${command}'`), command);
  });

  it('chaque chaîne vscode.l10n.t du client est dans l10n/bundle.l10n.json', () => {
    const bundle = JSON.parse(readFileSync(join(root, 'l10n', 'bundle.l10n.json'), 'utf8')) as Record<string, string>;
    let count = 0;
    for (const file of clientSources(join(root, 'client', 'src'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) {
        count++;
        const key = match[1]!.replace(/\\'/g, "'");
        assert.ok(key in bundle, `${file} : « ${key} » manque dans le bundle`);
      }
    }
    assert.ok(count > 20);
  });

  it('grammaires, extraits et schémas déclarés existent', () => {
    for (const grammar of manifest.contributes.grammars) assert.ok(existsSync(join(root, grammar.path)), grammar.path);
    assert.ok(manifest.contributes.grammars.some((grammar) => grammar.injectTo?.includes('text.html.markdown')));
    for (const snippet of manifest.contributes.snippets) assert.ok(existsSync(join(root, snippet.path)), snippet.path);
    const catalog = manifest.contributes.jsonValidation.find((entry) => entry.fileMatch === '.qe-catalogue.json');
    assert.ok(catalog && existsSync(join(root, catalog.url)));
  });

  it('réglages par défaut du langage qe : retour à la ligne, pas de suggestions de mots', () => {
    const defaults = manifest.contributes.configurationDefaults?.['[qe]'];
    assert.equal(defaults?.['editor.wordWrap'], 'on');
    assert.equal(defaults?.['editor.wordBasedSuggestions'], 'off');
  });

  it('réglages : chaque valeur d’énumération a un libellé français (enumItemLabels), traduit dans les deux fichiers nls', () => {
    const configuration = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { contributes: { configuration: unknown } }).contributes.configuration;
    const enums: { enum: unknown[]; enumItemLabels?: string[] }[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        const record = node as Record<string, unknown>;
        if (Array.isArray(record.enum)) enums.push(record as { enum: unknown[]; enumItemLabels?: string[] });
        Object.values(record).forEach(walk);
      }
    };
    walk(configuration);
    assert.ok(enums.length >= 5, `${enums.length} énumérations`);
    for (const entry of enums) {
      assert.equal(entry.enumItemLabels?.length, entry.enum.length, `libellés de ${JSON.stringify(entry.enum)}`);
      for (const label of entry.enumItemLabels!) {
        const key = /^%(.+)%$/.exec(label)?.[1];
        assert.ok(key && nls[key] && nlsFr[key], label);
      }
    }
    assert.equal(nls['configuration.profile.jo.label'], 'Journal officiel');
  });

  it('[qe] : ni ’ ni espaces insécables encadrés, extraits en tête, Entrée n’accepte pas une suggestion en pleine prose', () => {
    const defaults = manifest.contributes.configurationDefaults?.['[qe]'] ?? {};
    // The apostrophe ’ (ambiguous with ') and the (narrow) no-break spaces (invisible) are the house style.
    assert.equal(defaults['editor.unicodeHighlight.ambiguousCharacters'], false);
    assert.equal(defaults['editor.unicodeHighlight.invisibleCharacters'], false);
    assert.equal(defaults['editor.unicodeHighlight.nonBasicASCII'], false);
    // Snippets sort after the catalog's items otherwise (their sortText is « z-prefix »).
    assert.equal(defaults['editor.snippetSuggestions'], 'top');
    // Suggestions open while typing prose: Enter at the end of a sentence must insert a line, not a snippet.
    assert.equal(defaults['editor.acceptSuggestionOnEnter'], 'off');
    assert.deepEqual(defaults['editor.quickSuggestions'], { other: 'on', comments: 'off', strings: 'off' });
  });
});
