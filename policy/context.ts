import type { Caller } from '../auth/caller';
import type { RequestPolicy } from './request-policy';

/**
 * What the policy needs of a request's context, whoever serves the request: the caller (vouched for by the
 * gateway's internal token) and the request's policy lookups. Every subgraph's context provides it
 * (subgraphs/host/subgraph.ts).
 */
export interface PolicyContext {
  readonly caller: Caller;
  readonly policy: RequestPolicy;
}
