/**
 * A thread's own CPU time, from Linux's /proc (the check budget counts it): it grows while the thread computes,
 * not while it waits; unreadable counters give undefined.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { threadCpuMs, threadStatPath } from '../../server/src/node/thread-cpu';

describe('temps de processeur d’un fil', () => {
  it('croît pendant un calcul, pas pendant une attente', function () {
    // Only Linux has per-thread counters in /proc; elsewhere the budget is wall-clock time.
    if (!existsSync('/proc/thread-self')) this.skip();
    const path = threadStatPath();
    assert.match(path ?? '', /^\/proc\/\d+\/task\/\d+\/stat$/);
    const before = threadCpuMs(path)!;
    // 200 ms of the process's CPU (this thread's, in practice), however loaded the machine.
    const start = process.cpuUsage();
    let spin = 0;
    for (let used = 0; used < 200_000; spin++) {
      const { user, system } = process.cpuUsage(start);
      used = user + system;
    }
    const computed = threadCpuMs(path)! - before;
    assert.ok(spin > 0 && computed >= 120, `${computed} ms de processeur du fil pour 200 ms du processus`);
    const waitFrom = threadCpuMs(path)!;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
    assert.ok(threadCpuMs(path)! - waitFrom <= 50, 'une attente ne compte pas');
  });

  it('sans compteurs lisibles : undefined', () => {
    assert.equal(threadCpuMs(undefined), undefined);
    assert.equal(threadCpuMs('/proc/0/task/0/stat'), undefined);
  });
});
