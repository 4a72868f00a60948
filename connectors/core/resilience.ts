import {
  circuitBreaker,
  ConsecutiveBreaker,
  ExponentialBackoff,
  handleWhen,
  isBrokenCircuitError,
  retry,
  TaskCancelledError,
  timeout,
  TimeoutStrategy,
  wrap,
  type CircuitBreakerPolicy,
} from 'cockatiel';
import { ImportError } from './runner';

/**
 * How hard a connector tries before it gives up on an agency's API (DJP, Dukcapil). Retries ride out a blip (a 503
 * while a node restarts, a dropped connection); the breaker ends a real outage quickly instead of retrying into it, and
 * the run stops resumable. Only failures that may pass are retried or counted: 5xx answers, timeouts and connection
 * errors. A 4xx is the request's own fault and stops the run at once.
 */
export interface Resilience {
  /** Longest wait for one request, answer body included, in ms. Default 15,000. */
  timeoutMs: number;
  /** Retries of one request after its first attempt. Default 5. */
  retries: number;
  /** First backoff delay in ms; each retry waits about twice as long (with jitter). Default 250. */
  initialDelayMs: number;
  /** Longest backoff delay in ms. Default 8,000. */
  maxDelayMs: number;
  /**
   * Failed attempts in a row (across requests) that open the circuit breaker. Default 5: with 5 retries, a
   * request that keeps failing opens it and its next retry finds it open, which stops the run.
   */
  breakerThreshold: number;
  /**
   * How long the breaker stays open before it lets one trial request through. Default 60,000: longer than the
   * backoff, so a breaker that opened stays open for the retry that follows and the run stops.
   */
  halfOpenAfterMs: number;
}

export const DEFAULT_RESILIENCE: Readonly<Resilience> = Object.freeze({
  timeoutMs: 15_000,
  retries: 5,
  initialDelayMs: 250,
  maxDelayMs: 8_000,
  breakerThreshold: 5,
  halfOpenAfterMs: 60_000,
});

/** An answer with an error status; the URL is not kept (its query names NIKs). */
export class HttpStatusError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

/** cockatiel 3.2.1's own `isTaskCancelledError` tests for the bulkhead's marker, so it never matches a timeout. */
const isTimeout = (error: unknown): error is TaskCancelledError => error instanceof TaskCancelledError;

/** A failure that may pass if the request is tried again. */
function isTransient(error: unknown): boolean {
  if (error instanceof HttpStatusError) return error.status >= 500;
  if (isTimeout(error)) return true;
  // fetch (undici) rejects with a TypeError for network failures ("fetch failed", "terminated" mid-body). By
  // name: fetch's TypeError may come from another realm (a test runner's sandbox), where instanceof fails.
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'TypeError' || name === 'AbortError';
}

/** A failure in words for the operator: a status, a timeout or the network error's code, never a URL. */
function describeFailure(error: unknown, resilience: Resilience): string {
  if (error instanceof HttpStatusError) return error.message;
  if (isTimeout(error)) return `no answer within ${resilience.timeoutMs} ms`;
  const { cause, message } = (error ?? {}) as { cause?: { code?: unknown }; message?: unknown };
  if (typeof cause?.code === 'string') return `connection failed (${cause.code})`;
  return typeof message === 'string' ? message : String(error);
}

/** Why an import from an agency's API stopped; what committed before is kept, and a re-run resumes after it. */
export class AgencyApiError extends ImportError {
  private static readonly RESUME = 'Records imported so far are kept: run the same command again to resume.';

  static breakerOpen(agency: string, base: string, failures: number, last: string): AgencyApiError {
    return new AgencyApiError(
      `The ${agency} API at ${base} failed ${failures} times in a row (last: ${last}); the circuit breaker opened ` +
        `and the import stopped. ${AgencyApiError.RESUME}`,
    );
  }

  static gaveUp(agency: string, base: string, attempts: number, last: string): AgencyApiError {
    return new AgencyApiError(
      `The ${agency} API at ${base} failed ${attempts} attempts of one request (last: ${last}); the import ` +
        `stopped. ${AgencyApiError.RESUME}`,
    );
  }

  static refused(agency: string, base: string, status: number): AgencyApiError {
    return new AgencyApiError(
      `The ${agency} API at ${base} refused the request (HTTP ${status}); check the URL and the hub's ` +
        `access. ${AgencyApiError.RESUME}`,
    );
  }

  static malformed(agency: string, base: string, what: string): AgencyApiError {
    return new AgencyApiError(
      `The ${agency} API at ${base} gave an answer it cannot read (${what}). ${AgencyApiError.RESUME}`,
    );
  }
}

/**
 * Runs one agency's requests through cockatiel: retry (outermost, exponential backoff) around a circuit breaker shared
 * by every request of the run, around a timeout per attempt (aggressive: the attempt's signal aborts the fetch). Errors
 * leave as AgencyApiError.
 */
export class ResilientCaller {
  private readonly breaker: CircuitBreakerPolicy;
  private readonly policy;

  constructor(
    private readonly agency: string,
    private readonly base: string,
    private readonly resilience: Resilience,
  ) {
    const transient = handleWhen(isTransient);
    this.breaker = circuitBreaker(transient, {
      halfOpenAfter: resilience.halfOpenAfterMs,
      breaker: new ConsecutiveBreaker(resilience.breakerThreshold),
    });
    this.policy = wrap(
      retry(transient, {
        maxAttempts: resilience.retries,
        backoff: new ExponentialBackoff({ initialDelay: resilience.initialDelayMs, maxDelay: resilience.maxDelayMs }),
      }),
      this.breaker,
      timeout(resilience.timeoutMs, TimeoutStrategy.Aggressive),
    );
  }

  async call<T>(attempt: (signal: AbortSignal) => Promise<T>): Promise<T> {
    try {
      return await this.policy.execute(({ signal }) => attempt(signal));
    } catch (error) {
      if (isBrokenCircuitError(error)) {
        const last = this.breaker.lastFailure;
        throw AgencyApiError.breakerOpen(
          this.agency,
          this.base,
          this.resilience.breakerThreshold,
          last && 'error' in last ? describeFailure(last.error, this.resilience) : 'unknown',
        );
      }
      if (error instanceof HttpStatusError && error.status < 500)
        throw AgencyApiError.refused(this.agency, this.base, error.status);
      if (isTransient(error))
        throw AgencyApiError.gaveUp(
          this.agency,
          this.base,
          this.resilience.retries + 1,
          describeFailure(error, this.resilience),
        );
      throw error;
    }
  }
}
