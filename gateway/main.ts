import { readConfig } from '../hub/config';
import { listen } from '../hub/http';
import { createLogger, errorFields, setLogLevel } from '../hub/log';
import { createAuthenticator } from './authentication';
import { createGateway } from './server';

const log = createLogger('gateway');

/**
 * The gateway as its own process, routing to the subgraph URLs in schema/supergraph.graphql (from rover.yaml).
 * `npm start` does not use this file: it runs the gateway and every subgraph in one process.
 */
async function main(): Promise<void> {
  const config = readConfig();
  setLogLevel(config.logLevel);
  if (!process.env.HUB_INTERNAL_SECRET) throw new Error('HUB_INTERNAL_SECRET is required to run the gateway on its own (the subgraphs must share it)');
  const gateway = await createGateway({
    production: config.production,
    authenticate: await createAuthenticator(config.authentication, config.internalSecret),
    internalSecret: config.internalSecret,
  });
  const http = await listen(gateway.handler, config.host, config.port);
  log.info('gateway listening', { url: http.url });
}

main().catch((error: unknown) => {
  log.error('start failed', errorFields(error));
  process.exit(1);
});
