/**
 * Long findings (a whole sentence, a whole answer) underline a short anchor — the first words, or the heading —
 * with the whole passage as related information, so that the precise findings inside stay visible. Their
 * « Désactiver … » actions still find them from the anchored diagnostic.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, leadingWords, LineIndex, type Analysis, type Finding } from '../../server/src/core';
import { toDiagnostic, wholeRangeMessage } from '../../server/src/lsp/convert';
import { suppressionActions } from '../../server/src/lsp/suppression-actions';

const uri = 'file:///dossier.qe.md';
const seed = readFileSync(join(__dirname, '..', 'fixtures', 'editor', 'qe-15-24191.qe.md'), 'utf8');

function firstOf(analysis: Analysis, rule: string): Finding {
  const finding = analysis.findings.find((candidate) => candidate.rule === rule);
  assert.ok(finding, `${rule} : ${analysis.findings.map((candidate) => candidate.rule).join(', ')}`);
  return finding;
}

describe('constats longs : une ancre courte soulignée, le passage entier en information liée', () => {
  it('leadingWords : les quatre premiers mots d’une longue étendue, rien pour une courte', () => {
    const text = 'Dès 2018, la Mission interministérielle de protection des femmes a travaillé.';
    assert.deepEqual(leadingWords(text, { start: 0, end: text.length }), { start: 0, end: 'Dès 2018, la Mission'.length });
    assert.equal(leadingWords(text, { start: 0, end: 20 }), undefined);
    const inner = { start: text.indexOf('la Mission'), end: text.length };
    assert.equal(text.slice(leadingWords(text, inner)!.start, leadingWords(text, inner)!.end), 'la Mission interministérielle de');
  });

  it('phrase-trop-longue : ses premiers mots soulignés, la phrase en information liée', () => {
    const analysis = analyze(seed);
    const lines = new LineIndex(seed);
    const finding = firstOf(analysis, 'phrase-trop-longue');
    assert.ok(finding.anchor);
    assert.equal(seed.slice(finding.anchor.start, finding.anchor.end), 'Dès 2018, la Mission');
    const diagnostic = toDiagnostic(finding, lines, uri);
    assert.deepEqual(diagnostic.range, lines.range(finding.anchor));
    assert.deepEqual(diagnostic.relatedInformation?.[0], { location: { uri, range: lines.range(finding.range) }, message: wholeRangeMessage });
    // The precise findings inside the sentence are no longer under the long one's underline.
    const inside = analysis.findings.filter((other) => other !== finding && other.range.start >= finding.anchor!.end && other.range.end <= finding.range.end);
    assert.ok(inside.length > 0);
  });

  it('réponse trop courte : le titre « # Réponse » souligné, pas tout le paragraphe', () => {
    // A short answer that answers none of the question's requests (a short answer that answers is not flagged).
    const text = '# Question\n\nM. Jean Dupont interroge M. le ministre de l’intérieur sur les délais de délivrance des titres d’identité. Il lui demande quelles mesures le Gouvernement entend prendre pour les réduire.\n\n# Réponse\n\nLe ministre de l’intérieur remercie le député de son intérêt pour ce sujet important, qui fait l’objet d’une attention constante et vigilante des services de l’État dans tous les départements du territoire national.\n';
    const analysis = analyze(text);
    const finding = firstOf(analysis, 'reponse-vide');
    assert.equal(finding.severity, 'warning');
    assert.equal(text.slice(finding.anchor!.start, finding.anchor!.end), '# Réponse');
    assert.ok(finding.range.end - finding.range.start > 100);
  });

  it('« Désactiver … » trouve le constat depuis son diagnostic ancré', () => {
    const analysis = analyze(seed);
    const lines = new LineIndex(seed);
    const diagnostic = toDiagnostic(firstOf(analysis, 'phrase-trop-longue'), lines, uri);
    const titles = suppressionActions(analysis, lines, uri, diagnostic).map((action) => action.title);
    assert.ok(titles.some((title) => title.startsWith('Désactiver « phrase-trop-longue »')), titles.join(' | '));
  });
});
