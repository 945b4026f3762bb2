import assert from 'node:assert/strict';
import { analyze, packToOptions, type AnalyzeOptions } from '../../server/src/core';
import { readSuppressions, suppressionEdit } from '../../server/src/core/rules/suppressions';

const options: AnalyzeOptions = packToOptions({ substitutions: [{ fautif: 'solutionner', correct: 'résoudre' }, { fautif: 'impacter', correct: 'affecter' }] });
const ours = new Set(['terme-prefere', 'suppression-sans-motif', 'suppression-inconnue', 'suppression-inutile', 'metadonnee-inconnue']);

function check(text: string, extra: AnalyzeOptions = {}) {
  return analyze(text, { ...options, ...extra })
    .findings.filter((finding) => ours.has(finding.rule))
    .map((finding) => `${finding.rule} « ${text.slice(finding.range.start, finding.range.end)} »`);
}

describe('désactivations dans le dossier', () => {
  it('sans désactivation, les constats sont là', () => {
    assert.deepEqual(check('# Réponse\n\nIl faut solutionner et impacter.\n'), ['terme-prefere « solutionner »', 'terme-prefere « impacter »']);
  });

  it('plusieurs règles dans une directive ; le verbe s’écrit avec ou sans accent', () => {
    const text = '# Réponse\n\n<!-- qe: désactiver-ligne-suivante terme-prefere, metadonnee-inconnue : citation d’un texte -->\nIl faut solutionner.\n';
    assert.deepEqual(check(text), ['suppression-inutile « metadonnee-inconnue »']);
    const [suppression] = readSuppressions(analyze(text).document);
    assert.deepEqual(
      suppression!.rules.map((rule) => [rule.id, text.slice(rule.range.start, rule.range.end)]),
      [
        ['terme-prefere', 'terme-prefere'],
        ['metadonnee-inconnue', 'metadonnee-inconnue'],
      ],
    );
    assert.equal(suppression!.reason, 'citation d’un texte');
    assert.equal(suppression!.scope, 'ligne');
  });

  it('ligne suivante : la première ligne non vide, et elle seule (fins de ligne CRLF comprises)', () => {
    const text = '# Réponse\r\n\r\n<!-- qe: desactiver-ligne-suivante terme-prefere : motif -->\r\n\r\nIl faut solutionner.\r\nPuis impacter.\r\n';
    assert.deepEqual(check(text), ['terme-prefere « impacter »']);
  });

  it('ligne suivante en fin de ligne : vise une ligne au milieu d’un paragraphe sans le couper', () => {
    const text = '# Réponse\n\nUne première ligne. <!-- qe: desactiver-ligne-suivante terme-prefere : citation -->\nIl faut solutionner.\nPuis solutionner encore.\n';
    assert.equal(analyze(text, options).document.answer?.paragraphs.length, 1);
    const findings = analyze(text, options).findings.filter((finding) => finding.rule === 'terme-prefere');
    assert.deepEqual(findings.map((finding) => finding.range.start), [text.lastIndexOf('solutionner')]);
  });

  it('paragraphe : celui qui contient la directive, sinon le suivant ; pas au-delà', () => {
    const inside = '# Réponse\n\nIl faut solutionner. <!-- qe: desactiver-paragraphe terme-prefere : motif -->\nEt impacter.\n\nPuis solutionner.\n';
    assert.deepEqual(check(inside), ['terme-prefere « solutionner »']);
    const before = '# Réponse\n\n<!-- qe: desactiver-paragraphe terme-prefere : motif -->\n\nIl faut solutionner.\nEt impacter.\n\nPuis solutionner.\n';
    assert.deepEqual(check(before), ['terme-prefere « solutionner »']);
  });

  it('fichier : tout le dossier, y compris les constats de structure', () => {
    const text = '---\nnuemro: 1\n---\n\n# Réponse\n\n<!-- qe: desactiver metadonnee-inconnue, terme-prefere : dossier de démonstration -->\nIl faut solutionner.\n';
    assert.deepEqual(check(text), []);
  });

  it('sans motif : signalée, mais appliquée quand même', () => {
    const text = '# Réponse\n\n<!-- qe: desactiver-ligne-suivante terme-prefere -->\nIl faut solutionner.\n';
    assert.deepEqual(check(text), ['suppression-sans-motif « <!-- qe: desactiver-ligne-suivante terme-prefere --> »']);
    const message = analyze(text, options).findings.find((finding) => finding.rule === 'suppression-sans-motif')!;
    assert.equal(message.severity, 'warning');
    assert.match(message.message, /^Désactivation sans motif/);
  });

  it('règle inconnue : signalée sur l’identifiant, avec la règle proche en correction', () => {
    const text = '# Réponse\n\n<!-- qe: desactiver-ligne-suivante terme-prefer : motif -->\nIl faut solutionner.\n';
    const finding = analyze(text, options).findings.find((candidate) => candidate.rule === 'suppression-inconnue')!;
    assert.equal(text.slice(finding.range.start, finding.range.end), 'terme-prefer');
    assert.deepEqual(finding.fixes?.[0]?.edits, [{ range: finding.range, newText: 'terme-prefere' }]);
    assert.match(finding.message, /Voulez-vous dire « terme-prefere » \?/);
    // Unknown: it suppresses nothing.
    assert.ok(check(text).includes('terme-prefere « solutionner »'));
  });

  it('inutile : en indication, sauf si la règle est désactivée par les réglages', () => {
    const text = '# Réponse\n\n<!-- qe: desactiver-ligne-suivante terme-prefere : motif -->\nRien à redire.\n';
    const finding = analyze(text, options).findings.find((candidate) => candidate.rule === 'suppression-inutile')!;
    assert.equal(finding.severity, 'hint');
    assert.deepEqual(check(text, { severities: { 'terme-prefere': 'off' } }), []);
  });

  it('les constats des désactivations suivent les gravités configurées', () => {
    const text = '# Réponse\n\n<!-- qe: desactiver-ligne-suivante terme-prefere -->\nIl faut solutionner.\n';
    assert.deepEqual(check(text, { severities: { 'suppression-sans-motif': 'off' } }), []);
    const error = analyze(text, { ...options, severities: { 'suppression-sans-motif': 'error' } }).findings.find((f) => f.rule === 'suppression-sans-motif');
    assert.equal(error?.severity, 'error');
  });

  it('une directive sans ligne après elle est inutile, avec un message qui le dit', () => {
    const text = '# Réponse\n\nIl faut solutionner.\n\n<!-- qe: desactiver-ligne-suivante terme-prefere : motif -->\n';
    const finding = analyze(text, options).findings.find((candidate) => candidate.rule === 'suppression-inutile')!;
    assert.match(finding.message, /aucune ligne ni aucun paragraphe ne suit la directive/);
  });

  describe('édition « Désactiver … » (actions rapides de l’éditeur)', () => {
    function silence(text: string, scope: 'ligne' | 'fichier', which = 0) {
      const analysis = analyze(text, options);
      const finding = analysis.findings.filter((candidate) => candidate.rule === 'terme-prefere')[which]!;
      const edit = suppressionEdit(analysis.document, finding, scope)!;
      return text.slice(0, edit.range.start) + edit.newText + text.slice(edit.range.end);
    }

    it('première ligne d’un paragraphe : directive sur sa propre ligne, juste avant', () => {
      const text = '# Réponse\n\nIl faut solutionner.\nPuis impacter.\n';
      const after = silence(text, 'ligne');
      assert.equal(after, '# Réponse\n\n<!-- qe: desactiver-ligne-suivante terme-prefere :  -->\nIl faut solutionner.\nPuis impacter.\n');
      assert.deepEqual(check(after), ['suppression-sans-motif « <!-- qe: desactiver-ligne-suivante terme-prefere :  --> »', 'terme-prefere « impacter »']);
    });

    it('milieu d’un paragraphe : directive en fin de ligne précédente, le paragraphe reste entier', () => {
      const text = '# Réponse\r\n\r\nIl faut solutionner.\r\nPuis impacter.\r\n';
      const after = silence(text, 'ligne', 1);
      assert.equal(after, '# Réponse\r\n\r\nIl faut solutionner. <!-- qe: desactiver-ligne-suivante terme-prefere :  -->\r\nPuis impacter.\r\n');
      assert.equal(analyze(after, options).document.answer?.paragraphs.length, 1);
      assert.ok(!check(after).includes('terme-prefere « impacter »'));
    });

    it('paragraphe : directive seule sur sa ligne avant le paragraphe, qui le couvre tout entier ; motif repéré', () => {
      const text = '# Réponse\n\nIl faut impacter.\nPuis solutionner.\n\nEt solutionner ici.\n';
      const analysis = analyze(text, options);
      const finding = analysis.findings.filter((candidate) => candidate.rule === 'terme-prefere')[1]!;
      assert.equal(text.slice(finding.range.start, finding.range.end), 'solutionner');
      const edit = suppressionEdit(analysis.document, finding, 'paragraphe')!;
      assert.equal(edit.newText, '<!-- qe: desactiver-paragraphe terme-prefere :  -->\n');
      assert.equal(edit.range.start, text.indexOf('Il faut'));
      assert.equal(edit.newText.slice(0, edit.reason), '<!-- qe: desactiver-paragraphe terme-prefere : ');
      const after = text.slice(0, edit.range.start) + edit.newText + text.slice(edit.range.end);
      // The whole paragraph (both lines) is silenced, not the next one.
      assert.deepEqual(check(after), ['suppression-sans-motif « <!-- qe: desactiver-paragraphe terme-prefere :  --> »', 'terme-prefere « solutionner »']);
    });

    it('tout le fichier : directive ajoutée à la fin ; les constats des métadonnées ne se désactivent que pour le fichier', () => {
      const text = '---\nnuemro: 1\n---\n\n# Réponse\n\nIl faut solutionner.';
      const after = silence(text, 'fichier');
      assert.ok(after.endsWith('Il faut solutionner.\n\n<!-- qe: desactiver terme-prefere :  -->\n'));
      assert.ok(!check(after).some((entry) => entry.startsWith('terme-prefere')));
      const analysis = analyze(text, options);
      const metadata = analysis.findings.find((finding) => finding.rule === 'metadonnee-inconnue')!;
      assert.equal(suppressionEdit(analysis.document, metadata, 'ligne'), undefined);
      assert.ok(suppressionEdit(analysis.document, metadata, 'fichier'));
    });

    it('pas de directive dans un enregistrement open data', () => {
      const record = JSON.stringify({ question: { uid: 'QANR5L17QE1', textesReponse: { texteReponse: { texte: 'Il faut solutionner.' } } } });
      const analysis = analyze(record, options);
      for (const finding of analysis.findings) assert.equal(suppressionEdit(analysis.document, finding, 'fichier'), undefined);
    });
  });
});
