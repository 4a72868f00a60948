import { runGateway } from '../gateway/main';

/**
 * The gateway for the benchmark, exactly as `gateway/main.ts` runs it (GATEWAY_WORKERS processes on PORT, the
 * supergraph in SUPERGRAPH_FILE), with BENCH_ACCESS=off for the baseline without access rules and access log.
 */
runGateway({ accessControl: process.env.BENCH_ACCESS === 'off' ? 'off' : 'enforced' });
