import type { IncomingMessage, ServerResponse } from 'node:http';
import { connect, type Socket } from 'node:net';
import { listen, type Listening } from '../../hub/http';

// A stop with a grace period: the port closes, and every connection the server already holds is answered or
// closed cleanly, never reset mid-request.

/** Answers after `delayMs`, with the path it was asked for. */
function slowHandler(delayMs: number) {
  return (request: IncomingMessage, response: ServerResponse) => {
    setTimeout(() => response.end(`answered ${request.url}`), delayMs);
  };
}

function openSocket(port: number): Promise<Socket> {
  return new Promise((done, fail) => {
    const socket = connect(port, '127.0.0.1', () => done(socket));
    socket.once('error', fail);
  });
}

/** Everything the server sends on the socket until it closes it, and how it ended. */
function readUntilClosed(socket: Socket): Promise<{ text: string; reset: boolean }> {
  return new Promise((done) => {
    let text = '';
    let reset = false;
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('error', () => (reset = true));
    socket.once('close', () => done({ text, reset }));
  });
}

const get = (path: string) => `GET ${path} HTTP/1.1\r\nhost: localhost\r\n\r\n`;

describe('a stop with a grace period', () => {
  let http: Listening | undefined;
  afterEach(() => http?.close());

  it('answers a request in flight, with the connection closed after it, and refuses new connections', async () => {
    http = await listen(slowHandler(300), '127.0.0.1', 0);
    const socket = await openSocket(http.port);
    const received = readUntilClosed(socket);
    socket.write(get('/in-flight'));
    await new Promise((done) => setTimeout(done, 50));
    const closed = http.close(5_000);
    const { text, reset } = await received;
    expect(reset).toBe(false);
    expect(text).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(text.toLowerCase()).toContain('connection: close');
    expect(text).toContain('answered /in-flight');
    await closed;
    await expect(openSocket(http.port)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('answers a connection accepted just before the stop whose request arrives just after it', async () => {
    http = await listen(slowHandler(10), '127.0.0.1', 0);
    const socket = await openSocket(http.port);
    const received = readUntilClosed(socket);
    // The server holds the connection, with no request on it yet.
    await new Promise((done) => setTimeout(done, 50));
    const closed = http.close(5_000);
    await new Promise((done) => setTimeout(done, 100));
    socket.write(get('/late'));
    const { text, reset } = await received;
    expect(reset).toBe(false);
    expect(text).toContain('answered /late');
    await closed;
  });

  it('answers the next request on a kept-alive connection with a close, and closes a silent one within a second', async () => {
    http = await listen(slowHandler(0), '127.0.0.1', 0);
    const kept = await openSocket(http.port);
    const keptReceived = readUntilClosed(kept);
    kept.write(get('/first'));
    await new Promise((done) => kept.once('data', done));
    const silent = await openSocket(http.port);
    const silentReceived = readUntilClosed(silent);
    await new Promise((done) => setTimeout(done, 50));
    // A grace period of ten minutes, longer than the test may run: the stop is over as soon as both are closed.
    const closed = http.close(600_000);
    // A client reusing its connection just after the stop: answered, not reset.
    await new Promise((done) => setTimeout(done, 100));
    kept.write(get('/second'));
    await closed;
    const { text, reset } = await keptReceived;
    expect(reset).toBe(false);
    expect(text).toContain('answered /first');
    expect(text).toContain('answered /second');
    expect(text.split('answered /second')[0].toLowerCase()).toMatch(/connection: close\r\n[^]*$/);
    expect(await silentReceived).toEqual({ text: '', reset: false });
  });
});
