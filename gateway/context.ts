import type { Caller } from '../auth/caller';

/** The gateway's per-request context. */
export interface GatewayContext {
  readonly requestId: string;
  /** The authenticated caller; every request has one (unauthenticated requests are refused). */
  readonly caller: Caller;
}
