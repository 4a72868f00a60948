import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { createLogger, errorFields, runWithRequestId } from './log';

const log = createLogger('http');

/** Request ids are accepted from the caller only in this shape; anything else is replaced. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{8,64}$/;
export const REQUEST_ID_HEADER = 'x-request-id';

interface GraphQLHttpOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  /** Builds the per-request context. Called inside the request's logging scope. */
  context: (request: IncomingMessage, requestId: string) => Promise<TContext>;
  /** Path GraphQL is served on. Default `/graphql`. */
  path?: string;
  /** Requests with a larger body get 413. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Serves other routes (the explorer and its assets); returns false for a request it does not own. */
  routes?: (request: IncomingMessage, response: ServerResponse, url: URL) => boolean;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function readBody(request: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new HttpError(413, 'Request body too large'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
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

  return (request: IncomingMessage, response: ServerResponse): void => {
    const incoming = request.headers[REQUEST_ID_HEADER];
    const requestId = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    response.setHeader(REQUEST_ID_HEADER, requestId);
    runWithRequestId(requestId, async () => {
      try {
        const url = new URL(request.url ?? '/', 'http://localhost');
        if (url.pathname === '/healthz') return sendJson(response, 200, { status: 'ok' });
        if (options.routes?.(request, response, url)) return;
        if (url.pathname !== path) return sendJson(response, 404, { errors: [{ message: 'Not found' }] });

        const headers = new HeaderMap();
        for (const [name, value] of Object.entries(request.headers)) {
          if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
        }
        let body: unknown;
        if (request.method === 'POST') {
          const text = await readBody(request, maxBodyBytes);
          if ((headers.get('content-type') ?? '').includes('application/json')) {
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
        const result = await options.apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
          context: () => options.context(request, requestId),
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
        if (error instanceof HttpError)
          return sendJson(response, error.status, {
            errors: [{ message: error.message, extensions: { code: 'BAD_REQUEST' } }],
          });
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

export interface Listening {
  server: Server;
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Listens on host:port (0 = a free port) and resolves with the GraphQL URL actually bound. */
export function listen(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
  host: string,
  port: number,
  path = '/graphql',
): Promise<Listening> {
  const server = createServer(handler);
  server.keepAliveTimeout = 65_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const bound = (server.address() as AddressInfo).port;
      resolve({
        server,
        port: bound,
        url: `http://${host}:${bound}${path}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
