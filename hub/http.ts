import type { Readiness } from './readiness';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Server as NetServer, type AddressInfo, type Socket } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLRequest } from '@apollo/server';
import { createLogger, errorFields, runWithRequestId } from './log';

const log = createLogger('http');

/** Request ids are accepted from the caller only in this shape; anything else is replaced. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{8,64}$/;
export const REQUEST_ID_HEADER = 'x-request-id';
/**
 * The header a client sends with a mutation it may retry (`Idempotency-Key`); the gateway passes it on to the
 * subgraphs that carry the mutation out.
 */
export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
/** What a key may look like: 8 to 128 letters, digits or `. _ : -` (a UUID fits). */
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * What is left of a request's time, in whole milliseconds: a caller may ask the gateway for less than its budget,
 * and the gateway tells each subgraph how long it will wait for it.
 */
export const BUDGET_HEADER = 'x-request-budget-ms';

/** The budget a request asks for in BUDGET_HEADER (a whole number of ms from 1), if it asks for one. */
export function requestedBudgetMs(value: string | string[] | null | undefined): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  return text && /^[0-9]{1,9}$/.test(text) && Number(text) > 0 ? Number(text) : undefined;
}

/**
 * Request headers a page on an allowed origin may send across origins: what the gateway reads, and Apollo's
 * CSRF-prevention header. Anything else is left out of a preflight's answer, so the browser does not send it.
 */
const CORS_REQUEST_HEADERS: readonly string[] = [
  'content-type',
  'authorization',
  REQUEST_ID_HEADER,
  IDEMPOTENCY_KEY_HEADER,
  BUDGET_HEADER,
  'apollo-require-preflight',
];
/** Response headers such a page may read besides the CORS-safelisted ones. */
const CORS_EXPOSED_HEADERS = `${REQUEST_ID_HEADER}, retry-after`;
/** How long a browser may reuse a preflight's answer (seconds; Chromium caps it at 7,200). */
const CORS_MAX_AGE_SECONDS = 600;

/**
 * Cross-origin access to the GraphQL path for pages on exactly these origins (CORS_ORIGINS): the origin is
 * echoed, never `*`, and credentials are never allowed (the hub reads bearer tokens, not cookies). Returns true
 * when it has answered the request (a preflight). Any other origin gets no CORS header (its preflight a 403), so
 * the browser keeps the answer from the page; CSRF prevention (Apollo's) still applies to every request.
 */
function applyCors(origins: ReadonlySet<string>, request: IncomingMessage, response: ServerResponse): boolean {
  // Answers differ by Origin: a shared cache must not hand one origin's answer to another.
  response.setHeader('vary', 'Origin');
  const origin = request.headers.origin;
  const allowed = origin !== undefined && origins.has(origin);
  const preflight = request.method === 'OPTIONS' && request.headers['access-control-request-method'] !== undefined;
  if (!preflight) {
    if (allowed) {
      response.setHeader('access-control-allow-origin', origin);
      response.setHeader('access-control-expose-headers', CORS_EXPOSED_HEADERS);
    }
    return false;
  }
  if (!allowed) {
    sendJson(response, 403, {
      errors: [{ message: 'This origin may not call the hub from a browser', extensions: { code: 'FORBIDDEN' } }],
    });
    return true;
  }
  const asked = String(request.headers['access-control-request-headers'] ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => CORS_REQUEST_HEADERS.includes(name));
  response.statusCode = 204;
  response.setHeader('access-control-allow-origin', origin);
  response.setHeader('access-control-allow-methods', 'GET, POST');
  if (asked.length > 0) response.setHeader('access-control-allow-headers', [...new Set(asked)].join(', '));
  response.setHeader('access-control-max-age', String(CORS_MAX_AGE_SECONDS));
  response.end();
  return true;
}

interface GraphQLHttpOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  /** Builds the per-request context. Called inside the request's logging scope. */
  context: (request: IncomingMessage, requestId: string, body: unknown) => Promise<TContext>;
  /** Path GraphQL is served on. Default `/graphql`. */
  path?: string;
  /** Requests with a larger body get 413, before it is read in full. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Requests with more header fields get 431. Default 100. (Node refuses more than 16 KiB of headers itself.) */
  maxHeaders?: number;
  /**
   * Looks at each GraphQL request before Apollo does; a refusal it returns is sent as it is (HTTP status and
   * `errors`), and Apollo never sees the request.
   */
  admit?: (request: HTTPGraphQLRequest) => { status: number; errors: unknown[] } | undefined;
  /**
   * Runs before `admit`: may put a request in other words (the text of a registered operation sent by its hash)
   * or refuse it, as `admit` does.
   */
  prepare?: (
    request: IncomingMessage,
    graphql: HTTPGraphQLRequest,
  ) => Promise<HTTPGraphQLRequest | { status: number; errors: unknown[] }>;
  /** Serves other routes (the explorer and its assets); returns false for a request it does not own. */
  routes?: (request: IncomingMessage, response: ServerResponse, url: URL) => boolean;
  /** Answers `/readyz`: 200 when ready or degraded, 503 when not, with every dependency's state. */
  readiness?: Readiness;
  /** Origins whose pages may call the GraphQL path across origins (CORS_ORIGINS). Default none. */
  corsOrigins?: readonly string[];
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extensions: Record<string, unknown> = { code: 'BAD_REQUEST' },
  ) {
    super(message);
  }
}

function tooLarge(limit: number): HttpError {
  return new HttpError(413, `the request body is larger than ${limit.toLocaleString('en-US')} bytes`, {
    code: 'OPERATION_LIMIT_EXCEEDED',
    limit: 'maxBodyBytes',
  });
}

/** The body, refused with 413 as soon as it is known to be too large (by Content-Length, or while it streams). */
function readBody(request: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      reject(tooLarge(limit));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.off('data', onData);
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    };
    request.on('data', onData);
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** `type/subtype` of a Content-Type header, lower-cased (media types are case-insensitive). */
function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0].trim().toLowerCase();
}

/** The address could not be taken (another process holds it, or it needs privileges): said before anything starts. */
export class PortInUseError extends Error {
  constructor(host: string, port: number, code: string) {
    super(
      code === 'EACCES'
        ? `${host}:${port} may not be listened on by this user: set PORT to 1024 or above`
        : `${host}:${port} is in use by another process: stop it, or set PORT (or HOST) to a free one`,
    );
    this.name = 'PortInUseError';
  }
}

/**
 * What the hub's port answers while the hub starts behind it (migrations, the first seeding): the process is
 * alive (`/healthz`), and everything else is 503 NOT_READY with Retry-After, never a refused connection.
 */
export function whileStarting(request: IncomingMessage, response: ServerResponse): void {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/healthz') return sendJson(response, 200, { status: 'ok' });
  response.setHeader('retry-after', '5');
  sendJson(response, 503, {
    errors: [{ message: 'The hub is starting: retry in a few seconds', extensions: { code: 'NOT_READY' } }],
  });
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.end(JSON.stringify(body));
}

/**
 * A minimal node:http integration for Apollo Server: it owns the request id (taken from `x-request-id` when
 * well-formed, otherwise generated), opens the logging scope that stamps it on every log line, echoes it in the
 * response, and leaves everything GraphQL to Apollo's `executeHTTPGraphQLRequest`.
 */
export function createGraphQLHandler<TContext extends BaseContext>(options: GraphQLHttpOptions<TContext>) {
  const path = options.path ?? '/graphql';
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  const maxHeaders = options.maxHeaders ?? 100;
  const corsOrigins = new Set(options.corsOrigins ?? []);

  return (request: IncomingMessage, response: ServerResponse): void => {
    const incoming = request.headers[REQUEST_ID_HEADER];
    const requestId = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    response.setHeader(REQUEST_ID_HEADER, requestId);
    runWithRequestId(requestId, async () => {
      try {
        const url = new URL(request.url ?? '/', 'http://localhost');
        if (url.pathname === '/healthz') return sendJson(response, 200, { status: 'ok' });
        if (url.pathname === '/readyz' && options.readiness) {
          const report = await options.readiness.report();
          response.setHeader('cache-control', 'no-store');
          return sendJson(response, report.status === 'not-ready' ? 503 : 200, report);
        }
        if (options.routes?.(request, response, url)) return;
        if (url.pathname === path && corsOrigins.size > 0 && applyCors(corsOrigins, request, response)) return;
        if (url.pathname !== path) return sendJson(response, 404, { errors: [{ message: 'Not found' }] });
        if (request.rawHeaders.length / 2 > maxHeaders)
          throw new HttpError(431, `the request has more than ${maxHeaders} header fields`, {
            code: 'OPERATION_LIMIT_EXCEEDED',
            limit: 'maxHeaders',
          });

        const headers = new HeaderMap();
        for (const [name, value] of Object.entries(request.headers)) {
          if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
        }
        let body: unknown;
        if (request.method === 'POST') {
          const text = await readBody(request, maxBodyBytes);
          const type = mediaType(headers.get('content-type'));
          if (type === 'application/json') {
            try {
              body = text ? JSON.parse(text) : undefined;
            } catch {
              return sendJson(response, 400, {
                errors: [{ message: 'Request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
              });
            }
          } else {
            body = text;
          }
        }
        let httpGraphQLRequest: HTTPGraphQLRequest = {
          method: request.method ?? 'GET',
          headers,
          search: url.search,
          body,
        };
        if (options.prepare) {
          const prepared = await options.prepare(request, httpGraphQLRequest);
          if ('errors' in prepared) return sendJson(response, prepared.status, { errors: prepared.errors });
          httpGraphQLRequest = prepared;
        }
        const refused = options.admit?.(httpGraphQLRequest);
        if (refused) return sendJson(response, refused.status, { errors: refused.errors });
        const result = await options.apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest,
          context: () => options.context(request, requestId, body),
        });
        for (const [name, value] of result.headers) response.setHeader(name, value);
        response.statusCode = result.status ?? 200;
        if (result.body.kind === 'complete') {
          response.end(result.body.string);
          return;
        }
        for await (const chunk of result.body.asyncIterator) response.write(chunk);
        response.end();
      } catch (error) {
        if (error instanceof HttpError) {
          // What is left of a refused body is not read: the connection closes once the answer is sent.
          if (!request.complete) response.setHeader('connection', 'close');
          sendJson(response, error.status, { errors: [{ message: error.message, extensions: error.extensions }] });
          if (!request.complete) response.once('finish', () => request.destroy());
          return;
        }
        log.error('request failed', errorFields(error));
        if (!response.headersSent)
          sendJson(response, 500, {
            errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
          });
        else response.end();
      }
    });
  };
}

/** Whether a listening address is reachable from this machine only (127.0.0.0/8, ::1, localhost). */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127(\.[0-9]{1,3}){3}$/.test(host);
}

export interface Listening {
  server: Server;
  url: string;
  port: number;
  /**
   * Stops taking connections. With `graceMs`, the requests in flight are let finish (their connections closed
   * as each goes idle) for up to that long before the rest are cut; without, everything is closed at once.
   */
  close(graceMs?: number): Promise<void>;
}

/** How long an idle connection (new, or kept alive) held at a stop has to start a request before it is closed. */
const FRESH_CONNECTION_MS = 1_000;

/** Listens on host:port (0 = a free port) and resolves with the GraphQL URL actually bound. */
export function listen(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
  host: string,
  port: number,
  path = '/graphql',
): Promise<Listening> {
  const server = createServer(handler);
  server.keepAliveTimeout = 65_000;
  // Each connection and the answer it is busy with. Node's own closeIdleConnections() would also cut a connection
  // accepted a moment ago whose request is still on its way, or a kept-alive one whose next request is.
  const connections = new Map<Socket, { busy?: ServerResponse }>();
  let stopping = false;
  let accepted = 0;
  const closeAfter = (response: ServerResponse) => {
    if (!response.headersSent) response.setHeader('connection', 'close');
  };
  server.on('connection', (socket: Socket) => {
    accepted += 1;
    connections.set(socket, {});
    socket.once('close', () => connections.delete(socket));
  });
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const state = connections.get(request.socket);
    if (!state) return;
    state.busy = response;
    if (stopping) closeAfter(response);
    response.once('close', () => {
      state.busy = undefined;
      if (stopping) request.socket.destroySoon();
    });
  });
  return new Promise((resolve, reject) => {
    const refused = (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE' || error.code === 'EACCES' ? new PortInUseError(host, port, error.code) : error,
      );
    server.once('error', refused);
    server.listen(port, host, () => {
      server.off('error', refused);
      const bound = (server.address() as AddressInfo).port;
      const close = (graceMs = 0) =>
        new Promise<void>((done) => {
          stopping = true;
          for (const { busy } of connections.values()) if (busy) closeAfter(busy);
          const timers: NodeJS.Timeout[] = [];
          const cutIdle = () => {
            for (const [socket, state] of connections) if (!state.busy) socket.destroy();
          };
          const closed = () => {
            for (const timer of timers) clearTimeout(timer);
            done();
          };
          if (graceMs <= 0) {
            server.close(closed);
            server.closeAllConnections();
            return;
          }
          // Connections already waiting in the kernel's accept queue are taken, not reset: the event loop accepts
          // one per turn, so the port closes after the first full turn that brings none (or a second on, under a
          // flood), without Node's cut of idle connections. Then a busy connection closes as soon as its request
          // is answered; an idle one (accepted without a request yet, or kept alive between two) gets a moment to
          // send one, answered with `connection: close`: a client reusing its connection at the instant of a cut
          // would see it reset, and could not tell whether a mutation it sent was done. What is left is cut at the
          // deadline.
          const deadline = Date.now() + Math.min(FRESH_CONNECTION_MS, graceMs);
          const closePort = (seen: number) =>
            setImmediate(() => {
              if (accepted !== seen && Date.now() < deadline) {
                closePort(accepted);
                return;
              }
              NetServer.prototype.close.call(server, closed);
              // Through setImmediate: timers run before the event loop reads its sockets, and a request that has
              // arrived while a busy loop was away is read (and its connection busy) before the cut.
              const fresh = setTimeout(() => setImmediate(cutIdle), Math.min(FRESH_CONNECTION_MS, graceMs));
              timers.push(fresh.unref());
            });
          closePort(-1);
          timers.push(setTimeout(() => server.closeAllConnections(), graceMs));
          for (const timer of timers) timer.unref();
        });
      resolve({ server, port: bound, url: `http://${host}:${bound}${path}`, close });
    });
  });
}
