/**
 * `qe-check` and Grammalecte: the grammar findings (J1 `accord-delegue`) in the text, JSON and SARIF reports like
 * any other, `--sans-grammaire` turns them off, `--fix` never applies them; a crash costs one paragraph. With the
 * fake driver (runs everywhere), then with the real engine on the faults of real answers when it is installed.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireBundles, runCli, tempDir } from '../helpers/cli';
import { fakeGrammalecte } from '../helpers/grammalecte';
import { GrammarEngine } from '../../server/src/node/grammar/engine';

const dossier = [
  '---',
  'numero: 12',
  '---',
  '',
  '# Question',
  '',
  'M. X interroge M. le ministre sur les chiffres erronés des préfectures.',
  '',
  '# Réponse',
  '',
  'Les chiffres erronés ont été corrigés.',
  '',
  'Le ministre cite « les chiffres erronés des préfectures » dans sa réponse.',
  '',
].join('\n');

function write(text: string): string {
  const path = join(tempDir(), 'reponse.qe.md');
  writeFileSync(path, text);
  return path;
}

interface JsonReport {
  files: { diagnostics: { rule: string; severity: string; message: string; range: { start: { line: number; character: number } }; fixes?: unknown[] }[] }[];
}

describe('qe-check : grammaire (pilote factice)', function () {
  this.timeout(30_000);
  before(requireBundles);

  it('texte, JSON et SARIF portent le constat ; code de sortie 1 (erreur)', () => {
    const path = write(dossier);
    const text = runCli(['--grammalecte', fakeGrammalecte, path]);
    assert.equal(text.status, 1, text.stderr);
    assert.match(text.stdout, /:11:14: erreur \[accord-delegue\] Accord de nombre erroné : « erronés » devrait être au singulier\. \(Grammalecte\)/);
    assert.equal(text.stdout.match(/accord-delegue/g)?.length, 1, 'rien dans la question ni dans la citation');

    const json = JSON.parse(runCli(['--grammalecte', fakeGrammalecte, '--format', 'json', path]).stdout) as JsonReport;
    const grammar = json.files[0]!.diagnostics.filter((finding) => finding.rule === 'accord-delegue');
    assert.equal(grammar.length, 1);
    assert.deepEqual(grammar[0]!.range.start, { line: 10, character: 13 });
    assert.equal(grammar[0]!.fixes?.length, 1);

    const sarif = JSON.parse(runCli(['--grammalecte', fakeGrammalecte, '--format', 'sarif', path]).stdout) as {
      runs: { results: { ruleId: string; level: string }[]; tool: { driver: { rules: { id: string }[] } } }[];
    };
    assert.deepEqual(sarif.runs[0]!.results.filter((result) => result.ruleId === 'accord-delegue').map((result) => result.level), ['error']);
    assert.ok(sarif.runs[0]!.tool.driver.rules.some((rule) => rule.id === 'accord-delegue'));
  });

  it('--sans-grammaire : aucun constat de grammaire, Grammalecte n’est pas lancé', () => {
    const path = write(dossier);
    const log = join(tempDir(), 'envoyes.jsonl');
    process.env.QE_FAKE_GRAMMALECTE_LOG = log;
    writeFileSync(log, '');
    try {
      const result = runCli(['--sans-grammaire', path]);
      assert.doesNotMatch(result.stdout, /accord-delegue/);
      assert.equal(readFileSync(log, 'utf8'), '');
      const withGrammar = runCli(['--grammalecte', fakeGrammalecte, path]);
      assert.match(withGrammar.stdout, /accord-delegue/);
      assert.equal(readFileSync(log, 'utf8').split('\n').filter(Boolean).length, 2, 'deux paragraphes de réponse envoyés');
    } finally {
      delete process.env.QE_FAKE_GRAMMALECTE_LOG;
    }
  });

  it('--fix n’applique jamais les suggestions de Grammalecte', () => {
    const path = write(dossier);
    runCli(['--grammalecte', fakeGrammalecte, '--fix', path]);
    assert.match(readFileSync(path, 'utf8'), /Les chiffres erronés ont été corrigés\./);
  });

  it('un paragraphe qui fait planter Grammalecte : les autres sont contrôlés, un mot sur stderr', () => {
    const path = write(`${dossier}\nPLANTAGE ici.\n\nDes chiffres erronés encore.\n`);
    const result = runCli(['--grammalecte', fakeGrammalecte, path]);
    // Two findings, grouped on one line of the text report (« 2 fois ; aussi en … »).
    assert.match(result.stdout, /\[accord-delegue\].*\(2 fois ; aussi en \d+:\d+\)/, result.stdout);
    assert.match(result.stderr, /grammaire : 1 paragraphe non contrôlé/);
  });

  it('--grammalecte vers un chemin introuvable : contrôle sans grammaire, raison sur stderr', () => {
    const path = write(dossier);
    const result = runCli(['--grammalecte', '/nulle/part/grammalecte-cli', path]);
    assert.doesNotMatch(result.stdout, /accord-delegue/);
    assert.match(result.stderr, /grammaire non contrôlée \(Le réglage qe\.grammalecte\.chemin désigne un fichier introuvable/);
  });
});

// Faults read by a reviewer in real published answers, in drafts of our own around them.
const faults = [
  'Les directeurs de leur établissements sont informés de ces mesures.',
  'Ces dispositions ne sont pas applicable aux agents contractuels.',
  'Les services de l’État sont mobilisé pour accompagner les collectivités.',
  'Les préfets doit veiller à la bonne application de ces instructions.',
  // What the acronym fix can produce from « les ARS ».
  'Les agence régionale de santé sont compétentes pour ces missions.',
];

describe('qe-check : grammaire avec le vrai Grammalecte (si installé)', function () {
  this.timeout(60_000);
  before(async function () {
    requireBundles();
    const probe = new GrammarEngine();
    const status = await probe.ensureStarted();
    probe.dispose();
    // Reason: Grammalecte is the user's program, not a dependency; CI installs it (grammalecte-cli, python3-grammalecte).
    if (status.state !== 'actif') this.skip();
  });

  it('fautes d’accord et de conjugaison trouvées aux plages exactes ; rien sur la question ni sur la citation', () => {
    const text = [
      '---',
      'numero: 12',
      '---',
      '',
      '# Question',
      '',
      'M. X demande si les directeurs de leur établissements sont informés.',
      '',
      '# Réponse',
      '',
      ...faults.flatMap((fault) => [fault, '']),
      'Le ministre rappelle que « les directeurs de leur établissements sont informés ».',
      '',
    ].join('\n');
    const result = runCli(['--format', 'json', write(text)]);
    const report = JSON.parse(result.stdout) as JsonReport;
    const grammar = report.files[0]!.diagnostics.filter((finding) => finding.rule === 'accord-delegue');
    assert.equal(result.stderr, '');
    const lines = text.split('\n');
    const found = grammar.map((finding) => {
      const start = finding.range.start;
      const end = (finding as unknown as { range: { end: { character: number } } }).range.end;
      return [start.line, lines[start.line]!.slice(start.character, end.character), finding.severity];
    });
    assert.deepEqual(found, [
      [10, 'leur', 'error'],
      [10, 'établissements', 'error'],
      [12, 'applicable', 'error'],
      [14, 'mobilisé', 'error'],
      [16, 'doit', 'error'],
      [18, 'agence', 'error'],
    ]);
    // The typographic options are off: the straight apostrophe of « l’État » variants and spacing are not reported.
    assert.ok(grammar.every((finding) => /\(Grammalecte\)$/.test(finding.message)));
  });

  it('une réponse publiée réelle (graine) : aucun constat de grammaire en erreur sur le texte tel que publié', () => {
    const result = runCli(['--format', 'json', join(__dirname, '..', '..', 'data', 'seeds', 'qe-15-24191.md')]);
    const report = JSON.parse(result.stdout) as JsonReport;
    const errors = report.files[0]!.diagnostics.filter((finding) => finding.rule === 'accord-delegue' && finding.severity === 'error');
    assert.deepEqual(errors.map((finding) => finding.message), []);
  });
});
