import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BATCHED, type LoaderOptions } from '../host/loader-options';
import { ComplaintResponse } from './entities/complaint-response.entity';
import { Complaint } from './entities/complaint.entity';
import { Mpp } from './entities/mpp.entity';
import { ServiceApplicationEvent } from './entities/service-application-event.entity';
import { ServiceApplication } from './entities/service-application.entity';

/** Per-request batch loaders of the services subgraph. Everything here is written by the hub: read on the primary. */
export interface ServicesLoaders {
  mppById: DataLoader<string, Mpp | null>;
  applicationsByNik: DataLoader<string, ServiceApplication[]>;
  historyByApplication: DataLoader<string, ServiceApplicationEvent[]>;
  complaintsByNik: DataLoader<string, Complaint[]>;
  responsesByComplaint: DataLoader<string, ComplaintResponse[]>;
}

function grouped<T>(keys: readonly string[], rows: T[], key: (row: T) => string): T[][] {
  const map = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) map.get(key(row))?.push(row);
  return keys.map((k) => map.get(k) ?? []);
}

export function createServicesLoaders(em: EntityManager, options: LoaderOptions = BATCHED): ServicesLoaders {
  return {
    mppById: new DataLoader(async (ids) => {
      const found = new Map((await em.find(Mpp, { id: { $in: [...ids] } })).map((m) => [m.id, m]));
      return ids.map((id) => found.get(id) ?? null);
    }, options),
    applicationsByNik: new DataLoader(
      async (niks) =>
        grouped(
          niks,
          await em.find(ServiceApplication, { nik: { $in: [...niks] } }, { orderBy: { submittedAt: 'desc' } }),
          (r) => r.nik,
        ),
      options,
    ),
    historyByApplication: new DataLoader(
      async (ids) =>
        grouped(
          ids,
          await em.find(ServiceApplicationEvent, { applicationId: { $in: [...ids] } }, { orderBy: { id: 'asc' } }),
          (r) => r.applicationId,
        ),
      options,
    ),
    complaintsByNik: new DataLoader(
      async (niks) =>
        grouped(
          niks,
          await em.find(Complaint, { nik: { $in: [...niks] } }, { orderBy: { submittedAt: 'desc' } }),
          (r) => r.nik,
        ),
      options,
    ),
    responsesByComplaint: new DataLoader(
      async (ids) =>
        grouped(
          ids,
          await em.find(ComplaintResponse, { complaintId: { $in: [...ids] } }, { orderBy: { id: 'asc' } }),
          (r) => r.complaintId,
        ),
      options,
    ),
  };
}
