/**
 * CPU time of one thread of this process, read from Linux's `/proc` (Node 20 has no per-thread CPU time:
 * `process.cpuUsage()` counts every thread). A check thread tells the server where its counters are; the
 * server's time budget then counts the check's own CPU, not the time other processes took the cores away.
 * Elsewhere (no `/proc`), both functions give undefined and the budget stays wall-clock time.
 */
import { readFileSync, readlinkSync } from 'node:fs';

/** Clock ticks per second of `/proc`'s counters (USER_HZ: 100 on every Linux build that matters). */
const ticksPerSecond = 100;

/** The `/proc` file of the calling thread's counters, or undefined. */
export function threadStatPath(): string | undefined {
  try {
    // `/proc/thread-self` names the thread that reads it: `<pid>/task/<tid>`.
    return `/proc/${readlinkSync('/proc/thread-self')}/stat`;
  } catch {
    return undefined;
  }
}

/** Milliseconds of CPU (user + system) the thread of `statPath` has used, or undefined (gone, no `/proc`). */
export function threadCpuMs(statPath: string | undefined): number | undefined {
  if (statPath === undefined) return undefined;
  try {
    const stat = readFileSync(statPath, 'latin1');
    // Fields after the command name (which may hold spaces and parentheses): state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? (ticks * 1000) / ticksPerSecond : undefined;
  } catch {
    return undefined;
  }
}
