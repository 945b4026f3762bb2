import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, type Finding } from '../../../server/src/core';
import { structureRules } from '../../../server/src/core/rules/structure/meta';
import { toDossier } from '../../../server/src/core/dossier/serialize';
import { linkedFileReader } from '../../../server/src/node/linked-file';
import { tempDir } from '../../helpers/cli';
import { readRawRecords, readSeed } from '../../helpers/corpus';

const structural = new Set(structureRules.map((meta) => meta.id));
/** Findings about the dossier's structure (house-style and coverage findings are other tests' business). */
const structureFindings = (findings: readonly Finding[]) => findings.filter((finding) => structural.has(finding.rule));

const dossier = `---
numero: 24191
législature: 15e
Chambre: Assemblée nationale
auteur: M. Patrice Anato
ministère interrogé: Égalité femmes hommes
publicationQuestion: 5 novembre 2019, page 9703
publicationReponse:
  date: 2019-11-19
  page: 10134
signalee: non
---

# Question

M. Patrice Anato interroge Mme la secrétaire d'État sur le plan.

# Réponse

## Calendrier

<!-- qe: repond Q1 -->
Un groupe de travail sera mis en place début 2020.

Le second plan <!-- qe: répond Q2, q3 --> prolonge le premier.

# Notes internes

Vérifier la date avec la MIPROF.
`;

describe('the native dossier', () => {
  const { document, findings } = analyze(dossier);

  it('types metadata written with accents, spaces and French values', () => {
    assert.equal(document.format, 'dossier');
    assert.equal(document.metadata.legislature, 15);
    assert.equal(document.metadata.chambre, 'AN');
    assert.equal(document.metadata.ministereInterroge, 'Égalité femmes hommes');
    assert.deepEqual(document.metadata.publicationQuestion, { date: '2019-11-05', page: 9703 });
    assert.deepEqual(document.metadata.publicationReponse, { date: '2019-11-19', page: 10134 });
    assert.equal(document.metadata.signalee, false);
    assert.deepEqual(structureFindings(findings), []);
  });

  it('reads sections, sub-headings and notes', () => {
    assert.equal(document.question!.paragraphs.length, 1);
    assert.equal(document.answer!.paragraphs.length, 2);
    assert.equal(document.notes.length, 1);
    assert.ok(document.headings.some((heading) => heading.text === 'Calendrier' && !heading.opens));
    assert.ok(document.masked.some((mask) => mask.reason === 'notes' && dossier.slice(mask.start, mask.end).includes('MIPROF')));
  });

  it('an empty `repond` place ties nothing: the next `repond` replaces it; other comments keep it', () => {
    const answers = (answer: string) => analyze(`# Question\n\nQuel calendrier ?\n\n# Réponse\n\n${answer}`).document.answer!.paragraphs.map((paragraph) => paragraph.answers);
    assert.deepEqual(answers('<!-- qe: repond Q1 -->\n<!-- rappel -->\n\n<!-- qe: repond Q2 -->\n\nTexte.\n'), [['Q2']]);
    assert.deepEqual(answers('<!-- qe: repond Q1 -->\n<!-- rappel -->\n<!-- qe: desactiver-paragraphe repetition-proche : motif -->\n\nTexte.\n'), [['Q1']]);
    assert.deepEqual(answers('<!-- qe: repond Q1, Q2 -->\n\nTexte.\n\nSuite.\n'), [['Q1', 'Q2'], []]);
  });

  it('ties paragraphs to sub-questions with directives, before or inside the paragraph', () => {
    assert.deepEqual(document.answer!.paragraphs[0]!.answers, ['Q1']);
    assert.deepEqual(document.answer!.paragraphs[1]!.answers, ['Q2', 'Q3']);
    assert.equal(document.directives.length, 2);
    // The directive never reaches the prose.
    assert.equal(document.answer!.paragraphs[1]!.text, 'Le second plan  prolonge le premier.');
  });

  it('reports an unknown directive verb', () => {
    const result = analyze(dossier.replace('qe: repond Q1', 'qe: repondre Q1'));
    const finding = result.findings.find((candidate) => candidate.rule === 'directive-inconnue');
    assert.ok(finding);
    assert.equal(result.document.text.slice(finding.range.start, finding.range.end), 'repondre');
  });

  it('reports a missing answer section', () => {
    const result = analyze('---\nnumero: 1\n---\n\nDu texte sans section.\n');
    assert.ok(result.findings.some((finding) => finding.rule === 'section-manquante' && /« Question » et « Réponse »/.test(finding.message)));
  });

  it('reports a duplicated answer section and keeps the first', () => {
    const result = analyze(`${dossier}\n# Réponse\n\nAutre version.\n`);
    assert.ok(result.findings.some((finding) => finding.rule === 'section-dupliquee'));
    assert.ok(!result.document.answer!.text.includes('Autre version'));
  });

  it('reads dates in three forms and rejects impossible ones', () => {
    for (const value of ['2019-11-05', '05/11/2019', '5 novembre 2019']) {
      assert.deepEqual(analyze(`---\npublicationQuestion: ${value}\n---\n`).document.metadata.publicationQuestion, { date: '2019-11-05' });
    }
    const invalid = analyze('---\npublicationQuestion: 31 février 2019\n---\n').findings.find((finding) => finding.rule === 'metadonnee-invalide');
    assert.ok(invalid);
  });
});

describe('question in a separate file', () => {
  const dir = tempDir();
  const workspace = join(dir, 'espace');
  mkdirSync(join(workspace, 'questions'), { recursive: true });
  writeFileSync(join(workspace, 'questions', 'q.md'), readSeed());
  writeFileSync(join(dir, 'secret.md'), '# Question\n\nHors espace.\n');
  const dossierPath = join(workspace, 'reponse.qe.md');
  const withLink = (link: string) => `---\nnumero: 24191\nquestion: ${link}\n---\n\n# Réponse\n\nDès 2018, la mission a travaillé.\n`;

  it('reads the question from the linked file', () => {
    const { document, findings } = analyze(withLink('questions/q.md'), { readLinkedFile: linkedFileReader(dossierPath, [workspace]) });
    assert.ok(document.question!.text.startsWith('M. Patrice Anato interroge'));
    assert.equal(document.question!.sourcePath, 'questions/q.md');
    assert.deepEqual(structureFindings(findings), []);
  });

  it('refuses a path that leaves the workspace, with a French message on the metadata value', () => {
    const text = withLink('../secret.md');
    const { document, findings } = analyze(text, { readLinkedFile: linkedFileReader(dossierPath, [workspace]) });
    assert.equal(document.question, null);
    const finding = findings.find((candidate) => candidate.rule === 'fichier-question-introuvable')!;
    assert.match(finding.message, /hors de l’espace de travail/);
    assert.equal(text.slice(finding.range.start, finding.range.end), '../secret.md');
  });

  it('reports a missing linked file', () => {
    const { findings } = analyze(withLink('absent.md'), { readLinkedFile: linkedFileReader(dossierPath, [workspace]) });
    assert.ok(findings.some((finding) => finding.rule === 'fichier-question-introuvable' && /introuvable/.test(finding.message)));
  });
});

describe('conversion to a dossier', () => {
  it('round-trips the seed: same metadata, question and answer', () => {
    const original = analyze(readSeed()).document;
    const converted = analyze(toDossier(original)).document;
    assert.equal(converted.format, 'dossier');
    assert.deepEqual({ ...converted.metadata }, { ...original.metadata });
    assert.equal(converted.question!.text, original.question!.text);
    assert.equal(converted.answer!.text, original.answer!.text);
  });

  it('round-trips every open-data record, answered or not', () => {
    for (const [name, text] of readRawRecords()) {
      const original = analyze(text).document;
      const converted = analyze(toDossier(original));
      assert.deepEqual(converted.document.metadata, original.metadata, name);
      assert.equal(converted.document.question!.text, original.question!.text, name);
      if (original.answer) assert.equal(converted.document.answer!.text, original.answer.text, name);
      else assert.equal(converted.document.answer!.paragraphs.length, 0, name);
      assert.deepEqual(converted.findings.filter((finding) => finding.rule.startsWith('metadonnee') || finding.rule.startsWith('entete')), [], name);
    }
  });
});

describe('paragraphs indented by four spaces', () => {
  it('are read as the question and the answer, not as code left unchecked', () => {
    const text = [
      '# Question',
      '',
      "    M. Jean Dupont attire l'attention de M. le ministre de l'intérieur sur les délais de délivrance des titres. Il lui demande quelles mesures il entend prendre pour les réduire.",
      '',
      '# Réponse',
      '',
      "    Le Gouvernement a engagé un plan de réduction des délais , doté de dix millions d'euros.",
      '',
    ].join('\n');
    const analysis = analyze(text);
    const answer = analysis.document.answer;
    assert.ok(answer, 'answer section');
    assert.equal(answer.paragraphs.length, 1);
    assert.match(answer.paragraphs[0]!.text, /^Le Gouvernement a engagé/);
    assert.ok(analysis.subQuestions.length >= 1, 'the request is found');
    assert.ok(!analysis.findings.some((finding) => /réponse est vide/u.test(finding.message)), 'the answer is not called empty');
    assert.ok(analysis.findings.some((finding) => finding.rule === 'espace-ponctuation-basse'), 'the indented answer is checked');
  });
});
