import { appendFileSync } from 'node:fs';
import type { Pool } from 'pg';
import type { GraphQLHttpResponse } from './stack';

/** What became of one request of a load. */
export interface Outcome {
  /** How long its answer took (or its failure). */
  ms: number;
  /** The HTTP status, 0 when no answer came (the connection refused or reset). */
  status: number;
  /** Whether the person's data the request asked for came back. */
  released: boolean;
  /** The codes of its errors, and the network error's code when no answer came. */
  codes: string[];
  requestId: string | null;
  nik: string;
}

/**
 * Sends `sent` requests, `concurrency` at a time, each about the NIK `niks` gives in turn; `released` says
 * whether an answer carries the person's data. A request that gets no answer is kept as an outcome, not thrown.
 * `onOutcome` sees each as it comes (to inject a fault part-way).
 */
export async function runLoad(options: {
  sent: number;
  concurrency: number;
  niks: readonly string[];
  send: (nik: string) => Promise<GraphQLHttpResponse>;
  released: (answer: GraphQLHttpResponse) => boolean;
  onOutcome?: (done: Outcome[]) => void;
}): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let next = 0;
  const worker = async () => {
    while (next < options.sent) {
      const nik = options.niks[next % options.niks.length];
      next += 1;
      const started = Date.now();
      let outcome: Outcome;
      try {
        const answer = await options.send(nik);
        outcome = {
          ms: Date.now() - started,
          status: answer.status,
          released: options.released(answer),
          codes: (answer.body.errors ?? []).map((e) => String(e.extensions?.code)),
          requestId: answer.headers.get('x-request-id'),
          nik,
        };
      } catch (error) {
        const cause = (error as { cause?: { code?: string } }).cause;
        outcome = {
          ms: Date.now() - started,
          status: 0,
          released: false,
          codes: [`NO_ANSWER ${cause?.code ?? (error as Error).message}`],
          requestId: null,
          nik,
        };
      }
      outcomes.push(outcome);
      options.onOutcome?.(outcomes);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return outcomes;
}

/** The releases of a load that have no access event for their person under their request. */
export async function releasesOffTheRecord(pool: Pool, outcomes: readonly Outcome[]): Promise<Outcome[]> {
  const released = outcomes.filter((o) => o.released);
  const { rows } = await pool.query<{ request_id: string; nik: string }>(
    'select distinct request_id, nik from audit.access_event where request_id = any($1)',
    [released.map((o) => o.requestId)],
  );
  const logged = new Set(rows.map((r) => `${r.request_id} ${r.nik}`));
  return released.filter((o) => !logged.has(`${o.requestId} ${o.nik}`));
}

/**
 * One line of figures for a fault under load: sent, answered (with the person's data), answered without (and
 * their codes), failed with no answer, the longest, and events written for the releases. Appended to
 * FAULT_REPORT when it names a file.
 */
export async function reportFault(pool: Pool, label: string, outcomes: readonly Outcome[]): Promise<string> {
  const released = outcomes.filter((o) => o.released);
  const withheld = outcomes.filter((o) => !o.released && o.status > 0);
  const failed = outcomes.filter((o) => o.status === 0);
  const offRecord = await releasesOffTheRecord(pool, outcomes);
  const codes = (list: readonly Outcome[]) => [...new Set(list.flatMap((o) => o.codes))].join(', ') || 'none';
  const line =
    `${label}: sent ${outcomes.length}, answered ${released.length + withheld.length} (${released.length} with ` +
    `the data; errors ${codes(outcomes.filter((o) => o.status > 0))}), failed ${failed.length}` +
    `${failed.length ? ` (${codes(failed)})` : ''}, longest ${Math.max(...outcomes.map((o) => o.ms))} ms, ` +
    `events for ${released.length - offRecord.length} of ${released.length} releases`;
  if (process.env.FAULT_REPORT) appendFileSync(process.env.FAULT_REPORT, `${line}\n`);
  return line;
}
