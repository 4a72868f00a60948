import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readConfig } from '../../hub/config';
import { operationLimits } from '../../gateway/operation-limits';

describe('readConfig', () => {
  it('runs on embedded PostgreSQL at 127.0.0.1:4000 with 10,000 citizens when nothing is set', () => {
    expect(readConfig({})).toEqual({
      authentication: { kind: 'dev', audience: 'citizen360', keyFile: resolve('.data/dev-issuer.jwk') },
      internalSecret: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      internalSecretShared: false,
      gatewayUrl: 'http://127.0.0.1:4000/graphql',
      subgraphPorts: {},
      subgraphUrls: {},
      production: false,
      host: '127.0.0.1',
      port: 4000,
      databaseUrl: undefined,
      databaseReplicaUrls: [],
      dataDir: resolve('.data/pglite'),
      seedCitizens: 10_000,
      seed: 'citizen360',
      logLevel: 'info',
      redisUrl: undefined,
      redisPrefix: expect.stringMatching(/^c360:[0-9a-f]{12}:$/),
      redisTimeoutMs: 500,
      rulesMaxAgeMs: 60_000,
      mail: {
        smtpUrl: undefined,
        from: 'Citizen 360 <no-reply@citizen360.example.go.id>',
        publicUrl: 'http://localhost:4000',
        retryBaseMs: 60_000,
      },
      audit: {
        keyFile: resolve('.data/audit-signing.pem'),
        createKey: true,
        witnessFile: resolve('.data/audit-witness.json'),
      },
      supergraphFile: resolve('schema/supergraph.graphql'),
      gatewayWorkers: availableParallelism(),
      subgraphMaxSockets: 64,
      databasePoolMax: 10,
      databaseTimeouts: { statementMs: 10_000, lockMs: 2_000, idleInTransactionMs: 30_000 },
      shutdownGraceMs: 15_000,
      deadlines: {
        requestMs: 10_000,
        subgraphMs: 3_000,
        subgraphOverridesMs: {},
        breakerFailures: 5,
        breakerHalfOpenMs: 5_000,
      },
      responseCacheTtlSeconds: 0,
      insightsKeyFile: resolve('.data/insights.key'),
      pairwiseKeyFile: resolve('.data/pairwise.key'),
      operationLimits: {},
      corsOrigins: [],
    });
  });

  it('reads every variable', () => {
    const config = readConfig({
      NODE_ENV: 'production',
      HOST: '0.0.0.0',
      PORT: '8080',
      DATABASE_URL: 'postgres://hub@db:5432/hub',
      DATA_DIR: '/tmp/hub',
      SEED_CITIZENS: '0',
      SEED: 's1',
      LOG_LEVEL: 'warn',
      OIDC_ISSUER: 'https://sso.example.go.id/realms/citizen360',
      OIDC_JWKS_URL: 'https://sso.example.go.id/realms/citizen360/protocol/openid-connect/certs',
      OIDC_AUDIENCE: 'hub',
      OIDC_ALGORITHMS: 'RS256',
      WEB_OIDC_CLIENT_ID: 'hub-web',
      WEB_OIDC_SCOPE: 'openid hub',
      HUB_INTERNAL_SECRET: 's'.repeat(40),
      REDIS_URL: 'redis://cache:6379',
      RULES_MAX_AGE_SECONDS: '5',
      AUDIT_KEY_FILE: '/run/secrets/audit.pem',
      AUDIT_WITNESS_FILE: '/var/lib/hub/witness.json',
      SUPERGRAPH_FILE: '/etc/hub/supergraph.graphql',
      GATEWAY_WORKERS: '3',
      SUBGRAPH_MAX_SOCKETS: '16',
      DATABASE_POOL_MAX: '4',
      RESPONSE_CACHE_TTL_SECONDS: '30',
      REDIS_PREFIX: 'hub-jabar:',
      DATABASE_STATEMENT_TIMEOUT_MS: '60000',
      DATABASE_LOCK_TIMEOUT_MS: '0',
      DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: '5000',
      REQUEST_BUDGET_MS: '20000',
      SUBGRAPH_TIMEOUT_MS: '2500',
      TAX_TIMEOUT_MS: '8000',
      SUBGRAPH_BREAKER_FAILURES: '10',
      SUBGRAPH_BREAKER_HALF_OPEN_MS: '30000',
    });
    // A subgraph's own timeout by its name; the database's timeouts are not a subgraph's.
    expect(config.deadlines).toEqual({
      requestMs: 20_000,
      subgraphMs: 2_500,
      subgraphOverridesMs: { tax: 8_000 },
      breakerFailures: 10,
      breakerHalfOpenMs: 30_000,
    });
    expect(config.databaseTimeouts).toEqual({ statementMs: 60_000, lockMs: 0, idleInTransactionMs: 5_000 });
    expect(config).toMatchObject({
      supergraphFile: '/etc/hub/supergraph.graphql',
      gatewayWorkers: 3,
      subgraphMaxSockets: 16,
      databasePoolMax: 4,
      responseCacheTtlSeconds: 30,
    });
    expect(config.audit).toEqual({
      keyFile: '/run/secrets/audit.pem',
      createKey: false,
      witnessFile: '/var/lib/hub/witness.json',
    });
    expect(config.authentication).toEqual({
      kind: 'oidc',
      issuer: 'https://sso.example.go.id/realms/citizen360',
      audience: 'hub',
      jwksUrl: 'https://sso.example.go.id/realms/citizen360/protocol/openid-connect/certs',
      algorithms: ['RS256'],
      webClientId: 'hub-web',
      webScope: 'openid hub',
    });
    expect(config.internalSecret).toBe('s'.repeat(40));
    expect(config).toMatchObject({
      production: true,
      host: '0.0.0.0',
      port: 8080,
      databaseUrl: 'postgres://hub@db:5432/hub',
      dataDir: '/tmp/hub',
      seedCitizens: 0,
      seed: 's1',
      logLevel: 'warn',
      redisUrl: 'redis://cache:6379',
      redisPrefix: 'hub-jabar:',
      rulesMaxAgeMs: 5_000,
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('keeps deployments apart on one Redis: a prefix from the database, the same for all of its processes', () => {
    const prefix = (env: NodeJS.ProcessEnv) => readConfig(env).redisPrefix;
    const hub = prefix({ DATABASE_URL: 'postgres://hub:one@db:5432/hub' });
    // Another user or password, another process: the same database, the same deployment.
    expect(prefix({ DATABASE_URL: 'postgres://reader:two@db/hub?sslmode=require' })).toBe(hub);
    // Another database, host or port, or the embedded one: another deployment.
    for (const other of [
      { DATABASE_URL: 'postgres://hub:one@db:5432/hub_b' },
      { DATABASE_URL: 'postgres://hub:one@db2:5432/hub' },
      { DATABASE_URL: 'postgres://hub:one@db:5433/hub' },
      {},
    ])
      expect(prefix(other)).not.toBe(hub);
    expect(prefix({})).not.toBe(prefix({ DATA_DIR: '/srv/other' }));
    expect(() => readConfig({ REDIS_PREFIX: 'has space' })).toThrow(
      'REDIS_PREFIX must be 1 to 64 letters, digits, or _ . : -',
    );
  });

  it('takes Redis behind Sentinels: their addresses, the master name, and optionally a password and database', () => {
    for (const url of [
      'redis-sentinel://10.0.0.11:26379,10.0.0.12:26379,sentinel-c:26380/citizen360',
      'redis-sentinel://:s3cret@sentinel-a:26379/citizen360?db=2',
    ])
      expect(readConfig({ REDIS_URL: url }).redisUrl).toBe(url);
  });

  it('takes streaming replicas of the database, comma-separated', () => {
    const primary = 'postgres://hub@db-primary:5432/citizen360';
    const config = readConfig({
      DATABASE_URL: primary,
      DATABASE_REPLICA_URLS: ' postgres://hub@db-replica-1:5432/citizen360, postgresql://hub@db-replica-2/citizen360,',
    });
    expect(config.databaseReplicaUrls).toEqual([
      'postgres://hub@db-replica-1:5432/citizen360',
      'postgresql://hub@db-replica-2/citizen360',
    ]);
    expect(readConfig({ DATABASE_URL: primary }).databaseReplicaUrls).toEqual([]);
  });

  it('reads the ports and the gateway URL of parts run as their own processes', () => {
    const config = readConfig({
      POPULATION_PORT: '5001',
      TAX_PORT: '5003',
      GATEWAY_URL: 'http://gateway:4000/graphql',
      HUB_INTERNAL_SECRET: 's'.repeat(40),
    });
    expect(config).toMatchObject({
      subgraphPorts: { population: 5001, tax: 5003 },
      gatewayUrl: 'http://gateway:4000/graphql',
      internalSecretShared: true,
    });
  });

  it("routes the gateway to a subgraph's own URL when one is given, and refuses one that is not http(s)", () => {
    expect(
      readConfig({
        POPULATION_ROUTING_URL: 'http://population:4001/graphql',
        TAX_ROUTING_URL: 'https://tax.internal.example.go.id/graphql',
      }).subgraphUrls,
    ).toEqual({
      population: 'http://population:4001/graphql',
      tax: 'https://tax.internal.example.go.id/graphql',
    });
    expect(() => readConfig({ TAX_ROUTING_URL: 'tax:4003' })).toThrow(
      "Invalid configuration: TAX_ROUTING_URL must be the http(s) URL of the subgraph's GraphQL endpoint",
    );
  });

  it('reads changed operation limits, and the gateway refuses a name it does not know', () => {
    expect(readConfig({ OPERATION_LIMITS: 'maxCost=20000, maxDepth=14' }).operationLimits).toEqual({
      maxCost: 20_000,
      maxDepth: 14,
    });
    expect(operationLimits({ maxCost: 20_000 })).toMatchObject({ maxCost: 20_000, maxDepth: 12 });
    expect(() => operationLimits({ maxFun: 1 })).toThrow(/OPERATION_LIMITS: there is no limit maxFun/);
  });

  it('reads the origins allowed to call across origins, exactly as browsers send them', () => {
    expect(
      readConfig({ CORS_ORIGINS: 'https://app.example.go.id, http://127.0.0.1:5173,https://app.example.go.id' })
        .corsOrigins,
    ).toEqual(['https://app.example.go.id', 'http://127.0.0.1:5173']);
    expect(readConfig({ CORS_ORIGINS: ' , ' }).corsOrigins).toEqual([]);
  });

  it.each([
    '*',
    'https://*.example.go.id',
    'https://app.example.go.id/',
    'https://app.example.go.id/portal',
    'https://app.example.go.id:443',
    'https://App.example.go.id',
    'app.example.go.id',
    'ftp://files.example.go.id',
    'https://user@app.example.go.id',
  ])('refuses CORS_ORIGINS=%j, naming the variable', (origins) => {
    expect(() => readConfig({ CORS_ORIGINS: `https://ok.example.go.id,${origins}` })).toThrow(
      /^Invalid configuration: CORS_ORIGINS must list /,
    );
  });

  it.each([
    [
      { OPERATION_LIMITS: 'maxCost=lots' },
      'Invalid configuration: OPERATION_LIMITS must list name=value pairs such as maxCost=20000,maxDepth=14',
    ],
    [{ PORT: 'abc' }, 'Invalid configuration: PORT must be a whole number from 0 to 65535'],
    [{ PORT: '70000' }, 'Invalid configuration: PORT must be a whole number from 0 to 65535'],
    [{ SEED_CITIZENS: '-5' }, 'Invalid configuration: SEED_CITIZENS must be a whole number from 0 to 100000000'],
    [{ LOG_LEVEL: 'loud' }, 'Invalid configuration: LOG_LEVEL must be one of debug, info, warn, error'],
    [
      { DATABASE_URL: 'mysql://x' },
      'Invalid configuration: DATABASE_URL must be a postgres:// or postgresql:// connection string',
    ],
    [
      { NODE_ENV: 'production' },
      'Invalid configuration: OIDC_ISSUER is required in production (the development issuer is off there)',
    ],
    [
      { OIDC_ISSUER: 'https://sso' },
      "Invalid configuration: OIDC_JWKS_URL must be the http(s) URL of the issuer's JWKS when OIDC_ISSUER is set",
    ],
    [
      { OIDC_ISSUER: 'https://sso', OIDC_JWKS_URL: 'https://sso/certs', OIDC_ALGORITHMS: 'HS256' },
      'Invalid configuration: OIDC_ALGORITHMS must list asymmetric JWS algorithms such as RS256,ES256',
    ],
    [{ HUB_INTERNAL_SECRET: 'short' }, 'Invalid configuration: HUB_INTERNAL_SECRET must be at least 32 characters'],
    [
      { DATABASE_URL: 'postgres://db/c360', DATABASE_REPLICA_URLS: 'postgres://r1/c360,mysql://r2/c360' },
      'Invalid configuration: DATABASE_REPLICA_URLS must be postgres:// or postgresql:// URLs, comma-separated',
    ],
    [
      { DATABASE_REPLICA_URLS: 'postgres://r1/c360' },
      'Invalid configuration: DATABASE_REPLICA_URLS needs DATABASE_URL, the primary they replicate',
    ],
    [
      { REDIS_URL: 'localhost:6379' },
      'Invalid configuration: REDIS_URL must be a redis://, rediss:// or redis-sentinel:// URL',
    ],
    [{ REDIS_URL: 'redis-sentinel:///citizen360' }, 'Invalid configuration: REDIS_URL names no Sentinel'],
    [
      { REDIS_URL: 'redis-sentinel://s1:26379,s2/citizen360' },
      'Invalid configuration: REDIS_URL has a Sentinel "s2" without a port from 1 to 65535',
    ],
    [
      { REDIS_URL: 'redis-sentinel://s1:263790/citizen360' },
      'Invalid configuration: REDIS_URL has a Sentinel "s1:263790" without a port from 1 to 65535',
    ],
    [{ REDIS_URL: 'redis-sentinel://s1:26379,s2:26379' }, 'Invalid configuration: REDIS_URL names no master'],
    [{ REDIS_URL: 'redis-sentinel://s1:26379/citizen360/2' }, 'Invalid configuration: REDIS_URL names no master'],
    [
      { REDIS_URL: 'redis-sentinel://s1:26379/citizen360?timeout=5' },
      'Invalid configuration: REDIS_URL takes no option but db=N',
    ],
    [
      { RULES_MAX_AGE_SECONDS: '1m' },
      'Invalid configuration: RULES_MAX_AGE_SECONDS must be a whole number from 0 to 86400',
    ],
    [{ TAX_PORT: 'x' }, 'Invalid configuration: TAX_PORT must be a whole number from 0 to 65535'],
    [{ GATEWAY_URL: 'gateway:4000' }, 'Invalid configuration: GATEWAY_URL must be an http(s) URL'],
  ])('refuses %j with a message naming the variable', (env, message) => {
    expect(() => readConfig(env)).toThrow(message);
  });
});

describe('the documented variables', () => {
  /** Every variable readConfig looks at, found by letting it read an environment that records each name. */
  const read = new Set<string>();
  readConfig(
    new Proxy({} as NodeJS.ProcessEnv, {
      get: (_, name) => {
        if (typeof name === 'string') read.add(name);
        return undefined;
      },
    }),
  );
  const root = resolve(__dirname, '../..');
  const example = readFileSync(resolve(root, '.env.example'), 'utf8');
  const readme = readFileSync(resolve(root, 'README.md'), 'utf8');

  it('are found by reading the configuration', () => {
    expect(read.size).toBeGreaterThan(30);
    expect([...read]).toEqual(expect.arrayContaining(['DATABASE_URL', 'REQUEST_BUDGET_MS', 'METRICS_PORT']));
  });

  it.each([...read].sort())('%s is in .env.example and in the README', (name) => {
    expect(example).toMatch(new RegExp(`^(# )?${name}=`, 'm'));
    expect(readme).toContain(`| \`${name}\``);
  });
});
