import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback stand-in for Dukcapil's events API (connectors/dukcapil/source.ts): the events it is given, paged
 * by position, those recorded before `since` left out. It can answer an error status for a while.
 */
export interface DukcapilAgency {
  readonly url: string;
  /** The `since` and `cursor` of each request received. */
  readonly requests: { since: string | null; cursor: string | null }[];
  events: { at?: string }[];
  failNext(times: number, status: number): void;
  close(): Promise<void>;
}

export async function startDukcapilAgency(events: { at?: string }[]): Promise<DukcapilAgency> {
  let failures: { times: number; status: number } = { times: 0, status: 200 };
  const agency = { requests: [] as DukcapilAgency['requests'], events };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://loopback');
    agency.requests.push({ since: url.searchParams.get('since'), cursor: url.searchParams.get('cursor') });
    if (failures.times > 0) {
      failures.times -= 1;
      res.writeHead(failures.status).end();
      return;
    }
    if (url.pathname !== '/events') {
      res.writeHead(404).end();
      return;
    }
    const since = Date.parse(url.searchParams.get('since') ?? '');
    const limit = Number(url.searchParams.get('limit'));
    const start = Number(url.searchParams.get('cursor') ?? 0);
    const after = agency.events.filter((e) => e.at === undefined || Date.parse(e.at) >= since);
    const page = after.slice(start, start + limit);
    const next = start + limit < after.length ? String(start + limit) : null;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ events: page, next }));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return Object.assign(agency, {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    failNext: (times: number, status: number) => {
      failures = { times, status };
    },
    close: async () => {
      server.close();
      await once(server, 'close');
    },
  });
}
