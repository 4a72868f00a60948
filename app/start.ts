import { MikroORM } from '@mikro-orm/postgresql';
import { Pool } from 'pg';
import { loadDevIssuer } from '../auth/dev-issuer';
import { createAuthenticator } from '../gateway/authentication';
import type { ExplorerCaller, ExplorerSignOn } from '../gateway/explorer';
import { createGateway } from '../gateway/server';
import { sampleHealthWorker, sampleNiks, seedPopulation } from '../seeds/load';
import type { HubConfig } from '../hub/config';
import { openDatabase, servingUrl } from '../hub/database';
import { ormPoolUse } from '../hub/orm';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isLoopbackHost, listen, whileStarting } from '../hub/http';
import { metricsHandler, processMetrics } from '../hub/metrics';
import { answersHealth, createReadiness, type Readiness } from '../hub/readiness';
import { createLogger } from '../hub/log';
import { consumeChanges, createSubgraphServer } from '../subgraphs/host/subgraph';
import { migrate } from './migrate';
import { refreshPlannersProjection } from './projection';
import { openServices, WEB_ROOT, webSignIn } from './services';
import { SUBGRAPHS } from './subgraphs';
import { operationLimits } from '../gateway/operation-limits';

const log = createLogger('hub');

export interface RunningHub {
  /** The gateway's GraphQL URL. */
  url: string;
  /** NIKs of family heads in the database, for trying the graph. */
  sampleNiks: string[];
  /** A health worker who may apply for a SIP (valid STR, no SIP yet, other requirements met), if any. */
  healthWorkerNik?: string;
  /** Subgraph URLs by name (loopback, chosen at start). */
  subgraphUrls: Record<string, string>;
  /** Where Prometheus scrapes, when METRICS_PORT is set. */
  metricsUrl?: string;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Called while the first start seeds the database. */
  onSeedProgress?: (done: number, total: number) => void;
}

/**
 * Starts the whole hub in one process: the database (embedded unless DATABASE_URL is set), migrations, the
 * synthetic population when the database has none, every subgraph on a free loopback port, and the gateway.
 */
export async function startHub(config: HubConfig, options: StartOptions = {}): Promise<RunningHub> {
  // The port first: a busy one is told at once, not after the migrations and the seeding. Until the gateway is
  // ready behind it, the port answers 503 NOT_READY.
  let serve: (request: IncomingMessage, response: ServerResponse) => void = whileStarting;
  const gatewayHttp = await listen((request, response) => serve(request, response), config.host, config.port);
  const closers: (() => Promise<void>)[] = [];
  // The port closes first, and the requests in flight finish (for up to SHUTDOWN_GRACE_SECONDS) before anything
  // behind it stops: no request reaches parts already stopped, and none is cut while it has time.
  let readinessOf: Readiness | undefined;
  const stop = async () => {
    readinessOf?.stopping();
    const port = () => gatewayHttp.close(config.shutdownGraceMs);
    for (const close of [port, ...closers.reverse()]) await close().catch(() => undefined);
  };
  try {
    const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    closers.push(() => database.close());
    await migrate(database.url);
    // Seeding and the sample NIKs need a pool only while starting; idle connections held for the life of the
    // process would only be closed under it later.
    const pool = new Pool({ connectionString: database.url, max: 2 });
    let samples: string[];
    let healthWorkerNik: string | undefined;
    try {
      const { rows } = await pool.query<{ seeded: boolean }>(
        'select exists (select 1 from population.citizen) as seeded',
      );
      const seeding = !rows[0].seeded && config.seedCitizens > 0;
      if (seeding) {
        log.info('seeding synthetic population', { citizens: config.seedCitizens });
        const result = await seedPopulation(pool, {
          citizens: config.seedCitizens,
          seed: config.seed,
          onProgress: options.onSeedProgress,
        });
        log.info('seeded', { citizens: result.citizens, families: result.families, seconds: result.seconds });
      }
      if (await refreshPlannersProjection(pool, config, { loaded: seeding })) log.info("planners' projection rebuilt");
      samples = await sampleNiks(pool, 3);
      healthWorkerNik = await sampleHealthWorker(pool);
    } finally {
      await pool.end();
    }

    // What serves requests connects with PostgreSQL's timeouts set (hub/database.ts servingUrl).
    const serving = database.embedded ? database.url : servingUrl(database.url, config.databaseTimeouts);
    // One set of services for the process: the gateway and every subgraph decide on the same cached rules.
    const services = await openServices(config, serving);
    closers.push(() => services.close());
    const { rules, quotas, accessLog, kv, epochs, feed } = services;

    const subgraphUrls: Record<string, string> = {};
    let gatewayUrl = '';
    for (const subgraph of SUBGRAPHS) {
      // The embedded database serves one query at a time: a larger pool would only queue (STACK.md pitfall 11).
      // Waiting for a connection is waiting for a lock, except on the embedded database, where every query waits
      // its turn for the one connection: there it gives up when a statement would.
      const { lockMs, statementMs } = config.databaseTimeouts;
      const orm = await MikroORM.init(
        subgraph.ormConfig(serving, {
          poolMax: database.embedded ? 1 : 10,
          acquireTimeoutMs: (database.embedded ? statementMs : lockMs) || undefined,
          replicaUrls: config.databaseReplicaUrls.map((url) => servingUrl(url, config.databaseTimeouts)),
        }),
      );
      closers.push(() => orm.close(true));
      services.metrics?.watchPool(subgraph.name, ormPoolUse(orm.em));
      const server = await createSubgraphServer(subgraph, {
        orm,
        config,
        gatewayUrl: () => gatewayUrl,
        rules,
        accessLog,
        epochs,
        feed,
        keyedMutations: !database.embedded,
      });
      closers.push(() => server.apollo.stop());
      closers.push(await consumeChanges(subgraph, { orm, feed, epochs }));
      const http = await listen(server.handler, '127.0.0.1', 0);
      closers.push(() => http.close());
      subgraphUrls[subgraph.name] = http.url;
    }

    // Outside production, and only where nobody but this machine can reach it, the explorer signs in with
    // short-lived tokens of the development issuer for the callers the README walks through; on any other
    // address it would hand a token to anyone who asks.
    let explorerSignOn: ExplorerSignOn | undefined;
    if (config.authentication.kind === 'dev' && isLoopbackHost(config.host)) {
      const issuer = await loadDevIssuer(config.authentication.keyFile);
      const audience = config.authentication.audience;
      explorerSignOn = {
        callers: explorerCallers(samples, healthWorkerNik),
        mint: async (caller) => {
          const claims: Record<string, unknown> = { role: caller.role, client_id: caller.client ?? 'dev-console' };
          if (caller.purpose) claims.purpose = caller.purpose;
          const subject = caller.nik ?? `dev-${caller.role}`;
          const token = await issuer.mint(claims, { subject, audience, ttlSeconds: EXPLORER_TOKEN_SECONDS });
          return { token, expiresInSeconds: EXPLORER_TOKEN_SECONDS };
        },
      };
    }
    const readiness = createReadiness([
      { name: 'access log', essential: true, probe: () => accessLog.writable() },
      ...Object.entries(subgraphUrls).map(([name, url]) => ({
        name: `subgraph ${name}`,
        essential: true,
        probe: () => answersHealth(url),
      })),
      ...(kv.kind === 'redis'
        ? [{ name: 'redis', essential: false, probe: () => kv.get('readyz').then(() => undefined) }]
        : []),
    ]);
    readinessOf = readiness;
    const gateway = await createGateway({
      production: config.production,
      subgraphUrls,
      explorerQuery: samples[0] ? sampleQuery(samples[0]) : undefined,
      explorerSignOn,
      corsOrigins: config.corsOrigins,
      webRoot: WEB_ROOT,
      webSignIn: webSignIn(config.authentication),
      authenticate: await createAuthenticator(config.authentication, config.internalSecret),
      internalSecret: config.internalSecret,
      rules,
      quotas,
      accessLog,
      pairwise: services.pairwise,
      responseCache: { kv, epochs, ttlSeconds: config.responseCacheTtlSeconds },
      limits: operationLimits(config.operationLimits),
      deadlines: config.deadlines,
      metrics: services.metrics,
      readiness,
    });
    closers.push(() => gateway.stop());
    let metricsUrl: string | undefined;
    if (services.metrics && config.metricsPort !== undefined) {
      const metricsHttp = await listen(
        metricsHandler(processMetrics(services.metrics)),
        config.host,
        config.metricsPort,
        '/metrics',
      );
      closers.push(() => metricsHttp.close());
      metricsUrl = metricsHttp.url;
    }
    serve = gateway.handler;
    gatewayUrl = gatewayHttp.url;
    return { url: gatewayHttp.url, sampleNiks: samples, healthWorkerNik, subgraphUrls, metricsUrl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** How long an explorer token lives; the page fetches the next one before it ends. */
const EXPLORER_TOKEN_SECONDS = 15 * 60;

/**
 * Who the explorer can sign in as, the first when it opens: each sample citizen and the SIP applicant, the
 * demonstration catalogue's officers (seeds/catalogue.ts) with the purposes the README's walk-throughs use, a
 * planner with STATISTICS, a steward and an auditor (the claims of `npm run token`).
 */
export function explorerCallers(sampleNiks: readonly string[], applicantNik?: string): ExplorerCaller[] {
  return [
    ...sampleNiks.map((nik) => ({ label: `citizen ${nik}`, role: 'citizen', nik })),
    ...(applicantNik
      ? [{ label: `citizen ${applicantNik} (applicant for a SIP)`, role: 'citizen', nik: applicantNik }]
      : []),
    {
      label: 'officer of siks-ng, SOCIAL_ASSISTANCE',
      role: 'officer',
      client: 'siks-ng',
      purpose: 'SOCIAL_ASSISTANCE',
    },
    {
      label: 'officer of sip-online, LICENSE_APPLICATION',
      role: 'officer',
      client: 'sip-online',
      purpose: 'LICENSE_APPLICATION',
    },
    {
      label: 'officer of dinkes-console (reviews SIP applications), LICENSE_APPLICATION',
      role: 'officer',
      client: 'dinkes-console',
      purpose: 'LICENSE_APPLICATION',
    },
    {
      label: "officer of mpp-desk (applies on a citizen's behalf), PUBLIC_SERVICE",
      role: 'officer',
      client: 'mpp-desk',
      purpose: 'PUBLIC_SERVICE',
    },
    {
      label: 'officer of mpp-backoffice (decides MPP applications and complaints), PUBLIC_SERVICE',
      role: 'officer',
      client: 'mpp-backoffice',
      purpose: 'PUBLIC_SERVICE',
    },
    {
      label: 'officer of puskesmas-app, HEALTH_SERVICE',
      role: 'officer',
      client: 'puskesmas-app',
      purpose: 'HEALTH_SERVICE',
    },
    { label: 'planner, STATISTICS', role: 'planner', purpose: 'STATISTICS' },
    { label: 'steward', role: 'steward' },
    { label: 'auditor', role: 'auditor' },
  ];
}

/** The README's Citizen 360 query, for the explorer. */
export function sampleQuery(nik: string): string {
  return `{
  citizen(nik: "${nik}") {
    fullName sex birthDate
    address { street rt rw village { name district { name regency { name province { name } } } } }
    family { kk members { relationship citizen { fullName } } }
    household { welfareDecile housing { floorAreaM2 floorMaterial drinkingWater electricity } assets }
    eligibility { pkh bpnt pbiJk reasons }
    taxProfile { npwp status matchingStatus taxOffice { name } filings { year form status } }
    bpjsMembership { cardNumber segment careClass status statusReason primaryCareFacility { name } }
    ihsNumber
    licences { str { number profession } sips { number practiceLocation validUntil } businesses { nib name } }
    applications { id status }
  }
}
`;
}
