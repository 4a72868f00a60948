import type { IncomingMessage, RequestOptions } from 'node:http';
import type { Attributes, AttributeValue } from '@opentelemetry/api';
import type { ReadableSpan, Sampler, SpanExporter, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { ConfigError } from './config';

/**
 * OpenTelemetry traces of HTTP, GraphQL and SQL, configured by the standard OTEL_* variables and off unless
 * OTEL_TRACES_EXPORTER names an exporter: `otlp` (OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_EXPORTER_OTLP_PROTOCOL
 * `http/protobuf`, `http/json` or `grpc`) or `console`. OTEL_TRACES_SAMPLER and OTEL_TRACES_SAMPLER_ARG choose the
 * traces kept; OTEL_SERVICE_NAME, OTEL_RESOURCE_ATTRIBUTES, OTEL_PROPAGATORS, OTEL_BSP_* and the exporters' own
 * variables are read by the SDK. Off (unset, `none`, or OTEL_SDK_DISABLED=true), none of OpenTelemetry's SDK is
 * even loaded.
 *
 * Start it before anything loads `http`, `pg` or `graphql` (the launchers import app/tracing.ts first): the
 * instrumentations patch those modules as they are loaded.
 */

export interface TracingOptions {
  /** `service.name`, unless OTEL_SERVICE_NAME (or `service.name` in OTEL_RESOURCE_ATTRIBUTES) says otherwise. */
  serviceName: string;
  /**
   * Where finished spans go instead of the exporters OTEL_TRACES_EXPORTER names (tests); given, tracing starts
   * whatever OTEL_TRACES_EXPORTER says, unless OTEL_SDK_DISABLED=true.
   */
  spanProcessors?: SpanProcessor[];
}

export interface Tracing {
  /** Exports the spans ended so far. */
  flush(): Promise<void>;
  /** Flushes, then stops tracing. */
  shutdown(): Promise<void>;
}

/** Requests that make no span: probes and scrapes, many a minute, never part of a caller's trace. */
const UNTRACED_PATHS: ReadonlySet<string> = new Set(['/healthz', '/readyz', '/metrics']);

/** The exporters OTEL_TRACES_EXPORTER names, `none` left out. */
function exporterNames(env: NodeJS.ProcessEnv): string[] {
  const names = (env.OTEL_TRACES_EXPORTER ?? '').split(',').map((name) => name.trim().toLowerCase());
  return [...new Set(names.filter((name) => name !== '' && name !== 'none'))];
}

function sdkDisabled(env: NodeJS.ProcessEnv): boolean {
  return env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true';
}

/** Whether the environment turns tracing on. */
function tracingEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return !sdkDisabled(env) && exporterNames(env).length > 0;
}

function untraced(path: string | null | undefined): boolean {
  return UNTRACED_PATHS.has((path ?? '').split('?')[0]);
}

/**
 * Identity numbers (NIK, KK, NPWP, BPJS card: 13 or more digits) in any text of a span. The instrumentations
 * are set to record no values; this is the net under them (an error message, a statement with a literal).
 */
function redactIdentifiers(text: string): string {
  return text.replace(/(?<![0-9])[0-9]{13,}(?![0-9])/g, '[id]');
}

/** Quoted literals of SQL and of error messages: a name, a birth date, an address. */
function redactQuoted(text: string): string {
  return text.replace(/'(?:[^'\\]|\\.|'')*'/g, "'…'");
}

/**
 * Attributes never kept: GraphQL documents and variables (literals and values of the query), the query string of
 * a URL, and SQL parameters.
 */
const DROPPED =
  /^(graphql\.source|graphql\.document|graphql\.variables\..*|url\.query|db\.postgresql\.(values|parameters)|db\.query\.parameter\..*)$/;
/** Attributes holding a URL or a request target, kept without their query string. */
const URLS = new Set(['http.url', 'http.target', 'url.full']);
/** Attributes holding SQL or an error's text, kept without their quoted literals. */
const QUOTING = new Set(['db.statement', 'db.query.text', 'exception.message', 'exception.stacktrace']);

function cleanValue(key: string, value: AttributeValue | undefined): AttributeValue | undefined {
  if (typeof value === 'string') {
    let text = URLS.has(key) ? value.split('?')[0] : value;
    if (QUOTING.has(key)) text = redactQuoted(text);
    return redactIdentifiers(text);
  }
  if (Array.isArray(value))
    return value.map((item) => (typeof item === 'string' ? redactIdentifiers(item) : item)) as AttributeValue;
  return value;
}

function scrubAttributes(attributes: Attributes): void {
  for (const key of Object.keys(attributes)) {
    if (DROPPED.test(key)) delete attributes[key];
    else attributes[key] = cleanValue(key, attributes[key]);
  }
}

/**
 * Scrubs every span as it ends, before the exporting processors (listed after it) see it: on the span's own
 * name, attributes, events and status, which the exporters then read.
 */
const scrubber: SpanProcessor = {
  onStart: () => undefined,
  onEnd: (span: ReadableSpan) => {
    const writable = span as { -readonly [K in keyof ReadableSpan]: ReadableSpan[K] };
    writable.name = redactIdentifiers(span.name);
    scrubAttributes(span.attributes);
    for (const event of span.events) if (event.attributes) scrubAttributes(event.attributes);
    if (span.status.message)
      writable.status = { ...span.status, message: redactIdentifiers(redactQuoted(span.status.message)) };
  },
  forceFlush: () => Promise.resolve(),
  shutdown: () => Promise.resolve(),
};

/* eslint-disable @typescript-eslint/no-require-imports -- loaded only once tracing is on (see startTracing) */

/** OTLP exporters by OTEL_EXPORTER_OTLP_PROTOCOL; each reads its endpoint, headers and timeout itself. */
const OTLP_EXPORTERS: Readonly<Record<string, () => SpanExporter>> = {
  'http/protobuf': () => {
    const otlp = require('@opentelemetry/exporter-trace-otlp-proto');
    return new (otlp as typeof import('@opentelemetry/exporter-trace-otlp-proto')).OTLPTraceExporter();
  },
  'http/json': () => {
    const otlp = require('@opentelemetry/exporter-trace-otlp-http');
    return new (otlp as typeof import('@opentelemetry/exporter-trace-otlp-http')).OTLPTraceExporter();
  },
  grpc: () => {
    const otlp = require('@opentelemetry/exporter-trace-otlp-grpc');
    return new (otlp as typeof import('@opentelemetry/exporter-trace-otlp-grpc')).OTLPTraceExporter();
  },
};

/** The exporters OTEL_TRACES_EXPORTER names, each behind its processor: console at once, otlp in batches. */
function processorsFromEnv(env: NodeJS.ProcessEnv): SpanProcessor[] {
  const { BatchSpanProcessor, ConsoleSpanExporter, SimpleSpanProcessor } =
    require('@opentelemetry/sdk-trace-base') as typeof import('@opentelemetry/sdk-trace-base');
  return exporterNames(env).map((name) => {
    if (name === 'console') return new SimpleSpanProcessor(new ConsoleSpanExporter());
    if (name !== 'otlp') throw new ConfigError('OTEL_TRACES_EXPORTER', 'must be otlp, console or none');
    const protocol = (
      env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL ||
      env.OTEL_EXPORTER_OTLP_PROTOCOL ||
      'http/protobuf'
    ).trim();
    const exporter = Object.hasOwn(OTLP_EXPORTERS, protocol) ? OTLP_EXPORTERS[protocol] : undefined;
    if (!exporter) throw new ConfigError('OTEL_EXPORTER_OTLP_PROTOCOL', 'must be http/protobuf, http/json or grpc');
    return new BatchSpanProcessor(exporter());
  });
}

/** OTEL_TRACES_SAMPLER (default `parentbased_always_on`) and OTEL_TRACES_SAMPLER_ARG, the ratio of traces kept. */
function samplerFromEnv(env: NodeJS.ProcessEnv): Sampler {
  const { AlwaysOffSampler, AlwaysOnSampler, ParentBasedSampler, TraceIdRatioBasedSampler } =
    require('@opentelemetry/sdk-trace-base') as typeof import('@opentelemetry/sdk-trace-base');
  const ratio = () => {
    const arg = env.OTEL_TRACES_SAMPLER_ARG?.trim() || '1';
    if (!/^[0-9.]+$/.test(arg) || !(Number(arg) <= 1))
      throw new ConfigError('OTEL_TRACES_SAMPLER_ARG', 'must be a ratio from 0 to 1');
    return new TraceIdRatioBasedSampler(Number(arg));
  };
  const roots: Record<string, () => Sampler> = {
    always_on: () => new AlwaysOnSampler(),
    always_off: () => new AlwaysOffSampler(),
    traceidratio: ratio,
  };
  const name = env.OTEL_TRACES_SAMPLER?.trim().toLowerCase() || 'parentbased_always_on';
  const root = name.replace(/^parentbased_/, '');
  if (!Object.hasOwn(roots, root))
    throw new ConfigError(
      'OTEL_TRACES_SAMPLER',
      'must be always_on, always_off or traceidratio, or one of them prefixed with parentbased_',
    );
  return name === root ? roots[root]() : new ParentBasedSampler({ root: roots[root]() });
}

/**
 * Traces begin where a request comes in: a span with no parent is kept only when it serves one (a server span).
 * Start-up work (schemas parsed, migrations) and background timers make no trace of their own; past that,
 * `sampler` (OTEL_TRACES_SAMPLER) decides.
 */
function startingAtRequests(sampler: Sampler): Sampler {
  const { SpanKind, trace } = require('@opentelemetry/api') as typeof import('@opentelemetry/api');
  const { SamplingDecision } =
    require('@opentelemetry/sdk-trace-base') as typeof import('@opentelemetry/sdk-trace-base');
  return {
    shouldSample: (context, traceId, name, kind, attributes, links) =>
      trace.getSpanContext(context) || kind === SpanKind.SERVER
        ? sampler.shouldSample(context, traceId, name, kind, attributes, links)
        : { decision: SamplingDecision.NOT_RECORD },
    toString: () => `StartingAtRequests{${sampler.toString()}}`,
  };
}

/**
 * Starts tracing when the environment turns it on (or `spanProcessors` are given); otherwise does nothing and
 * loads nothing. Spans are exported as they end (console) or in batches (otlp); the rest is flushed when the
 * process runs out of work, or by `shutdown` (app/signals.ts, before a stopped process exits).
 */
export function startTracing(options: TracingOptions): Tracing | undefined {
  const env = process.env;
  if (sdkDisabled(env) || (!options.spanProcessors && !tracingEnabled(env))) return undefined;
  const { NodeSDK } = require('@opentelemetry/sdk-node') as typeof import('@opentelemetry/sdk-node');
  const { HttpInstrumentation } =
    require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http');
  const { PgInstrumentation } =
    require('@opentelemetry/instrumentation-pg') as typeof import('@opentelemetry/instrumentation-pg');
  const { GraphQLInstrumentation } =
    require('@opentelemetry/instrumentation-graphql') as typeof import('@opentelemetry/instrumentation-graphql');
  const exporting = options.spanProcessors ?? processorsFromEnv(env);
  const sdk = new NodeSDK({
    serviceName:
      env.OTEL_SERVICE_NAME || /(^|,)\s*service\.name=/.test(env.OTEL_RESOURCE_ATTRIBUTES ?? '')
        ? undefined
        : options.serviceName,
    spanProcessors: [scrubber, ...exporting],
    sampler: startingAtRequests(samplerFromEnv(env)),
    // Traces only: metrics are Prometheus's (METRICS_PORT), logs are the JSON lines on stdout.
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request: IncomingMessage) => untraced(request.url),
        ignoreOutgoingRequestHook: (request: RequestOptions) => untraced(request.path),
        // A call made outside any request (a readiness probe, a background refresh) is not a trace of its own.
        requireParentforOutgoingSpans: true,
      }),
      new PgInstrumentation({
        // No parameter values (the literals MikroORM writes into its statements are masked by the scrubber);
        // no statement outside a request (migrations, the access log's timer); no span per pool checkout.
        enhancedDatabaseReporting: false,
        requireParentSpan: true,
        ignoreConnectSpans: true,
      }),
      new GraphQLInstrumentation({
        allowValues: false,
        // Parse, validate, execute, and resolvers two levels deep: the access rules wrap every field, so few are
        // trivial, and each level further down adds a span per field.
        ignoreTrivialResolveSpans: true,
        mergeItems: true,
        depth: 2,
      }),
    ],
  });
  sdk.start();
  const flush = () => Promise.all(exporting.map((processor) => processor.forceFlush())).then(() => undefined);
  let stopped: Promise<void> | undefined;
  const shutdown = () => (stopped ??= sdk.shutdown());
  // The launchers exit on a signal themselves; a process that simply runs out of work exports what is left.
  process.once('beforeExit', () => void shutdown());
  return { flush, shutdown };
}
