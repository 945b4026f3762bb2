/**
 * `qe-check` on the inputs a new user gives it: files it cannot check exit 2 with a French reason (never a silent
 * pass, never « dans 0 fichier »); `--fix` rewrites only `.qe.md` dossiers and says what it changed; identical
 * findings are one text line; one French name per severity; JSON section ranges without their heading.
 */
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, requireBundles, runCli, tempDir } from '../helpers/cli';
import { rawDir, seedPath } from '../helpers/corpus';

interface JsonReport {
  files: {
    question: { text: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } } | null;
    answer: { text: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } } | null;
    diagnostics: { rule: string; severity: string }[];
  }[];
}

const example = join(root, 'examples', 'qe-15-24191.qe.md');

describe('qe-check: inputs it cannot check, --fix report, grouped lines', function () {
  this.timeout(60_000);
  before(requireBundles);
  const dir = tempDir();
  const write = (name: string, content: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it('a missing file exits 2 and is not summed up as « 0 erreur … dans 0 fichier »', () => {
    const result = runCli([join(dir, 'absent.qe.md')]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /absent\.qe\.md.*fichier introuvable/);
    assert.doesNotMatch(result.stdout, /dans 0 fichier/);
    assert.match(result.stdout, /^Aucun fichier contrôlé : 1 fichier non contrôlé/m);
  });

  it('a missing file beside a good one: the good one is checked, exit 2, the summary counts both', () => {
    const result = runCli([join(dir, 'absent.qe.md'), example]);
    assert.equal(result.status, 2);
    assert.match(result.stdout, /dans 1 fichier .*; 1 fichier non contrôlé/);
  });

  const unusable: [string, string | Buffer, RegExp][] = [
    ['an empty file', '', /vide\.qe\.md » est vide : rien n’a été contrôlé/],
    ['a text without headings', 'Le ministère a engagé un plan de formation en 2024. Il sera évalué en 2026.\n', /ni question ni réponse reconnaissables/],
    ['binary bytes', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), /octets binaires/],
    ['Latin-1 text', Buffer.from('# Réponse\n\nLe ministère a répondu.\n', 'latin1'), /n’est pas encodé en UTF-8/],
    ['broken JSON', '{"question": {"uid": "QANR5L17QE1", ', /Enregistrement JSON invalide/],
  ];
  for (const [label, content, message] of unusable) {
    it(`${label}: exit 2 with a French reason, in every format`, () => {
      const path = write(`${label.includes('JSON') ? 'casse.json' : label.includes('empty') ? 'vide.qe.md' : `entree-${unusable.findIndex(([name]) => name === label)}.md`}`, content);
      for (const format of ['text', 'json', 'sarif']) {
        const result = runCli(['--format', format, path]);
        assert.equal(result.status, 2, `${format} : ${result.stderr}`);
        assert.match(result.stderr, message);
        assert.match(result.stderr, /^qe-check : « /m);
        if (format === 'json') assert.equal((JSON.parse(result.stdout) as JsonReport).files.length, 1, 'the file is still reported, with its reason');
      }
    });
  }

  it('an unanswered open-data record has a question: it is checked (exit 0 or 1, no input error)', () => {
    const result = runCli(['--format', 'json', join(rawDir, 'QANR5L17QE4461.json')]);
    assert.ok(result.status === 0 || result.status === 1, result.stderr);
    const [file] = (JSON.parse(result.stdout) as JsonReport).files;
    assert.ok(file!.question);
    assert.equal(file!.answer, null);
  });

  it('--fix leaves an open-data record and a page export alone and says how to make a dossier', () => {
    for (const source of [join(rawDir, 'QANR5L17QE10723.json'), seedPath]) {
      const copy = join(dir, `copie-${source.endsWith('.json') ? 'record.json' : 'page.md'}`);
      copyFileSync(source, copy);
      const before = readFileSync(copy, 'utf8');
      const result = runCli(['--fix', copy]);
      assert.ok(result.status === 0 || result.status === 1, result.stderr);
      assert.equal(readFileSync(copy, 'utf8'), before, `${copy} must not be rewritten`);
      assert.match(result.stderr, /--fix ne modifie que les dossiers \.qe\.md/);
      assert.match(result.stderr, /Nouvelle réponse à partir de la question/);
      assert.doesNotMatch(result.stdout, /corrigé \[/);
    }
  });

  it('--fix on a dossier prints each change (rule, before → after) and the count, then writes it', () => {
    const copy = join(dir, 'dossier.qe.md');
    copyFileSync(example, copy);
    const result = runCli(['--fix', copy]);
    assert.ok(result.status === 0 || result.status === 1, result.stderr);
    const changes = result.stdout.split('\n').filter((line) => / corrigé \[/.test(line));
    assert.ok(changes.length >= 5, result.stdout);
    assert.ok(changes.some((line) => /dossier\.qe\.md:\d+:\d+: corrigé \[apostrophe-typographique\] .* : « [^»]*'[^»]* » → « [^»]*’[^»]* »$/.test(line)), changes.join('\n'));
    const count = Number(/(\d+) corrections appliquées\./.exec(result.stdout)?.[1]);
    assert.equal(count, changes.length);
    assert.notEqual(readFileSync(copy, 'utf8'), readFileSync(example, 'utf8'));
    // Nothing left to fix: said so, file untouched.
    const again = runCli(['--fix', copy]);
    assert.match(again.stdout, /aucune correction automatique à appliquer/);
  });

  it('--fix --format json keeps stdout one JSON document and lists the changes on stderr', () => {
    const copy = join(dir, 'dossier-json.qe.md');
    copyFileSync(example, copy);
    const result = runCli(['--fix', '--format', 'json', copy]);
    assert.doesNotThrow(() => JSON.parse(result.stdout));
    assert.match(result.stderr, /corrigé \[apostrophe-typographique\]/);
  });

  it('identical findings on many lines are one text line with the count and the other positions', () => {
    const result = runCli(['--profile', 'imprimerie-nationale', example]);
    const apostrophes = result.stdout.split('\n').filter((line) => line.includes('[apostrophe-typographique]'));
    assert.equal(apostrophes.length, 1, apostrophes.join('\n'));
    assert.match(apostrophes[0]!, /\((\d+) fois ; aussi en \d+:\d+, \d+:\d+/);
    // JSON keeps every finding.
    const json = JSON.parse(runCli(['--profile', 'imprimerie-nationale', '--format', 'json', example]).stdout) as JsonReport;
    const count = json.files[0]!.diagnostics.filter((diagnostic) => diagnostic.rule === 'apostrophe-typographique').length;
    assert.equal(Number(/\((\d+) fois/.exec(apostrophes[0]!)![1]), count);
  });

  it('one French name per severity: erreur, avertissement, information, suggestion', () => {
    const result = runCli(['--suggestions', example]);
    const severities = new Set(result.stdout.split('\n').flatMap((line) => /:\d+:\d+: (\S+) \[/.exec(line)?.[1] ?? []));
    assert.ok(severities.size >= 3, [...severities].join(', '));
    for (const severity of severities) assert.ok(['erreur', 'avertissement', 'information', 'suggestion'].includes(severity), severity);
    assert.match(result.stdout, /\d+ informations?, \d+ suggestions? dans 1 fichier\.$/m);
    const docs = readFileSync(join(root, 'docs', 'regles.md'), 'utf8');
    assert.doesNotMatch(docs, /\bindications?\b|\bhint\b/);
  });

  it('JSON question and answer ranges cover the sections’ text, not their headings', () => {
    const report = JSON.parse(runCli(['--format', 'json', seedPath]).stdout) as JsonReport;
    const lines = readFileSync(seedPath, 'utf8').split('\n');
    const [file] = report.files;
    const at = (range: { start: { line: number; character: number } }) => lines[range.start.line]!.slice(range.start.character);
    assert.ok(at(file!.answer!.range).startsWith('Dès 2018'), at(file!.answer!.range).slice(0, 40));
    assert.ok(at(file!.question!.range).startsWith(file!.question!.text.slice(0, 30)), at(file!.question!.range).slice(0, 40));
    const end = file!.answer!.range.end;
    assert.ok(lines[end.line]!.slice(0, end.character).endsWith('ne rien laisser passer.'));
    const dossier = write('sections.qe.md', '# Question\n\nQuelles mesures ?\n\n# Réponse\n\nLe Gouvernement agit.\n');
    const small = (JSON.parse(runCli(['--format', 'json', dossier]).stdout) as JsonReport).files[0]!;
    assert.deepEqual(small.question!.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 17 } });
    assert.deepEqual(small.answer!.range, { start: { line: 6, character: 0 }, end: { line: 6, character: 21 } });
  });
});
