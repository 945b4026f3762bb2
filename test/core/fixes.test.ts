/**
 * Fixes, generic over the registry (rules added later are covered without editing this file): applying every
 * fix then checking again leaves nothing fixable; a fix removes its own finding; `qe-check --fix` changes the
 * file only where the edits say (BOM, line ends and the rest kept byte for byte).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRuleMeta, analyze, applyFixes, packToOptions, type AnalyzeOptions, type Finding, type Profile } from '../../server/src/core';
import { severityFor } from '../../server/src/core/rules/rule';
import type { TextEdit } from '../../server/src/core/findings/finding';
import { requireBundles, root, runCli, tempDir } from '../helpers/cli';
import { rawDir, seedPath } from '../helpers/corpus';

/** A dossier with many small, fixable faults of every group, for rules that the real texts do not trigger. */
const dirty = [
  '---',
  'nuemro: 12345',
  'legislature: 16',
  '---',
  '',
  '# Question',
  '',
  'M. Jean Dupont interroge le ministre de l\'intérieur sur les délais de traitement.',
  '',
  '# Réponse',
  '',
  'Le ministre en charge de la santé a pris connaissance de la question ; il faut solutionner ces difficultés:les services',
  'sont mobilisés , et   le  Gouvernement a consacré 15% du budget ,soit 450000 euros , au  plan.Les "associations" ont',
  'été reçues le 18 octobre dernier...Suite à cette réunion , l\'Etat a décidé d\'agir!! Le 2nd plan a été présenté.',
  '',
  '<!-- qe: desactiver-ligne-suivante terme-prefre : démonstration -->',
  'Il faut aussi impacter les budgets , etc .',
  '',
].join('\n');

const pack = packToOptions({
  substitutions: [
    { fautif: 'en charge de', correct: 'chargé de' },
    { fautif: 'solutionner', correct: 'résoudre' },
    { fautif: 'suite à', correct: 'à la suite de' },
  ],
});

/** Every registered rule on (those off in the profile at `warning`), with substitutions for terme-prefere. */
function everyRuleOn(profile: Profile): AnalyzeOptions {
  const severities: Record<string, 'warning'> = {};
  for (const meta of allRuleMeta) if (severityFor(meta, profile) === 'off') severities[meta.id] = 'warning';
  return { ...pack, profile, severities };
}

interface Input {
  readonly name: string;
  readonly text: string;
  readonly json?: boolean;
}

function inputs(): Input[] {
  const list: Input[] = [{ name: 'dossier fautif (synthétique)', text: dirty }];
  for (const name of readdirSync(join(root, 'examples')).filter((file) => file.endsWith('.qe.md')).sort()) {
    list.push({ name: `examples/${name}`, text: readFileSync(join(root, 'examples', name), 'utf8') });
  }
  const page = join(root, 'examples', 'sources', 'qe-15-24191.md');
  list.push({ name: 'examples/sources/qe-15-24191.md', text: readFileSync(page, 'utf8') });
  list.push({ name: 'graine (data/seeds)', text: readFileSync(seedPath, 'utf8') });
  for (const name of readdirSync(rawDir).filter((file) => file.endsWith('.json')).sort()) {
    list.push({ name: `open data ${name}`, text: readFileSync(join(rawDir, name), 'utf8'), json: true });
  }
  return list;
}

function describeFinding(text: string, finding: Finding): string {
  return `${finding.rule} « ${text.slice(finding.range.start, finding.range.end)} » (${finding.range.start}) : ${finding.fixes?.[0]?.title ?? ''}`;
}

/** Applies edits independently of applyFixes (reference implementation for the comparison). */
function splice(text: string, edits: readonly TextEdit[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.range.start - a.range.start)) {
    result = result.slice(0, edit.range.start) + edit.newText + result.slice(edit.range.end);
  }
  return result;
}

/** What `qe-check --fix` does: apply, re-check, until nothing changes. */
function fixUntilStable(text: string, options: AnalyzeOptions, maxPasses = 10): { text: string; passes: number } {
  let current = text;
  for (let pass = 1; pass <= maxPasses; pass++) {
    const findings = analyze(current, options).findings;
    const result = applyFixes(current, findings);
    // Only the named ranges change: the result equals the edits spliced in, nothing else.
    assert.equal(result.text, splice(current, result.applied));
    for (let index = 1; index < result.applied.length; index++) {
      assert.ok(result.applied[index - 1]!.range.end <= result.applied[index]!.range.start, 'corrections chevauchantes appliquées ensemble');
    }
    if (result.fixed === 0 || result.text === current) return { text: current, passes: pass - 1 };
    current = result.text;
  }
  return { text: current, passes: maxPasses };
}

/** Where an offset of the text before the edits is after them (insertions before it shift it). */
function mapOffset(offset: number, edits: readonly TextEdit[]): number {
  let delta = 0;
  for (const edit of edits) if (edit.range.end <= offset) delta += edit.newText.length - (edit.range.end - edit.range.start);
  return offset + delta;
}

describe('corrections automatiques (toutes les règles enregistrées)', function () {
  this.timeout(120_000);
  const all = inputs();

  it(`couvre ${allRuleMeta.length} identifiants de règles et des textes réels`, () => {
    assert.ok(all.length >= 4);
  });

  for (const profile of ['jo', 'imprimerie-nationale'] as const) {
    describe(`profil ${profile}`, () => {
      const options = everyRuleOn(profile);
      for (const input of all) {
        it(`${input.name} : tout corriger puis recontrôler ne laisse rien de corrigible`, () => {
          const { text: fixed, passes } = fixUntilStable(input.text, options);
          assert.ok(passes < 10, `les corrections ne se stabilisent pas (${passes} passes)`);
          const left = analyze(fixed, options).findings.filter((finding) => finding.fixes?.length);
          assert.deepEqual(left.map((finding) => describeFinding(fixed, finding)), [], 'constats encore corrigibles après correction');
          if (input.json && fixed !== input.text) {
            assert.doesNotThrow(() => JSON.parse(fixed), 'les corrections ont cassé le JSON de l’enregistrement');
          }
        });

        it(`${input.name} : chaque correction fait disparaître son propre constat`, () => {
          const findings = analyze(input.text, options).findings;
          const unresolved: string[] = [];
          for (const finding of findings) {
            const fix = finding.fixes?.[0];
            if (!fix) continue;
            assert.ok(fix.title.trim() !== '', `${finding.rule} : correction sans titre`);
            for (const edit of fix.edits) {
              assert.ok(edit.range.start >= 0 && edit.range.start <= edit.range.end && edit.range.end <= input.text.length, `${finding.rule} : étendue hors du texte`);
            }
            const after = splice(input.text, fix.edits);
            const start = mapOffset(finding.range.start, fix.edits);
            const end = mapOffset(finding.range.end, fix.edits);
            const again = analyze(after, options).findings.find(
              (candidate) => candidate.rule === finding.rule && candidate.message === finding.message && candidate.range.start === start && candidate.range.end === end,
            );
            if (again) unresolved.push(describeFinding(input.text, finding));
          }
          assert.deepEqual(unresolved, []);
        });
      }
    });
  }

  describe('qe-check --fix', () => {
    before(requireBundles);

    const cases: { name: string; bytes: (text: string) => Buffer }[] = [
      { name: 'UTF-8, fins de ligne LF', bytes: (text) => Buffer.from(text, 'utf8') },
      { name: 'UTF-8 avec BOM, fins de ligne CRLF', bytes: (text) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8')]) },
    ];
    for (const { name, bytes } of cases) {
      it(`ne modifie que les étendues des corrections (${name})`, () => {
        const dir = tempDir();
        writeFileSync(join(dir, '.qe-style.json'), JSON.stringify({ substitutions: pack.substitutions }));
        const files = [
          { file: 'fautif.qe.md', text: dirty },
          ...readdirSync(join(root, 'examples'))
            .filter((file) => file.endsWith('.qe.md'))
            .map((file) => ({ file, text: readFileSync(join(root, 'examples', file), 'utf8') })),
        ];
        for (const { file, text } of files) writeFileSync(join(dir, file), bytes(text));
        const result = runCli(['--fix', '--format', 'json', ...files.map((entry) => entry.file)], { cwd: dir });
        assert.ok(result.status === 0 || result.status === 1, result.stderr);
        // Beside the JSON document, stderr lists what --fix changed, and nothing else.
        assert.deepEqual(result.stderr.split('\n').filter((line) => line && !/: corrigé \[|corrections? appliquées?\.$| : aucune correction automatique à appliquer\.$/.test(line)), []);
        let changed = 0;
        for (const { file, text } of files) {
          const before = bytes(text);
          const after = readFileSync(join(dir, file));
          // Same computation in process: the file must be exactly the edits applied to it, BOM and line ends kept.
          const hasBom = before[0] === 0xef && before[1] === 0xbb && before[2] === 0xbf;
          const source = before.subarray(hasBom ? 3 : 0).toString('utf8');
          const expected = fixUntilStable(source, packToOptions({ substitutions: pack.substitutions })).text;
          assert.equal(after.toString('utf8'), `${hasBom ? '\uFEFF' : ''}${expected}`, `${file} : contenu inattendu après --fix`);
          if (!after.equals(before)) changed++;
          if (!source.includes('\r\n')) continue;
          assert.ok(!/[^\r]\n/.test(after.toString('utf8')), `${file} : fin de ligne LF introduite dans un fichier CRLF`);
        }
        assert.ok(changed >= 1, 'le dossier fautif aurait dû être corrigé');
        const report = JSON.parse(result.stdout) as { files: { path: string; diagnostics: { fixes: unknown[] }[] }[] };
        for (const file of report.files) {
          assert.deepEqual(file.diagnostics.filter((diagnostic) => diagnostic.fixes.length > 0), [], `${file.path} : constats corrigibles restants après --fix`);
        }
      });
    }

    it('sans constat corrigible, le fichier n’est pas réécrit', () => {
      const dir = tempDir();
      const path = join(dir, 'propre.qe.md');
      writeFileSync(path, '# Réponse\n\nRien à redire.\n');
      const result = runCli(['--fix', path]);
      assert.equal(result.stderr, '');
      assert.equal(readFileSync(path, 'utf8'), '# Réponse\n\nRien à redire.\n');
    });
  });
});
