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
  const service = new SimilarService(send, { readerScript: __filename, ...(rescanAfterMs !== undefined ? { rescanAfterMs } : {}) });

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
