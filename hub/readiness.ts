import { within } from './within';

/** One thing the hub needs to serve, checked by `/readyz`. */
export interface ReadinessCheck {
  readonly name: string;
  /**
   * `true`: without it nothing is served (the database, the access log). `{ group }`: essential as a group,
   * served while any check of the group answers (a gateway's subgraphs: with one away, its fields are null and
   * the rest is served). `false`: a helper; it degrades.
   */
  readonly essential: boolean | { readonly group: string };
  /** Resolves when the dependency answers; rejects (or outlasts the check's time) when it does not. */
  probe(): Promise<void>;
}

export interface ReadinessReport {
  /** `ready`, `degraded` (an optional helper such as Redis is down: served without it), or `not-ready`. */
  readonly status: 'ready' | 'degraded' | 'not-ready';
  /** Per dependency: `ok` or `down`, with why (never a URL, a secret or a stack). */
  readonly checks: Readonly<Record<string, { status: 'ok' | 'down'; reason?: string }>>;
}

export interface Readiness {
  report(): Promise<ReadinessReport>;
  /** From now on the hub is stopping: not ready, whatever the checks say. */
  stopping(): void;
}

class TimedOut extends Error {}

/**
 * Readiness for a load balancer or an orchestrator (`/readyz`): every check run side by side, each given
 * `timeoutMs` (default 1 s) to answer. Not ready when an essential check fails, every check of an essential
 * group fails, or the hub is stopping; degraded when anything else fails.
 */
export function createReadiness(checks: readonly ReadinessCheck[], timeoutMs = 1_000): Readiness {
  let stopping = false;
  return {
    stopping: () => {
      stopping = true;
    },
    async report() {
      const results = await Promise.all(
        checks.map(async (check) => {
          try {
            await within(check.probe(), timeoutMs, () => new TimedOut(`no answer within ${timeoutMs} ms`));
            return [check, { status: 'ok' as const }] as const;
          } catch (error) {
            // What failed, never how to reach it: an error code or the time out, not a message with an address.
            const code = (error as { code?: unknown }).code;
            const reason = error instanceof TimedOut ? error.message : typeof code === 'string' ? code : 'unavailable';
            return [check, { status: 'down' as const, reason }] as const;
          }
        }),
      );
      const down = results.filter(([, result]) => result.status === 'down');
      const groupDown = (group: string) =>
        results.every(([check, result]) => {
          const essential = check.essential;
          return typeof essential !== 'object' || essential.group !== group || result.status === 'down';
        });
      const fatal = down.some(([{ essential }]) =>
        typeof essential === 'object' ? groupDown(essential.group) : essential,
      );
      const status = stopping || fatal ? 'not-ready' : down.length ? 'degraded' : 'ready';
      const report: Record<string, { status: 'ok' | 'down'; reason?: string }> = {};
      for (const [check, result] of results) report[check.name] = result;
      if (stopping) report.shutdown = { status: 'down', reason: 'the hub is stopping' };
      return { status, checks: report };
    },
  };
}

/** Resolves when the service at `url` answers its `/healthz` with 200 within a second. */
export async function answersHealth(url: string): Promise<void> {
  const response = await fetch(new URL('/healthz', url), { signal: AbortSignal.timeout(1_000) });
  await response.body?.cancel();
  if (response.status !== 200) throw Object.assign(new Error('not healthy'), { code: `HTTP_${response.status}` });
}
