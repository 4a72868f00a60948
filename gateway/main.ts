import { readConfig } from '../hub/config';
import { listen } from '../hub/http';
import { createLogger, errorFields, setLogLevel } from '../hub/log';
import { openPubSub } from '../hub/pubsub';
import { createAccessLog } from '../policy/audit/access-log';
import { loadCheckpointSigner } from '../policy/audit/signer';
import { createRuleBook } from '../policy/rule-book';
import { createAuthenticator } from './authentication';
import { createGateway } from './server';

const log = createLogger('gateway');

/**
 * The gateway as its own process, routing to the subgraph URLs in schema/supergraph.graphql (from rover.yaml).
 * It reads the steward's rules from DATABASE_URL (officers' purposes are checked before planning), writes the
 * access log there (signed with AUDIT_KEY_FILE), and hears of rule changes through REDIS_URL. `npm start` does not use this file: it runs everything in one process.
 */
async function main(): Promise<void> {
  const config = readConfig();
  setLogLevel(config.logLevel);
  if (!process.env.HUB_INTERNAL_SECRET) throw new Error('HUB_INTERNAL_SECRET is required to run the gateway on its own (the subgraphs must share it)');
  if (!config.databaseUrl) throw new Error('DATABASE_URL is required to run the gateway on its own (it reads the steward\'s rules)');
  const rules = await createRuleBook({ databaseUrl: config.databaseUrl, pubsub: await openPubSub(config.redisUrl), maxAgeMs: config.rulesMaxAgeMs });
  const gateway = await createGateway({
    production: config.production,
    authenticate: await createAuthenticator(config.authentication, config.internalSecret),
    internalSecret: config.internalSecret,
    rules,
    accessLog: createAccessLog({ databaseUrl: config.databaseUrl, signer: loadCheckpointSigner(config.audit.keyFile, { create: config.audit.createKey }) }),
  });
  const http = await listen(gateway.handler, config.host, config.port);
  log.info('gateway listening', { url: http.url });
}

main().catch((error: unknown) => {
  log.error('start failed', errorFields(error));
  process.exit(1);
});
