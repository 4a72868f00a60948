import { execFile } from 'node:child_process';
import { createPublicKey, verify as verifySignature } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { verifyInclusion } from '../../policy/audit/merkle';
import { seedPopulation } from '../../seeds/load';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startStack, type Stack } from '../support/stack';

// The access log end to end: written by the gateway before each response, read by citizens and auditors
// through the graph, verified by `npm run audit:verify`, and failing closed when it cannot be written.
const ROOT = resolve(__dirname, '../..');
const run = promisify(execFile);
let database: TestDatabase;
let stack: Stack;
let niks: string[];

beforeAll(async () => {
  database = await createTestDatabase('accesslog_e2e');
  await seedPopulation(database.pool, { citizens: 600, seed: 'access-log-e2e' });
  // Fifteen people from fifteen families (a citizen may see what their own family card shows of relatives).
  niks = (
    await database.pool.query<{ nik: string }>(
      'select nik from (select distinct on (family_kk) nik from ' +
        'population.citizen order by family_kk, nik) s order by nik limit 15',
    )
  ).rows.map((r) => r.nik);
  stack = await startStack(database.url);
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

/** Citizens sign on through their own app, so that what the officers' client received stays apart. */
const CITIZEN_APP = { client: 'citizen-app' };
const bearer = async (
  role: 'citizen' | 'officer' | 'auditor' | 'planner' | 'steward',
  options: { nik?: string; client?: string; purpose?: string } = {},
) => ({
  authorization: `Bearer ${await stack.token(role, { ...(role === 'citizen' ? CITIZEN_APP : {}), ...options })}`,
});
const events = async (where: string, params: unknown[] = []) =>
  (await database.pool.query(`select * from audit.access_event where ${where} order by position`, params)).rows;

describe('the access log', () => {
  it('records an officer reading 15 aliased profiles as exactly 15 events, one per NIK, and each citizen sees theirs', async () => {
    const query = `query (${niks.map((_, i) => `$n${i}: NIK!`).join(', ')}) {
      ${niks.map((_, i) => `p${i}: citizen(nik: $n${i}) { fullName taxProfile { status } }`).join(' ')} }`;
    const response = await stack.post(query, Object.fromEntries(niks.map((nik, i) => [`n${i}`, nik])));
    expect(response.status).toBe(200);
    const requestId = response.headers.get('x-request-id');
    const written = await events('request_id = $1', [requestId]);
    expect(written).toHaveLength(15);
    expect(written.map((e) => e.nik).sort()).toEqual([...niks].sort());
    for (const event of written) {
      expect(event).toMatchObject({
        kind: 'ACCESS',
        actor_subject: 'test-officer',
        actor_role: 'officer',
        client_id: 'test-client',
        purpose: 'LICENSE_APPLICATION',
        decision: 'ALLOWED',
        basis: 'PUBLIC_TASK',
      });
      expect(event.scopes).toContain('population.identity');
    }
    // Never a value: none of the names released is anywhere in the log.
    const names = (Object.values(response.body.data) as { fullName: string }[]).map((p) => p.fullName);
    const log = JSON.stringify(await events('true'));
    expect(names.filter((name) => log.includes(name))).toEqual([]);

    for (const nik of niks) {
      const { body } = await stack.post(
        '{ me { accessLog(first: 5) { entries { at kind role client { id name agency } purpose { code name } ' +
          'categories { scope description } legalBasis decision } hasMore } } }',
        undefined,
        await bearer('citizen', { nik }),
      );
      expect(body.errors).toBeUndefined();
      expect(body.data.me.accessLog.entries[0]).toMatchObject({
        kind: 'ACCESS',
        role: 'officer',
        client: { id: 'test-client', name: 'test-client', agency: 'Test agency' },
        purpose: { code: 'LICENSE_APPLICATION' },
        legalBasis: 'PUBLIC_TASK',
        decision: 'ALLOWED',
      });
      expect(body.data.me.accessLog.entries[0].categories.map((c: { scope: string }) => c.scope)).toContain(
        'population.identity',
      );
    }
  });

  it("records refusals too, and pages a citizen's log newest first", async () => {
    const [own, other] = niks;
    const refused = await stack.post(
      'query ($n: NIK!) { citizen(nik: $n) { fullName } }',
      { n: other },
      await bearer('citizen', { nik: own }),
    );
    expect(refused.body.errors![0].extensions!.code).toBe('FORBIDDEN');
    const [event] = await events('request_id = $1', [refused.headers.get('x-request-id')]);
    expect(event).toMatchObject({
      nik: other,
      decision: 'REFUSED',
      actor_role: 'citizen',
      refused_scopes: ['population.identity'],
    });
    expect(event.reason).toMatch(/^FORBIDDEN: a citizen may read only their own data/);

    const page = async (after?: string) =>
      (
        await stack.post(
          'query ($after: String) { me { accessLog(first: 1, after: ' +
            '$after) { entries { decision role } endCursor hasMore } } }',
          { after },
          await bearer('citizen', { nik: other }),
        )
      ).body.data.me.accessLog;
    const first = await page();
    expect(first).toMatchObject({ entries: [{ decision: 'REFUSED', role: 'citizen' }], hasMore: true });
    const second = await page(first.endCursor);
    expect(second.entries).toEqual([{ decision: 'ALLOWED', role: 'officer' }]);
    // Reading one's own log is recorded, but the log shows others' reads unless asked.
    const withOwn = await stack.post(
      '{ me { accessLog(includeOwn: true, first: 50) { entries { role } } } }',
      undefined,
      await bearer('citizen', { nik: other }),
    );
    expect(withOwn.body.data.me.accessLog.entries.some((e: { role: string }) => e.role === 'citizen')).toBe(true);
  });

  it("proves each entry of a citizen's log is in the signed log: the path leads to the checkpoint's root", async () => {
    const { body } = await stack.post(
      '{ me { accessLog(first: 20, includeOwn: true) { entries { position inclusion { leafHash leafIndex path ' +
        'checkpoint { size root at signature publicKey } } } } } }',
      undefined,
      await bearer('citizen', { nik: niks[1] }),
    );
    expect(body.errors).toBeUndefined();
    const entries: {
      position: number;
      inclusion: {
        leafHash: string;
        leafIndex: number;
        path: string[];
        checkpoint: { size: number; root: string; at: string; signature: string; publicKey: string };
      };
    }[] = body.data.me.accessLog.entries;
    expect(entries.length).toBeGreaterThanOrEqual(2);
    const { rows } = await database.pool.query(
      `select position, encode(leaf_hash, 'base64') as leaf from audit.access_event where position = any($1)`,
      [entries.map((e) => e.position)],
    );
    const stored = new Map(rows.map((r) => [Number(r.position), r.leaf as string]));
    for (const { position, inclusion } of entries) {
      const { checkpoint } = inclusion;
      expect(inclusion.leafHash).toBe(stored.get(position));
      expect(inclusion.leafIndex).toBe(position - 1);
      expect(checkpoint.size).toBeGreaterThanOrEqual(position);
      const note = `citizen360 access log\n${checkpoint.size}\n${checkpoint.root}\n${checkpoint.at}\n`;
      const signed = createPublicKey(checkpoint.publicKey);
      expect(verifySignature(null, Buffer.from(note), signed, Buffer.from(checkpoint.signature, 'base64'))).toBe(true);
      const hash = (s: string) => Buffer.from(s, 'base64');
      const path = inclusion.path.map(hash);
      const root = hash(checkpoint.root);
      expect(verifyInclusion(hash(inclusion.leafHash), inclusion.leafIndex, checkpoint.size, path, root)).toBe(true);
      // The proof is for this entry only: another leaf, or this one at another place, does not verify.
      const other = entries.find((e) => e.position !== position)!;
      expect(verifyInclusion(hash(other.inclusion.leafHash), inclusion.leafIndex, checkpoint.size, path, root)).toBe(
        false,
      );
    }
  });

  it('records consent grants and revocations, and steward changes, in the same log', async () => {
    const citizen = await bearer('citizen', { nik: niks[2] });
    const granted = await stack.post(
      'mutation { grantConsent(input: { clientId: "sip-online", purpose: "LICENSE_APPLICATION", scopes: ' +
        '["population.identity"] }) { id } }',
      undefined,
      citizen,
    );
    const id = granted.body.data.grantConsent.id;
    await stack.post(`mutation { revokeConsent(id: "${id}") { status } }`, undefined, citizen);
    const changed = await stack.post(
      'mutation { setAccessRule(reason: "widen for testing", input: { clientId: "siks-ng", purpose: ' +
        '"SOCIAL_ASSISTANCE", scopes: ["population.identity"], legalBasis: PUBLIC_TASK, legalReference: "UU 13/2011" ' +
        '}) { version } }',
      undefined,
      await bearer('steward'),
    );
    expect(changed.body.errors).toBeUndefined();
    const consentEvents = await events(`kind in ('CONSENT_GRANTED', 'CONSENT_REVOKED') and $1 = any(consent_ids)`, [
      id,
    ]);
    expect(consentEvents.map((e) => [e.kind, e.nik, e.client_id, e.actor_role])).toEqual([
      ['CONSENT_GRANTED', niks[2], 'sip-online', 'citizen'],
      ['CONSENT_REVOKED', niks[2], 'sip-online', 'citizen'],
    ]);
    const [rule] = await events(`kind = 'RULE_CHANGED' and client_id = 'siks-ng'`);
    expect(rule).toMatchObject({
      actor_subject: 'test-steward',
      actor_role: 'steward',
      purpose: 'SOCIAL_ASSISTANCE',
      reason: 'widen for testing',
      rule_version: 2,
    });
    const { body } = await stack.post(
      '{ me { accessLog(first: 10) { entries { kind client { name } } } } }',
      undefined,
      citizen,
    );
    expect(body.data.me.accessLog.entries.slice(0, 2)).toEqual([
      { kind: 'CONSENT_REVOKED', client: { name: 'SIP Online' } },
      { kind: 'CONSENT_GRANTED', client: { name: 'SIP Online' } },
    ]);
  });

  it('lets an auditor find events by NIK, client, purpose, decision and time, and scope a breach', async () => {
    const auditor = await bearer('auditor');
    const since = new Date(Date.now() - 3600_000).toISOString();
    const byNik = await stack.post(
      `query ($nik: NIK!, $from: DateTimeISO!) { accessEvents(filter: { nik: $nik, clientId: "test-client", purpose:
        "LICENSE_APPLICATION", decision: "ALLOWED", from: $from }) {
      events { position nik actorRole clientId scopes fields basis requestId } hasMore } }`,
      { nik: niks[3], from: since },
      auditor,
    );
    expect(byNik.body.errors).toBeUndefined();
    expect(byNik.body.data.accessEvents.events).toEqual([
      expect.objectContaining({ nik: niks[3], actorRole: 'officer', clientId: 'test-client', basis: 'PUBLIC_TASK' }),
    ]);

    const breach = await stack.post(
      `query ($from: DateTimeISO!, $to: DateTimeISO!) { breachScope(clientId: "test-client", from: $from, to: $to) {
      affectedPeople categories { scope } subjects { nik categories { scope } releases } } }`,
      { from: since, to: new Date(Date.now() + 60_000).toISOString() },
      auditor,
    );
    expect(breach.body.errors).toBeUndefined();
    expect(breach.body.data.breachScope.affectedPeople).toBe(15);
    expect(breach.body.data.breachScope.subjects.map((s: { nik: string }) => s.nik)).toEqual([...niks].sort());
    expect(breach.body.data.breachScope.categories.map((c: { scope: string }) => c.scope)).toEqual([
      'population.identity',
      'tax.profile',
    ]);

    // The auditor's own reading is on the record as well.
    const [audited] = await events('request_id = $1', [byNik.headers.get('x-request-id')]);
    expect(audited).toMatchObject({
      actor_role: 'auditor',
      basis: 'AUDIT',
      nik: null,
      decision: 'ALLOWED',
      scopes: ['audit.log'],
    });
    // An officer or a planner cannot read the log; a citizen only their own.
    for (const headers of [
      await bearer('officer', { client: 'test-client', purpose: 'LICENSE_APPLICATION' }),
      await bearer('planner'),
    ]) {
      const { status } = await stack.post('{ accessEvents(filter: {}) { events { nik } } }', undefined, headers);
      expect(status).toBe(403);
    }
    const citizenTries = await stack.post(
      '{ accessEvents(filter: {}) { events { nik } } }',
      undefined,
      await bearer('citizen', { nik: niks[0] }),
    );
    expect(citizenTries.body.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('verifies with npm run audit:verify, and names the position of an event edited in PostgreSQL', async () => {
    const env = {
      ...process.env,
      DATABASE_URL: database.url,
      AUDIT_KEY_FILE: stack.accessLogKeyFile,
      AUDIT_WITNESS_FILE: join(mkdtempSync(join(tmpdir(), 'citizen360-witness-')), 'witness.json'),
    };
    const verify = () =>
      run(process.execPath, ['-r', '@swc-node/register', 'app/audit-verify.ts'], { cwd: ROOT, env }).then(
        ({ stdout }) => ({ code: 0, stdout }),
        (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
      );
    const ok = await verify();
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^Access log OK: [0-9]+ events? under [0-9]+ signed checkpoints?; root /);
    // Anyone signed on can fetch the latest checkpoint and check its signature with the key it names.
    const { body } = await stack.post(
      '{ accessLogCheckpoint { size root at keyId signature publicKey } }',
      undefined,
      await bearer('citizen', { nik: niks[0] }),
    );
    const checkpoint = body.data.accessLogCheckpoint;
    const note = `citizen360 access log\n${checkpoint.size}\n${checkpoint.root}\n${checkpoint.at}\n`;
    expect(
      verifySignature(
        null,
        Buffer.from(note),
        createPublicKey(checkpoint.publicKey),
        Buffer.from(checkpoint.signature, 'base64'),
      ),
    ).toBe(true);
    expect(ok.stdout).toContain(`root ${checkpoint.root} `);
    const {
      rows: [{ position }],
    } = await database.pool.query(
      `select position from audit.access_event where nik = $1 and kind = 'ACCESS' order by position limit 1`,
      [niks[5]],
    );
    const client = await database.pool.connect();
    try {
      await client.query('set session_replication_role = replica');
      await client.query(`update audit.access_event set client_id = 'someone-else' where position = $1`, [position]);
    } finally {
      await client.query('set session_replication_role = origin');
      client.release();
    }
    const failed = await verify();
    expect(failed.code).toBe(1);
    expect(failed.stdout).toBe(
      `Access log verification FAILED at position ${position}: the event at position ${position} does not match its ` +
        `leaf hash (edited or moved after it was written)\n`,
    );
  });

  it('releases no personal data while the log cannot be written, and still answers what holds none', async () => {
    await database.pool.query('alter table audit.access_event rename to access_event_offline');
    try {
      const personal = await stack.post('query ($n: NIK!) { citizen(nik: $n) { fullName } }', { n: niks[0] });
      expect(personal.status).toBe(503);
      expect(personal.body).toEqual({
        errors: [
          {
            message: 'The access log cannot be written, so no personal data is released; try again later',
            extensions: { code: 'ACCESS_LOG_UNAVAILABLE' },
          },
        ],
      });
      const other = await stack.post('{ purposes { code } }');
      expect(other.status).toBe(200);
      expect(other.body.data.purposes.length).toBeGreaterThan(0);
    } finally {
      await database.pool.query('alter table audit.access_event_offline rename to access_event');
    }
    const after = await stack.post('query ($n: NIK!) { citizen(nik: $n) { fullName } }', { n: niks[0] });
    expect(after.status).toBe(200);
  });
});
