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

describe('qe-check : jeune génération du tas (node/v8-flags.ts)', function () {
  this.timeout(30_000);
  const youngAfter = (...steps: string[]) => Number(optimizedAfter('heap', ...steps, 'young'));

  it('un lot court la laisse grandir (moins de ramassages), un lot long la borne, au cumul des fichiers', () => {
    const short = youngAfter('busy:20000');
    const long = youngAfter('busy:60000');
    const summed = youngAfter('busy:30000', 'busy:30000');
    assert.ok(short >= 8 * 1024 * 1024, `lot court : ${short} octets`);
    assert.ok(long <= 4 * 1024 * 1024, `lot long : ${long} octets`);
    assert.ok(summed <= 4 * 1024 * 1024, `deux fichiers : ${summed} octets`);
  });
});
