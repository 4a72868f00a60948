import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BATCHED, type LoaderOptions } from '../host/loader-options';
import { Client } from './entities/client.entity';
import { Purpose } from './entities/purpose.entity';

/** Per-request batch loaders of the consent subgraph: the clients and purposes a list of consents names. */
export interface ConsentLoaders {
  client: DataLoader<string, Client | null>;
  purpose: DataLoader<string, Purpose | null>;
}

export function createConsentLoaders(em: EntityManager, options: LoaderOptions = BATCHED): ConsentLoaders {
  return {
    client: new DataLoader(async (ids) => {
      const rows = new Map((await em.find(Client, { id: { $in: [...ids] } })).map((row) => [row.id, row]));
      return ids.map((id) => rows.get(id) ?? null);
    }, options),
    purpose: new DataLoader(async (codes) => {
      const rows = new Map((await em.find(Purpose, { code: { $in: [...codes] } })).map((row) => [row.code, row]));
      return codes.map((code) => rows.get(code) ?? null);
    }, options),
  };
}
