import type { Caller } from '../auth/caller';
import type { AccessDecision } from '../policy/audit/event';

/** The gateway's per-request context. */
export interface GatewayContext {
  readonly requestId: string;
  /** The authenticated caller; every request has one (unauthenticated requests are refused). */
  readonly caller: Caller;
  /** When the request's budget runs out (ms since the epoch): no subgraph call is waited for past it. */
  readonly deadline: number;
  /** The Idempotency-Key the caller sent (valid in shape), passed to the subgraphs that carry out a mutation. */
  readonly idempotencyKey?: string;
  /**
   * Decisions on personal data made for this request (by the gateway and in the subgraph responses), for the access
   * log.
   */
  readonly decisions: AccessDecision[];
}
