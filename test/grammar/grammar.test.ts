/**
 * TextMate grammar: scope snapshots of the seed and the examples (test/fixtures/grammar/*.scopes.txt), plus
 * targeted assertions on what each construct must get. `text.html.markdown` is a stub (see tokenize.ts).
 * Update the snapshots with `UPDATE_SNAPSHOTS=1 npx mocha test/grammar/grammar.test.ts`.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadGrammar, missingScopes, scopesOf, snapshot, tokenize, type Token } from './tokenize';

const root = join(__dirname, '..', '..');
const fixtures = join(root, 'test', 'fixtures', 'grammar');
const update = process.env.UPDATE_SNAPSHOTS === '1';

const inputs = [
  join(root, 'examples', 'sources', 'qe-15-24191.md'),
  ...readdirSync(join(root, 'examples'))
    .filter((name) => name.endsWith('.qe.md'))
    .sort()
    .map((name) => join(root, 'examples', name)),
  join(fixtures, 'balisage.qe.md'),
];

async function tokensOf(text: string): Promise<Token[]> {
  return tokenize(await loadGrammar('text.qe'), text);
}

function has(tokens: readonly Token[], needle: string, scope: string): boolean {
  return scopesOf(tokens, needle).some((scopes) => scopes.includes(scope));
}

describe('grammaire TextMate text.qe', () => {
  describe('instantanés des portées', () => {
    for (const input of inputs) {
      it(basename(input), async () => {
        const actual = snapshot(await tokensOf(readFileSync(input, 'utf8')));
        const file = join(fixtures, `${basename(input)}.scopes.txt`);
        if (update || !existsSync(file)) {
          writeFileSync(file, actual);
          if (!update) assert.fail(`Instantané créé : ${file} (relancer le test)`);
          return;
        }
        assert.equal(actual, readFileSync(file, 'utf8'), `Instantané différent : ${file} (UPDATE_SNAPSHOTS=1 pour le mettre à jour)`);
      });
    }
  });

  it('résout toutes les grammaires incluses', async () => {
    await tokensOf('# Réponse\n\nTexte.\n');
    assert.deepEqual([...missingScopes], []);
  });

  it('reconnaît les clés de l’en-tête, connues ou non, et le type des valeurs', async () => {
    const tokens = await tokensOf('---\nnumero: 24191\nMinistère interrogé: Intérieur\nsignalee: oui\nnuemro: 1\ndate: 2019-11-05\n---\n');
    assert.ok(has(tokens, 'numero', 'support.type.property-name.metadata.qe'));
    assert.ok(has(tokens, 'Ministère interrogé', 'support.type.property-name.metadata.qe'));
    assert.ok(has(tokens, 'nuemro', 'variable.other.key.unknown.qe'));
    assert.ok(has(tokens, '24191', 'constant.numeric.integer.qe'));
    assert.ok(has(tokens, 'oui', 'constant.language.boolean.qe'));
    assert.ok(has(tokens, '2019-11-05', 'constant.numeric.date.qe'));
    assert.ok(has(tokens, 'Intérieur', 'meta.embedded.block.yaml'));
  });

  it('un « --- » hors de la première ligne n’ouvre pas d’en-tête', async () => {
    const tokens = await tokensOf('Texte\n\n---\nnumero: 1\n');
    assert.ok(!has(tokens, 'numero', 'support.type.property-name.metadata.qe'));
  });

  it('distingue les titres de section question, réponse, notes', async () => {
    const tokens = await tokensOf('# Question\n\nQ.\n\n## Texte de la réponse\n\nR.\n\n# Notes internes\n\nN.\n\n# Autre titre\n');
    assert.ok(has(tokens, 'Question', 'entity.name.section.question.qe'));
    assert.ok(has(tokens, 'Texte de la réponse', 'entity.name.section.answer.qe'));
    assert.ok(has(tokens, 'Notes internes', 'entity.name.section.notes.qe'));
    assert.ok(!scopesOf(tokens, 'Autre titre').flat().some((scope) => scope.startsWith('meta.section')));
  });

  it('directives : sous-questions, suppressions avec motif, verbe inconnu, directive dans un paragraphe', async () => {
    const tokens = await tokensOf(
      '<!-- qe: répond Q1, Q2 -->\nTexte <!-- qe: desactiver-paragraphe sigle : motif ici --> suite.\n\n<!-- qe: inconnu x -->\n',
    );
    assert.ok(has(tokens, 'Q2', 'constant.other.reference.sub-question.qe'));
    assert.ok(has(tokens, 'répond', 'keyword.other.directive.answers.qe'));
    assert.ok(has(tokens, 'sigle', 'variable.parameter.rule.qe'));
    assert.ok(has(tokens, 'motif ici', 'string.unquoted.reason.qe'));
    assert.ok(has(tokens, 'inconnu', 'invalid.illegal.unknown-directive.qe'));
    assert.ok(!has(tokens, 'suite', 'meta.directive.suppression.qe'), 'la directive s’arrête à -->');
  });

  it('citations juridiques et articles de code', async () => {
    const tokens = await tokensOf('Vu la loi n° 2019-1480 du 28 décembre 2019 et l’article L. 2212-2 du code général des collectivités territoriales.\n');
    assert.ok(has(tokens, '2019-1480', 'constant.numeric.legal-number.qe'));
    assert.ok(has(tokens, '28 décembre 2019', 'constant.other.date.qe'));
    assert.ok(has(tokens, 'L. 2212-2', 'constant.numeric.article-number.qe'));
    assert.ok(has(tokens, 'code général des collectivités territoriales', 'entity.name.code.qe'));
    const plain = await tokensOf('La loi est dure.\n');
    assert.ok(!has(plain, 'loi', 'meta.citation.legal.qe'), 'le mot « loi » seul n’est pas une citation');
  });

  it('plans, mesures, sigles (pas les chiffres romains), ligne « Source : »', async () => {
    const tokens = await tokensOf('Le second plan d’action national contre la traite des êtres humains (2019-2021) et sa mesure 16 ; la MIPROF ; le XXIe siècle ; le II.\n\nSource : INSEE, 2023.\n');
    assert.ok(has(tokens, '2019-2021', 'constant.numeric.period.qe'));
    assert.ok(has(tokens, 'second', 'meta.reference.plan.qe'));
    assert.ok(has(tokens, '16', 'constant.numeric.measure.qe'));
    assert.ok(has(tokens, 'MIPROF', 'constant.other.acronym.qe'));
    assert.ok(!has(tokens, 'XXIe', 'constant.other.acronym.qe'));
    assert.ok(!has(tokens, 'II', 'constant.other.acronym.qe'));
    assert.ok(has(tokens, 'Source', 'keyword.other.source.qe'));
  });

  it('rien n’est coloré dans un commentaire ordinaire', async () => {
    const tokens = await tokensOf('<!-- La MIPROF, loi n° 2019-1480 -->\n');
    assert.ok(!has(tokens, 'MIPROF', 'constant.other.acronym.qe'));
    assert.ok(has(tokens, 'MIPROF', 'comment.block.html'));
  });

  it('une ligne en retrait de quatre espaces est de la prose (le contrôle ne lit pas de code indenté)', async () => {
    // micromark's codeIndented is off: such a line is checked as prose, so it must not look like code.
    const tokens = await tokensOf('# Réponse\n\nPremier paragraphe.\n\n    La MIPROF finance la mesure 16.\n\tSuite avec tabulation.\n');
    assert.ok(!has(tokens, 'MIPROF', 'markup.raw.block.markdown'));
    assert.ok(!has(tokens, 'tabulation', 'markup.raw.block.markdown'));
    assert.ok(has(tokens, 'finance', 'meta.paragraph.markdown'));
    assert.ok(has(tokens, 'MIPROF', 'constant.other.acronym.qe'));
    assert.ok(has(tokens, '16', 'constant.numeric.measure.qe'));
  });

  it('injection : les directives sont reconnues dans un fichier Markdown ordinaire', async () => {
    const tokens = tokenize(await loadGrammar('text.html.markdown'), '# Titre\n\n<!-- qe: repond Q1 -->\nTexte.\n');
    assert.ok(has(tokens, 'Q1', 'constant.other.reference.sub-question.qe'));
  });
});

describe('configuration du langage', () => {
  const configuration = JSON.parse(readFileSync(join(root, 'syntaxes', 'language-configuration.json'), 'utf8')) as {
    comments: { blockComment: [string, string] };
    autoClosingPairs: { open: string; close: string }[];
    folding: { markers: { start: string; end: string } };
    wordPattern: string | { pattern: string; flags?: string };
  };
  it('ferme les guillemets français et les commentaires', () => {
    assert.ok(configuration.autoClosingPairs.some((pair) => pair.open === '«' && pair.close === '»'));
    assert.deepEqual(configuration.comments.blockComment, ['<!--', '-->']);
  });
  it('marqueurs de repli et motif de mot', () => {
    assert.ok(new RegExp(configuration.folding.markers.start).test('<!-- #region Chiffres -->'));
    assert.ok(new RegExp(configuration.folding.markers.end).test('<!-- #endregion -->'));
    // As VS Code compiles it (languageConfigurationExtensionPoint): a string without flags, an object with its own.
    // Without the `u` flag, `\p{L}` is the letter p: no word is ever found and completions never open while typing.
    const { wordPattern } = configuration;
    const word = typeof wordPattern === 'string' ? new RegExp(wordPattern) : new RegExp(wordPattern.pattern, wordPattern.flags);
    assert.equal(word.exec('« aujourd’hui »')?.[0], 'aujourd’hui');
    assert.equal(word.exec('le plan')?.[0], 'le');
  });
});
