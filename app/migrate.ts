import { MikroORM } from '@mikro-orm/postgresql';
import { readConfig } from '../hub/config';
import { createLogger } from '../hub/log';
import { connectorsOrmConfig } from '../connectors/mikro-orm.config';
import { accessLogOrmConfig } from '../policy/audit/migrations';
import { SUBGRAPHS } from './subgraphs';

const log = createLogger('migrate');

/** Every schema with migrations, by its owner: each subgraph's, the access log's (policy/audit), the connectors'. */
const OWNERS = [...SUBGRAPHS.map((s) => s.ormConfig), accessLogOrmConfig, connectorsOrmConfig];

/** Applies every owner's pending migrations. Idempotent; each schema's set runs in one transaction. */
export async function migrate(databaseUrl: string): Promise<void> {
  for (const ormConfig of OWNERS) {
    const options = ormConfig(databaseUrl, { poolMax: 1 });
    // A subgraph that only reads a schema another module owns (audit) has no migrations of its own.
    if ((options.migrations?.migrationsList ?? []).length === 0) continue;
    const orm = await MikroORM.init(options);
    try {
      const applied = await orm.getMigrator().up();
      if (applied.length > 0)
        log.info('migrations applied', { schema: orm.config.get('schema'), migrations: applied.map((m) => m.name) });
    } finally {
      await orm.close(true);
    }
  }
}

if (require.main === module) {
  const url = readConfig().databaseUrl;
  if (!url) {
    process.stderr.write('DATABASE_URL is not set: the embedded database is migrated by `npm start` itself.\n');
    process.exit(2);
  }
  migrate(url).then(
    () => process.exit(0),
    (error: Error) => {
      process.stderr.write(`Migration failed: ${error.message}\n`);
      process.exit(1);
    },
  );
}
