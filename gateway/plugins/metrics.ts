import type { ApolloServerPlugin } from '@apollo/server';
import type { Metrics } from '../../hub/metrics';
import { ErrorCode } from '../../schema/errors';
import type { GatewayContext } from '../context';

/** An operation name a caller chose is a label only in the shape GraphQL allows; anything else is `invalid`. */
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * Counts and times every request by operation, outcome and first error code; counts the decisions on personal
 * data and the quota refusals. Fires: requestDidStart, willSendResponse.
 */
export function metricsPlugin(metrics: Metrics): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ request }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ response, operation, contextValue }) {
          const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const errors = result?.errors ?? [];
          const code = String(errors[0]?.extensions?.code ?? 'none');
          const outcome = errors.length === 0 ? 'ok' : result?.data ? 'partial' : 'error';
          const name = request.operationName ?? operation?.name?.value;
          const operationLabel = `${operation?.operation ?? 'unparsed'}:${
            name === undefined ? 'anonymous' : NAME.test(name) ? name : 'invalid'
          }`;
          metrics.request(operationLabel, outcome, code, Number(process.hrtime.bigint() - started) / 1e9);
          if (code === ErrorCode.RATE_LIMITED) metrics.quotaRefusal(String(errors[0].extensions?.limit ?? 'unknown'));
          const counted = new Map<string, number>();
          for (const decision of contextValue?.decisions ?? []) {
            const key = `${decision.outcome}\u0000${decision.code ?? 'none'}`;
            counted.set(key, (counted.get(key) ?? 0) + 1);
          }
          for (const [key, count] of counted) {
            const [outcomeOf, codeOf] = key.split('\u0000');
            metrics.decisions(outcomeOf, codeOf, count);
          }
        },
      };
    },
  };
}
