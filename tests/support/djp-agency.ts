import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback stand-in for the DJP taxpayer API (the calls connectors/djp/source.ts documents), serving the
 * taxpayers of an export file. It can be told to misbehave the ways a real service does: answer an error
 * status for a while, or drop every connection unanswered (a host that is down).
 */
export interface DjpAgency {
  /** The API's base URL, as given to `npm run import -- djp <url>`. */
  readonly url: string;
  /** Requests received so far, answered or not, and how many NIKs each `/taxpayers` request asked for. */
  readonly requests: { path: string; niks: number; answered: boolean }[];
  /** The next `times` requests get `status` and an empty body. */
  failNext(times: number, status: number): void;
  /** The next `times` requests are left hanging, never answered (the client's timeout must end them). */
  stallNext(times: number): void;
  /** After `answers` more requests are answered, drop every connection until `up()`. */
  downAfter(answers: number): void;
  up(): void;
  /** Serves the taxpayers of another export file from now on. */
  load(file: string): Promise<void>;
  close(): Promise<void>;
}

interface Taxpayer {
  nik?: unknown;
  npwp?: unknown;
  updatedAt?: unknown;
}

const MAX_NIKS = 100;
const MAX_PAGE = 1_000;

/** The opaque cursor of `/taxpayers/changes`: the (updatedAt, npwp) keyset of the last taxpayer sent. */
const encodeCursor = (at: number, npwp: string) => Buffer.from(JSON.stringify([at, npwp])).toString('base64url');
function decodeCursor(cursor: string): [number, string] | undefined {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    return Array.isArray(value) && typeof value[0] === 'number' && typeof value[1] === 'string'
      ? [value[0], value[1]]
      : undefined;
  } catch {
    return undefined;
  }
}

function send(response: ServerResponse, status: number, body?: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(body === undefined ? '' : JSON.stringify(body));
}

export async function startDjpAgency(file: string): Promise<DjpAgency> {
  let byNik = new Map<string, Taxpayer>();
  let changes: { at: number; npwp: string; taxpayer: Taxpayer }[] = [];
  const load = async (path: string) => {
    const taxpayers: Taxpayer[] = [];
    for (const line of (await readFile(path, 'utf8')).split('\n')) {
      if (line.trim() === '') continue;
      try {
        taxpayers.push(JSON.parse(line) as Taxpayer);
      } catch {
        // A line the agency could not have stored: it serves only what parses.
      }
    }
    byNik = new Map(taxpayers.filter((t) => typeof t?.nik === 'string').map((t) => [t.nik as string, t]));
    changes = taxpayers
      .map((taxpayer) => ({
        at: typeof taxpayer?.updatedAt === 'string' ? Date.parse(taxpayer.updatedAt) : NaN,
        npwp: String(taxpayer?.npwp),
        taxpayer,
      }))
      .filter((c) => !Number.isNaN(c.at))
      .sort((a, b) => a.at - b.at || a.npwp.localeCompare(b.npwp));
  };
  await load(file);

  const requests: DjpAgency['requests'] = [];
  let failing = { times: 0, status: 503 };
  let stalling = 0;
  let answersBeforeDown = Infinity;

  const serveTaxpayers = (query: URLSearchParams, response: ServerResponse) => {
    const niks = (query.get('nik') ?? '').split(',').filter((nik) => nik !== '');
    requests[requests.length - 1].niks = niks.length;
    if (niks.length === 0 || niks.length > MAX_NIKS)
      return send(response, 400, { error: `nik must list 1 to ${MAX_NIKS} NIKs` });
    send(response, 200, { taxpayers: niks.flatMap((nik) => byNik.get(nik) ?? []) });
  };

  const serveChanges = (query: URLSearchParams, response: ServerResponse) => {
    const since = Date.parse(query.get('since') ?? '');
    const limit = Number(query.get('limit') ?? 100);
    const cursor = query.get('cursor');
    const after = cursor === null ? undefined : decodeCursor(cursor);
    if (
      Number.isNaN(since) ||
      !Number.isInteger(limit) ||
      limit < 1 ||
      limit > MAX_PAGE ||
      (cursor !== null && !after)
    ) {
      return send(response, 400, { error: 'since must be an ISO date-time, limit 1 to 1000, cursor as sent' });
    }
    const from = changes.filter(
      (c) => c.at >= since && (!after || c.at > after[0] || (c.at === after[0] && c.npwp > after[1])),
    );
    const page = from.slice(0, limit);
    const last = page[page.length - 1];
    send(response, 200, {
      taxpayers: page.map((c) => c.taxpayer),
      next: from.length > limit ? encodeCursor(last.at, last.npwp) : null,
    });
  };

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://agency');
    requests.push({ path: url.pathname, niks: 0, answered: false });
    if (answersBeforeDown <= 0) {
      request.socket.destroy();
      return;
    }
    if (stalling > 0) {
      stalling -= 1;
      return;
    }
    requests[requests.length - 1].answered = true;
    if (failing.times > 0) {
      failing.times -= 1;
      return send(response, failing.status);
    }
    answersBeforeDown -= 1;
    if (request.method !== 'GET') return send(response, 405);
    if (url.pathname === '/v1/taxpayers') return serveTaxpayers(url.searchParams, response);
    if (url.pathname === '/v1/taxpayers/changes') return serveChanges(url.searchParams, response);
    send(response, 404, { error: 'no such resource' });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    failNext: (times, status) => {
      failing = { times, status };
    },
    stallNext: (times) => {
      stalling = times;
    },
    downAfter: (answers) => {
      answersBeforeDown = answers;
    },
    up: () => {
      answersBeforeDown = Infinity;
    },
    load,
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
