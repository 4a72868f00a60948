import autocannon from 'autocannon';

export interface Request {
  url: string;
  /** Sent in turn, one per request: different citizens, so that no gateway can answer one from another. */
  bodies: readonly string[];
  headers: Record<string, string>;
  /** Whether a response body is the right answer; every response is checked. */
  verify(body: string): boolean;
}

export interface Throughput {
  requestsPerSecond: number;
  /** Requests completed in all. */
  requests: number;
  p50Ms: number;
  p99Ms: number;
  /** Responses that were errors, timeouts or wrong answers. */
  failures: number;
  /** The first wrong answer, to say what went wrong. */
  firstWrong?: string;
}

/** Requests per second at `connections` concurrent connections for `seconds` (autocannon). */
export async function throughput(request: Request, connections: number, seconds: number): Promise<Throughput> {
  let firstWrong: string | undefined;
  let next = 0;
  const result = await autocannon({
    url: request.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...request.headers },
    requests: [{ setupRequest: (req) => ({ ...req, body: request.bodies[(next += 1) % request.bodies.length] }) }],
    connections,
    duration: seconds,
    verifyBody: (body) => {
      const text = String(body ?? '');
      const right = request.verify(text);
      if (!right) firstWrong ??= text.slice(0, 500);
      return right;
    },
  });
  return {
    requestsPerSecond: result.requests.average,
    requests: result.requests.total,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failures: result.errors + result.timeouts + result.non2xx + result.mismatches,
    firstWrong,
  };
}

/** Sends the `i`-th of a request's bodies and checks the answer (one keep-alive connection). */
export function send(request: Request): (i: number) => Promise<void> {
  return async (i) => {
    const response = await fetch(request.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...request.headers },
      body: request.bodies[i % request.bodies.length],
    });
    const body = await response.text();
    if (!response.ok || !request.verify(body))
      throw new Error(`wrong answer from ${request.url}: ${body.slice(0, 300)}`);
  };
}

/**
 * Median times, in ms, of `count` rounds in which each piece of work runs once, in turn. The scenarios time
 * ours and its floor in separate blocks, alternating block by block across repetitions: request by request,
 * the floor would pay for the tail of our own request's work (measured: it doubles the S1 floor).
 */
export async function alternate(count: number, ...works: ((i: number) => Promise<void>)[]): Promise<number[]> {
  const times: number[][] = works.map(() => []);
  for (let i = 0; i < count; i += 1) {
    for (const [w, work] of works.entries()) {
      const started = process.hrtime.bigint();
      await work(i);
      times[w].push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  }
  return times.map(median);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
