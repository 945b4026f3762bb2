import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/index';
import * as registry from '../../../server/src/core/rules/registry';
import { groupABC } from './house-style-ids';
import { dossier } from './helpers';

describe('groupes A–C : la question publiée est en lecture seule', () => {
  it('seules les règles [Q] regardent la question, et en information au plus', () => {
    const question =
      "Les mesures suivantes: l'Etat , le gouvernement, le 2nd plan, le 18 Octobre dernier, 14h30, 43,5 M€, 15%, n°24191, une nigériane de 26 ans, 19760 agents, \"reste à charge\", les mots,mots.";
    const text = dossier('La réponse est correcte.', { question, front: 'publicationReponse:\n  date: 2019-11-19' });
    const ours = new Set<string>(groupABC);
    for (const profile of ['jo', 'imprimerie-nationale'] as const) {
      const questionEnd = text.indexOf('# Réponse');
      const seen = analyze(text, { profile }).findings.filter((finding) => ours.has(finding.rule) && finding.range.start < questionEnd);
      assert.deepEqual([...new Set(seen.map((finding) => finding.rule))].sort(), ['majuscule-gentile', 'nbsp-nombre-unite']);
      assert.ok(seen.every((finding) => finding.severity === 'information' || finding.severity === 'hint'));
    }
  });
});

describe('groupes A–C : registre', () => {
  it('les 33 règles des groupes A, B et C du catalogue sont enregistrées, avec titre et description en français', () => {
    const { rules } = registry;
    const abc = rules.filter((rule) => ['A', 'B', 'C'].includes(rule.meta.group)).map((rule) => rule.meta.id).sort();
    assert.deepEqual(abc, [...groupABC].sort());
    for (const rule of rules.filter((candidate) => (groupABC as readonly string[]).includes(candidate.meta.id))) {
      assert.ok(rule.meta.title.length > 5 && rule.meta.description.length > 80, rule.meta.id);
      assert.ok(rule.check || rule.checkParagraph, rule.meta.id);
    }
  });
});

describe('groupes A–C : pas de correction dans la question', () => {
  it('les constats de la question ne portent aucune correction (texte publié)', () => {
    const text = dossier('Réponse correcte.', { question: 'une nigériane de 26 ans et 22 millions de personnes.' });
    const ours = new Set<string>(groupABC);
    const seen = analyze(text).findings.filter((finding) => ours.has(finding.rule));
    assert.equal(seen.length, 3);
    assert.ok(seen.every((finding) => finding.fixes === undefined));
  });
});
