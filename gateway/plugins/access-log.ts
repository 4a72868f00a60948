import type { ApolloServerPlugin } from '@apollo/server';
import type { AccessLog } from '../../policy/audit/access-log';
import { accessEvents } from '../../policy/audit/event';
import { createLogger, errorFields } from '../../hub/log';
import { within } from '../../hub/within';
import { ErrorCode } from '../../schema/errors';
import type { GatewayContext } from '../context';

const log = createLogger('gateway');

/** The least time the access log is given, even when the request has spent its budget before it. */
const LEAST_WAIT_MS = 1_000;

/**
 * Writes the request's decisions on personal data to the access log before the response leaves, one event per
 * person (and one for lookups that named nobody). If the log cannot be written, or does not answer within the
 * request's budget, nothing personal is released: the response is replaced by ACCESS_LOG_UNAVAILABLE (HTTP 503).
 * A request that touched no personal data needs no event and is answered as usual, log or no log. Fires:
 * willSendResponse (after execution, before sending).
 */
export function accessLogPlugin(accessLog: AccessLog): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          // Requests refused before a context existed (sign-on) decided nothing about anyone.
          const decisions = contextValue?.decisions ?? [];
          if (decisions.length === 0) return;
          try {
            // Within what is left of the request's budget: a log that does not answer withholds the data in
            // time. The events may still be written later; a record of a release withheld is harmless.
            const waitMs = Math.max(contextValue.deadline - Date.now(), LEAST_WAIT_MS);
            await within(
              accessLog.append(accessEvents(contextValue.caller, contextValue.requestId, decisions)),
              waitMs,
              () => new Error(`the access log did not answer within ${waitMs} ms`),
            );
          } catch (error) {
            log.error('access log unavailable: personal data withheld', errorFields(error));
            response.body = {
              kind: 'single',
              singleResult: {
                errors: [
                  {
                    message: 'The access log cannot be written, so no personal data is released; try again later',
                    extensions: { code: ErrorCode.ACCESS_LOG_UNAVAILABLE },
                  },
                ],
              },
            };
            response.http.status = 503;
          }
        },
      };
    },
  };
}
