import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubConfig } from '../../hub/config';
import type { LoaderOptions } from '../host/loader-options';
import { loadPseudonymisationKey } from './key';

/**
 * What an insights request needs besides the database: no batch loaders (every answer is one aggregate
 * statement over the projection), but the pseudonymisation key that seeds the perturbation, read once per
 * process from the configured INSIGHTS_KEY_FILE.
 */
export interface InsightsLoaders {
  readonly key: string;
}

const keys = new Map<string, string>();

export function createInsightsLoaders(_em: EntityManager, _options: LoaderOptions, config: HubConfig): InsightsLoaders {
  let key = keys.get(config.insightsKeyFile);
  if (key === undefined) {
    key = loadPseudonymisationKey(config.insightsKeyFile, { create: config.audit.createKey });
    keys.set(config.insightsKeyFile, key);
  }
  return { key };
}
