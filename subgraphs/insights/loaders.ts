import type { EntityManager } from '@mikro-orm/postgresql';
import { transactionExecutor } from '../../hub/orm';
import { countCohort, type CountedCohort } from './cohort';
import type { DisclosureSetting } from './entities/disclosure-setting.entity';
import { currentSettings } from './settings';
import type { CohortFilter } from './entities/cohort.types';
import type { CohortUnit, Dimension } from './entities/insights.enums';

/**
 * What an insights request needs besides the database: the cohort it asks about and the disclosure control,
 * read once per request (the access map's differencing guard and the resolver share them). The perturbation
 * follows from the record keys the projection holds (disclosure.ts): no key is needed here.
 */
export interface InsightsLoaders {
  count(filter: CohortFilter, groupBy: readonly Dimension[], unit: CohortUnit): Promise<CountedCohort>;
  /** The disclosure control in force, read once per request. */
  settings(): Promise<DisclosureSetting>;
}

export function createInsightsLoaders(em: EntityManager): InsightsLoaders {
  const counted = new Map<string, Promise<CountedCohort>>();
  let settings: Promise<DisclosureSetting> | undefined;
  return {
    settings: () => (settings ??= currentSettings(em)),
    count(filter, groupBy, unit) {
      // The access map passes the arguments as given, the resolver as typed objects: keyed by their values.
      const given = Object.entries(filter ?? {})
        .filter(([, value]) => value !== undefined && value !== null)
        .sort(([a], [b]) => a.localeCompare(b));
      const key = JSON.stringify([given, groupBy, unit]);
      let found = counted.get(key);
      if (!found) {
        found = countCohort(transactionExecutor(em), filter, groupBy, unit);
        counted.set(key, found);
      }
      return found;
    },
  };
}
