import { writeFileSync } from 'node:fs';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { startTracing } from '../../hub/tracing';

// Run as its own process (`node -r @swc-node/register tests/support/traced-hub.ts`): instrumentations patch http,
// pg and graphql as Node loads them, which jest's module registry never lets them see. Starts tracing into
// memory, then the whole hub on DATABASE_URL; asks for /healthz and /readyz, then one Citizen 360 profile of
// TRACED_NIK as an officer; stops the hub and writes every finished span, as JSON, to SPANS_FILE.

const exporter = new InMemorySpanExporter();
const tracing = startTracing({ serviceName: 'citizen360', spanProcessors: [new SimpleSpanProcessor(exporter)] })!;

/** A Citizen 360 profile (as tests/e2e/citizen360.test.ts asks): population, regsosek, tax, health, licensing. */
const PROFILE = `query Profile($nik: NIK!) { citizen(nik: $nik) {
  nik fullName sex birthDate
  address { street rt rw village { name district { name regency { name province { name } } } } }
  family { kk members { relationship citizen { nik fullName } } }
  household { welfareDecile housing { floorAreaM2 floorMaterial drinkingWater electricity } assets }
  eligibility { pkh bpnt pbiJk reasons }
  taxProfile { npwp status matchingStatus taxOffice { code name } filings { year form status filedOn } }
  bpjsMembership { cardNumber segment careClass status primaryCareFacility { code name } }
  ihsNumber
  licences { str { number profession } sips { number practiceLocation } businesses { nib name activities { kbli } } }
} }`;

async function main(): Promise<void> {
  const nik = process.env.TRACED_NIK!;
  // Loaded only now, with the instrumentations in place.
  const { startHub } = await import('../../app/start');
  const { readConfig } = await import('../../hub/config');
  const { loadDevIssuer } = await import('../../auth/dev-issuer');
  const { setLogLevel } = await import('../../hub/log');
  const config = readConfig({
    ...process.env,
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: '0',
    SEED_CITIZENS: '0',
    OIDC_ISSUER: '',
    REDIS_URL: '',
  });
  setLogLevel(config.logLevel);
  if (config.authentication.kind !== 'dev') throw new Error('the development issuer is needed');
  const hub = await startHub(config);
  const issuer = await loadDevIssuer(config.authentication.keyFile);
  const token = await issuer.mint(
    { role: 'officer', client_id: 'test-client', purpose: 'LICENSE_APPLICATION' },
    { subject: 'test-officer', audience: config.authentication.audience, ttlSeconds: 600 },
  );
  for (const probe of ['/healthz', '/readyz']) {
    const answer = await fetch(hub.url.replace(/\/graphql$/, probe));
    if (answer.status !== 200) throw new Error(`${probe} answered ${answer.status}`);
  }
  const response = await fetch(hub.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: PROFILE, variables: { nik } }),
  });
  const body = (await response.json()) as { data?: { citizen?: { nik: string } }; errors?: unknown[] };
  if (response.status !== 200 || body.errors || body.data?.citizen?.nik !== nik)
    throw new Error(`the profile failed: ${response.status} ${JSON.stringify(body.errors)}`);
  // Stopped before the spans are read: whatever the request left running (the access log's write) has ended.
  await hub.stop();
  await tracing.flush();
  const spans = exporter.getFinishedSpans().map((span) => ({
    name: span.name,
    kind: span.kind,
    traceId: span.spanContext().traceId,
    spanId: span.spanContext().spanId,
    parentSpanId: span.parentSpanContext?.spanId,
    attributes: span.attributes,
    events: span.events.map((event) => ({ name: event.name, attributes: event.attributes ?? {} })),
    service: span.resource.attributes['service.name'],
  }));
  writeFileSync(
    process.env.SPANS_FILE!,
    JSON.stringify({ gatewayUrl: hub.url, subgraphUrls: hub.subgraphUrls, spans }),
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);
