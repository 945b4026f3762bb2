/** Pure editor logic: completion, hover, catalog extension files, navigation, publication text. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../server/src/core';
import { complete } from '../../../server/src/core/completion';
import { builtinCatalog, extendCatalog, ministriesAt, parseCatalogExtension } from '../../../server/src/core/completion/catalog';
import { findPlanMentions, planInContext } from '../../../server/src/core/completion/mentions';
import { foldForSearch } from '../../../server/src/core/text/fold';
import { hover } from '../../../server/src/core/hover';
import { documentLinks, foldingRanges } from '../../../server/src/core/navigation';
import { publicationText, publishedTypography } from '../../../server/src/core/publish/plain-text';

const root = join(__dirname, '..', '..', '..');
// A frozen copy of the seed's dossier (examples/ evolves with the other features).
const seedDossier = readFileSync(join(root, 'test', 'fixtures', 'editor', 'qe-15-24191.qe.md'), 'utf8');
const notes = seedDossier.indexOf('# Notes internes');

/** The dossier with `insert` (containing `|`, the cursor) at the end of the answer. */
function atEndOfAnswer(insert: string): { text: string; offset: number } {
  const text = `${seedDossier.slice(0, notes)}${insert.replace('|', '')}\n\n${seedDossier.slice(notes)}`;
  return { text, offset: notes + insert.indexOf('|') };
}

function completionsAt(text: string, offset: number, catalog = builtinCatalog) {
  return complete(analyze(text), offset, catalog);
}

describe('éditeur : complétion', () => {
  it('« mesure » propose les mesures du plan en contexte (second plan traite 2019-2021)', () => {
    const { text, offset } = atEndOfAnswer('La mesure |');
    const result = completionsAt(text, offset);
    const labels = result.items.map((item) => item.label);
    assert.ok(labels.includes('16') && labels.includes('19'), labels.join(','));
    const sixteen = result.items.find((item) => item.label === '16')!;
    assert.match(sixteen.detail ?? '', /mécanisme national de référence/);
    assert.equal(sixteen.range.start, offset);
  });

  it('« axe » propose les axes du plan', () => {
    const { text, offset } = atEndOfAnswer('Dans l’axe |');
    assert.deepEqual(completionsAt(text, offset).items.map((item) => item.label).slice(0, 2), ['1', '2']);
  });

  it('le plan en contexte est le dernier nommé avant le curseur', () => {
    const text = 'Le premier plan d’action national contre la traite des êtres humains (2014-2016) puis le second plan d’action national contre la traite des êtres humains (2019-2021), mesure ';
    const document = analyze(text).document;
    assert.equal(planInContext(document, 20, builtinCatalog)?.id, 'traite-2014-2016');
    assert.equal(planInContext(document, text.length, builtinCatalog)?.id, 'traite-2019-2021');
    assert.equal(findPlanMentions(text, builtinCatalog).length, 2);
  });

  it('« le second plan … » propose les plans, celui du rang tapé en premier, avec leur période', () => {
    const { text, offset } = atEndOfAnswer('Le second plan d’action national contre la traite|');
    const result = completionsAt(text, offset);
    assert.equal(result.isIncomplete, true);
    const sorted = [...result.items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    assert.equal(sorted[0]!.insertText, 'second plan d\'action national contre la traite des êtres humains (2019-2021)');
    assert.equal(text.slice(sorted[0]!.range.start, sorted[0]!.range.end), 'second plan d’action national contre la traite');
  });

  it('un sigle déjà employé dans la réponse est inséré tel quel, sinon avec son développement', () => {
    const used = atEndOfAnswer('La MIP|');
    const miprof = completionsAt(used.text, used.offset).items.find((item) => item.label === 'MIPROF')!;
    assert.equal(miprof.insertText, 'MIPROF');
    const fresh = atEndOfAnswer('La HA|');
    const has = completionsAt(fresh.text, fresh.offset).items.find((item) => item.label === 'HAS')!;
    assert.equal(has.insertText, 'Haute Autorité de santé (HAS)');
    assert.equal(fresh.text.slice(has.range.start, has.range.end), 'HA');
  });

  it('« Source : » propose les sources avec leurs publications en choix', () => {
    const { text, offset } = atEndOfAnswer('Source : DRE|');
    const drees = completionsAt(text, offset).items.find((item) => item.label === 'DREES')!;
    assert.equal(drees.snippet, true);
    assert.match(drees.insertText, /^DREES, \$\{1\|Études et Résultats,/);
  });

  it('« ministère de l » propose les ministères du gouvernement de la date de la question', () => {
    const { text, offset } = atEndOfAnswer('le ministère de l’int|');
    const items = completionsAt(text, offset).items;
    assert.ok(items.some((item) => item.label === 'ministère de l\'intérieur'));
    assert.match(items[0]!.detail ?? '', /Philippe II/, 'la question date de novembre 2019');
    const expected = ministriesAt(builtinCatalog, '2019-11-05').map((ministry) => ministry.gouvernement);
    assert.ok(expected.every((name) => name === 'Philippe II'));
  });

  it('en-tête : clés absentes, valeurs de chambre', () => {
    const keys = seedDossier.replace('chambre: AN', 'chambre: AN\nsig');
    const offset = keys.indexOf('\nsig') + 4;
    const labels = completionsAt(keys, offset).items.map((item) => item.label);
    assert.ok(labels.includes('signalee'));
    assert.ok(!labels.includes('numero'), 'numero est déjà présent');
    const value = seedDossier.replace('chambre: AN', 'chambre: ');
    const valueOffset = value.indexOf('chambre: ') + 'chambre: '.length;
    assert.deepEqual(completionsAt(value, valueOffset).items.map((item) => item.label), ['AN', 'Sénat']);
  });

  it('directives : verbes, identifiants de règles', () => {
    const { text, offset } = atEndOfAnswer('<!-- qe: |');
    assert.ok(completionsAt(text, offset).items.some((item) => item.label === 'sans-reponse'));
    const rules = atEndOfAnswer('<!-- qe: desactiver-paragraphe |');
    assert.ok(completionsAt(rules.text, rules.offset).items.some((item) => item.label === 'metadonnee-inconnue'));
  });

  it('rien dans un commentaire ordinaire ni pour un mot courant', () => {
    const plain = atEndOfAnswer('Le travail |');
    assert.equal(completionsAt(plain.text, plain.offset).items.length, 0);
  });
});

describe('éditeur : survol', () => {
  const analysis = analyze(seedDossier);
  it('un sigle : développement, article, graphies', () => {
    const result = hover(analysis, seedDossier.indexOf('MIPROF') + 2, builtinCatalog)!;
    assert.match(result.markdown, /\*\*MIPROF\*\* — Mission interministérielle pour la protection des femmes/);
    assert.equal(seedDossier.slice(result.range.start, result.range.end), 'MIPROF');
  });
  it('un sigle ambigu donne tous ses développements', () => {
    const result = hover(analysis, seedDossier.indexOf('GRETA') + 1, builtinCatalog)!;
    assert.match(result.markdown, /Sigle ambigu/);
  });
  it('« mesure 16 » : l’intitulé de la mesure du plan en contexte', () => {
    const result = hover(analysis, seedDossier.indexOf('La mesure 16') + 5, builtinCatalog)!;
    assert.match(result.markdown, /\*\*Mesure 16\*\* : créer un mécanisme national de référence/);
  });
  it('un plan nommé : période, porteur, nombre de mesures', () => {
    const result = hover(analysis, seedDossier.indexOf('second plan d') + 3, builtinCatalog)!;
    assert.match(result.markdown, /\(2019-2021\)/);
    assert.match(result.markdown, /45 mesures/);
  });
  it('« le 2nd plan », « le 1er plan » : le plan en contexte ou celui de la même série', () => {
    const result = hover(analysis, seedDossier.indexOf('Le 2nd plan') + 5, builtinCatalog)!;
    assert.match(result.markdown, /Second plan d'action national contre la traite/);
    assert.equal(seedDossier.slice(result.range.start, result.range.end), '2nd plan');
    const first = seedDossier.indexOf('Le 1er plan');
    assert.ok(first > 0);
    assert.match(hover(analysis, first + 5, builtinCatalog)!.markdown, /Premier plan d'action national contre la traite des êtres humains\*\* \(2014-2016\)/, 'le plan de même série et de ce rang');
  });
  it('une clé de l’en-tête : son sens', () => {
    const result = hover(analysis, seedDossier.indexOf('publicationQuestion') + 2, builtinCatalog)!;
    assert.match(result.markdown, /Publication de la question/);
  });
  it('rien sur un mot ordinaire (hors des passages qui répondent à une sous-question)', () => {
    const offset = seedDossier.indexOf('groupe de travail') + 2;
    const evidence = analysis.subQuestions.some((sub) => sub.evidence.some((range) => range.start <= offset && offset < range.end));
    const result = hover(analysis, offset, builtinCatalog);
    if (evidence) assert.match(result!.markdown, /^Ce passage répond à la \*\*sous-question Q\d\*\*/);
    else assert.equal(result, undefined);
    const plain = seedDossier.indexOf('Une attention particulière') + 4;
    if (!analysis.subQuestions.some((sub) => sub.evidence.some((range) => range.start <= plain && plain < range.end))) {
      assert.equal(hover(analysis, plain, builtinCatalog), undefined);
    }
  });
});

describe('éditeur : catalogue de l’espace de travail', () => {
  const file = `{
  // commentaire admis
  "sigles": [{ "sigle": "BQE", "developpement": "bureau des questions écrites", "article": "le" }, { "sigle": "X" }],
  "plans": [{ "id": "plan-local-2025-2027", "nom": "plan local de test", "periode": "2025-2027", "mesures": [{ "numero": 3, "intitule": "mesure locale" }] }],
  "ministeres": ["ministère du test"],
  "inconnu": 1
}`;
  const { extension, problems } = parseCatalogExtension(file);
  it('garde les entrées valides et signale les autres en français, avec leur position', () => {
    assert.equal(extension.acronyms.length, 1);
    assert.equal(extension.plans.length, 1);
    assert.deepEqual(problems.map((problem) => problem.message), [
      'Un sigle a besoin de « sigle » et de « developpement ».',
      'Clé inconnue « inconnu » : clés admises : sigles, plans, sources, ministeres.',
    ]);
    assert.equal(file.slice(problems[1]!.range.start, problems[1]!.range.end), '"inconnu"');
  });
  it('étend le catalogue : complétion et survol des entrées locales', () => {
    const catalog = extendCatalog(builtinCatalog, [{ origin: '/espace/.qe-catalogue.json', extension }]);
    const text = 'Le BQ';
    assert.equal(complete(analyze(text), text.length, catalog).items[0]?.insertText, 'bureau des questions écrites (BQE)');
    const planText = 'Le plan local de test (2025-2027), mesure ';
    assert.equal(complete(analyze(planText), planText.length, catalog).items[0]?.detail, 'mesure locale');
    assert.match(hover(analyze('Le BQE.'), 4, catalog)!.markdown, /Catalogue de l’espace de travail/);
    assert.equal(ministriesAt(catalog)[0]!.nom, 'ministère du test');
  });
  it('un fichier qui n’est pas du JSON est signalé', () => {
    assert.match(parseCatalogExtension('{ "sigles": [ }').problems[0]!.message, /^JSON invalide : valeur attendue\./);
  });
  it('foldForSearch garde les positions', () => {
    assert.equal(foldForSearch('Égalité’s\u00a0x').length, 'Égalité’s\u00a0x'.length);
    assert.equal(foldForSearch('Égalité’s\u00a0x'), "egalite's x");
  });
});

describe('éditeur : navigation et publication', () => {
  it('liens : fichier de la question, règle d’une directive', () => {
    const text = '---\nnumero: 1\nquestion: sources/q.md\n---\n\n# Réponse\n\n<!-- qe: desactiver metadonnee-inconnue : motif -->\nTexte.\n';
    const links = documentLinks(analyze(text));
    assert.deepEqual(links.map((link) => link.target), [{ kind: 'file', path: 'sources/q.md' }, { kind: 'rule', id: 'metadonnee-inconnue' }]);
    assert.equal(text.slice(links[1]!.range.start, links[1]!.range.end), 'metadonnee-inconnue');
  });
  it('replis : en-tête, sections, régions', () => {
    const folds = foldingRanges(analyze(seedDossier));
    assert.equal(folds[0]!.start, 0, 'l’en-tête se replie');
    assert.ok(folds.filter((fold) => fold.kind === 'region').length >= 4);
    const region = foldingRanges(analyze('# Réponse\n\n<!-- #region Chiffres -->\nA.\n\nB.\n<!-- #endregion -->\n'));
    assert.ok(region.some((fold) => fold.start === 11));
  });
  it('texte publié : sans balisage, sans notes ni directives, typographie appliquée', () => {
    const text = '---\nnumero: 1\n---\n\n# Question\n\nQuestion ?\n\n# Réponse\n\n<!-- qe: repond Q1 -->\nL\'**État** agit ; voir [la loi](https://exemple.fr) : « oui »...\n\nSuite !\n\n# Notes internes\n\nNe pas publier.\n';
    const result = publicationText(analyze(text));
    assert.equal(result.text, 'L’État agit\u202f; voir la loi\u00a0: «\u00a0oui\u00a0»…\n\nSuite\u202f!');
    assert.doesNotMatch(result.text, /Ne pas publier|qe:|https/);
  });
  it('typographie : apostrophe droite conservée sur demande, heures intactes', () => {
    assert.equal(publishedTypography("l'heure : 10:30", { apostrophe: 'droite' }), "l'heure\u00a0: 10:30");
  });
  it('pas de réponse : un avertissement', () => {
    assert.deepEqual(publicationText(analyze('# Question\n\nQ ?\n')).warnings, ['Le dossier ne contient pas de réponse à publier.']);
  });
});
