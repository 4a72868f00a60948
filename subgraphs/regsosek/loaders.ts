import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BATCHED, type LoaderOptions } from '../host/loader-options';
import type { Household } from './entities/household.entity';
import type { HouseholdMember } from './entities/household-member.entity';
import { ProgrammeRule } from './entities/programme-rule.entity';
import { households, membersByNik, membersOfHouseholds } from './rows';

/** Per-request batch loaders of the regsosek subgraph (created in the context, never shared between requests). */
export interface RegsosekLoaders {
  /** A person's household membership, with the household joined in the same statement. */
  memberByNik: DataLoader<string, HouseholdMember | null>;
  membersByHousehold: DataLoader<string, HouseholdMember[]>;
  household: DataLoader<string, Household | null>;
  householdByKk: DataLoader<string, Household | null>;
  /** The programme rules, read at most once per request. */
  rules(): Promise<ProgrammeRule[]>;
}

function index<T>(rows: T[], key: (row: T) => string, keys: readonly string[]): (T | null)[] {
  const map = new Map(rows.map((row) => [key(row), row]));
  return keys.map((k) => map.get(k) ?? null);
}

export function createRegsosekLoaders(em: EntityManager, options: LoaderOptions = BATCHED): RegsosekLoaders {
  let rules: Promise<ProgrammeRule[]> | undefined;
  return {
    memberByNik: new DataLoader(async (niks) => index(await membersByNik(em, niks), (m) => m.nik, niks), options),
    membersByHousehold: new DataLoader(async (ids) => {
      const members = await membersOfHouseholds(em, ids);
      const grouped = new Map<string, HouseholdMember[]>(ids.map((id) => [id, []]));
      for (const member of members) grouped.get(member.household.id)?.push(member);
      return ids.map((id) => grouped.get(id) ?? []);
    }, options),
    household: new DataLoader(async (ids) => index(await households(em, 'id', ids), (h) => h.id, ids), options),
    householdByKk: new DataLoader(async (kks) => index(await households(em, 'kk', kks), (h) => h.kk, kks), options),
    rules: () => (rules ??= em.find(ProgrammeRule, {})),
  };
}
