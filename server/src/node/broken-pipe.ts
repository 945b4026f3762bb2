/**
 * `qe-check … | head -1`: once the reader has what it wants it closes the pipe, and the next write fails with
 * EPIPE. That is not an error of the check: the command stops quietly, as `cat` or `grep` do.
 */
export function stopQuietlyOnBrokenPipe(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    process.stderr.write(`qe-check : écriture impossible (${error.code ?? error.message}).\n`);
    process.exit(2);
  });
}
