import { createClient } from 'redis';
import { inProcessPubSub, redisPubSub, type PubSub } from '../../hub/pubsub';
import { createRuleBook, type RuleBook } from '../../policy/rule-book';
import { LegalBasis } from '../../schema/legal-bases';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { insertAccessRule } from '../support/fixtures';

// The steward's rules as the gateway and the subgraphs read them: cached, reloaded when a change is published
// (in-process, or through real Redis between processes), validated as they load, and failing closed.
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
let database: TestDatabase;
const opened: { close(): Promise<void> }[] = [];

async function redisReachable(): Promise<void> {
  const client = createClient({ url: REDIS_URL, socket: { connectTimeout: 2000, reconnectStrategy: false } });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
  } catch {
    throw new Error(
      `Redis is not reachable at TEST_REDIS_URL (${REDIS_URL}): start it, e.g. redis-server --daemonize yes --bind ` +
        `127.0.0.1 --port 6379 --save "" --appendonly no`,
    );
  } finally {
    await client.close().catch(() => undefined);
  }
}

async function book(pubsub: PubSub, maxAgeMs?: number): Promise<RuleBook> {
  const rules = await createRuleBook({ databaseUrl: database.url, pubsub, maxAgeMs });
  opened.push(rules);
  return rules;
}

async function eventually(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`timed out waiting until ${what}`);
}

beforeAll(async () => {
  await redisReachable();
  database = await createTestDatabase('rulebook');
  await insertAccessRule(database.url, {
    clientId: 'portal',
    purpose: 'SOCIAL_ASSISTANCE',
    scopes: ['population.identity'],
    legalBasis: LegalBasis.PUBLIC_TASK,
  });
});

afterAll(async () => {
  for (const resource of opened.reverse()) await resource.close();
  await database?.drop();
});

const scopesOf = async (rules: RuleBook) => {
  const access = await rules.accessFor('portal', 'SOCIAL_ASSISTANCE');
  return access.kind === 'granted' ? [...access.rule.scopes].sort() : access.reason;
};

describe('rule book', () => {
  it('serves a change published by another process through Redis before the cache would have expired', async () => {
    const [gatewayBus, consentBus] = [await redisPubSub(REDIS_URL), await redisPubSub(REDIS_URL)];
    opened.push(gatewayBus, consentBus);
    const gatewaySide = await book(gatewayBus, 3_600_000);
    const consentSide = await book(consentBus, 3_600_000);
    expect(await scopesOf(gatewaySide)).toEqual(['population.identity']);

    await insertAccessRule(database.url, {
      clientId: 'portal',
      purpose: 'SOCIAL_ASSISTANCE',
      scopes: ['population.identity', 'regsosek.household'],
      legalBasis: LegalBasis.PUBLIC_TASK,
    });
    // Cached: without a notification the gateway side keeps the version it loaded.
    expect(await scopesOf(gatewaySide)).toEqual(['population.identity']);
    await consentSide.changed();
    await eventually(async () => (await scopesOf(gatewaySide)).length === 2, 'the gateway side reloads');
    expect(await scopesOf(gatewaySide)).toEqual(['population.identity', 'regsosek.household']);
  });

  it('reloads in the same process at once when told, and by itself once the maximum age has passed', async () => {
    const bus = inProcessPubSub();
    opened.push(bus);
    const [first, second] = [await book(bus, 3_600_000), await book(bus, 3_600_000)];
    const unbounded = await book(inProcessPubSub(), 0);
    const before = await scopesOf(first);
    await Promise.all([scopesOf(second), scopesOf(unbounded)]);
    await insertAccessRule(database.url, {
      clientId: 'portal',
      purpose: 'SOCIAL_ASSISTANCE',
      scopes: ['population.identity', 'tax.profile'],
      legalBasis: LegalBasis.PUBLIC_TASK,
    });
    expect(await scopesOf(unbounded)).toEqual(['population.identity', 'tax.profile']);
    expect(await scopesOf(second)).toEqual(before);
    await first.changed();
    expect(await scopesOf(second)).toEqual(['population.identity', 'tax.profile']);
  });

  it('drops scopes outside the catalogue, ignores retired rules, and names why access is refused', async () => {
    const rules = await book(inProcessPubSub(), 0);
    await database.pool.query(
      `insert into consent.access_rule (client_id, purpose, version, scopes, legal_basis, legal_reference, changed_by,
        reason)
       select client_id, purpose, max(version) + 1, '{population.identity,population.everything}', 'PUBLIC_TASK', 'x',
       'test', 'unknown scope' from consent.access_rule where client_id = 'portal' group by 1, 2`,
    );
    expect(await scopesOf(rules)).toEqual(['population.identity']);
    await database.pool.query(
      `insert into consent.access_rule (client_id, purpose, version, scopes, legal_basis, legal_reference, retired,
        changed_by, reason)
       select client_id, purpose, max(version) + 1, '{population.identity}', 'PUBLIC_TASK', 'x', true, 'test',
       'retired' from consent.access_rule where client_id = 'portal' group by 1, 2`,
    );
    expect(await rules.accessFor('portal', 'SOCIAL_ASSISTANCE')).toEqual({
      kind: 'refused',
      code: 'PURPOSE_NOT_ALLOWED',
      reason: 'no rule lets client portal use personal data for SOCIAL_ASSISTANCE',
    });
    expect(await rules.accessFor('portal', null)).toMatchObject({ code: 'PURPOSE_NOT_ALLOWED' });
    expect(await rules.accessFor(null, 'SOCIAL_ASSISTANCE')).toEqual({
      kind: 'refused',
      code: 'FORBIDDEN',
      reason: 'the client is not a registered service',
    });
  });

  it('fails closed: with the rules unreadable, access is an error, never a grant', async () => {
    const rules = await createRuleBook({
      databaseUrl: 'postgres://postgres@127.0.0.1:1/nothing',
      pubsub: inProcessPubSub(),
    });
    opened.push(rules);
    await expect(rules.accessFor('portal', 'SOCIAL_ASSISTANCE')).rejects.toThrow();
  });
});
