/**
 * Entry of the earlier-questions index process (bundled as `server/out/similar-index.js`, started by the
 * language server with `child_process.fork`): the index's memory and its build's CPU stay out of the server,
 * whose heap and keystroke latency keep their budget. Requests and replies: `similar-protocol.ts`.
 */
import { isIndexRequest, type IndexMessage } from './similar-protocol';
import { SimilarService } from './similar-service';

function send(message: IndexMessage): void {
  if (process.connected) process.send?.(message);
}

const numberOption = (name: string): number | undefined => {
  const at = process.argv.indexOf(name);
  const value = at >= 0 ? Number(process.argv[at + 1]) : NaN;
  return Number.isFinite(value) ? value : undefined;
};

const rescanAfterMs = numberOption('--rescan-ms');
const service = new SimilarService(send, rescanAfterMs !== undefined ? { rescanAfterMs } : {});

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
