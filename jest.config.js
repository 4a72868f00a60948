// Tests run TypeScript through swc (decorator metadata on, like the runtime); `npm run typecheck` type-checks.
const { Client } = require('pg');

const DEFAULT_TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';

async function postgresReachable(url) {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

module.exports = async () => {
  const url = process.env.TEST_DATABASE_URL || DEFAULT_TEST_DATABASE_URL;
  const reachable = await postgresReachable(url);
  if (!reachable && process.env.CI) {
    throw new Error(
      `PostgreSQL is not reachable at TEST_DATABASE_URL (${url.replace(/:[^:@/]*@/, ':***@')}); CI requires it.`,
    );
  }
  // Without PostgreSQL (and outside CI) database suites share one embedded PGlite, which serves one
  // connection at a time, so the suites run one after another.
  process.env.TEST_DATABASE_MODE = reachable ? 'postgres' : 'pglite';
  if (reachable) process.env.TEST_DATABASE_URL = url;
  return {
    testEnvironment: 'node',
    roots: ['<rootDir>/tests'],
    testMatch: ['**/*.test.ts'],
    transform: {
      '^.+\\.ts$': [
        '@swc/jest',
        {
          jsc: {
            parser: { syntax: 'typescript', decorators: true },
            transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
            target: 'es2022',
          },
          module: { type: 'commonjs' },
        },
      ],
    },
    // Request logs are info lines; tests that assert on them raise the level themselves.
    setupFiles: ['<rootDir>/tests/support/quiet-logs.ts'],
    globalSetup: '<rootDir>/tests/support/global-setup.ts',
    globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
    maxWorkers: reachable ? 2 : 1,
    testTimeout: 60_000,
  };
};
