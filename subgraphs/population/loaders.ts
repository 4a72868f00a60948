import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BATCHED, type LoaderOptions } from '../host/loader-options';
import { Citizen } from './entities/citizen.entity';
import { Family } from './entities/family.entity';
import { Village } from './entities/village.entity';

/**
 * Per-request batch loaders: however many citizens a query touches, each kind of lookup is one SQL statement
 * per tick of the event loop. Created in the context function, never at module level (a module-level loader
 * would cache one caller's rows for the next).
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
    citizen: new DataLoader(
      async (niks) => byKey(await em.find(Citizen, { nik: { $in: [...niks] } }), 'nik', niks),
      options,
    ),
    family: new DataLoader(async (kks) => byKey(await em.find(Family, { kk: { $in: [...kks] } }), 'kk', kks), options),
    familyMembers: new DataLoader(async (kks) => {
      const members = await em.find(
        Citizen,
        { family: { kk: { $in: [...kks] } } },
        { orderBy: { birthDate: 'asc', nik: 'asc' } },
      );
      const grouped = new Map<string, Citizen[]>(kks.map((kk) => [kk, []]));
      for (const member of members) grouped.get(member.family.kk)?.push(member);
      return kks.map((kk) => grouped.get(kk) ?? []);
    }, options),
    village: new DataLoader(
      async (codes) =>
        byKey(
          await em.find(
            Village,
            { code: { $in: [...codes] } },
            { populate: ['district.regency.province'], strategy: 'joined' },
          ),
          'code',
          codes,
        ),
      options,
    ),
  };
}
