import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { defaultSourceDir, staleReferenceFiles } from '../../../scripts/build-reference';
import { acronyms, acronymsByForm, governments, plans, sources } from '../../../server/src/core/reference';

describe('données de référence', () => {
  it('les fichiers générés sont à jour (npx tsx scripts/build-reference.ts)', function () {
    // Reason: the sources (shared/reference) sit beside the repository in CI and on developers' machines, but
    // not in a bare clone; the generated files are committed, so the other tests still run there.
    if (!existsSync(defaultSourceDir)) this.skip();
    assert.deepEqual(staleReferenceFiles(), []);
  });

  it('glossaire : 395 sigles, homonymes, variantes', () => {
    assert.equal(acronyms.length, 395);
    assert.equal(acronymsByForm.get('GRETA')?.length, 2);
    assert.equal(acronymsByForm.get('Miprof')?.[0]?.sigle, 'MIPROF');
    assert.ok(plans.length > 50 && sources.length > 50 && governments.length > 10);
  });
});
