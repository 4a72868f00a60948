import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { createOperationAdmission, DEFAULT_OPERATION_LIMITS } from '../gateway/operation-limits';
import { attachScalars } from '../gateway/scalars';
import { redisKeyValue } from '../hub/kv';
import { QuotaCounter } from '../policy/quota';
import { SUPERGRAPH_PATH } from '../schema/supergraph';
import { median } from './load';

export interface GuardCost {
  /** CPU per request of the admission in front of Apollo (limits and input checks), mean, in ms. */
  admissionMs: number;
  /** Latency per request of the quota (count on admission, persons recorded after), median, in ms. */
  quotaMs: number;
}

/**
 * What the hostile-request guards add to one officer's profile request, measured on their own (a 3% change of
 * S1's p50 is inside the run-to-run noise of S1 itself): the admission of the README profile, each request a new
 * body as the HTTP layer hands it over, and the quota's counts on the benchmark's Redis for one client.
 */
export async function measureGuards(redisUrl: string, bodies: readonly string[], count: number): Promise<GuardCost> {
  const schema = buildSchema(readFileSync(SUPERGRAPH_PATH, 'utf8'), { assumeValidSDL: true });
  attachScalars(schema);
  const admit = createOperationAdmission(() => schema, DEFAULT_OPERATION_LIMITS);
  const request = (i: number) => ({
    method: 'POST',
    headers: undefined as never,
    search: '',
    body: JSON.parse(bodies[i % bodies.length]) as unknown,
  });
  for (let i = 0; i < 2_000; i += 1) admit(request(i));
  const prepared = Array.from({ length: count }, (_, i) => request(i));
  const started = process.hrtime.bigint();
  for (const one of prepared) if (admit(one)) throw new Error('the admission refused the README profile');
  const admissionMs = Number(process.hrtime.bigint() - started) / 1e6 / count;

  const kv = await redisKeyValue(redisUrl);
  try {
    const quotas = new QuotaCounter({ kv, prefix: `c360-bench-${process.pid}:`, secret: 'bench'.repeat(8) });
    const quota = { requestsPerMinute: 100_000_000, personsPerHour: 100_000_000, personsPerDay: 100_000_000 };
    const times: number[] = [];
    for (let i = 0; i < Math.min(count, 2_000); i += 1) {
      const t = process.hrtime.bigint();
      const verdict = await quotas.admit('bench-quota-probe', quota);
      if (verdict.kind !== 'within') throw new Error('the quota refused the benchmark');
      void quotas.record('bench-quota-probe', [String(3_201_010_000_000_000 + i)]);
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    return { admissionMs, quotaMs: median(times) };
  } finally {
    await kv.close();
  }
}
