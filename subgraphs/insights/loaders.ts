import { readConfig } from '../../hub/config';
import { loadPseudonymisationKey } from './key';

/**
 * What an insights request needs besides the database: no batch loaders (every answer is one aggregate
 * statement over the projection), but the pseudonymisation key that seeds the perturbation, read once per
 * process from INSIGHTS_KEY_FILE.
 */
export interface InsightsLoaders {
  readonly key: string;
}

let processKey: string | undefined;

export function createInsightsLoaders(): InsightsLoaders {
  if (processKey === undefined) {
    const config = readConfig();
    processKey = loadPseudonymisationKey(config.insightsKeyFile, { create: config.audit.createKey });
  }
  return { key: processKey };
}
