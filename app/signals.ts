import type { Logger } from '../hub/log';
import { tracing } from './tracing';

/**
 * On SIGTERM or SIGINT, runs `stop` (turn not-ready, finish the requests in flight, close) and exits 0, or 1 if
 * it fails; a second signal while stopping exits at once.
 */
export function stopOnSignals(log: Logger, graceMs: number, stop: () => Promise<void>): void {
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) {
      log.warn('stopping at once', { signal });
      process.exit(1);
    }
    stopping = true;
    log.info('stopping: finishing the requests in flight', { signal, graceSeconds: graceMs / 1000 });
    // The spans of the last requests are exported before the process ends (batches wait up to 5 s otherwise).
    const flushed = () => tracing?.shutdown().catch(() => undefined);
    stop().then(
      async () => {
        await flushed();
        process.exit(0);
      },
      async () => {
        await flushed();
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}
