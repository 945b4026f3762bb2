/**
 * Entry of the earlier-questions index process (bundled as `server/out/similar-index.js`, started by the
 * language server with `child_process.fork`): the index's memory and its build's CPU stay out of the server,
 * whose heap and keystroke latency keep their budget. Requests and replies: `similar-protocol.ts`.
 */
import { isMainThread, workerData } from 'node:worker_threads';
import { isIndexRequest, type IndexMessage } from './similar-protocol';
import { readerMarker, serveReader } from './similar-reader';
import { SimilarService } from './similar-service';

// The same script runs the threads that read corpus files during a build (`similar-reader.ts`).
if (!isMainThread && workerData === readerMarker) serveReader();
else main();

function main(): void {
  function send(message: IndexMessage): void {
    if (process.connected) process.send?.(message);
  }

  const numberOption = (name: string): number | undefined => {
    const at = process.argv.indexOf(name);
    const value = at >= 0 ? Number(process.argv[at + 1]) : NaN;
    return Number.isFinite(value) ? value : undefined;
  };

  const rescanAfterMs = numberOption('--rescan-ms');
  // Reader threads are opt-in: on 2 cores, one reader thread made a 100,000-record build slower (48.6 s wall,
  // 43.0 s CPU against 29.6 s and 31.2 s on the main thread alone) and the editor's keystrokes slower meanwhile.
  const readers = numberOption('--readers') ?? 0;
  const service = new SimilarService(send, {
    ...(readers > 0 ? { readerScript: __filename, readerThreads: Math.min(8, Math.floor(readers)) } : {}),
    ...(rescanAfterMs !== undefined ? { rescanAfterMs } : {}),
  });

  process.on('message', (message: unknown) => {
    if (!isIndexRequest(message)) {
      const id = (message as { id?: unknown } | null)?.id;
      if (typeof id === 'number') send({ id, ok: false, error: 'demande mal formée' });
      return;
    }
    void service.handle(message).then(send);
  });

  // The server gone (closed, crashed): save what is pending and stop.
  process.on('disconnect', () => {
    service.close();
    process.exit(0);
  });
}
