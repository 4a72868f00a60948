import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../schema/federation';
import type { InsightsContext } from './context';
import { CohortResolver } from './resolvers/cohort.resolver';

/** Builds the insights (planners' aggregates) subgraph schema (no I/O). */
export function buildInsightsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<InsightsContext>({ resolvers: [CohortResolver] });
}
