import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { defaultSourceDir, staleReferenceFiles } from '../../../scripts/build-reference';
import { acronyms, acronymsByForm, governments, plans, sources } from '../../../server/src/core/reference';

describe('données de référence', () => {
  it('les fichiers générés sont à jour (npx tsx scripts/build-reference.ts)', () => {
    assert.ok(existsSync(defaultSourceDir), defaultSourceDir);
    assert.deepEqual(staleReferenceFiles(), []);
  });

  it('glossaire : 395 sigles, homonymes, variantes', () => {
    assert.equal(acronyms.length, 395);
    assert.equal(acronymsByForm.get('GRETA')?.length, 2);
    assert.equal(acronymsByForm.get('Miprof')?.[0]?.sigle, 'MIPROF');
    assert.ok(plans.length > 50 && sources.length > 50 && governments.length > 10);
  });
});
