import type { ApolloServerPlugin } from '@apollo/server';
import type { AccessDecision } from './event';

/**
 * How the decisions a subgraph made reach the gateway, which writes them to the access log before it answers:
 * in the subgraph response's `extensions`, under this key. Both halves live here because they change together.
 * Only the gateway calls subgraphs (internal token), and it removes the key before anything reaches a client.
 */
const DECISIONS_EXTENSION = 'citizen360AccessDecisions';

/** Subgraph half: adds the request's decisions to its response. Fires: willSendResponse. */
export function reportDecisionsPlugin<
  Context extends { policy: { decisions(): readonly AccessDecision[] } },
>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          // The context is missing when the request was refused before it was built (no internal token).
          const decisions = contextValue?.policy?.decisions() ?? [];
          if (decisions.length === 0 || response.body.kind !== 'single') return;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            [DECISIONS_EXTENSION]: decisions,
          };
        },
      };
    },
  };
}

/** Gateway half: takes the decisions out of a subgraph response (which keeps everything else). */
export function takeDecisions(response: { extensions?: Record<string, unknown> }): AccessDecision[] {
  const extensions = response.extensions;
  const decisions = extensions?.[DECISIONS_EXTENSION];
  if (!extensions || decisions === undefined) return [];
  delete extensions[DECISIONS_EXTENSION];
  return Array.isArray(decisions) ? (decisions as AccessDecision[]) : [];
}
