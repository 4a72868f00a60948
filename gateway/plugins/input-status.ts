import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '../../schema/errors';
import type { GatewayContext } from '../context';

/**
 * A subgraph that refuses an argument (an unknown region code, a note too long) answers with an error and no
 * data, and GraphQL over HTTP would send that as 200. When nothing at all was answered and every error is the
 * client's input, the response is HTTP 400 instead, as for the input the gateway refuses itself.
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
          if (!answered && errors.every((e) => e.extensions?.code === ErrorCode.BAD_USER_INPUT))
            response.http.status = 400;
        },
      };
    },
  };
}
