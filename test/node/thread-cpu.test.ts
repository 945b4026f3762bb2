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
    // Compute until this thread's own counter has grown by 150 ms, within 5 s of wall clock: a counter that does not
    // follow the computation fails. (Measured against the process's CPU, the GC's helper threads took a share of it:
    // once 100 ms of the thread for 200 ms of the process, while another suite ran.)
    const deadline = Date.now() + 5000;
    let computed = 0;
    let spin = 0;
    while (computed < 150 && Date.now() < deadline) {
      for (let i = 0; i < 100_000; i++) spin += i % 7;
      computed = threadCpuMs(path)! - before;
    }
    assert.ok(spin > 0 && computed >= 150, `${computed} ms de processeur du fil en 5 s de calcul`);
    const waitFrom = threadCpuMs(path)!;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
    assert.ok(threadCpuMs(path)! - waitFrom <= 50, 'une attente ne compte pas');
  });

  it('sans compteurs lisibles : undefined', () => {
    assert.equal(threadCpuMs(undefined), undefined);
    assert.equal(threadCpuMs('/proc/0/task/0/stat'), undefined);
  });
});
