import { MikroORM } from '@mikro-orm/postgresql';
import { readConfig } from '../hub/config';
import { createLogger } from '../hub/log';
import { connectorsOrmConfig } from '../connectors/mikro-orm.config';
import { SUBGRAPHS } from './subgraphs';

const log = createLogger('migrate');

/** Applies every subgraph's pending migrations, then the connectors'. Idempotent; each schema's set runs in one transaction. */
export async function migrate(databaseUrl: string): Promise<void> {
  for (const ormConfig of [...SUBGRAPHS.map((s) => s.ormConfig), connectorsOrmConfig]) {
    const orm = await MikroORM.init(ormConfig(databaseUrl, { poolMax: 1 }));
    try {
      const applied = await orm.getMigrator().up();
      if (applied.length > 0) log.info('migrations applied', { schema: orm.config.get('schema'), migrations: applied.map((m) => m.name) });
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
