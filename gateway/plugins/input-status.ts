import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '../../schema/errors';
import type { GatewayContext } from '../context';

/** The HTTP status of an answer that holds nothing but errors of one of these codes. */
const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.IDEMPOTENCY_KEY_REUSED]: 422,
  [ErrorCode.ACCESS_LOG_UNAVAILABLE]: 503,
  [ErrorCode.DATABASE_TIMEOUT]: 503,
  [ErrorCode.DATABASE_UNAVAILABLE]: 503,
};

/**
 * A subgraph that refuses an argument (an unknown region code, a note too long) or a change that conflicts with
 * the current state (a review of an application already decided) answers with an error and no data, and GraphQL
 * over HTTP would send that as 200. When nothing at all was answered and every error is of one such code, the
 * response is HTTP 400 (BAD_USER_INPUT), 409 (CONFLICT) or 429 (RATE_LIMITED, with Retry-After) instead, as for
 * what the gateway refuses itself.
 * Fires: willSendResponse.
 */
export function inputStatusPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (!errors?.length || (response.http.status ?? 200) !== 200) return;
          const answered = data != null && Object.values(data).some((value) => value !== null);
          const status = STATUS[String(errors[0].extensions?.code)];
          if (!answered && status && errors.every((e) => e.extensions?.code === errors[0].extensions?.code)) {
            response.http.status = status;
            // A subgraph's RATE_LIMITED says when to come back (a planner's question budget: the UTC day).
            const retryAfter = errors[0].extensions?.retryAfterSeconds;
            if (typeof retryAfter === 'number') response.http.headers.set('retry-after', String(retryAfter));
          }
        },
      };
    },
  };
}
