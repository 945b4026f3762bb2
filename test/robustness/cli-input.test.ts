/** `qe-check` (built bundle) on binary, badly encoded, random and very large files: a French notice, never a crash. */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { requireBundles, runCli } from '../helpers/cli';
import { dossierOfLength } from './dossiers';

interface JsonReport {
  files: { path: string; diagnostics: { rule: string; severity: string; message: string }[] }[];
}

const dir = mkdtempSync(join(tmpdir(), 'qe-robustesse-'));

function check(name: string, bytes: Uint8Array | string): { status: number | null; report: JsonReport; stderr: string } {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const result = runCli(['--format', 'json', path]);
  assert.doesNotMatch(result.stderr, /erreur inattendue|at .*\.js:\d+/, 'aucune pile d’erreur');
  assert.ok(result.status === 0 || result.status === 1 || result.status === 2, `code de sortie ${result.status} (${result.stderr})`);
  return { status: result.status, report: JSON.parse(result.stdout) as JsonReport, stderr: result.stderr };
}

function rulesOf(report: JsonReport): string[] {
  return report.files.flatMap((file) => file.diagnostics.map((finding) => finding.rule));
}

describe('qe-check sur des entrées hostiles', () => {
  before(requireBundles);

  it('un fichier binaire est refusé avec un message en français', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe]);
    const { status, report, stderr } = check('image.qe.md', png);
    assert.equal(status, 2);
    assert.match(stderr, /image\.qe\.md » : .*octets binaires/);
    const finding = report.files[0]!.diagnostics[0]!;
    assert.equal(finding.rule, 'fichier-illisible');
    assert.match(finding.message, /octets binaires/);
  });

  it('un fichier en Latin-1 (UTF-8 invalide) est refusé avec un message en français', () => {
    const latin1 = Buffer.from('# Réponse\n\nLe ministère a répondu.\n', 'latin1');
    const { status, report, stderr } = check('latin1.qe.md', latin1);
    assert.equal(status, 2);
    assert.match(stderr, /latin1\.qe\.md » : .*UTF-8/);
    assert.match(report.files[0]!.diagnostics[0]!.message, /n’est pas encodé en UTF-8/);
  });

  it('UTF-16 avec BOM, séquences tronquées, BOM UTF-8 : jamais de plantage', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Réponse\n\nTexte.\n', 'utf16le')]);
    assert.ok(rulesOf(check('utf16.qe.md', utf16).report).includes('fichier-illisible'));
    assert.ok(rulesOf(check('tronque.qe.md', Buffer.from([0x23, 0x20, 0xc3])).report).includes('fichier-illisible'));
    const bom = check('bom.qe.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('# Réponse\n\nLe texte.\n')]));
    assert.ok(!rulesOf(bom.report).includes('fichier-illisible'), 'un BOM UTF-8 est accepté');
  });

  it('octets aléatoires : toujours un rapport JSON et un code de sortie 0, 1 ou 2', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const { report } = check('aleatoire.qe.md', bytes);
        assert.equal(report.files.length, 1);
      }),
      { seed: 2026, numRuns: 12 },
    );
  });

  it('un fichier de 10 Mo est contrôlé en partie, avec un avis en français', () => {
    const block = dossierOfLength(20000);
    let text = block;
    while (text.length < 10 * 1024 * 1024) text += `\n\n${block.slice(block.indexOf('# Réponse') + 12, block.indexOf('# Notes'))}`;
    const { report } = check('enorme.qe.md', text);
    const notice = report.files[0]!.diagnostics.find((finding) => finding.rule === 'fichier-tronque');
    assert.ok(notice, 'avis de troncature');
    assert.match(notice.message, /Fichier très volumineux .* seuls les .* premiers sont contrôlés/);
  });
});
