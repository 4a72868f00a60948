import { execFile } from 'node:child_process';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { formatSummary, parseImportArgs, UsageError } from '../../app/import';

/**
 * A PostgreSQL server that knows no database: it answers every connection's startup message as PostgreSQL does
 * for a database that does not exist (FATAL 3D000), and counts the connections.
 */
async function serverWithoutDatabases(): Promise<{ port: number; connections: () => number; close(): void }> {
  let connections = 0;
  const field = (type: string, value: string) => Buffer.concat([Buffer.from(type), Buffer.from(`${value}\0`)]);
  const server: Server = createServer((socket: Socket) => {
    connections += 1;
    socket.once('data', () => {
      const fields = Buffer.concat([
        field('S', 'FATAL'),
        field('V', 'FATAL'),
        field('C', '3D000'),
        field('M', 'database does not exist'),
        Buffer.from([0]),
      ]);
      const length = Buffer.alloc(4);
      length.writeInt32BE(fields.length + 4);
      socket.end(Buffer.concat([Buffer.from('E'), length, fields]));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  return { port, connections: () => connections, close: () => server.close() };
}

// `npm run import -- ...`: what a person typing the command sees.
describe('import command line', () => {
  it('reads the source, the input and the options', () => {
    expect(parseImportArgs(['dtsen', 'exports'])).toEqual({
      kind: 'import',
      source: 'dtsen',
      input: 'exports',
      since: undefined,
      batchSize: undefined,
    });
    expect(
      parseImportArgs(['djp', 'http://127.0.0.1:8080', '--since', '2026-11-01T00:00:00Z', '--batch', '500']),
    ).toEqual({
      kind: 'import',
      source: 'djp',
      input: 'http://127.0.0.1:8080',
      since: '2026-11-01T00:00:00Z',
      batchSize: 500,
    });
    expect(parseImportArgs(['--quarantine', '154e495b-439d-4868-b33f-bb2b5b1ad5f3'])).toEqual({
      kind: 'quarantine',
      runId: '154e495b-439d-4868-b33f-bb2b5b1ad5f3',
    });
    expect(parseImportArgs(['--help'])).toEqual({ kind: 'help' });
  });

  it.each([
    [[], /Say which source to import/],
    [['bps', 'x'], /Unknown source "bps"; one of: dukcapil, dtsen, satusehat, djp, oss/],
    [['oss'], /Say which file or URL to import oss from/],
    [['oss', 'a', 'b'], /One input at a time; unexpected: b/],
    [['djp', 'x', '--since', 'yesterday'], /--since must be an ISO date or date-time, not "yesterday"/],
    [['oss', 'x', '--batch', '0'], /--batch must be a whole number from 1 to 100000/],
    [['--quarantine', '42'], /a run id as printed by the import/],
    [['oss', 'x', '--bogus'], /Unknown option '--bogus'/],
  ])('refuses %j with a clear message', (argv, message) => {
    expect(() => parseImportArgs(argv as string[])).toThrow(UsageError);
    expect(() => parseImportArgs(argv as string[])).toThrow(message);
  });

  it('sums up a run so that the counts visibly add up, with the commonest reasons', () => {
    const text = formatSummary({
      runId: 'r1',
      source: 'oss',
      resumedAfter: 1_000,
      read: 2_078,
      inserted: 2_000,
      updated: 10,
      unchanged: 48,
      quarantined: 20,
      seconds: 0.5,
      reasons: [
        { reason: 'NIK not in the population register', count: 15 },
        { reason: 'kbli code is not 5 digits', count: 5 },
      ],
      examples: [{ position: 7, reason: 'kbli code is not 5 digits' }],
    });
    expect(text).toContain('Imported oss: run r1, resumed after record 1,000');
    expect(text).toContain('read 2,078 = inserted 2,000 + updated 10 + unchanged 48 + quarantined 20');
    expect(text).toContain('2,156 records/s');
    expect(text).toMatch(/15 {2}NIK not in the population register\n +5 {2}kbli code is not 5 digits/);
    expect(text).toContain('first: #7 kbli code is not 5 digits');
    expect(text).toContain('npm run import -- --quarantine r1');
  });

  it('refuses a database that does not exist, naming it and how to create it, and creates nothing', async () => {
    const server = await serverWithoutDatabases();
    try {
      // Run asynchronously: the server answers from this process.
      const result = await new Promise<{ status: number | null; stderr: string }>((done) => {
        const child = execFile(
          process.execPath,
          ['-r', '@swc-node/register', join(__dirname, '../../app/import.ts'), 'oss', 'exports'],
          {
            cwd: join(__dirname, '../..'),
            env: {
              ...process.env,
              DATABASE_URL: `postgres://postgres@127.0.0.1:${server.port}/c360_import`,
              REDIS_URL: '',
            },
            encoding: 'utf8',
          },
          (_error, _stdout, stderr) => done({ status: child.exitCode, stderr }),
        );
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('Database "c360_import" does not exist (DATABASE_URL)');
      expect(result.stderr).toContain(`createdb -h 127.0.0.1 -p ${server.port} -U postgres c360_import`);
      // One look, and nothing asked of the server after it: no database was created.
      expect(server.connections()).toBe(1);
    } finally {
      server.close();
    }
  });
});
