/**
 * `qe-check --format sarif`: the shape of a SARIF 2.1.0 log, checked field by field (no schema download):
 * required properties, rule metadata for every registered id, results pointing at their rule by index,
 * 1-based regions, fixes as artifact changes.
 */
import assert from 'node:assert/strict';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRuleMeta, analyze, LineIndex, packToOptions } from '../../server/src/core';
import { toSarif } from '../../server/src/core/report/sarif';
import { requireBundles, root, runCli, tempDir } from '../helpers/cli';

type Json = Record<string, unknown>;
const levels = new Set(['none', 'note', 'warning', 'error']);

function object(value: unknown, where: string): Json {
  assert.ok(value && typeof value === 'object' && !Array.isArray(value), `${where} : objet attendu`);
  return value as Json;
}

function array(value: unknown, where: string): unknown[] {
  assert.ok(Array.isArray(value), `${where} : tableau attendu`);
  return value;
}

function text(value: unknown, where: string): string {
  assert.equal(typeof value, 'string', `${where} : texte attendu`);
  assert.ok((value as string).length > 0, `${where} : texte vide`);
  return value as string;
}

function message(value: unknown, where: string): void {
  text(object(value, where).text, `${where}.text`);
}

function region(value: unknown, where: string): void {
  const r = object(value, where);
  for (const key of ['startLine', 'startColumn', 'endLine', 'endColumn']) {
    assert.ok(Number.isInteger(r[key]) && (r[key] as number) >= 1, `${where}.${key} : entier ≥ 1 attendu (${String(r[key])})`);
  }
  const [startLine, startColumn, endLine, endColumn] = [r.startLine, r.startColumn, r.endLine, r.endColumn] as number[];
  assert.ok(endLine! > startLine! || (endLine === startLine && endColumn! >= startColumn!), `${where} : fin avant le début`);
}

/** Asserts the SARIF 2.1.0 shape and returns the results. */
function assertSarif(log: unknown, paths: readonly string[]): Json[] {
  const root = object(log, 'log');
  assert.equal(root.version, '2.1.0');
  assert.equal(typeof root.$schema, 'string');
  const runs = array(root.runs, 'runs');
  assert.equal(runs.length, 1);
  const run = object(runs[0], 'runs[0]');
  const driver = object(object(run.tool, 'tool').driver, 'tool.driver');
  assert.equal(driver.name, 'qe-check');
  text(driver.version, 'driver.version');
  const rules = array(driver.rules, 'driver.rules').map((rule, index) => object(rule, `rules[${index}]`));
  const ids = rules.map((rule, index) => text(rule.id, `rules[${index}].id`));
  assert.equal(new Set(ids).size, ids.length, 'identifiants de règles en double');
  assert.deepEqual([...ids].sort(), allRuleMeta.map((meta) => meta.id).sort(), 'les métadonnées doivent décrire chaque règle enregistrée');
  rules.forEach((rule, index) => {
    message(rule.shortDescription, `rules[${index}].shortDescription`);
    message(rule.fullDescription, `rules[${index}].fullDescription`);
    const configuration = object(rule.defaultConfiguration, `rules[${index}].defaultConfiguration`);
    if (configuration.enabled !== false) assert.ok(levels.has(configuration.level as string), `rules[${index}] : niveau invalide`);
  });
  if (run.columnKind !== undefined) assert.ok(['utf16CodeUnits', 'unicodeCodePoints'].includes(run.columnKind as string));
  const results = array(run.results, 'results').map((result, index) => object(result, `results[${index}]`));
  results.forEach((result, index) => {
    const where = `results[${index}]`;
    const ruleId = text(result.ruleId, `${where}.ruleId`);
    assert.ok(Number.isInteger(result.ruleIndex), `${where}.ruleIndex : entier attendu`);
    assert.equal(ids[result.ruleIndex as number], ruleId, `${where} : ruleIndex ne désigne pas la règle ${ruleId}`);
    assert.ok(levels.has(result.level as string), `${where}.level`);
    message(result.message, `${where}.message`);
    const locations = array(result.locations, `${where}.locations`);
    assert.ok(locations.length >= 1);
    for (const location of locations) {
      const physical = object(object(location, `${where}.location`).physicalLocation, `${where}.physicalLocation`);
      const uri = text(object(physical.artifactLocation, `${where}.artifactLocation`).uri, `${where}.artifactLocation.uri`);
      assert.ok(paths.includes(uri), `${where} : fichier inattendu ${uri}`);
      region(physical.region, `${where}.region`);
    }
    if (result.fixes !== undefined) {
      array(result.fixes, `${where}.fixes`).forEach((fix, fixIndex) => {
        const f = object(fix, `${where}.fixes[${fixIndex}]`);
        message(f.description, `${where}.fixes[${fixIndex}].description`);
        const changes = array(f.artifactChanges, `${where}.fixes[${fixIndex}].artifactChanges`);
        assert.ok(changes.length >= 1);
        for (const change of changes) {
          const c = object(change, 'artifactChange');
          text(object(c.artifactLocation, 'artifactChange.artifactLocation').uri, 'artifactChange.artifactLocation.uri');
          const replacements = array(c.replacements, 'replacements');
          assert.ok(replacements.length >= 1);
          for (const replacement of replacements) {
            const r = object(replacement, 'replacement');
            region(r.deletedRegion, 'replacement.deletedRegion');
            if (r.insertedContent !== undefined) assert.equal(typeof object(r.insertedContent, 'insertedContent').text, 'string');
          }
        }
      });
    }
  });
  return results;
}

const dossier = [
  '---',
  'nuemro: 1',
  '---',
  '',
  '# Réponse',
  '',
  'Le ministre en charge de la santé répond. 😀 Il faut solutionner.',
  '<!-- qe: desactiver-ligne-suivante terme-prefere -->',
  'Ligne suivante.',
  '',
].join('\n');

describe('SARIF 2.1.0', () => {
  it('toSarif : forme complète, régions en unités UTF-16 à partir de 1, corrections', () => {
    const options = packToOptions({ substitutions: [{ fautif: 'en charge de', correct: 'chargé de' }, { fautif: 'solutionner', correct: 'résoudre' }] });
    const analysis = analyze(dossier, options);
    const results = assertSarif(toSarif([{ path: 'dossier.qe.md', analysis }], '0.1.0'), ['dossier.qe.md']);
    assert.equal(results.length, analysis.findings.length);
    assert.ok(results.some((result) => result.fixes !== undefined), 'au moins un résultat avec correction');
    // The region after a non-BMP character counts it as two UTF-16 units, like the LSP.
    const finding = analysis.findings.find((candidate) => dossier.slice(candidate.range.start, candidate.range.end) === 'solutionner')!;
    const result = results[analysis.findings.indexOf(finding)]!;
    const location = ((result.locations as Json[])[0]!.physicalLocation as Json).region as Json;
    const position = new LineIndex(dossier).positionAt(finding.range.start);
    assert.deepEqual([location.startLine, location.startColumn], [position.line + 1, position.character + 1]);
    const levelsSeen = new Set(results.map((entry) => entry.level));
    assert.ok(levelsSeen.has('warning'));
    assert.ok(levelsSeen.has('note'), 'les suggestions (hint) et informations deviennent « note »');
  });

  it('qe-check --format sarif sur les exemples et un dossier fautif', () => {
    requireBundles();
    const dir = tempDir();
    writeFileSync(join(dir, 'fautif.qe.md'), dossier);
    writeFileSync(join(dir, '.qe-style.json'), JSON.stringify({ substitutions: [{ fautif: 'solutionner', correct: 'résoudre' }] }));
    const examples = readdirSync(join(root, 'examples'))
      .filter((file) => file.endsWith('.qe.md'))
      .map((file) => join(root, 'examples', file));
    const paths = ['fautif.qe.md', ...examples];
    const result = runCli(['--format', 'sarif', ...paths], { cwd: dir });
    assert.ok(result.status === 0 || result.status === 1, result.stderr);
    const results = assertSarif(JSON.parse(result.stdout), paths);
    assert.ok(results.some((entry) => entry.ruleId === 'terme-prefere'), 'le guide de style trouvé près du fichier s’applique');
    assert.ok(results.some((entry) => entry.ruleId === 'suppression-sans-motif'));
  });
});
