import { createReadiness } from '../../hub/readiness';
import { listen, createGraphQLHandler } from '../../hub/http';

const ok = async () => undefined;
const refused = async () => {
  throw Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:5432 password=secret'), { code: 'ECONNREFUSED' });
};
const stalled = () => new Promise<void>(() => undefined);

describe('readiness', () => {
  it('is ready when every check answers, degraded when only an optional one fails', async () => {
    const checks = (redis: () => Promise<void>) =>
      createReadiness([
        { name: 'access log', essential: true, probe: ok },
        { name: 'redis', essential: false, probe: redis },
      ]);
    expect(await checks(ok).report()).toEqual({
      status: 'ready',
      checks: { 'access log': { status: 'ok' }, redis: { status: 'ok' } },
    });
    expect(await checks(refused).report()).toEqual({
      status: 'degraded',
      checks: { 'access log': { status: 'ok' }, redis: { status: 'down', reason: 'ECONNREFUSED' } },
    });
  });

  it('is not ready when an essential check fails or stalls, and says why without an address or a secret', async () => {
    const readiness = createReadiness(
      [
        { name: 'access log', essential: true, probe: refused },
        { name: 'subgraph tax', essential: true, probe: stalled },
      ],
      50,
    );
    const report = await readiness.report();
    expect(report).toEqual({
      status: 'not-ready',
      checks: {
        'access log': { status: 'down', reason: 'ECONNREFUSED' },
        'subgraph tax': { status: 'down', reason: 'no answer within 50 ms' },
      },
    });
    expect(JSON.stringify(report)).not.toMatch(/10\.0\.0\.5|secret/);
  });

  it('serves while any check of an essential group answers (one agency away), and not when none does', async () => {
    const gateway = (tax: () => Promise<void>, population: () => Promise<void>) =>
      createReadiness(
        [
          { name: 'access log', essential: true, probe: ok },
          { name: 'subgraph population', essential: { group: 'subgraphs' }, probe: population },
          { name: 'subgraph tax', essential: { group: 'subgraphs' }, probe: tax },
        ],
        50,
      ).report();
    expect((await gateway(ok, ok)).status).toBe('ready');
    expect(await gateway(stalled, ok)).toEqual({
      status: 'degraded',
      checks: {
        'access log': { status: 'ok' },
        'subgraph population': { status: 'ok' },
        'subgraph tax': { status: 'down', reason: 'no answer within 50 ms' },
      },
    });
    expect((await gateway(refused, refused)).status).toBe('not-ready');
  });

  it('is not ready once the hub is stopping, whatever the checks say', async () => {
    const readiness = createReadiness([{ name: 'access log', essential: true, probe: ok }]);
    readiness.stopping();
    expect(await readiness.report()).toMatchObject({
      status: 'not-ready',
      checks: { shutdown: { status: 'down', reason: 'the hub is stopping' } },
    });
  });

  it('answers /readyz 200 when ready and 503 when not, never cached', async () => {
    let down = false;
    const readiness = createReadiness([
      { name: 'access log', essential: true, probe: () => (down ? refused() : ok()) },
    ]);
    const handler = createGraphQLHandler({
      apollo: undefined as never,
      context: async () => ({}),
      readiness,
    });
    const http = await listen(handler, '127.0.0.1', 0);
    try {
      const url = `http://127.0.0.1:${http.port}/readyz`;
      const up = await fetch(url);
      expect([up.status, up.headers.get('cache-control')]).toEqual([200, 'no-store']);
      down = true;
      const flipped = await fetch(url);
      expect(flipped.status).toBe(503);
      expect(((await flipped.json()) as { status: string }).status).toBe('not-ready');
      down = false;
      expect((await fetch(url)).status).toBe(200);
    } finally {
      await http.close();
    }
  });
});
