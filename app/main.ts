import './tracing';
import { SingleBar, Presets } from 'cli-progress';
import { ConfigError, readConfig } from '../hub/config';
import { DatabaseInUseError } from '../hub/data-dir-lock';
import { stopOnSignals } from './signals';
import { createLogger, errorFields, setLogLevel } from '../hub/log';
import { startHub } from './start';
import { WEB_ROOT } from './services';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isLoopbackHost, PortInUseError } from '../hub/http';

const log = createLogger('hub');

/** `npm start`: the whole hub in one process, on embedded PostgreSQL unless DATABASE_URL is set. */
async function main(): Promise<void> {
  const started = process.hrtime.bigint();
  const config = readConfig();
  setLogLevel(config.logLevel);
  let bar: SingleBar | undefined;
  const hub = await startHub(config, {
    onSeedProgress: (done, total) => {
      if (!bar) {
        process.stderr.write('First start: generating a synthetic population (this happens once).\n');
        bar = new SingleBar(
          { format: 'seeding |{bar}| {value}/{total} citizens | {eta_formatted} left', stream: process.stderr },
          Presets.shades_classic,
        );
        bar.start(total, 0);
      }
      bar.update(done);
      if (done >= total) bar.stop();
    },
  });
  // Installed before the hub says it is ready: whoever waits for that may send a signal at once.
  stopOnSignals(log, config.shutdownGraceMs, () => hub.stop());
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  log.info('ready', {
    url: hub.url,
    seconds: Math.round(seconds * 100) / 100,
    database: config.databaseUrl ? 'DATABASE_URL' : 'embedded',
  });
  process.stdout.write(
    `\nCitizen 360 hub ready in ${seconds.toFixed(1)} s\n` +
      `  Web app:     ${hub.url.replace(/\/graphql$/, '/')}` +
      `${existsSync(join(WEB_ROOT, 'index.html')) ? '' : '  (not built: npm run build:web)'}\n` +
      `  GraphQL:     ${hub.url}${config.production ? '' : '  (open it in a browser for the explorer)'}\n` +
      `  Database:    ${config.databaseUrl ? 'DATABASE_URL' : `embedded, files in ${config.dataDir}`}\n` +
      (hub.metricsUrl ? `  Metrics:     ${hub.metricsUrl}\n` : '') +
      `  Sample NIKs: ${hub.sampleNiks.join('  ') || '(none: the database has no citizens)'}\n` +
      (hub.healthWorkerNik
        ? `  Applicant:   ${hub.healthWorkerNik}  (a health worker with an STR and no SIP yet, to apply for one)\n`
        : '') +
      (config.authentication.kind === 'dev'
        ? `  Token:       npm run -s token -- --role citizen --nik ${hub.sampleNiks[0] ?? '<NIK>'}` +
          (isLoopbackHost(config.host) ? '   (the explorer opens signed in as that citizen)' : '') +
          '\n\n'
        : '\n'),
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DatabaseInUseError || error instanceof PortInUseError)
    process.stderr.write(`${error.message}\n`);
  else log.error('start failed', errorFields(error));
  process.exit(1);
});
