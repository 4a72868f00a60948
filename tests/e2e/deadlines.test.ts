import { seedPopulation } from '../../seeds/load';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy';
import { startStack, type Stack } from '../support/stack';

// A slow, stalled or failing agency costs the caller its own fields only: the gateway waits for each subgraph at
// most its timeout (or what is left of the request's budget), and lets one that keeps failing rest.
let database: TestDatabase;
let stack: Stack;
let tax: FaultProxy;
let nik: string;

// Tax's own timeout is short; the other agencies keep a long one, so a busy machine never cuts them here.
const DEADLINES = Object.freeze({
  requestMs: 10_000,
  subgraphMs: 10_000,
  subgraphOverridesMs: { tax: 1_500 },
  breakerFailures: 3,
  breakerHalfOpenMs: 1_500,
});

const PROFILE = `query ($nik: NIK!) { citizen(nik: $nik) {
  fullName welfareDecile bpjsMembership { status } taxProfile { status } } }`;

beforeAll(async () => {
  database = await createTestDatabase('deadlines');
  await seedPopulation(database.pool, { citizens: 200, seed: 'deadlines-e2e' });
  const { rows } = await database.pool.query<{ nik: string }>(
    "select nik from tax.taxpayer where status = 'ACTIVE' order by nik limit 1",
  );
  nik = rows[0].nik;
  // The proxy needs the tax subgraph's port, known once the stack runs: it is routed through a proxy whose
  // target is set as the stack comes up.
  let target = 0;
  tax = await startFaultProxy({
    host: '127.0.0.1',
    get port() {
      return target;
    },
  });
  stack = await startStack(database.url, {
    deadlines: DEADLINES,
    route: (name, url) => {
      if (name !== 'tax') return url;
      target = Number(new URL(url).port);
      return tax.via(url);
    },
  });
});

afterEach(() => tax.set({ kind: 'pass' }));

afterAll(async () => {
  await stack?.stop();
  await tax?.close();
  await database?.drop();
});

async function profile(headers: Record<string, string> = {}) {
  const { status, body } = await stack.post(PROFILE, { nik }, headers);
  return { status, citizen: body.data?.citizen, errors: body.errors ?? [] };
}

/** Waits until the tax subgraph's breaker lets a trial call through again. */
async function afterRest(): Promise<void> {
  await new Promise((done) => setTimeout(done, DEADLINES.breakerHalfOpenMs + 100));
}

describe('deadlines and breakers at the gateway', () => {
  it('serves the profile without the tax fields when tax is slower than its timeout, naming it', async () => {
    expect((await profile()).citizen.taxProfile).toEqual({ status: 'ACTIVE' });
    tax.set({ kind: 'delay', delayMs: 2_000 });
    const slow = await profile();
    expect(slow.status).toBe(200);
    expect(slow.citizen.fullName.length).toBeGreaterThan(2);
    expect(slow.citizen.bpjsMembership).not.toBeNull();
    expect(slow.citizen.taxProfile).toBeNull();
    expect(slow.errors).toEqual([
      {
        message: 'The tax service did not answer in time',
        extensions: { code: 'SUBGRAPH_TIMEOUT', serviceName: 'tax' },
      },
    ]);
    tax.set({ kind: 'pass' });
    expect((await profile()).citizen.taxProfile).toEqual({ status: 'ACTIVE' });
  });

  it('lets a stalled subgraph rest after failures in a row, and calls it again once a trial succeeds', async () => {
    tax.set({ kind: 'stall' });
    for (let i = 0; i < DEADLINES.breakerFailures; i += 1)
      expect((await profile()).errors[0].extensions).toEqual({ code: 'SUBGRAPH_TIMEOUT', serviceName: 'tax' });
    // Open: tax is not called at all, its fields are refused at once, and the rest is served.
    const calls = tax.accepted;
    const resting = await profile();
    expect(resting.citizen.fullName.length).toBeGreaterThan(2);
    expect(resting.errors).toEqual([
      { message: 'The tax service is unavailable', extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'tax' } },
    ]);
    expect(tax.accepted).toBe(calls);
    // Back, and after the rest: the trial call succeeds and the breaker closes.
    tax.set({ kind: 'pass' });
    await afterRest();
    for (let i = 0; i < 3; i += 1) expect((await profile()).citizen.taxProfile).toEqual({ status: 'ACTIVE' });
  });

  it('opens on connections refused, closed or answered with a 500, never with an internal address in the error', async () => {
    for (const fault of [{ kind: 'refuse' }, { kind: 'http-500' }, { kind: 'accept-then-close' }] as const) {
      tax.set(fault);
      let calls = 0;
      for (let i = 0; i < DEADLINES.breakerFailures + 2; i += 1) {
        if (i === DEADLINES.breakerFailures) calls = tax.accepted;
        const { citizen, errors } = await profile();
        expect(citizen.fullName.length).toBeGreaterThan(2);
        expect(citizen.taxProfile).toBeNull();
        expect(errors).toEqual([
          {
            message: 'The tax service is unavailable',
            extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'tax' },
          },
        ]);
      }
      // Open after the failures in a row: the last requests did not reach tax at all.
      expect(tax.accepted).toBe(calls);
      tax.set({ kind: 'pass' });
      await afterRest();
      expect((await profile()).citizen.taxProfile).toEqual({ status: 'ACTIVE' });
    }
  });

  it('keeps to a shorter budget the caller asks for, without blaming the subgraph for it', async () => {
    tax.set({ kind: 'delay', delayMs: 800 });
    // Within tax's own timeout (1,500 ms), beyond the 400 ms the caller allows: cut for the caller's sake only.
    for (let i = 0; i < DEADLINES.breakerFailures + 2; i += 1) {
      const { citizen, errors } = await profile({ 'x-request-budget-ms': '400' });
      expect(citizen?.taxProfile ?? null).toBeNull();
      expect(errors.find((e) => e.extensions?.serviceName === 'tax')?.extensions?.code).toBe('SUBGRAPH_TIMEOUT');
    }
    // Without the shorter budget, the same delay is answered: the breaker never opened.
    expect((await profile()).citizen.taxProfile).toEqual({ status: 'ACTIVE' });
    // A budget longer than the hub's own is not granted, and nonsense is ignored.
    tax.set({ kind: 'delay', delayMs: 2_000 });
    for (const budget of ['600000', 'soon', '-5'])
      expect((await profile({ 'x-request-budget-ms': budget })).errors[0].extensions?.code).toBe('SUBGRAPH_TIMEOUT');
  });
});
