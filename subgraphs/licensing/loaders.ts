import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
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
  return {
    strByNik: new DataLoader(async (niks) => {
      const rows = await em.find(Str, { nik: { $in: [...niks] } });
      return grouped(niks, rows, (r) => r.nik).map((list) => list[0] ?? null);
    }, options),
    sipsByNik: new DataLoader(
      async (niks) =>
        grouped(niks, await em.find(Sip, { nik: { $in: [...niks] } }, { orderBy: { issuedOn: 'desc' } }), (r) => r.nik),
      options,
    ),
    businessesByNik: new DataLoader(
      async (niks) =>
        grouped(
          niks,
          await em.find(Business, { ownerNik: { $in: [...niks] } }, { orderBy: { nib: 'asc' } }),
          (r) => r.ownerNik,
        ),
      options,
    ),
    activitiesByNib: new DataLoader(
      async (nibs) =>
        grouped(
          nibs,
          await em.find(BusinessActivity, { business: { nib: { $in: [...nibs] } } }, { orderBy: { kbli: 'asc' } }),
          (r) => r.business.nib,
        ),
      options,
    ),
    applicationsByNik: new DataLoader(
      async (niks) =>
        grouped(
          niks,
          await em.find(LicenceApplication, { nik: { $in: [...niks] } }, { orderBy: { submittedAt: 'desc' } }),
          (r) => r.nik,
        ),
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
