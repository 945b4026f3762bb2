/** `npm run package` runs without a question in a terminal: vsce asks « [y/N] » when `repository` is missing. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

describe('npm run package', () => {
  it('never stops at the missing-repository prompt of vsce', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { repository?: unknown; scripts: Record<string, string> };
    assert.match(manifest.scripts.package!, /\bvsce package\b/);
    assert.ok(manifest.repository !== undefined || /--allow-missing-repository\b/.test(manifest.scripts.package!), manifest.scripts.package);
  });
});
