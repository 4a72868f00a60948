import DataLoader from 'dataloader';
import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { inParams, plainEntities } from '../../hub/orm';
import { BATCHED, type LoaderOptions } from '../host/loader-options';
import { ApplicationEvent } from './entities/application-event.entity';
import { Business } from './entities/business.entity';
import { BusinessActivity } from './entities/business-activity.entity';
import { LicenceApplication } from './entities/licence-application.entity';
import { Sip } from './entities/sip.entity';
import { Str } from './entities/str.entity';

/** Per-request batch loaders of the licensing subgraph. */
export interface LicensingLoaders {
  strByNik: DataLoader<string, Str | null>;
  sipsByNik: DataLoader<string, Sip[]>;
  businessesByNik: DataLoader<string, Business[]>;
  activitiesByNib: DataLoader<string, BusinessActivity[]>;
  applicationsByNik: DataLoader<string, LicenceApplication[]>;
  historyByApplication: DataLoader<string, ApplicationEvent[]>;
}

function grouped<T>(keys: readonly string[], rows: T[], key: (row: T) => string): T[][] {
  const map = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) map.get(key(row))?.push(row);
  return keys.map((k) => map.get(k) ?? []);
}

export function createLicensingLoaders(em: EntityManager, options: LoaderOptions = BATCHED): LicensingLoaders {
  // The profile path's reads are plain (hub/orm.ts plainEntities): rows by `column`, grouped by `key`. The
  // agency's records may come from a replica; applications and the SIPs their approval issues, which the hub
  // writes and shows back, never do.
  const read = async <T extends object>(
    entity: EntityClass<T>,
    column: string,
    keys: readonly string[],
    key: (row: T) => string,
    orderBy?: string,
    replica = true,
  ) =>
    grouped(
      keys,
      await plainEntities(em, entity, { where: inParams(column, keys), params: keys, orderBy, replica }),
      key,
    );
  return {
    strByNik: new DataLoader(
      async (niks) => (await read(Str, 't.nik', niks, (r) => r.nik)).map((list) => list[0] ?? null),
      options,
    ),
    sipsByNik: new DataLoader((niks) => read(Sip, 't.nik', niks, (r) => r.nik, 't.issued_on desc', false), options),
    businessesByNik: new DataLoader((niks) => read(Business, 't.owner_nik', niks, (r) => r.ownerNik, 't.nib'), options),
    activitiesByNib: new DataLoader(
      (nibs) => read(BusinessActivity, 't.nib', nibs, (r) => r.business.nib, 't.kbli'),
      options,
    ),
    applicationsByNik: new DataLoader(
      (niks) => read(LicenceApplication, 't.nik', niks, (r) => r.nik, 't.submitted_at desc', false),
      options,
    ),
    historyByApplication: new DataLoader(
      async (ids) =>
        grouped(
          ids,
          await em.find(ApplicationEvent, { application: { id: { $in: [...ids] } } }, { orderBy: { id: 'asc' } }),
          (r) => r.application.id,
        ),
      options,
    ),
  };
}
