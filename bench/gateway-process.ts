import { runGateway } from '../app/gateway';

/**
 * The gateway for the benchmark, exactly as `app/gateway.ts` runs it (GATEWAY_WORKERS processes on PORT, the
 * supergraph in SUPERGRAPH_FILE), with BENCH_ACCESS=off for the baseline without access rules and access log.
 */
runGateway({ accessControl: process.env.BENCH_ACCESS === 'off' ? 'off' : 'enforced' });
