import { inProcessChangeFeed } from '../../hub/change-feed';
import { readConfig } from '../../hub/config';
import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import type { ApolloServer } from '@apollo/server';
import { GraphClient } from '../../subgraphs/host/graph-client';
import { inProcessPubSub } from '../../hub/pubsub';
import { inProcessKeyValue } from '../../hub/kv';
import { createEpochs } from '../../policy/epochs';
import { createSubgraphServer } from '../../subgraphs/host/subgraph';
import { createRequestPolicy } from '../../policy/request-policy';
import { createRuleBook, type RuleBook } from '../../policy/rule-book';
import { createAccessLog, type AccessLog } from '../../policy/audit/access-log';
import { loadCheckpointSigner } from '../../policy/audit/signer';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { population } from '../../subgraphs/population/subgraph';
import { createPopulationLoaders } from '../../subgraphs/population/loaders';
import type { PopulationContext } from '../../subgraphs/population/context';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { COUPLE, FAMILY_OF_SIX, insertAccessRule, insertFixtures, TEST_OFFICER_RULE } from '../support/fixtures';

// In-process GraphQL against the population subgraph on a real, migrated PostgreSQL database.
const OFFICER = {
  subject: 'test-officer',
  role: 'officer',
  client: 'test-client',
  purpose: 'LICENSE_APPLICATION',
  nik: null,
} as const;
let database: TestDatabase;
let orm: MikroORM;
let apollo: ApolloServer<PopulationContext>;
let rules: RuleBook;
let accessLog: AccessLog;
const statements: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase('population');
  await insertFixtures(database.url);
  await insertAccessRule(database.url, TEST_OFFICER_RULE);
  rules = await createRuleBook({ databaseUrl: database.url, pubsub: inProcessPubSub() });
  accessLog = createAccessLog({
    databaseUrl: database.url,
    signer: loadCheckpointSigner(join(mkdtempSync(join(tmpdir(), 'citizen360-audit-')), 'key.pem'), { create: true }),
  });
  orm = await MikroORM.init(population.ormConfig(database.url, { poolMax: 2 }));
  orm.em
    .getConnection()
    .getKnex()
    .on('query', (query: { sql: string }) => statements.push(query.sql));
  ({ apollo } = await createSubgraphServer(population, {
    orm,
    config: readConfig({ HUB_INTERNAL_SECRET: 'x'.repeat(32) }),
    gatewayUrl: () => 'http://127.0.0.1:9/graphql',
    rules,
    accessLog,
    epochs: createEpochs(inProcessKeyValue()),
    feed: inProcessChangeFeed(),
  }));
});

afterAll(async () => {
  await apollo?.stop();
  await rules?.close();
  await accessLog?.close();
  await orm?.close(true);
  await database?.drop();
});

async function run(query: string, variables?: Record<string, unknown>) {
  const em = orm.em.fork();
  statements.length = 0;
  const response = await apollo.executeOperation(
    { query, variables },
    {
      contextValue: {
        requestId: 'test-request',
        em,
        loaders: createPopulationLoaders(em),
        caller: OFFICER,
        rules,
        accessLog,
        epochs: createEpochs(inProcessKeyValue()),
        feed: inProcessChangeFeed(),
        policy: createRequestPolicy(OFFICER, rules, em.getKnex()),
        graph: new GraphClient(() => 'http://127.0.0.1:9/graphql', {
          requestId: 'test-request',
          internalToken: '',
          deadline: Date.now() + 10_000,
        }),
        afterCommit: (work) => work(),
        committed: [],
      },
    },
  );
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return { result: response.body.singleResult, statements: [...statements] };
}

const FAMILY_QUERY = `query ($kk: KK!) {
  family(kk: $kk) {
    kk
    head { fullName }
    members {
      relationship
      citizen {
        nik fullName sex birthDate
        address { street rt rw village { name district { name regency { name province { name } } } } }
        family { kk }
      }
    }
  }
}`;

/** What the tests read of FAMILY_QUERY's answer. */
interface FamilyAnswer {
  head: unknown;
  members: {
    relationship: string;
    citizen: { address: { village: { district: { regency: { province: { name: string } } } } } };
  }[];
}

describe('population subgraph', () => {
  it('returns a citizen with address chain and family', async () => {
    const { result } = await run(`{
      citizen(nik: "3204124203830002") {
        fullName sex birthDate religion maritalStatus citizenship
        address { rt rw village { code name district { name regency { name province { code name } } } } }
        family { kk members { relationship citizen { fullName } } }
      }
    }`);
    expect(result.errors).toBeUndefined();
    const citizen = result.data?.citizen as { family: { members: unknown[] } };
    expect(citizen).toMatchObject({
      fullName: 'Euis Rahmawati',
      sex: 'FEMALE',
      birthDate: '1983-03-02',
      maritalStatus: 'KAWIN',
      address: {
        rt: '003',
        rw: '005',
        village: {
          code: '32.04.12.2001',
          name: 'Andir',
          district: {
            name: 'Baleendah',
            regency: { name: 'Kabupaten Bandung', province: { code: '32', name: 'Jawa Barat' } },
          },
        },
      },
      family: { kk: FAMILY_OF_SIX.kk },
    });
    expect(citizen.family.members).toHaveLength(6);
    expect(citizen.family.members[0]).toEqual({
      relationship: 'PARENT_IN_LAW',
      citizen: { fullName: 'Iyah Komariah' },
    });
  });

  it("reads a citizen's profile in two round trips: the citizen, then card, members and village together", async () => {
    const queries = jest.spyOn(Client.prototype, 'query');
    try {
      const { result, statements: sql } = await run(`{
        citizen(nik: "3204124203830002") {
          fullName address { village { name district { name } } } family { kk members { citizen { fullName } } }
        }
      }`);
      expect(result.errors).toBeUndefined();
      expect((result.data?.citizen as { family: { members: unknown[] } }).family.members).toHaveLength(6);
      expect(sql).toHaveLength(4);
      expect(queries).toHaveBeenCalledTimes(2);
    } finally {
      queries.mockRestore();
    }
  });

  it('returns null, without an error, for a valid NIK nobody has', async () => {
    const { result } = await run('{ citizen(nik: "3204120101990009") { fullName } }');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ citizen: null });
  });

  it('refuses a malformed NIK before any SQL runs', async () => {
    const { result, statements: sql } = await run('query ($nik: NIK!) { citizen(nik: $nik) { fullName } }', {
      nik: '3204123208900001',
    });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result.errors)).not.toContain('3204123208900001');
    expect(sql).toHaveLength(0);
  });

  it('loads a family of six with every address and family in a constant number of SQL statements', async () => {
    const six = await run(FAMILY_QUERY, { kk: FAMILY_OF_SIX.kk });
    expect(six.result.errors).toBeUndefined();
    const family = six.result.data?.family as FamilyAnswer;
    expect(family.head).toEqual({ fullName: 'Asep Suryana' });
    expect(family.members.map((m) => m.relationship).sort()).toEqual([
      'CHILD',
      'CHILD',
      'CHILD',
      'HEAD',
      'PARENT_IN_LAW',
      'WIFE',
    ]);
    expect(family.members.every((m) => m.citizen.address.village.district.regency.province.name === 'Jawa Barat')).toBe(
      true,
    );

    const two = await run(FAMILY_QUERY, { kk: COUPLE.kk });
    expect((two.result.data?.family as FamilyAnswer).members).toHaveLength(2);
    // family + members + villages (joined up to province); the members' family card is the one already loaded.
    expect(six.statements).toHaveLength(3);
    expect(two.statements).toHaveLength(six.statements.length);
  });

  it('resolves entity references from other subgraphs in one statement per batch', async () => {
    const representations = FAMILY_OF_SIX.members.map((m) => ({ __typename: 'Citizen', nik: m.nik }));
    const { result, statements: sql } = await run(
      'query ($representations: [_Any!]!) { _entities(representations: ' +
        '$representations) { ... on Citizen { nik fullName } } }',
      { representations },
    );
    expect(result.errors).toBeUndefined();
    expect((result.data?._entities as { nik: string }[]).map((c) => c.nik)).toEqual(
      FAMILY_OF_SIX.members.map((m) => m.nik),
    );
    expect(sql).toHaveLength(1);
  });
});
