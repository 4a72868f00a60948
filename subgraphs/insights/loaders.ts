/**
 * What an insights request needs besides the database: nothing. Every answer is one aggregate statement over
 * the projection, and the perturbation follows from the record keys the projection holds (disclosure.ts).
 */
export type InsightsLoaders = Record<string, never>;

export function createInsightsLoaders(): InsightsLoaders {
  return {};
}
