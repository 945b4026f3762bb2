import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, applyFixes } from '../../../server/src/core/index';
import { groupDJ } from './house-style-ids-d-j';

const shared = join(__dirname, '..', '..', '..', 'data');
const seedPath = join(shared, 'seeds', 'qe-15-24191.md');

describe('réponse d’exemple (Q 24191) : constats des groupes D à J', () => {
  const text = readFileSync(seedPath, 'utf8');
  const ours = new Set<string>(groupDJ);
  const findings = analyze(text).findings.filter((finding) => ours.has(finding.rule));
  const all = findings.map((finding) => [finding.rule, finding.range.start, text.slice(finding.range.start, finding.range.end), finding.severity]);

  it('la liste complète, dans l’ordre du fichier, avec les plages exactes', () => {
    assert.deepEqual(all, [
      // Question (publiée, en lecture seule : information au plus).
      ['tiers-nommement-designe', 923, 'Jessica Edosomwan', 'information'],
      ['terme-incoherent', 1412, 'identifications des visites', 'information'],
      ['terme-incoherent', 2055, "plan d'action nationale", 'information'],
      // Réponse.
      ['phrase-trop-longue', 2142, text.slice(2142, 2466), 'warning'],
      ['phrase-trop-longue', 2467, text.slice(2467, 2870), 'warning'],
      ['sigle-non-developpe', 2546, 'GRETA', 'warning'],
      ['sigle-non-developpe', 2561, 'CNCDH', 'warning'],
      ['repetition-proche', 2780, 'victimes', 'information'],
      ['repetition-proche', 2796, 'formation', 'information'],
      ['repetition-proche', 2810, 'professionnels', 'information'],
      ['locution-critiquee', 2908, 'acté', 'hint'],
      ['personne-sans-civilite', 3001, 'Marlène Schiappa', 'information'],
      ['phrase-trop-longue', 3302, text.slice(3302, 3541), 'information'],
      ['incise-non-fermee', 3855, 'décliné sur les territoires', 'hint'],
      ['sigle-coherence', 4009, 'TEH', 'warning'],
      ['sigle-non-developpe', 4009, 'TEH', 'warning'],
      ['locution-critiquee', 4127, 'mise sur la', 'hint'],
      ['phrase-trop-longue', 4316, text.slice(4316, 4587), 'information'],
      ['sigle-non-developpe', 4700, 'TEH', 'warning'],
      ['virgule-c-est-pourquoi', 4933, ',', 'hint'],
      ['sigle-non-developpe', 5183, 'ECPAT', 'information'],
    ]);
  });

  it('phrase-trop-longue : 51 et 61 mots', () => {
    const long = findings.filter((finding) => finding.rule === 'phrase-trop-longue' && finding.severity === 'warning');
    assert.deepEqual(long.map((finding) => /(\d+) mots/.exec(finding.message)![1]), ['51', '61']);
    assert.match(text.slice(2142, 2466), /^Dès 2018, .* associations\.$/s);
    assert.match(text.slice(2467, 2870), /^Les échanges avec les différents partenaires, .* partenariat\.$/s);
  });

  it('sigles : GRETA, CNCDH, TEH ×2, ECPAT ; MIPROF (développée) n’est pas signalée', () => {
    const sigles = findings.filter((finding) => finding.rule === 'sigle-non-developpe').map((finding) => text.slice(finding.range.start, finding.range.end));
    assert.deepEqual(sigles, ['GRETA', 'CNCDH', 'TEH', 'TEH', 'ECPAT']);
    assert.ok(!findings.some((finding) => text.slice(finding.range.start, finding.range.end) === 'MIPROF'));
    const cncdh = findings.find((finding) => text.slice(finding.range.start, finding.range.end) === 'CNCDH')!;
    assert.deepEqual(cncdh.fixes![0]!.edits, [{ range: { start: 2561, end: 2566 }, newText: "Commission nationale consultative des droits de l'homme" }], 'employé une fois : le nom seul');
    const greta = findings.find((finding) => text.slice(finding.range.start, finding.range.end) === 'GRETA')!;
    assert.deepEqual(greta.fixes!.map((fix) => fix.edits[0]!.newText), [
      "Groupe d'experts sur la lutte contre la traite des êtres humains",
      "groupement d'établissements publics locaux d'enseignement",
    ]);
  });

  it('corrections : « acté » → « retenu », « mise sur la » → « portée à la », virgule, incise', () => {
    const fixable = findings.filter((finding) => ['locution-critiquee', 'virgule-c-est-pourquoi', 'incise-non-fermee'].includes(finding.rule));
    const fixed = applyFixes(text, fixable).text;
    assert.match(fixed, /a déjà retenu la formation des professionnels/);
    assert.match(fixed, /Une attention particulière sera portée à la formation/);
    assert.match(fixed, /C'est pourquoi le gouvernement, à travers/);
    assert.match(fixed, /décliné sur les territoires, sera élaboré/);
  });
});
