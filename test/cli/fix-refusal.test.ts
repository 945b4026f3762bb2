import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';
import { fixRefusal } from '../../server/src/cli/input-checks';

describe('qe-check --fix : ce qui n’est pas réécrit', () => {
  const dossier = '# Question\n\nM. X interroge M. le ministre sur l’Etat.\n\n# Réponse\n\nL’Etat répond.\n';

  it('un dossier .qe.md contrôlé jusqu’au bout est corrigé', () => {
    assert.equal(fixRefusal('a.qe.md', analyze(dossier)), undefined);
  });

  it('un dossier dont le contrôle a échoué en partie n’est pas modifié, et le message le dit', () => {
    const analysis = analyze(dossier);
    const failed = { ...analysis, findings: [...analysis.findings, { rule: 'erreur-interne', severity: 'error' as const, message: 'panne', range: { start: 0, end: 0 } }] };
    assert.match(fixRefusal('a.qe.md', failed) ?? '', /a échoué en partie.*ne l’a pas modifié/);
  });

  it('une page exportée n’est jamais réécrite', () => {
    assert.match(fixRefusal('a.md', analyze('# Texte de la question\n\nQuestion ?\n')) ?? '', /ne modifie que les dossiers \.qe\.md/);
  });
});
