import assert from 'node:assert/strict';
import { rule } from '../../../server/src/core/rules/coherence-ministere';
import { check, dossier, documentOf, texts } from './helpers';
import { runRules } from '../../../server/src/core/rules/run';
import { applyFixes } from '../../../server/src/core/index';
import { defaultStyleSettings } from '../../../server/src/core/config/settings';

describe('coherence-ministere', () => {
  it('intitulé d’un gouvernement antérieur à la date de la réponse', () => {
    const front = 'publicationReponse:\n  date: 2025-05-20';
    const seen = check(rule, dossier("Le ministère des solidarités et de la santé a publié l'instruction.", { front }));
    assert.deepEqual(texts(seen), ['ministère des solidarités et de la santé']);
    assert.equal(seen[0]!.severity, 'warning');
  });

  it('intitulé en vigueur : rien ; sans date : rien', () => {
    assert.deepEqual(check(rule, dossier("Le ministère de la santé et de l'accès aux soins agit.", { front: 'publicationReponse:\n  date: 2024-10-15' })), []);
    assert.deepEqual(check(rule, dossier('Le ministère des solidarités et de la santé agit.')), []);
  });

  it('guide de style : ancien nom et genre du titulaire', () => {
    const text = dossier('Le ministère des affaires sociales agit ; le ministre de la santé et de la prévention le confirme.');
    const style = {
      ...defaultStyleSettings,
      ministeres: [{ nom: 'ministère de la santé et de la prévention', anciensNoms: ['ministère des affaires sociales'], genre: 'feminin' as const }],
    };
    const findings = runRules(documentOf(text), { profile: 'jo', severities: {}, style }, [rule]);
    assert.equal(findings.length, 2);
    assert.match(applyFixes(text, findings).text, /Le ministère de la santé et de la prévention agit ; la ministre de la santé/);
  });
});
