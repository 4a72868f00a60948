import type { ApolloServerPlugin } from '@apollo/server';
import type { AccessLog } from '../../policy/audit/access-log';
import { accessEvents } from '../../policy/audit/event';
import { createLogger, errorFields } from '../../hub/log';
import { ErrorCode } from '../../schema/errors';
import type { GatewayContext } from '../context';

const log = createLogger('gateway');

/**
 * Writes the request's decisions on personal data to the access log before the response leaves, one event per
 * person (and one for lookups that named nobody). If the log cannot be written, nothing personal is released:
 * the response is replaced by ACCESS_LOG_UNAVAILABLE (HTTP 503). A request that touched no personal data needs
 * no event and is answered as usual, log or no log. Fires: willSendResponse (after execution, before sending).
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
            await accessLog.append(accessEvents(contextValue.caller, contextValue.requestId, decisions));
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
