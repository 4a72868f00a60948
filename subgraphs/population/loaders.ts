import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { inParams, plainEntities } from '../../hub/orm';
import { BATCHED, type LoaderOptions } from '../host/loader-options';
import { Citizen } from './entities/citizen.entity';
import { Family } from './entities/family.entity';
import type { Village } from './entities/village.entity';
import { villagesByCode } from './rows';

/**
 * Per-request batch loaders: however many citizens a query touches, each kind of lookup is one SQL statement
 * per tick of the event loop, read as plain objects (hub/orm.ts plainEntities). Created in the context function,
 * never at module level (a module-level loader would cache one caller's rows for the next).
 */
export interface PopulationLoaders {
  citizen: DataLoader<string, Citizen | null>;
  family: DataLoader<string, Family | null>;
  familyMembers: DataLoader<string, Citizen[]>;
  /** Villages with their district, regency and province, fetched with one joined query. */
  village: DataLoader<string, Village | null>;
}

function byKey<T, K extends keyof T>(rows: T[], key: K, keys: readonly string[]): (T | null)[] {
  const index = new Map(rows.map((row) => [row[key] as unknown as string, row]));
  return keys.map((k) => index.get(k) ?? null);
}

export function createPopulationLoaders(em: EntityManager, options: LoaderOptions = BATCHED): PopulationLoaders {
  return {
    citizen: new DataLoader(async (niks) => {
      const citizens = await plainEntities(em, Citizen, {
        where: inParams('t.nik', niks),
        params: niks,
        replica: true,
      });
      return byKey(citizens, 'nik', niks);
    }, options),
    family: new DataLoader(async (kks) => {
      const families = await plainEntities(em, Family, { where: inParams('t.kk', kks), params: kks, replica: true });
      return byKey(families, 'kk', kks);
    }, options),
    familyMembers: new DataLoader(async (kks) => {
      // Eldest first.
      const members = await plainEntities(em, Citizen, {
        where: inParams('t.family_kk', kks),
        params: kks,
        orderBy: 't.birth_date, t.nik',
        replica: true,
      });
      const grouped = new Map<string, Citizen[]>(kks.map((kk) => [kk, []]));
      for (const member of members) grouped.get(member.family.kk)?.push(member);
      return kks.map((kk) => grouped.get(kk) ?? []);
    }, options),
    village: new DataLoader(async (codes) => byKey(await villagesByCode(em, codes), 'code', codes), options),
  };
}
