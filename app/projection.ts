import type { Pool } from 'pg';
import type { HubConfig } from '../hub/config';
import { loadPseudonymisationKey } from '../subgraphs/insights/key';
import { refreshAfterLoad } from '../subgraphs/insights/projection';

/**
 * The job every load ends with (the first `npm start`, `npm run seed`, an import that changed rows): the
 * planners' projection is rebuilt from what the agencies hold now, or built when it never was. Returns whether
 * it rebuilt.
 */
export function refreshPlannersProjection(
  pool: Pool,
  config: HubConfig,
  options: { loaded: boolean },
): Promise<boolean> {
  const key = loadPseudonymisationKey(config.insightsKeyFile, { create: config.audit.createKey });
  return refreshAfterLoad(pool, key, options);
}
