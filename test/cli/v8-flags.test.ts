import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** Whether V8 optimized a function in a child that applied the batch flags `steps` (see v8-flags-child.ts). */
function optimizedAfter(...steps: string[]): string {
  const child = spawnSync(process.execPath, ['--allow-natives-syntax', '-r', 'tsx/cjs', join(__dirname, 'v8-flags-child.ts'), ...steps], { encoding: 'utf8' });
  assert.equal(child.status, 0, child.stderr);
  return child.stdout;
}

describe('qe-check : compilateur optimisant (node/v8-flags.ts)', function () {
  this.timeout(30_000);

  it('sans réglage, V8 optimise (le témoin du test fonctionne)', () => {
    assert.equal(optimizedAfter(), 'optimized');
  });

  it('un lot court ne lance pas TurboFan', () => {
    assert.equal(optimizedAfter('skip', 'idle:20000'), 'interpreted');
  });

  it('un lot long le relance quand un cœur est libre, au cumul des fichiers', () => {
    assert.equal(optimizedAfter('skip', 'idle:200000'), 'optimized');
    assert.equal(optimizedAfter('skip', 'idle:100000', 'idle:60000'), 'optimized');
  });

  it('pas sur une machine occupée', () => {
    assert.equal(optimizedAfter('skip', 'busy:200000'), 'interpreted');
  });
});
