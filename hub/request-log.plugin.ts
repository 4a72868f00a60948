import type { ApolloServerPlugin } from '@apollo/server';
import type { BaseContext } from '@apollo/server';
import type { LogLevel } from './config';
import type { Logger } from './log';

/**
 * One log line per operation: name, type, duration and error codes. Variables and results are never logged
 * (they carry NIKs). The request id is added by the logging scope the HTTP layer opened. Used by the gateway
 * and by every subgraph, so one request id finds the whole path of a request.
 * Subgraphs log an operation that succeeded at `debug` (`quiet`): one line per subgraph call was a twentieth of a
 * subgraph's CPU per profile (bench S10), and the gateway's line already tells of the request; a failed one
 * is always at `info`.
 * Fires: requestDidStart, then willSendResponse once the response is ready.
 */
export function requestLogPlugin<TContext extends BaseContext>(
  log: Logger,
  options: { quiet?: boolean } = {},
): ApolloServerPlugin<TContext> {
  const succeeded: LogLevel = options.quiet ? 'debug' : 'info';
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, operation, response, errors }) {
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          const codes = (errors ?? []).map((e) => e.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
          const status = response.http.status ?? 200;
          log[codes.length > 0 ? 'info' : succeeded]('graphql request', {
            operation: operationName ?? null,
            type: operation?.operation ?? null,
            status,
            ms: Math.round(ms * 10) / 10,
            errors: codes,
          });
        },
      };
    },
  };
}
