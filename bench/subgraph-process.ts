import { readConfig } from '../hub/config';
import { listen } from '../hub/http';
import { BATCHED, NAIVE } from '../subgraphs/host/loader-options';
import { setLogLevel } from '../hub/log';
import { openSubgraphProcess } from '../app/subgraph';
import { SUBGRAPHS } from '../app/subgraphs';

/**
 * One subgraph as its own process for the benchmark: `node -r @swc-node/register bench/subgraph-process.ts
 * <name>` with PORT, BENCH_ACCESS (enforced | off) and BENCH_LOADERS (batched | naive). It also answers
 * `GET /bench/statements` with the SQL statements it has sent, so that the benchmark can count them.
 */
async function main(): Promise<void> {
  const definition = SUBGRAPHS.find((subgraph) => subgraph.name === process.argv[2]);
  if (!definition) throw new Error(`no subgraph named ${process.argv[2]}`);
  const config = readConfig();
  setLogLevel(config.logLevel);
  const opened = await openSubgraphProcess(definition, config, {
    accessControl: process.env.BENCH_ACCESS === 'off' ? 'off' : 'enforced',
    loaders: process.env.BENCH_LOADERS === 'naive' ? NAIVE : BATCHED,
  });
  let statements = 0;
  opened.orm.em
    .getConnection()
    .getKnex()
    .on('query', () => {
      statements += 1;
    });
  await listen(
    (request, response) => {
      if (request.url === '/bench/statements') {
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ statements }));
        return;
      }
      opened.handler(request, response);
    },
    '127.0.0.1',
    config.port,
  );
  process.on('SIGTERM', () => {
    opened.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
