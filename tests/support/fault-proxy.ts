import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * What the proxy does to connections:
 * - `pass`: forwards both ways;
 * - `delay`: forwards, each chunk from the target held back `delayMs` (open connections too);
 * - `stall`: accepts and reads, forwards nothing either way (open connections too: a partition);
 * - `cut`: drops every open connection at once (then behaves as `pass`);
 * - `refuse`: drops the open connections and resets each new one as it arrives;
 * - `accept-then-close`: drops the open connections, and accepts and closes each new one, having read nothing;
 * - `http-500`: drops the open connections, and answers every new HTTP request with a 500 of its own.
 */
export type Fault =
  | { kind: 'pass' }
  | { kind: 'delay'; delayMs: number }
  | { kind: 'stall' }
  | { kind: 'cut' }
  | { kind: 'refuse' }
  | { kind: 'accept-then-close' }
  | { kind: 'http-500' };

export interface FaultProxy {
  /** host:port the proxy listens on (loopback, a free port). */
  readonly port: number;
  /** `url` with its port replaced by the proxy's. */
  via(url: string): string;
  set(fault: Fault): void;
  /** Connections accepted so far. */
  readonly accepted: number;
  close(): Promise<void>;
}

/** A TCP proxy on loopback in front of `target`, for faults injected between two parts of the hub. */
export async function startFaultProxy(target: { host: string; port: number }): Promise<FaultProxy> {
  let fault: Fault = { kind: 'pass' };
  let accepted = 0;
  const open = new Set<Socket>();
  const server: Server = createServer((client) => {
    accepted += 1;
    open.add(client);
    client.once('close', () => open.delete(client));
    client.on('error', () => undefined);
    const now = fault;
    if (now.kind === 'refuse') return void client.resetAndDestroy();
    if (now.kind === 'accept-then-close') return void client.end();
    if (now.kind === 'stall') return void client.resume();
    if (now.kind === 'http-500') {
      client.once('data', () =>
        client.end('HTTP/1.1 500 Internal Server Error\r\ncontent-length: 0\r\nconnection: close\r\n\r\n'),
      );
      return;
    }
    const upstream = connect(target.port, target.host);
    open.add(upstream);
    upstream.once('close', () => {
      open.delete(upstream);
      client.destroy();
    });
    client.once('close', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.on('data', (chunk: Buffer) => {
      if (fault.kind !== 'stall') upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      if (fault.kind === 'stall') return;
      const delayMs = fault.kind === 'delay' ? fault.delayMs : 0;
      if (delayMs === 0) client.write(chunk);
      else setTimeout(() => client.writable && client.write(chunk), delayMs);
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    via: (url) => {
      const parsed = new URL(url);
      parsed.host = `127.0.0.1:${port}`;
      return parsed.toString();
    },
    set(next) {
      fault = next.kind === 'cut' ? { kind: 'pass' } : next;
      if (!['pass', 'delay', 'stall'].includes(next.kind)) for (const socket of open) socket.destroy();
    },
    get accepted() {
      return accepted;
    },
    close: () =>
      new Promise<void>((done) => {
        for (const socket of open) socket.destroy();
        server.close(() => done());
      }),
  };
}
