/** CPU time (user + system, all threads of the process) spent by `run`, in milliseconds: steadier than wall time on a loaded machine. */
export function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}
