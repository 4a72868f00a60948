import { basename } from 'node:path';
import { ConfigError } from '../hub/config';
import { startTracing, type Tracing } from '../hub/tracing';

// Imported first by every launcher (app/main.ts, app/gateway.ts, app/subgraph.ts), before anything loads http,
// pg or graphql, so the instrumentations see them loaded. Off unless OTEL_TRACES_EXPORTER is set.

/** The service a launcher is: `citizen360` (npm start), `citizen360-gateway`, `citizen360-<subgraph>`. */
function serviceName(): string {
  const launcher = basename(require.main?.filename ?? '').replace(/\.[jt]s$/, '');
  if (launcher === 'gateway') return 'citizen360-gateway';
  if (launcher === 'subgraph' && /^[a-z]+$/.test(process.argv[2] ?? '')) return `citizen360-${process.argv[2]}`;
  return 'citizen360';
}

function start(): Tracing | undefined {
  try {
    return startTracing({ serviceName: serviceName() });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

/** This process's tracing, when it is on: app/signals.ts exports what is left before the process exits. */
export const tracing = start();
